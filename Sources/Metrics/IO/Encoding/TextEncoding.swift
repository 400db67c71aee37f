import Foundation

/// The encodings a table or report may come in, as found from its bytes.
///
///     let (utf8, encoding) = try TextEncoding.utf8(of: data, file: "表.csv")
///     // encoding == .gb18030 for a CSV saved by Excel on Chinese Windows
///
/// Detection: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise bytes
/// that are all valid UTF-8 are UTF-8; otherwise GB18030 (which covers GBK and
/// GB2312) when they decode as GB18030 *and* read as Chinese — mostly common
/// characters (GB2312's range). That last test is what keeps a Latin-1 `Zürich`
/// (5A FC 72 …) from being read as `Z黵ich`: FC 72 is a valid but rare GBK code.
/// Anything else is an error naming the file, the first byte that is not UTF-8,
/// and asking to save the file as UTF-8. Never silent mojibake.
public enum TextEncoding: String, Sendable, CaseIterable {
  case utf8 = "UTF-8"
  case utf8BOM = "UTF-8 with BOM"
  case utf16LE = "UTF-16 LE"
  case utf16BE = "UTF-16 BE"
  case gb18030 = "GB18030"

  /// The encoding of `data`, or an error saying where it fits none.
  public static func detect(_ data: Data, file: String) throws -> TextEncoding {
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { return try checkedUTF8(data, file: file, bom: true) }
    if data.starts(with: [0xFF, 0xFE]) { return .utf16LE }
    if data.starts(with: [0xFE, 0xFF]) { return .utf16BE }
    guard let bad = UTF8Validation.firstInvalidOffset(in: data) else { return .utf8 }
    if data.contains(0) {
      throw InputError(
        file: file,
        "byte \(bad): the file holds NUL bytes: it is binary, or UTF-16 without a byte-order mark; save it as UTF-8")
    }
    switch GB18030.check(data) {
    case .chinese: return .gb18030
    case .invalid(let offset):
      throw notText(file, bad, data, also: "nor GB18030 (byte \(offset) is not GB18030 either)")
    case .unlikely:
      throw notText(
        file, bad, data,
        also: "and read as GB18030 it would be rare characters, not Chinese text (is it Latin-1 or Windows-1252?)")
    }
  }

  /// The bytes as UTF-8, and the encoding they came in. UTF-8 input is
  /// returned as it is (no copy; a BOM stays, the readers skip it); other
  /// encodings are transcoded.
  public static func utf8(of data: Data, file: String) throws -> (data: Data, encoding: TextEncoding) {
    let encoding = try detect(data, file: file)
    switch encoding {
    case .utf8, .utf8BOM: return (data, encoding)
    case .gb18030:
      switch GB18030.utf8(of: data) {
      case .success(let d): return (d, encoding)
      case .failure(let f): throw notText(file, f.offset, data, also: "nor GB18030")
      }
    case .utf16LE, .utf16BE:
      return (try utf16(data, bigEndian: encoding == .utf16BE, file: file), encoding)
    }
  }

  /// Text of `data` as a String, in whichever encoding it came.
  public static func string(of data: Data, file: String) throws -> String {
    var d = try utf8(of: data, file: file).data
    if d.starts(with: [0xEF, 0xBB, 0xBF]) { d = d.dropFirst(3) }
    return String(decoding: d, as: UTF8.self)
  }

  private static func checkedUTF8(_ data: Data, file: String, bom: Bool) throws -> TextEncoding {
    if let bad = UTF8Validation.firstInvalidOffset(in: data) {
      throw notText(file, bad, data, also: "though it starts with a UTF-8 byte-order mark")
    }
    return .utf8BOM
  }

  /// UTF-16 code units (after the BOM) to UTF-8; an unpaired surrogate is an error at its byte.
  private static func utf16(_ data: Data, bigEndian: Bool, file: String) throws -> Data {
    guard data.count % 2 == 0 else {
      throw InputError(
        file: file,
        "byte \(data.count - 1): the file starts with a UTF-16 byte-order mark but has an odd number of bytes; save it as UTF-8"
      )
    }
    var out = Data()
    out.reserveCapacity(data.count * 3 / 2)
    try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let n = raw.count / 2
      func unit(_ i: Int) -> UInt16 {
        let a = UInt16(raw[2 * i]), b = UInt16(raw[2 * i + 1])
        return bigEndian ? a << 8 | b : b << 8 | a
      }
      var i = 1  // after the BOM
      var buffer: [UInt8] = []
      buffer.reserveCapacity(4)
      while i < n {
        let u = unit(i)
        var scalar: Unicode.Scalar?
        if u < 0xD800 || u > 0xDFFF {
          scalar = Unicode.Scalar(u)
          i += 1
        } else if u <= 0xDBFF, i + 1 < n, (0xDC00...0xDFFF).contains(unit(i + 1)) {
          let v = 0x10000 + (UInt32(u - 0xD800) << 10) + UInt32(unit(i + 1) - 0xDC00)
          scalar = Unicode.Scalar(v)
          i += 2
        }
        guard let scalar else {
          throw InputError(
            file: file, "byte \(2 * i): an unpaired UTF-16 surrogate; the file is not valid UTF-16; save it as UTF-8")
        }
        buffer.removeAll(keepingCapacity: true)
        UTF8.encode(scalar) { buffer.append($0) }
        out.append(contentsOf: buffer)
      }
    }
    return out
  }

  private static func notText(_ file: String, _ offset: Int, _ data: Data, also: String) -> InputError {
    let byte = offset < data.count ? String(format: " (0x%02X)", data[data.startIndex + offset]) : ""
    return InputError(file: file, "byte \(offset)\(byte): the text is not UTF-8, \(also); save the file as UTF-8")
  }
}
