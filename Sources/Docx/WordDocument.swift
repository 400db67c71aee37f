import Foundation

/// A Word document as a list of blocks, before any XML is written: what a briefing says,
/// in order, with its pictures and tables.
///
/// ```swift
/// var doc = WordDocument(title: "区县教育经费比较")
/// doc.blocks = [.title("区县教育经费比较"), .heading("生均经费"), .picture(picture), .caption(number: 1, "生均经费")]
/// let bytes = try DocxWriter().data(doc)
/// ```
public struct WordDocument: Sendable {
  /// The document's title in its properties (File ▸ Info in Word).
  public var title: String
  public var page: PageSetup
  public var blocks: [Block]
  /// Written into the properties as the creation time.
  public var created: Date

  public init(title: String, page: PageSetup = .officialA4, blocks: [Block] = [], created: Date = Date()) {
    self.title = title
    self.page = page
    self.blocks = blocks
    self.created = created
  }

  /// One paragraph, picture or table. Each paragraph kind has a style of its own in the
  /// document, so an office restyles all captions or all notes in one place.
  public enum Block: Sendable {
    /// The document's title (centred, 方正小标宋简体).
    case title(String)
    /// A line under the title (楷体).
    case subtitle(String)
    /// A section heading (黑体), level 1 or 2, seen by Word's navigation pane.
    case heading(String, level: Int)
    /// Body text (仿宋), first line indented by two characters.
    case paragraph(String)
    /// Body text that stays on the page of what follows it (a figure's lead sentence).
    case lead(String)
    /// A picture on a line of its own, centred.
    case picture(Picture)
    /// `图1 text`, numbered with a SEQ field that Word renumbers when figures move.
    case caption(label: String, number: Int, text: String)
    /// The caption of one picture of a figure split over pages: `图3 text` under the first,
    /// `图3（续） text` under the others, their number repeating the figure's (`SEQ 图 \c`),
    /// as Chinese editing marks a table carried over a page 续表 under the same number
    /// (`图3-1` would read as chapter 3's first figure). Not `last`: another part follows,
    /// on the next page, so the caption does not keep with it.
    case partCaption(label: String, number: Int, text: String, continued: Bool, last: Bool)
    /// A note under a figure (`注：…`).
    case note(String)
    /// A warning the reader must see (`注意：…`), set off by a rule on its left.
    case warning(String)
    /// The data source line under a figure.
    case source(String)
    case table(WordTable)
  }
}

/// A PNG placed at a printed size.
public struct Picture: Sendable {
  public var png: Data
  /// The file name inside the package (word/media/…); made unique by the writer.
  public var name: String
  /// The description screen readers read (`wp:docPr descr`, "Alt Text" in Word and WPS).
  public var altText: String
  /// Printed size in millimetres.
  public var width: Double
  public var height: Double
  /// The same picture as SVG, embedded the way Word 2016+ does (an `asvg:svgBlip` beside
  /// the PNG): sharp in print where SVG is read, the PNG everywhere else.
  public var svg: Data? = nil

  /// A picture at the size its PNG asks for (pixels ÷ the pHYs resolution), shrunk to
  /// fit `box` (the text area) with its proportions kept; never enlarged.
  public init(png: Data, name: String, altText: String, fitting box: (width: Double, height: Double)) throws {
    let info = try PNGInfo(png)
    var w = Double(info.width) / info.dpi * 25.4
    var h = Double(info.height) / info.dpi * 25.4
    let shrink = min(1, box.width / w, box.height / h)
    w *= shrink
    h *= shrink
    self.png = png
    self.name = name
    self.altText = altText
    self.width = w
    self.height = h
  }
}

/// A table of text cells with a header row that repeats on every page.
public struct WordTable: Sendable {
  public var header: [String]
  public var rows: [[String]]
  /// A line above the table, on its right (`单位：元`), kept on the table's page.
  public var unit: String?
  /// Per column: numbers are right-aligned, labels left.
  public var numeric: [Bool]

  public init(header: [String], rows: [[String]], numeric: [Bool]? = nil, unit: String? = nil) {
    self.header = header
    self.rows = rows
    self.unit = unit
    self.numeric = numeric ?? header.indices.map { $0 > 0 }
  }
}
