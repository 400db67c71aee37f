import CCairo
import CDeflate
import Foundation

/// A PNG encoder for Cairo's opaque RGB24 surfaces, written because Cairo's own
/// (libpng, adaptive filters, zlib) takes ~95 % of a render (see shared/bench/NOTES.md).
///
/// Writes 8-bit RGB (no alpha: the background is opaque white, so colours are
/// exact), filter None on every row, one IDAT compressed with libdeflate, and a pHYs
/// chunk with the intended dpi so Word/WPS place the image at its physical size.
extension CairoRenderer {
  func encodePNG(_ surface: OpaquePointer, width: Int, height: Int, dpi: Double) throws -> Data {
    guard let pixels = cairo_image_surface_get_data(surface) else { throw RenderError.cairo("no image data") }
    let stride = Int(cairo_image_surface_get_stride(surface))
    let rowBytes = 1 + 3 * width
    let rawCount = rowBytes * height
    let raw = UnsafeMutablePointer<UInt8>.allocate(capacity: rawCount)
    defer { raw.deallocate() }
    for y in 0..<height {
      // Cairo stores native-endian 0x00RRGGBB words; unpack to R, G, B bytes.
      let src = UnsafeRawPointer(pixels + y * stride).assumingMemoryBound(to: UInt32.self)
      var dst = raw + y * rowBytes
      dst.pointee = 0  // filter type None
      dst += 1
      for x in 0..<width {
        let p = src[x]
        dst[0] = UInt8(truncatingIfNeeded: p >> 16)
        dst[1] = UInt8(truncatingIfNeeded: p >> 8)
        dst[2] = UInt8(truncatingIfNeeded: p)
        dst += 3
      }
    }
    guard let compressor = libdeflate_alloc_compressor(pngCompressionLevel) else { throw RenderError.compression }
    defer { libdeflate_free_compressor(compressor) }
    let bound = libdeflate_zlib_compress_bound(compressor, rawCount)
    var idat = [UInt8](repeating: 0, count: bound)
    let written = idat.withUnsafeMutableBytes { libdeflate_zlib_compress(compressor, raw, rawCount, $0.baseAddress, bound) }
    guard written > 0 else { throw RenderError.compression }

    var png = [UInt8]()
    png.reserveCapacity(written + 128)
    png += [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var ihdr = [UInt8]()
    ihdr.appendBigEndian(UInt32(width))
    ihdr.appendBigEndian(UInt32(height))
    ihdr += [8, 2, 0, 0, 0]  // 8 bits, truecolour RGB, deflate, no filter method quirks, no interlace
    png.appendChunk("IHDR", ihdr)
    var phys = [UInt8]()
    let perMetre = UInt32((dpi / 0.0254).rounded())
    phys.appendBigEndian(perMetre)
    phys.appendBigEndian(perMetre)
    phys.append(1)  // unit: metre
    png.appendChunk("pHYs", phys)
    idat.withUnsafeBufferPointer { png.appendChunk("IDAT", UnsafeBufferPointer(rebasing: $0[0..<written])) }
    png.appendChunk("IEND", [])
    return Data(png)
  }
}

extension Array where Element == UInt8 {
  fileprivate mutating func appendBigEndian(_ v: UInt32) {
    append(UInt8(v >> 24)); append(UInt8((v >> 16) & 0xFF)); append(UInt8((v >> 8) & 0xFF)); append(UInt8(v & 0xFF))
  }

  fileprivate mutating func appendChunk<C: Collection>(_ type: String, _ body: C) where C.Element == UInt8 {
    appendBigEndian(UInt32(body.count))
    let start = count
    append(contentsOf: Array(type.utf8))
    append(contentsOf: body)
    let crc = withUnsafeBufferPointer { buf in
      libdeflate_crc32(0, buf.baseAddress! + start, buf.count - start)
    }
    appendBigEndian(crc)
  }
}
