import Foundation
import Metrics
import Testing

@testable import HTMLText

/// HTML report pages through libxml2's HTML parser: text in reading order, one
/// line per block, and nothing of the markup, the scripts or the comments.
@Suite struct HTMLTextTests {
  func text(_ html: String) -> String { HTMLText.text(ofHTML: html) }

  @Test func tagsEntitiesAndBlocks() {
    // The expectations the hand-written stripper met.
    let t = text(
      """
      <html><head><style>p { color: red }</style><script>var x = "1亿元";</script></head>
      <body><div>丰都县人民政府</div><p>2022年一般公共预算教育支出&nbsp;14.13亿元&#x3001;增长4.49%</p></body></html>
      """)
    #expect(!t.contains("<") && !t.contains("color") && !t.contains("var x"))
    #expect(t.contains("丰都县人民政府\n"))
    #expect(t.contains("教育支出 14.13亿元、增长4.49%"))
  }

  @Test func aGreaterThanSignInsideACommentEndsNothing() {
    // The stripper took the first '>' for the end of the comment and printed " y -->".
    #expect(text("<p>教育经费<!-- a > b, <p>旧数据 9.9亿元</p> -->14.13亿元</p>") == "教育经费14.13亿元\n")
  }

  @Test func scriptsAndStylesAreDropped() {
    let t = text(
      """
      <p>前</p><script>if (a < b && c > d) { document.write("<p>1亿元</p>"); }</script>
      <style>p > span { content: "2亿元" }</style><noscript>3亿元</noscript><p>后</p>
      """)
    #expect(t == "前\n后\n")
  }

  @Test func namedAndNumericEntitiesAreDecoded() {
    #expect(
      text("<p>&ldquo;A&amp;B&rdquo; &lt;1&gt; &#20013;&#x4E2D;&hellip;&middot;&times;&yen;</p>")
        == "“A&B” <1> 中中…·×¥\n")
    // An unknown entity stays as written rather than vanishing.
    #expect(text("<p>a &nosuch; b</p>") == "a &nosuch; b\n")
  }

  @Test func blockElementsGiveLineBreaks() {
    let t = text(
      "<h1>标题</h1><ul><li>一</li><li>二</li></ul>正文<br>第二行<div><div>嵌套</div></div><span>行</span><span>内</span>")
    #expect(t == "标题\n一\n二\n正文\n第二行\n嵌套\n行内\n")
  }

  @Test func tableRowsAreLinesOfTabSeparatedCells() {
    let t = text(
      "<table><tr><th>指标</th><th>2021年</th><th>2022年</th></tr><tr><td>教育支出（亿元）</td><td> 13.52 </td><td>14.13</td></tr></table>"
    )
    #expect(t == "指标\t2021年\t2022年\n教育支出（亿元）\t13.52\t14.13\n")
  }

  @Test func whiteSpaceReadsAsABrowserShowsIt() {
    // A line break in the source between two Chinese characters is no space; elsewhere
    // a run of white space is one space; none starts or ends a line.
    #expect(text("<p>\n  一般公共预算\n  教育支出为\n  14.13 亿元，\n  增长   4.49%\n</p>") == "一般公共预算教育支出为 14.13 亿元，增长 4.49%\n")
    #expect(text("<pre>a  b\n  c</pre>") == "a  b\n  c\n")
  }

  @Test func aDoctypeCannotDeclareEntities() {
    // Billion laughs: ten levels of ten references would be 10^9 copies if expanded.
    var dtd = "<!ENTITY l0 \"哈哈哈哈哈哈哈哈哈哈\">"
    for i in 1...9 { dtd += "<!ENTITY l\(i) \"" + String(repeating: "&l\(i - 1);", count: 10) + "\">" }
    let t = text("<!DOCTYPE html [\(dtd)]><html><body><p>&l9;教育支出14.13亿元</p></body></html>")
    #expect(t.utf8.count < 1000, "\(t.utf8.count) bytes")
    #expect(t.contains("教育支出14.13亿元"))
    #expect(!t.contains("哈哈哈哈哈哈哈哈哈哈哈"))
  }

  @Test func deepNestingDoesNotExhaustTheStack() {
    // Within libxml2's depth limit (256 elements) everything is read, without recursion here.
    func nested(_ depth: Int) -> String {
      String(repeating: "<div><span>", count: depth / 2) + "底" + String(repeating: "</span></div>", count: depth / 2)
    }
    #expect(text(nested(250)) == "底\n")
    // Beyond it libxml2 stops, keeping what came before: a hostile page cannot make the
    // parser or this walk go deep, and a page that says nothing fails as a report later.
    #expect(text("<p>前</p>" + nested(200_000)) == "前\n")
  }

  @Test func brokenMarkupIsReadAsFarAsItGoes() {
    #expect(text("<p>未闭合<b>粗体<p>下一段</i></td>尾") == "未闭合粗体\n下一段尾\n")
    #expect(text("") == "")
    #expect(text("<") == "")
    #expect(text("<p>a < b</p>") == "a < b\n")
  }

  @Test func bytesAreDecodedAsEveryReportIs() throws {
    // GB18030 (丰都县人民政府 + 14.13亿元), whatever the page's meta says; UTF-8 with a BOM.
    let gb: [UInt8] = [
      0xB7, 0xE1, 0xB6, 0xBC, 0xCF, 0xD8, 0xC8, 0xCB, 0xC3, 0xF1, 0xD5, 0xFE, 0xB8, 0xAE, 0x31, 0x34, 0x2E, 0x31, 0x33,
      0xD2,
      0xDA, 0xD4, 0xAA,
    ]
    let page = Data("<meta charset=\"utf-8\"><p>".utf8) + Data(gb) + Data("</p>".utf8)
    #expect(try HTMLText.text(of: page, file: "gb.html") == "丰都县人民政府14.13亿元\n")
    #expect(
      try HTMLText.text(of: Data([0xEF, 0xBB, 0xBF]) + Data("<p>增长4.49%</p>".utf8), file: "bom.html") == "增长4.49%\n")
  }

  @Test func aPageLargerThanTheLimitIsRefusedBeforeParsing() {
    let big = Data(count: HTMLText.maximumBytes + 1)
    let error = #expect(throws: InputError.self) { try HTMLText.text(of: big, file: "big.html") }
    #expect(error?.message.contains("MiB") == true)
  }
}

/// The reader as `compare` uses it: handed to ReportLoader, which checks the text.
@Suite struct ReportFormatHTMLTests {
  @Test func aReportPageLoadsThroughReportLoader() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("html-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let url = dir.appendingPathComponent("丰都县.htm")
    try Data("<html><body><!-- 2021年 > 2020年 --><p>丰都县2022年一般公共预算教育支出14.13亿元，增长4.49%。</p></body></html>".utf8).write(
      to: url)
    let report = try ReportLoader.load(url, formats: [.html])
    #expect(report.text == "丰都县2022年一般公共预算教育支出14.13亿元，增长4.49%。\n")
    #expect(report.sourceFile == "丰都县.htm")
    let facts = ReportExtractor().extract(report).observations
    #expect(facts.contains { $0.value == 1_413_000_000 && $0.year == 2022 })
    // Markup alone is no report.
    try Data("<html><body><script>var a = 1;</script></body></html>".utf8).write(to: url)
    #expect(
      try #require(throws: InputError.self) { try ReportLoader.load(url, formats: [.html]) }.message.contains("no text")
    )
  }
}
