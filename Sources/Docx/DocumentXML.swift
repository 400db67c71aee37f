/// `word/document.xml`: the blocks as WordprocessingML paragraphs, pictures and tables,
/// then the page setup. Styles carry the fonts (see ``StylesXML``); paragraphs only name them.
struct DocumentXML {
  var document: WordDocument
  /// The relationship id of each picture, in order of the pictures.
  var pictureIds: [String]
  /// The relationship id of each picture's SVG, where it has one.
  var svgIds: [String?] = []
  var footerId: String

  static let namespaces = """
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
    xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
    xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"
    """

  func xml() -> String {
    var body = ""
    var picture = 0
    for block in document.blocks {
      switch block {
      case .title(let t): body += paragraph("Title", t)
      case .subtitle(let t): body += paragraph("Subtitle", t)
      case .heading(let t, let level): body += paragraph("Heading\(min(2, max(1, level)))", t)
      case .paragraph(let t): body += paragraph("BodyText", t)
      case .lead(let t): body += paragraph("Lead", t)
      case .note(let t): body += paragraph("FigureNote", t)
      case .warning(let t): body += paragraph("Warning", t)
      case .source(let t): body += paragraph("Source", t)
      case .caption(let label, let number, let text): body += caption(label, number, text)
      case .partCaption(let label, let number, let text, let continued, let last):
        body += caption(label, number, text, continued: continued, keepsWithNext: last)
      case .picture(let p):
        body += drawing(
          p, id: picture + 1, relationship: pictureIds[picture], svg: picture < svgIds.count ? svgIds[picture] : nil)
        picture += 1
      case .table(let t): body += table(t)
      }
    }
    return """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:document \(Self.namespaces)><w:body>\(body)\(section())</w:body></w:document>
      """
  }

  /// Runs of text; a line break in the text becomes `<w:br/>` (a raw newline would read as a space).
  func runs(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map {
      "<w:r><w:t xml:space=\"preserve\">\(XMLText.escape(String($0)))</w:t></w:r>"
    }.joined(separator: "<w:r><w:br/></w:r>")
  }

  func paragraph(_ style: String, _ text: String) -> String {
    "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>\(runs(text))</w:p>"
  }

  /// `图1 text`: the number is a SEQ field with its current value, so Word and WPS renumber
  /// the figures (F9) after one is moved or deleted, and a cross-reference can point at it.
  /// A `continued` caption repeats the last number (`\c`) and says so: `图3（续）`.
  func caption(_ label: String, _ number: Int, _ text: String, continued: Bool = false, keepsWithNext: Bool = true)
    -> String
  {
    let l = XMLText.escape(label)
    let instr = XMLText.attribute(" SEQ \(label) \(continued ? "\\c " : "")\\* ARABIC ")
    let keep = keepsWithNext ? "" : "<w:keepNext w:val=\"0\"/>"
    return "<w:p><w:pPr><w:pStyle w:val=\"Caption\"/>\(keep)</w:pPr><w:r><w:t xml:space=\"preserve\">\(l)</w:t></w:r>"
      + "<w:fldSimple w:instr=\"\(instr)\"><w:r><w:t>\(number)</w:t></w:r></w:fldSimple>"
      + runs((continued ? "（续） " : " ") + text) + "</w:p>"
  }

  /// An inline picture (it moves with the text) at its printed size, its description
  /// in `wp:docPr descr` where Word's and WPS's "Alt Text" and screen readers find it.
  func drawing(_ p: Picture, id: Int, relationship: String, svg: String? = nil) -> String {
    let cx = WordUnits.emu(mm: p.width), cy = WordUnits.emu(mm: p.height)
    let name = XMLText.attribute(p.name), descr = XMLText.attribute(p.altText)
    // Word 2016's SVG extension; readers that do not know it show the PNG.
    let svgBlip =
      svg.map {
        "<a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\"><asvg:svgBlip "
          + "xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"\($0)\"/></a:ext></a:extLst>"
      } ?? ""
    return """
      <w:p><w:pPr><w:pStyle w:val="Figure"/></w:pPr><w:r><w:drawing>\
      <wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="\(cx)" cy="\(cy)"/>\
      <wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="\(id)" name="\(name)" descr="\(descr)"/>\
      <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>\
      <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>\
      <pic:nvPicPr><pic:cNvPr id="\(id)" name="\(name)" descr="\(descr)"/><pic:cNvPicPr/></pic:nvPicPr>\
      <pic:blipFill><a:blip r:embed="\(relationship)">\(svgBlip)</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
      <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\(cx)" cy="\(cy)"/></a:xfrm>\
      <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>\
      </wp:inline></w:drawing></w:r></w:p>
      """
  }

  /// A table across the text width: each value column as wide as its widest cell, the
  /// first column (the labels) what its longest label needs, up to 40 %, taking what is left.
  /// When the values do not fit at 10.5 pt (a trend of ten years: "14,771" broke over two
  /// lines), the labels may wrap, then the table's text shrinks to 9 pt, then 7.5 pt.
  func table(_ t: WordTable) -> String {
    let columns = max(1, t.header.count)
    let total = WordUnits.twips(mm: document.page.textWidth)
    // Cell margins (85 twips a side) and the borders.
    let padding = 200
    var size = 10.5
    var widths: [Int] = []
    for candidate in [10.5, 9, 7.5] {
      size = candidate
      let em = candidate * 20
      let values = (1..<columns).map { c in
        ([t.header[c]] + t.rows.map { c < $0.count ? $0[c] : "" }).map { Int(Self.width($0) * em) }.max()! + padding
      }
      let labels = ([t.header.first ?? ""] + t.rows.compactMap(\.first)).map { Int(Self.width($0) * em) + padding }
      let longest = labels.max() ?? padding
      let rest = total - values.reduce(0, +)
      // At least four characters for the labels; they wrap beyond that.
      let narrowest = min(longest, Int(4 * em) + padding)
      if columns == 1 || rest >= narrowest || candidate == 7.5 {
        let first = columns == 1 ? total : max(narrowest, min(longest, total * 2 / 5, rest))
        let spare = columns == 1 ? 0 : max(0, total - first - values.reduce(0, +)) / (columns - 1)
        widths = [first] + values.map { $0 + spare }
        break
      }
    }
    var xml = t.unit.map { paragraph("TableUnit", $0) } ?? ""
    xml +=
      "<w:tbl><w:tblPr><w:tblStyle w:val=\"DataTable\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
      + "<w:jc w:val=\"center\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" "
      + "w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    xml += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    let font = size < 10.5 ? Int(size * 2) : nil
    xml += row(t.header, widths: widths, numeric: t.numeric, header: true, halfPoints: font)
    for r in t.rows { xml += row(r, widths: widths, numeric: t.numeric, header: false, halfPoints: font) }
    // Word needs a paragraph between a table and what follows it.
    return xml + "</w:tbl><w:p><w:pPr><w:pStyle w:val=\"TableEnd\"/></w:pPr></w:p>"
  }

  private func row(_ cells: [String], widths: [Int], numeric: [Bool], header: Bool, halfPoints: Int?) -> String {
    var xml = "<w:tr>" + (header ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
    let rpr = halfPoints.map { "<w:rPr><w:sz w:val=\"\($0)\"/><w:szCs w:val=\"\($0)\"/></w:rPr>" } ?? ""
    for (i, w) in widths.enumerated() {
      let text = i < cells.count ? cells[i] : ""
      let align = header ? "center" : (i < numeric.count && numeric[i] ? "right" : "left")
      let runs = runs(text).replacingOccurrences(of: "<w:r>", with: "<w:r>" + rpr)
      xml +=
        "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/><w:vAlign w:val=\"center\"/></w:tcPr>"
        + "<w:p><w:pPr><w:pStyle w:val=\"\(header ? "TableHeader" : "TableText")\"/><w:jc w:val=\"\(align)\"/></w:pPr>"
        + runs + "</w:p></w:tc>"
    }
    return xml + "</w:tr>"
  }

  /// Width of a text in ems: a CJK character is one, a Latin letter or digit 0.62 (Times New
  /// Roman's digits are 0.5 em; DejaVu Serif, LibreOffice's stand-in, 0.64).
  static func width(_ s: String) -> Double {
    s.unicodeScalars.reduce(0) { $0 + ($1.value < 0x2E80 ? 0.62 : 1) }
  }

  /// The page: size, margins and a footer with the page number.
  func section() -> String {
    let p = document.page
    return "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"\(footerId)\"/>"
      + "<w:pgSz w:w=\"\(WordUnits.twips(mm: p.width))\" w:h=\"\(WordUnits.twips(mm: p.height))\"/>"
      + "<w:pgMar w:top=\"\(WordUnits.twips(mm: p.top))\" w:right=\"\(WordUnits.twips(mm: p.right))\" "
      + "w:bottom=\"\(WordUnits.twips(mm: p.bottom))\" w:left=\"\(WordUnits.twips(mm: p.left))\" "
      + "w:header=\"851\" w:footer=\"\(WordUnits.twips(mm: max(5, p.bottom - 7)))\" w:gutter=\"0\"/></w:sectPr>"
  }
}
