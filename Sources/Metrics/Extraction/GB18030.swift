import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// GB18030 (and so GBK and GB2312) text, as Chinese government offices and
/// Excel on Chinese Windows save reports and tables. One decoder for both:
/// ``TextEncoding`` calls it for tables and ``ReportLoader`` for reports.
///
///     GB18030.decode(Data([0xB6, 0xBC]))  // "都"
///
/// Uses iconv from the C library: Foundation on Linux has no GB18030 codec in
/// `String(data:encoding:)` without CoreFoundation's private constants.
enum GB18030 {
  /// Where conversion stopped.
  struct Failure: Error { var offset: Int }

  /// What the bytes look like read as GB18030.
  enum Verdict: Equatable {
    /// Well-formed, and mostly GB2312's common characters and punctuation.
    case chinese
    /// Well-formed, but mostly rare (GBK extension or four-byte) characters:
    /// more likely Latin-1 or another single-byte code page than Chinese.
    case unlikely
    /// Not GB18030 at the byte offset.
    case invalid(offset: Int)
  }

  /// Checks the byte structure and how Chinese the text would be, without decoding.
  /// Rare characters may be up to a tenth of the common ones: real district
  /// names use a few GBK-only characters, while Latin-1 text (`ü` followed by
  /// an ASCII letter) never produces GB2312 pairs.
  static func check(_ data: Data) -> Verdict {
    data.withUnsafeBytes { raw in
      var common = 0, rare = 0, p = 0
      let n = raw.count
      while p < n {
        let b = raw[p]
        if b < 0x80 {
          p += 1
          continue
        }
        guard b >= 0x81 && b <= 0xFE, p + 1 < n else { return .invalid(offset: p) }
        let t = raw[p + 1]
        if (0x40...0x7E).contains(t) || (0x80...0xFE).contains(t) {
          if (0xA1...0xF7).contains(b) && t >= 0xA1 { common += 1 } else { rare += 1 }
          p += 2
        } else if (0x30...0x39).contains(t), p + 3 < n, (0x81...0xFE).contains(raw[p + 2]),
          (0x30...0x39).contains(raw[p + 3])
        {
          rare += 1
          p += 4
        } else {
          return .invalid(offset: p)
        }
      }
      return rare * 10 <= common ? .chinese : .unlikely
    }
  }

  /// The text as UTF-8 bytes, or the offset where the bytes stop being GB18030.
  static func utf8(of data: Data) -> Result<Data, Failure> {
    #if canImport(Glibc)
      let cd = iconv_open("UTF-8", "GB18030")
      if cd == iconv_t(bitPattern: -1) { return .failure(Failure(offset: 0)) }
      defer { iconv_close(cd) }
      // At most 3 UTF-8 bytes for 2 GB18030 bytes, 4 for 4, 1 for 1.
      var output = Data(count: data.count * 3 / 2 + 16)
      var input = data
      let count = input.count
      let (left, written) = input.withUnsafeMutableBytes { inRaw in
        output.withUnsafeMutableBytes { outRaw in
          var inPtr = inRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
          var inLeft = inRaw.count
          var outPtr = outRaw.baseAddress?.assumingMemoryBound(to: CChar.self)
          var outLeft = outRaw.count
          _ = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
          return (inLeft, outRaw.count - outLeft)
        }
      }
      if left != 0 { return .failure(Failure(offset: count - left)) }
      output.count = written
      return .success(output)
    #else
      let enc = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
      guard let s = String(data: data, encoding: String.Encoding(rawValue: enc)) else {
        return .failure(Failure(offset: 0))
      }
      return .success(Data(s.utf8))
    #endif
  }

  static func decode(_ data: Data) -> String? {
    guard case .success(let d) = utf8(of: data) else { return nil }
    return String(decoding: d, as: UTF8.self)
  }
}
