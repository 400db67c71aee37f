import Foundation

/// The package's bookkeeping parts: content types, relationships, properties,
/// settings and the page-number footer.
enum PackageXML {
  static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let relationshipNS = "http://schemas.openxmlformats.org/package/2006/relationships"
  static let officeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// One `Override` per XML part and a `Default` per extension (png, rels, xml):
  /// a part whose type is not declared makes Word offer to repair the file.
  static func contentTypes() -> String {
    header + """
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/>\
      <Default Extension="png" ContentType="image/png"/>\
      <Default Extension="svg" ContentType="image/svg+xml"/>\
      <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
      <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
      <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
      <Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
      <Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
      <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
      <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
      </Types>
      """
  }

  static func packageRelationships() -> String {
    header + """
      <Relationships xmlns="\(relationshipNS)">\
      <Relationship Id="rId1" Type="\(officeRel)/officeDocument" Target="word/document.xml"/>\
      <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
      <Relationship Id="rId3" Type="\(officeRel)/extended-properties" Target="docProps/app.xml"/>\
      </Relationships>
      """
  }

  static let footerId = "rId4"

  /// The document's relationships: styles, settings, fonts, the footer, then one per picture
  /// (`rIdPicture1`, … named by ``pictureId(_:)``) and one per SVG (``svgId(_:)``).
  static func documentRelationships(media: [String], svgs: [String?] = []) -> String {
    var xml =
      header + "<Relationships xmlns=\"\(relationshipNS)\">"
      + "<Relationship Id=\"rId1\" Type=\"\(officeRel)/styles\" Target=\"styles.xml\"/>"
      + "<Relationship Id=\"rId2\" Type=\"\(officeRel)/settings\" Target=\"settings.xml\"/>"
      + "<Relationship Id=\"rId3\" Type=\"\(officeRel)/fontTable\" Target=\"fontTable.xml\"/>"
      + "<Relationship Id=\"\(footerId)\" Type=\"\(officeRel)/footer\" Target=\"footer1.xml\"/>"
    for (i, name) in media.enumerated() {
      xml += "<Relationship Id=\"\(pictureId(i))\" Type=\"\(officeRel)/image\" Target=\"media/\(name)\"/>"
    }
    for (i, name) in svgs.enumerated() {
      guard let name else { continue }
      xml += "<Relationship Id=\"\(svgId(i))\" Type=\"\(officeRel)/image\" Target=\"media/\(name)\"/>"
    }
    return xml + "</Relationships>"
  }

  static func pictureId(_ i: Int) -> String { "rIdPicture\(i + 1)" }
  static func svgId(_ i: Int) -> String { "rIdSVG\(i + 1)" }

  /// Compatibility mode 15 (Word 2013+): without it Word opens the file in "Compatibility Mode".
  static func settings() -> String {
    header + """
      <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
      <w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>\
      <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>\
      </w:compat></w:settings>
      """
  }

  /// `— 1 —`, the page number as GB/T 9704 writes it, in a PAGE field.
  static func footer() -> String {
    header + """
      <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
      <w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r>\
      <w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>\
      <w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>
      """
  }

  static func coreProperties(title: String, created: Date) -> String {
    let f = ISO8601DateFormatter()
    f.formatOptions = [.withInternetDateTime]
    let date = f.string(from: created)
    return header + """
      <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
      <dc:title>\(XMLText.escape(title))</dc:title><dc:creator>compare</dc:creator><dc:language>zh-CN</dc:language>\
      <dcterms:created xsi:type="dcterms:W3CDTF">\(date)</dcterms:created>\
      <dcterms:modified xsi:type="dcterms:W3CDTF">\(date)</dcterms:modified></cp:coreProperties>
      """
  }

  static func appProperties() -> String {
    header + """
      <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
      <Application>compare</Application></Properties>
      """
  }
}
