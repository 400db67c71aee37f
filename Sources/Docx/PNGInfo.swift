import Foundation

/// A PNG's pixel size and resolution, read from its IHDR and pHYs chunks.
///
/// The resolution decides the printed size: a chart rendered at 15.6 cm and 300 dpi is
/// 1843 px wide and must be placed at 15.6 cm, not at Word's 96 dpi guess (48.8 cm).
struct PNGInfo {
  var width: Int
  var height: Int
  /// Pixels per inch; 96 when the file does not say (what Word assumes).
  var dpi: Double

  init(_ data: Data) throws {
    let bytes = [UInt8](data.prefix(64 << 10))
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    guard bytes.count >= 33, Array(bytes[0..<8]) == signature, Self.text(bytes, 12) == "IHDR" else {
      throw DocxError("a picture is not a PNG file")
    }
    width = Int(Self.uint32(bytes, 16))
    height = Int(Self.uint32(bytes, 20))
    guard width > 0, height > 0 else { throw DocxError("a PNG has no pixels (\(width)×\(height))") }
    dpi = 96
    // Chunks until the image data: pHYs must come before IDAT.
    var at = 8
    while at + 12 <= bytes.count {
      let length = Int(Self.uint32(bytes, at))
      let type = Self.text(bytes, at + 4)
      if type == "IDAT" || type == "IEND" { break }
      if type == "pHYs", length == 9, at + 17 <= bytes.count, bytes[at + 16] == 1 {
        let perMetre = Double(Self.uint32(bytes, at + 8))
        if perMetre > 0 { dpi = perMetre * 0.0254 }
      }
      at += 12 + length
    }
  }

  private static func uint32(_ b: [UInt8], _ i: Int) -> UInt32 {
    UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
  }

  private static func text(_ b: [UInt8], _ i: Int) -> String {
    guard i + 4 <= b.count else { return "" }
    return String(decoding: b[i..<i + 4], as: UTF8.self)
  }
}

/// A document that cannot be written, with the reason.
public struct DocxError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}
