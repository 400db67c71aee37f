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
  /// Rasterises `scene` into reusable memory and encodes it.
  func renderPNG(_ scene: Scene) throws -> Data {
    let w = scene.pixelWidth, h = scene.pixelHeight
    return try PNGScratch.withScratch { scratch in
      let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(w)))
      let pixels = scratch.buffer(\.pixels, count: stride * h)
      // Our own (reused) pixel memory: no fresh zeroed pages per render; the
      // background paint covers every pixel anyway.
      guard let surface = cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_RGB24, Int32(w), Int32(h), Int32(stride)) else {
        throw RenderError.cairo("no surface")
      }
      defer { cairo_surface_destroy(surface) }
      let status = cairo_surface_status(surface)
      guard status == CAIRO_STATUS_SUCCESS else { throw RenderError.cairo(String(cString: cairo_status_to_string(status))) }
      try draw(scene, on: surface, scale: scene.dpi / 72, target: "png@\(scene.dpi)")
      cairo_surface_flush(surface)
      return try encodePNG(pixels: pixels, stride: stride, width: w, height: h, dpi: scene.dpi, scratch: scratch)
    }
  }

  func encodePNG(pixels: UnsafeMutablePointer<UInt8>, stride: Int, width: Int, height: Int, dpi: Double, scratch: PNGScratch) throws -> Data {
    let rowBytes = 1 + 3 * width
    let rawCount = rowBytes * height
    // Unpacked in place, over the pixels themselves: a PNG row (1 + 3w bytes) is
    // shorter than a Cairo row (4w), so each write lands on bytes already read.
    // Saves a second 3.6 MB buffer (and its page faults) per 1200×1000 chart.
    precondition(stride >= 4 * width && width >= 1)
    let raw = pixels
    for y in 0..<height {
      // Cairo stores native-endian 0x00RRGGBB words; unpack to R, G, B bytes.
      let src = UnsafeRawPointer(pixels + y * stride)
      var dst = raw + y * rowBytes
      let first = src.loadUnaligned(as: UInt32.self)  // read before the filter byte may cover it
      dst.pointee = 0  // filter type None
      dst += 1
      for x in 0..<width {
        let p = x == 0 ? first : src.loadUnaligned(fromByteOffset: 4 * x, as: UInt32.self)
        dst[0] = UInt8(truncatingIfNeeded: p >> 16)
        dst[1] = UInt8(truncatingIfNeeded: p >> 8)
        dst[2] = UInt8(truncatingIfNeeded: p)
        dst += 3
      }
    }
    let compressor = try scratch.compressor(level: pngCompressionLevel)
    let bound = libdeflate_zlib_compress_bound(compressor, rawCount)
    let idat = scratch.buffer(\.compressed, count: bound)
    let written = libdeflate_zlib_compress(compressor, raw, rawCount, idat, bound)
    guard written > 0 else { throw RenderError.compression }

    var png = Data(capacity: written + 128)
    png.append(contentsOf: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var ihdr = [UInt8]()
    ihdr.appendBigEndian(UInt32(width))
    ihdr.appendBigEndian(UInt32(height))
    ihdr += [8, 2, 0, 0, 0]  // 8 bits, truecolour RGB, deflate, adaptive-filter method 0, no interlace
    ihdr.withUnsafeBufferPointer { png.appendChunk("IHDR", $0) }
    var phys = [UInt8]()
    let perMetre = UInt32((dpi / 0.0254).rounded())
    phys.appendBigEndian(perMetre)
    phys.appendBigEndian(perMetre)
    phys.append(1)  // unit: metre
    phys.withUnsafeBufferPointer { png.appendChunk("pHYs", $0) }
    png.appendChunk("IDAT", UnsafeBufferPointer(start: idat, count: written))
    png.appendChunk("IEND", UnsafeBufferPointer(start: nil, count: 0))
    return png
  }
}

/// Memory reused between PNG renders: pixel, row and compressed buffers and the
/// libdeflate compressor. Fresh multi-megabyte buffers cost a quarter of a render in
/// page faults. One instance serves one render at a time; concurrent renders get
/// their own temporary instance.
final class PNGScratch: @unchecked Sendable {
  private static let shared = PNGScratch()
  private let lock = NSLock()

  var pixels: (UnsafeMutablePointer<UInt8>, Int)? = nil
  var compressed: (UnsafeMutablePointer<UInt8>, Int)? = nil
  private var deflater: (OpaquePointer, Int32)? = nil

  static func withScratch<T>(_ body: (PNGScratch) throws -> T) rethrows -> T {
    if shared.lock.try() {
      defer { shared.lock.unlock() }
      return try body(shared)
    }
    return try body(PNGScratch())
  }

  /// A buffer of at least `count` bytes (contents undefined), kept for the next render.
  func buffer(_ slot: ReferenceWritableKeyPath<PNGScratch, (UnsafeMutablePointer<UInt8>, Int)?>, count: Int) -> UnsafeMutablePointer<UInt8> {
    if let (pointer, capacity) = self[keyPath: slot], capacity >= count { return pointer }
    self[keyPath: slot]?.0.deallocate()
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
    self[keyPath: slot] = (pointer, max(count, 1))
    return pointer
  }

  func compressor(level: Int32) throws -> OpaquePointer {
    if let (c, l) = deflater, l == level { return c }
    if let (c, _) = deflater { libdeflate_free_compressor(c) }
    guard let c = libdeflate_alloc_compressor(level) else { throw RenderError.compression }
    deflater = (c, level)
    return c
  }

  deinit {
    pixels?.0.deallocate()
    compressed?.0.deallocate()
    if let (c, _) = deflater { libdeflate_free_compressor(c) }
  }
}

extension Array where Element == UInt8 {
  fileprivate mutating func appendBigEndian(_ v: UInt32) {
    append(UInt8(v >> 24)); append(UInt8((v >> 16) & 0xFF)); append(UInt8((v >> 8) & 0xFF)); append(UInt8(v & 0xFF))
  }
}

extension Data {
  /// Length, type, body, CRC-32 of type and body (libdeflate's CRC).
  fileprivate mutating func appendChunk(_ type: String, _ body: UnsafeBufferPointer<UInt8>) {
    let length = UInt32(body.count)
    append(contentsOf: [UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF)])
    let typeBytes = Array(type.utf8)
    append(contentsOf: typeBytes)
    if let base = body.baseAddress { append(base, count: body.count) }
    var crc = typeBytes.withUnsafeBufferPointer { libdeflate_crc32(0, $0.baseAddress, $0.count) }
    if let base = body.baseAddress { crc = libdeflate_crc32(crc, base, body.count) }
    append(contentsOf: [UInt8(crc >> 24), UInt8((crc >> 16) & 0xFF), UInt8((crc >> 8) & 0xFF), UInt8(crc & 0xFF)])
  }
}
