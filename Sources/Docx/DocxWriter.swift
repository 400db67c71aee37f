import Foundation
import ZIPFoundation

/// Writes a ``WordDocument`` as an Office Open XML package (.docx): XML parts written as
/// text and zipped with ZIPFoundation, pictures stored as they are (PNG is compressed already).
///
/// ```swift
/// let bytes = try DocxWriter().data(document)
/// try bytes.write(to: URL(fileURLWithPath: "briefing.docx"))
/// ```
public struct DocxWriter {
  public init() {}

  /// The package's parts in the order they are zipped: `[Content_Types].xml` first, as
  /// Word writes it (some readers look for it there).
  public func parts(_ document: WordDocument) throws -> [(path: String, data: Data)] {
    if let problem = document.page.problem { throw DocxError(problem) }
    let pictures = document.blocks.compactMap { block -> Picture? in
      if case .picture(let p) = block { return p }
      return nil
    }
    let media = pictures.indices.map { "image\($0 + 1).png" }
    let svgs = pictures.indices.map { pictures[$0].svg == nil ? nil : "image\($0 + 1).svg" }
    let body = DocumentXML(
      document: document, pictureIds: pictures.indices.map(PackageXML.pictureId),
      svgIds: pictures.indices.map { svgs[$0] == nil ? nil : PackageXML.svgId($0) }, footerId: PackageXML.footerId)
    var parts: [(String, Data)] = [
      ("[Content_Types].xml", Data(PackageXML.contentTypes().utf8)),
      ("_rels/.rels", Data(PackageXML.packageRelationships().utf8)),
      ("docProps/core.xml", Data(PackageXML.coreProperties(title: document.title, created: document.created).utf8)),
      ("docProps/app.xml", Data(PackageXML.appProperties().utf8)),
      ("word/document.xml", Data(body.xml().utf8)),
      ("word/styles.xml", Data(StylesXML.styles().utf8)),
      ("word/settings.xml", Data(PackageXML.settings().utf8)),
      ("word/fontTable.xml", Data(StylesXML.fontTable().utf8)),
      ("word/footer1.xml", Data(PackageXML.footer().utf8)),
      ("word/_rels/document.xml.rels", Data(PackageXML.documentRelationships(media: media, svgs: svgs).utf8)),
    ]
    for (i, p) in pictures.enumerated() {
      parts.append(("word/media/\(media[i])", p.png))
      if let svg = p.svg, let name = svgs[i] { parts.append(("word/media/\(name)", svg)) }
    }
    return parts
  }

  /// The .docx bytes.
  public func data(_ document: WordDocument) throws -> Data {
    let archive: Archive
    do { archive = try Archive(accessMode: .create) } catch { throw DocxError("cannot start a ZIP archive: \(error)") }
    let date = document.created
    for (path, bytes) in try parts(document) {
      // PNG is compressed already; XML and SVG text deflate well.
      let method: CompressionMethod = path.hasSuffix(".png") ? .none : .deflate
      do {
        try archive.addEntry(
          with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
          compressionMethod: method
        ) { position, size in
          bytes.subdata(in: Int(position)..<Int(position) + size)
        }
      } catch {
        throw DocxError("cannot add \(path) to the document: \(error)")
      }
    }
    guard let data = archive.data else { throw DocxError("the ZIP archive kept no bytes") }
    return data
  }
}
