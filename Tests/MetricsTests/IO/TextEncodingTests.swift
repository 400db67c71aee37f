import Foundation
import Testing

@testable import Metrics

/// Tables and reports in the encodings users have, built byte by byte.
@Suite struct TextEncodingTests {
  let header = "district,year,indicator,value,unit\n"
  let row = "渝中区,2023,生均经费,17500,元\n"

  /// 渝中区 and 生均经费 in GB18030 (GBK): what Excel on Chinese Windows writes.
  var gbkRow: [UInt8] {
    [0xD3, 0xE5, 0xD6, 0xD0, 0xC7, 0xF8] + Array(",2023,".utf8)
      + [0xC9, 0xFA, 0xBE, 0xF9, 0xBE, 0xAD, 0xB7, 0xD1] + Array(",17500,".utf8) + [0xD4, 0xAA, 0x0A]
  }

  func utf16(_ s: String, bigEndian: Bool) -> Data {
    var d = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
    for u in s.utf16 {
      d.append(contentsOf: bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)])
    }
    return d
  }

  func expectOneRow(_ data: Data, _ encoding: TextEncoding) throws {
    #expect(try TextEncoding.detect(data, file: "t.csv") == encoding)
    let t = try TidyCSVReader().read(data: data, name: "t.csv")
    #expect(t.count == 1)
    #expect(t[0].district == "渝中区" && t[0].indicator == "生均经费" && t[0].value == 17500)
  }

  @Test func utf8WithAndWithoutBOM() throws {
    try expectOneRow(Data((header + row).utf8), .utf8)
    try expectOneRow(Data([0xEF, 0xBB, 0xBF] + Array((header + row).utf8)), .utf8BOM)
  }

  @Test func gb18030AsExcelSavesIt() throws {
    try expectOneRow(Data(Array(header.utf8) + gbkRow), .gb18030)
  }

  @Test func utf16WithByteOrderMark() throws {
    try expectOneRow(utf16(header + row, bigEndian: false), .utf16LE)
    try expectOneRow(utf16(header + row, bigEndian: true), .utf16BE)
    // A character outside the BMP goes through a surrogate pair.
    #expect(try TextEncoding.string(of: utf16("𠀋区", bigEndian: false), file: "x") == "𠀋区")
  }

  @Test func latin1IsAnErrorNotMojibake() {
    // "Zürich" in Latin-1: FC 72 is well-formed GBK (a rare character), so only
    // the plausibility test stops it.
    let latin1 = Data(Array(header.utf8) + Array("Z".utf8) + [0xFC] + Array("rich,2023,x,1,\n".utf8))
    let e = errorText { _ = try TidyCSVReader().read(data: latin1, name: "zh.csv") }
    #expect(e.hasPrefix("zh.csv: byte 36 (0xFC): the text is not UTF-8"))
    #expect(e.contains("save the file as UTF-8"))
    #expect(e.contains("Latin-1"))
  }

  @Test func bytesThatFitNoEncodingNameTheOffset() {
    let bad = Data(Array(header.utf8) + [0x41, 0xFF, 0x41, 0x0A])
    let e = errorText { _ = try TidyCSVReader().read(data: bad, name: "bad.csv") }
    #expect(e.hasPrefix("bad.csv: byte 36 (0xFF): the text is not UTF-8, nor GB18030"))
    #expect(e.hasSuffix("save the file as UTF-8"))
  }

  @Test func brokenUTF16AndNULsAreErrors() {
    // A lone high surrogate (D800) after the BOM and 'A'.
    let lone = Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00])
    #expect(
      errorText { _ = try TextEncoding.string(of: lone, file: "u.csv") }.hasPrefix(
        "u.csv: byte 4: an unpaired UTF-16 surrogate"))
    let odd = Data([0xFF, 0xFE, 0x41])
    #expect(errorText { _ = try TextEncoding.string(of: odd, file: "u.csv") }.contains("odd number of bytes"))
    // UTF-16 without a BOM: NUL bytes and an invalid UTF-8 byte.
    let noBOM = Data([0x41, 0x00, 0x2C, 0x00, 0xE5, 0x6E])
    #expect(
      errorText { _ = try TextEncoding.detect(noBOM, file: "n.csv") }.contains("UTF-16 without a byte-order mark"))
  }

  @Test func utf8ValidationFindsTheFirstBadByte() {
    func check(_ bytes: [UInt8]) -> Int? { bytes.withUnsafeBytes { UTF8Validation.firstInvalidOffset(in: $0) } }
    #expect(check(Array("渝中区 and plenty of ASCII 2023".utf8)) == nil)
    #expect(check(Array("12345678abc".utf8) + [0xC0, 0x80]) == 11)  // overlong
    #expect(check([0xED, 0xA0, 0x80]) == 0)  // a surrogate in UTF-8
    #expect(check(Array("ab".utf8) + [0xE5, 0xB9]) == 2)  // cut short
    #expect(check([0xF0, 0x9F, 0x98, 0x80]) == nil)
    // In parallel chunks, cut inside characters: the same answers.
    var big = Array(String(repeating: "渝中区,2023,x\n", count: 3000).utf8)
    big.withUnsafeBytes {
      #expect(UTF8Validation.firstInvalidOffsetInParallel(in: $0, minimumChunkedBytes: 1000) == nil)
    }
    big[20_001] = 0xFF
    let expected = big.withUnsafeBytes { UTF8Validation.firstInvalidOffset(in: $0) }
    big.withUnsafeBytes {
      #expect(UTF8Validation.firstInvalidOffsetInParallel(in: $0, minimumChunkedBytes: 1000) == expected)
    }
    #expect(expected != nil && expected! <= 20_001)
  }

  @Test func gbkReportsDecodeThroughTheSameDetector() throws {
    let text = try ReportLoader.decode(Data(gbkRow), file: "r.txt")
    #expect(text.hasPrefix("渝中区,2023,生均经费"))
  }
}
