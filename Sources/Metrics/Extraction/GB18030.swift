import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// GB18030 (and so GBK and GB2312) text, as Chinese government offices often
/// save reports.
///
///     GB18030.decode(Data([0xB6, 0xBC]))  // "都"
///
/// Uses iconv from the C library: Foundation on Linux has no GB18030 codec in
/// `String(data:encoding:)` without CoreFoundation's private constants.
enum GB18030 {
  static func decode(_ data: Data) -> String? {
    #if canImport(Glibc)
      let cd = iconv_open("UTF-8", "GB18030")
      if cd == iconv_t(bitPattern: -1) { return nil }
      defer { iconv_close(cd) }
      var input = [CChar](repeating: 0, count: data.count)
      data.withUnsafeBytes { raw in
        for (i, b) in raw.enumerated() { input[i] = CChar(bitPattern: b) }
      }
      var output = [CChar](repeating: 0, count: data.count * 2 + 16)
      let ok: Bool = input.withUnsafeMutableBufferPointer { inBuf in
        output.withUnsafeMutableBufferPointer { outBuf in
          var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
          var inLeft = inBuf.count
          var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
          var outLeft = outBuf.count
          let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
          if r == -1 || inLeft != 0 { return false }
          outBuf[outBuf.count - outLeft] = 0
          return true
        }
      }
      guard ok else { return nil }
      return String(validatingCString: output) ?? nil
    #else
      let enc = CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue))
      return String(data: data, encoding: String.Encoding(rawValue: enc))
    #endif
  }
}
