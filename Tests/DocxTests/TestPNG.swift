import Foundation

/// A valid PNG made here (stored deflate blocks, real CRCs): a plain grey image of the
/// given size and resolution, for tests that must not depend on the chart renderer.
enum TestPNG {
  static func make(width: Int, height: Int, dpi: Double?) -> Data {
    var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    png += chunk("IHDR", be32(width) + be32(height) + [8, 0, 0, 0, 0])  // 8-bit greyscale
    if let dpi {
      let perMetre = Int((dpi / 0.0254).rounded())
      png += chunk("pHYs", be32(perMetre) + be32(perMetre) + [1])
    }
    var raw: [UInt8] = []
    for _ in 0..<height { raw += [0] + Array(repeating: 0xC0, count: width) }
    png += chunk("IDAT", zlibStored(raw))
    png += chunk("IEND", [])
    return png
  }

  private static func be32(_ v: Int) -> [UInt8] {
    [UInt8(v >> 24 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
  }

  private static func chunk(_ type: String, _ body: [UInt8]) -> Data {
    let typed = Array(type.utf8) + body
    return Data(be32(body.count) + typed + be32(Int(crc32(typed))))
  }

  private static func zlibStored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x78, 0x01]
    var at = 0
    repeat {
      let n = min(65_535, data.count - at)
      let last: UInt8 = at + n >= data.count ? 1 : 0
      out += [last, UInt8(n & 0xFF), UInt8(n >> 8), UInt8(~n & 0xFF), UInt8((~n >> 8) & 0xFF)]
      out += data[at..<at + n]
      at += n
    } while at < data.count
    var a: UInt32 = 1, b: UInt32 = 0
    for byte in data {
      a = (a + UInt32(byte)) % 65_521
      b = (b + a) % 65_521
    }
    return out + be32(Int(b << 16 | a))
  }

  private static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var c: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
      c ^= UInt32(byte)
      for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }
    return ~c
  }
}
