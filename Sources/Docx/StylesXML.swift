/// `word/styles.xml` and `word/fontTable.xml`: the fonts and spacing of each kind of
/// paragraph, named the way Chinese offices expect (GB/T 9704: title in 小标宋 二号,
/// headings in 黑体 三号, body in 仿宋_GB2312 三号 at 22 lines to the page).
///
/// Each run names its East-Asian font in `w:eastAsia` (Word picks the CJK font from there,
/// the Latin one from `w:ascii`); the font table gives each a fallback (`w:altName`, and the
/// GB2312 character set) for machines without the 方正 or `_GB2312` fonts.
enum StylesXML {
  /// A font as Chinese offices name it, with what to use where it is not installed.
  struct Font {
    var name: String
    var fallback: String
    /// OOXML font family class: roman (serif), modern, swiss (sans), script.
    var family: String
  }

  static let titleFont = Font(name: "方正小标宋简体", fallback: "宋体", family: "roman")
  static let headingFont = Font(name: "黑体", fallback: "SimHei", family: "modern")
  static let bodyFont = Font(name: "仿宋_GB2312", fallback: "仿宋", family: "modern")
  static let subtitleFont = Font(name: "楷体_GB2312", fallback: "楷体", family: "modern")
  static let latinFont = "Times New Roman"

  /// One paragraph style: font, size in points, alignment, spacing and indentation.
  struct Style {
    var id: String
    var name: String
    var font: Font
    var size: Double
    var bold = false
    var align: String? = nil
    /// Exact line spacing in points; nil: single (what a picture needs, or it is clipped).
    var exactLine: Double? = nil
    var before = 0.0
    var after = 0.0
    var firstLineChars = 0
    /// Left indent in points.
    var leftIndent = 0.0
    var keepNext = false
    var outline: Int? = nil
    var leftBorder = false
  }

  static let paragraphStyles: [Style] = [
    Style(id: "Normal", name: "Normal", font: bodyFont, size: 16, exactLine: 29),
    Style(id: "Title", name: "Title", font: titleFont, size: 22, align: "center", exactLine: 36, after: 14),
    Style(id: "Subtitle", name: "Subtitle", font: subtitleFont, size: 16, align: "center", exactLine: 29, after: 14),
    Style(
      id: "Heading1", name: "heading 1", font: headingFont, size: 16, exactLine: 29, before: 12, keepNext: true,
      outline: 0),
    Style(
      id: "Heading2", name: "heading 2", font: headingFont, size: 14, exactLine: 26, before: 6, keepNext: true,
      outline: 1),
    Style(
      id: "BodyText", name: "Body Text", font: bodyFont, size: 16, align: "both", exactLine: 29, firstLineChars: 200),
    Style(
      id: "Lead", name: "Figure Lead", font: bodyFont, size: 16, align: "both", exactLine: 29, firstLineChars: 200,
      keepNext: true),
    Style(id: "Figure", name: "Figure", font: bodyFont, size: 10.5, align: "center", before: 6, keepNext: true),
    // Caption, notes and warnings keep with what follows, down to the source line.
    Style(id: "Caption", name: "caption", font: headingFont, size: 12, align: "center", after: 6, keepNext: true),
    Style(id: "FigureNote", name: "Figure Note", font: bodyFont, size: 12, align: "both", after: 2, keepNext: true),
    // Indented so that the rule on its left stays inside the text area.
    Style(
      id: "Warning", name: "Warning", font: bodyFont, size: 12, bold: true, align: "both", before: 2, after: 2,
      leftIndent: 12, keepNext: true, leftBorder: true),
    Style(id: "Source", name: "Source", font: bodyFont, size: 10.5, align: "left", after: 8),
    Style(id: "TableUnit", name: "Table Unit", font: bodyFont, size: 10.5, align: "right", keepNext: true),
    Style(id: "TableHeader", name: "Table Header", font: headingFont, size: 10.5, align: "center"),
    Style(id: "TableText", name: "Table Text", font: bodyFont, size: 10.5),
    Style(id: "TableEnd", name: "Table End", font: bodyFont, size: 6),
  ]

  static func styles() -> String {
    var xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
      <w:docDefaults><w:rPrDefault><w:rPr>\(fonts(bodyFont))<w:sz w:val="32"/><w:szCs w:val="32"/>\
      <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
      <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
      """
    for s in paragraphStyles { xml += style(s) }
    xml += """
      <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
      <w:uiPriority w:val="1"/><w:semiHidden/></w:style>\
      <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>\
      <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
      <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>\
      </w:tblCellMar></w:tblPr></w:style>\
      <w:style w:type="table" w:styleId="DataTable"><w:name w:val="Data Table"/><w:basedOn w:val="TableNormal"/>\
      <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="000000"/>\
      <w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/>\
      <w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>\
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>\
      <w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/>\
      <w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
      <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
      <w:pPr><w:jc w:val="center"/><w:spacing w:line="240" w:lineRule="auto"/></w:pPr>\
      <w:rPr>\(fonts(Font(name: "宋体", fallback: "SimSun", family: "roman")))<w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>\
      </w:styles>
      """
    return xml
  }

  static func fonts(_ f: Font) -> String {
    "<w:rFonts w:ascii=\"\(latinFont)\" w:hAnsi=\"\(latinFont)\" w:eastAsia=\"\(f.name)\" w:cs=\"\(latinFont)\" w:hint=\"eastAsia\"/>"
  }

  static func style(_ s: Style) -> String {
    let halfPoints = Int((s.size * 2).rounded())
    var ppr = ""
    if s.keepNext { ppr += "<w:keepNext/>" }
    if s.leftBorder {
      ppr += "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"6\" w:color=\"E69F00\"/></w:pBdr>"
    }
    let line =
      s.exactLine.map { "w:line=\"\(Int($0 * 20))\" w:lineRule=\"exact\"" } ?? "w:line=\"240\" w:lineRule=\"auto\""
    ppr += "<w:spacing w:before=\"\(Int(s.before * 20))\" w:after=\"\(Int(s.after * 20))\" \(line)/>"
    // One w:ind: a second one in the same w:pPr is against the schema (Word repairs the file).
    var indent = ""
    if s.leftIndent > 0 { indent += " w:left=\"\(Int(s.leftIndent * 20))\"" }
    if s.firstLineChars > 0 {
      indent += " w:firstLineChars=\"\(s.firstLineChars)\" w:firstLine=\"\(Int(s.size * 20) * s.firstLineChars / 100)\""
    }
    if !indent.isEmpty { ppr += "<w:ind\(indent)/>" }
    if let a = s.align { ppr += "<w:jc w:val=\"\(a)\"/>" }
    if let o = s.outline { ppr += "<w:outlineLvl w:val=\"\(o)\"/>" }
    let based = s.id == "Normal" ? "" : "<w:basedOn w:val=\"Normal\"/>"
    let next = s.id.hasPrefix("Heading") || s.id == "Title" || s.id == "Subtitle" ? "<w:next w:val=\"BodyText\"/>" : ""
    let quick =
      ["Normal", "Title", "Subtitle", "Heading1", "Heading2", "BodyText", "Caption"].contains(s.id)
      ? "<w:qFormat/>" : ""
    return "<w:style w:type=\"paragraph\"\(s.id == "Normal" ? " w:default=\"1\"" : "") w:styleId=\"\(s.id)\">"
      + "<w:name w:val=\"\(s.name)\"/>\(based)\(next)\(quick)<w:pPr>\(ppr)</w:pPr>"
      + "<w:rPr>\(fonts(s.font))\(s.bold ? "<w:b/><w:bCs/>" : "")<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/></w:rPr></w:style>"
  }

  /// Every font the styles name, with a fallback and the GB2312 character set (86), so
  /// that Word substitutes a Chinese font of the same kind where one is missing.
  static func fontTable() -> String {
    let cjk = [titleFont, headingFont, bodyFont, subtitleFont, Font(name: "宋体", fallback: "SimSun", family: "roman")]
    var xml = """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
      <w:font w:name="\(latinFont)"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
      """
    for f in cjk {
      xml +=
        "<w:font w:name=\"\(f.name)\"><w:altName w:val=\"\(f.fallback)\"/><w:charset w:val=\"86\"/>"
        + "<w:family w:val=\"\(f.family)\"/><w:pitch w:val=\"fixed\"/></w:font>"
    }
    return xml + "</w:fonts>"
  }
}
