import CCairo
import CDeflate
import CSystemZlib
import Charts
import Foundation

/// A PNG encoder for Cairo's opaque RGB24 surfaces, written because Cairo's own
/// (libpng, adaptive filters, zlib) takes ~95 % of a render (see shared/bench/NOTES.md).
///
/// Writes 8-bit RGB (no alpha: the background is opaque white, so colours are
/// exact), filter None on every row, one IDAT, and a pHYs chunk with the intended dpi
/// so Word/WPS place the image at its physical size. The rows are deflated by
/// ``RasterDeflater`` (made for chart rasters: ~3 ms instead of libdeflate's ~8 ms for
/// the standard BAR chart, and smaller than Cairo's file) or, when
/// `pngCompressionLevel` asks for one, by libdeflate at that level.
extension CairoRenderer {
  /// Rasterises `scene` into reusable memory and encodes it.
  func renderPNG(_ scene: Scene) throws -> Data {
    try renderPNG(scene, cuts: []).png
  }

  /// Rasterises `scene` once and encodes it, and each of `cuts` (pixel rows of it) as a
  /// PNG of its own: a briefing's document picture is its chart file without the title
  /// band and the footer, so the file's pixels and compressed rows serve both. Each cut
  /// is a run of the file's deflate pieces (bands start a fresh deflate stream at the cut
  /// rows) closed by an empty final block, so a cut costs its header and a copy of bytes;
  /// drawing it again cost as much as the file (~8 ms for a 1842 × 1616 picture).
  public func renderPNG(_ scene: Scene, cuts: [Range<Int>]) throws -> (png: Data, cuts: [Data]) {
    let w = scene.pixelWidth, h = scene.pixelHeight
    for cut in cuts where cut.isEmpty || cut.lowerBound < 0 || cut.upperBound > h {
      throw RenderError.cairo("rows \(cut) are not inside the \(h) rows of the picture")
    }
    return try PNGScratch.withScratch { scratch in
      let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(w)))
      let pixels = scratch.buffer(\.pixels, count: stride * h)
      // Our own (reused) pixel memory: no fresh zeroed pages per render; the
      // background paint covers every pixel anyway.
      guard
        let surface = cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_RGB24, Int32(w), Int32(h), Int32(stride))
      else {
        throw RenderError.cairo("no surface")
      }
      defer { cairo_surface_destroy(surface) }
      let status = cairo_surface_status(surface)
      guard status == CAIRO_STATUS_SUCCESS else {
        throw RenderError.cairo(String(cString: cairo_status_to_string(status)))
      }
      try draw(scene, on: surface, scale: scene.dpi / 72, target: "png@\(scene.dpi)")
      cairo_surface_flush(surface)
      if pngCompressionLevel > 0, !cuts.isEmpty {
        // libdeflate's pieces always end final: each cut is encoded from a copy of its rows.
        var cutPNGs: [Data] = []
        for cut in cuts {
          let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: stride * cut.count)
          defer { copy.deallocate() }
          copy.update(from: pixels + cut.lowerBound * stride, count: stride * cut.count)
          cutPNGs.append(
            try encodePNG(pixels: copy, stride: stride, width: w, height: cut.count, dpi: scene.dpi, scratch: scratch)
              .png)
        }
        let png = try encodePNG(pixels: pixels, stride: stride, width: w, height: h, dpi: scene.dpi, scratch: scratch)
        return (png.png, cutPNGs)
      }
      return try encodePNG(
        pixels: pixels, stride: stride, width: w, height: h, dpi: scene.dpi, scratch: scratch, cuts: cuts)
    }
  }

  /// The bands a picture is compressed in: a band boundary at every cut's first and last
  /// row, and with two cores the biggest band halved, so both cores have work.
  static func bands(height: Int, cuts: [Range<Int>], threads: Int) -> [Range<Int>] {
    var bounds = Set([0, height])
    for cut in cuts { bounds.formUnion([cut.lowerBound, cut.upperBound]) }
    let sorted = bounds.sorted()
    var bands = zip(sorted, sorted.dropFirst()).map { $0..<$1 }
    if threads > 1, let biggest = bands.indices.max(by: { bands[$0].count < bands[$1].count }),
      bands[biggest].count >= 64
    {
      let b = bands[biggest], middle = b.lowerBound + b.count / 2
      bands.replaceSubrange(biggest...biggest, with: [b.lowerBound..<middle, middle..<b.upperBound])
    }
    return bands
  }

  /// Encodes Cairo RGB24 pixels as a PNG, and each of `cuts` (rows of it) as a PNG of its
  /// own made of the same compressed bands. Overwrites `pixels` (the rows are unpacked in
  /// place).
  func encodePNG(
    pixels: UnsafeMutablePointer<UInt8>, stride: Int, width: Int, height: Int, dpi: Double, scratch: PNGScratch,
    cuts: [Range<Int>] = []
  ) throws -> (png: Data, cuts: [Data]) {
    precondition(stride >= 4 * width && width >= 1)
    let rowBytes = 1 + 3 * width
    let level = pngCompressionLevel
    precondition(level <= 0 || cuts.isEmpty, "libdeflate's one final piece cannot be cut")
    // Two cores: the image is split into bands (two, or more at cuts), each unpacked and
    // compressed on its own, the bands shared between a second thread and this one. Every
    // band's deflate piece but the last ends non-final and byte-aligned, so the pieces
    // simply concatenate into one stream. libdeflate (whose pieces always end final): one piece.
    let bands =
      level <= 0 ? Self.bands(height: height, cuts: cuts, threads: height >= 64 ? pngThreads : 1) : [0..<height]
    var pieces = [PNGPiece](repeating: PNGPiece(), count: bands.count)
    if level > 0 { _ = try scratch.compressor(level: level) }
    for (i, band) in bands.enumerated() where level <= 0 {
      _ = scratch.deflater(i)
      _ = scratch.output(i, count: RasterDeflater.bound(band.count * rowBytes))
    }
    // The second thread's bands: the biggest first, each to the thread with fewer rows so far.
    var mine: [Int] = [], theirs: [Int] = []
    var mineRows = 0, theirRows = 0
    for i in bands.indices.sorted(by: { bands[$0].count > bands[$1].count }) {
      if pngThreads > 1, bands.count > 1, theirRows < mineRows {
        theirs.append(i)
        theirRows += bands[i].count
      } else {
        mine.append(i)
        mineRows += bands[i].count
      }
    }
    pieces.withUnsafeMutableBufferPointer { buffer in
      // Each band writes only its own slot of `out` and its own rows of `pixels`.
      nonisolated(unsafe) let out = buffer, pixels = pixels
      let work = { @Sendable (i: Int) in
        out[i] = Self.compressBand(
          bands[i], final: i == bands.count - 1, pixels: pixels, stride: stride, width: width, level: level,
          scratch: scratch, index: i)
      }
      if theirs.isEmpty {
        for i in mine { work(i) }
      } else {
        // Not DispatchQueue.concurrentPerform: on this Linux it ran both bands on
        // the calling thread, one after the other (measured). A plain thread does not.
        let other = BandThread { [theirs] in for i in theirs { work(i) } }
        for i in mine { work(i) }
        other.join()
      }
    }
    for piece in pieces where piece.bytes == nil { throw RenderError.compression }
    let png = Self.assemblePNG(
      pieces: pieces[...], rows: bands.map(\.count), closed: true, width: width, level: level, dpi: dpi)
    let cutPNGs = cuts.map { cut in
      let range =
        bands.firstIndex { $0.lowerBound == cut.lowerBound }!...bands.lastIndex {
          $0.upperBound == cut.upperBound
        }!
      return Self.assemblePNG(
        pieces: pieces[range], rows: bands[range].map(\.count), closed: range.upperBound == bands.count - 1,
        width: width, level: level, dpi: dpi)
    }
    return (png, cutPNGs)
  }

  /// A PNG of `pieces` (raw deflate, in order, of `rows` rows each): the zlib header, the
  /// pieces, an empty final stored block unless the last piece is final (`closed`), the
  /// combined Adler-32; the IHDR, pHYs, IDAT and IEND chunks.
  static func assemblePNG(
    pieces: ArraySlice<PNGPiece>, rows: [Int], closed: Bool, width: Int, level: Int32, dpi: Double
  ) -> Data {
    let rowBytes = 1 + 3 * width
    var idat = [UInt8]()
    idat.reserveCapacity(pieces.reduce(16) { $0 + $1.count })
    // zlib header: deflate, 32 KiB window, FLEVEL (1 "fast" for our own encoder, as
    // libdeflate writes it otherwise), check bits.
    let flevel: UInt16 = level <= 0 ? 1 : level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3
    var header: UInt16 = 0x7800 | flevel << 6
    header += (31 - header % 31) % 31
    idat += [UInt8(header >> 8), UInt8(header & 0xFF)]
    var adler: uLong = 1
    for (count, piece) in zip(rows, pieces) {
      idat.append(contentsOf: UnsafeBufferPointer(start: piece.bytes!, count: piece.count))
      adler = adler32_combine(adler, piece.adler, .init(count * rowBytes))
    }
    // BFINAL 1, BTYPE 00 (stored), then LEN 0 and NLEN 0xFFFF: the piece before ended byte-aligned.
    if !closed { idat += [0x01, 0x00, 0x00, 0xFF, 0xFF] }
    idat.appendBigEndian(UInt32(adler))

    var png = Data(capacity: idat.count + 128)
    png.append(contentsOf: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    var ihdr = [UInt8]()
    ihdr.appendBigEndian(UInt32(width))
    ihdr.appendBigEndian(UInt32(rows.reduce(0, +)))
    ihdr += [8, 2, 0, 0, 0]  // 8 bits, truecolour RGB, deflate, adaptive-filter method 0, no interlace
    ihdr.withUnsafeBufferPointer { png.appendChunk("IHDR", $0) }
    var phys = [UInt8]()
    let perMetre = UInt32((dpi / 0.0254).rounded())
    phys.appendBigEndian(perMetre)
    phys.appendBigEndian(perMetre)
    phys.append(1)  // unit: metre
    phys.withUnsafeBufferPointer { png.appendChunk("pHYs", $0) }
    idat.withUnsafeBufferPointer { png.appendChunk("IDAT", $0) }
    png.appendChunk("IEND", UnsafeBufferPointer(start: nil, count: 0))
    return png
  }
}

/// Runs a closure on a new POSIX thread; `join` waits for it.
final class BandThread: @unchecked Sendable {
  private var thread = pthread_t()
  private let body: @Sendable () -> Void
  private var started = false

  init(_ body: @escaping @Sendable () -> Void) {
    self.body = body
    let me = Unmanaged.passRetained(self).toOpaque()
    started =
      pthread_create(
        &thread, nil,
        { arg in
          let t = Unmanaged<BandThread>.fromOpaque(arg!).takeRetainedValue()
          t.body()
          return nil
        }, me) == 0
    if !started {
      Unmanaged<BandThread>.fromOpaque(me).release()
      body()  // no thread to be had: do the work here
    }
  }

  func join() {
    if started { pthread_join(thread, nil) }
  }
}

/// One band's compressed bytes (in scratch memory) and the Adler-32 of its raw rows.
struct PNGPiece {
  var bytes: UnsafePointer<UInt8>? = nil
  var count = 0
  var adler: uLong = 1
}

extension CairoRenderer {
  /// Unpacks rows `band` to PNG rows (filter None, R G B) in place at the start of
  /// the band's own pixel memory, and deflates them (raw; non-final and byte-aligned
  /// unless `final`). Bands write only inside their own pixel rows, so they can run
  /// concurrently.
  static func compressBand(
    _ band: Range<Int>, final: Bool, pixels: UnsafeMutablePointer<UInt8>, stride: Int, width: Int, level: Int32,
    scratch: PNGScratch, index: Int
  ) -> PNGPiece {
    let rowBytes = 1 + 3 * width
    // A PNG row (1 + 3w bytes) is shorter than a Cairo row (4w), so the band's PNG
    // rows fit in place from its first pixel row on, each write landing on bytes
    // already read. Saves a second 3.6 MB buffer per 1200×1000 chart.
    let raw = pixels + band.lowerBound * stride
    let rawCount = band.count * rowBytes
    var adler: UInt32 = 1
    let unpack = { (k: Int) in
      let row = raw + k * rowBytes
      unpackRow(from: UnsafeRawPointer(pixels + (band.lowerBound + k) * stride), to: row, width: width)
      adler = libdeflate_adler32(adler, row, rowBytes)
    }
    if level > 0 {
      precondition(final && index == 0, "libdeflate writes one final piece")
      for k in 0..<band.count { unpack(k) }
      let compressor = scratch.deflaters[0].0
      let bound = libdeflate_deflate_compress_bound(compressor, rawCount)
      let out = scratch.output(0, count: bound)
      let written = libdeflate_deflate_compress(compressor, raw, rawCount, out, bound)
      guard written > 0 else { return PNGPiece() }
      return PNGPiece(bytes: UnsafePointer(out), count: written, adler: uLong(adler))
    }
    // Each row is unpacked just before the deflater reaches it, while it is in the cache.
    // Made before the bands started (``PNGScratch/output(_:count:)`` is not for two threads).
    let out = scratch.output(index, count: RasterDeflater.bound(rawCount))
    let written = scratch.deflater(index).compress(
      raw, count: rawCount, rowBytes: rowBytes, final: final, into: out, preparingRows: unpack)
    return PNGPiece(bytes: UnsafePointer(out), count: written, adler: uLong(adler))
  }

  /// Rewrites one Cairo row (native-endian 0x00RRGGBB words) as a PNG row: a filter
  /// byte 0 (None), then R, G, B per pixel. In place is fine as long as `dst` is not
  /// after `src`: every byte is read before it is overwritten.
  @inline(__always)
  static func unpackRow(from src: UnsafeRawPointer, to dst: UnsafeMutablePointer<UInt8>, width: Int) {
    @inline(__always) func rgb(_ p: UInt64) -> UInt64 { UInt64(UInt32(truncatingIfNeeded: p).byteSwapped &>> 8) }
    let out = UnsafeMutableRawPointer(dst + 1)
    var x = 0
    // Four pixels at a time: two 8-byte loads, then one 8-byte and one 4-byte store of
    // R G B R G B R G B R G B, which end before the next four pixels' bytes.
    while x &+ 4 <= width {
      let a = src.loadUnaligned(fromByteOffset: 4 &* x, as: UInt64.self)
      let b = src.loadUnaligned(fromByteOffset: 4 &* x &+ 8, as: UInt64.self)
      let r0 = rgb(a), r1 = rgb(a &>> 32), r2 = rgb(b), r3 = rgb(b &>> 32)
      out.storeBytes(of: (r0 | r1 &<< 24 | r2 &<< 48).littleEndian, toByteOffset: 3 &* x, as: UInt64.self)
      out.storeBytes(
        of: UInt32(truncatingIfNeeded: r2 &>> 16 | r3 &<< 8).littleEndian, toByteOffset: 3 &* x &+ 8, as: UInt32.self)
      x &+= 4
    }
    while x < width {
      let p = src.loadUnaligned(fromByteOffset: 4 &* x, as: UInt32.self)
      out.storeBytes(of: UInt8(truncatingIfNeeded: p &>> 16), toByteOffset: 3 &* x, as: UInt8.self)
      out.storeBytes(of: UInt8(truncatingIfNeeded: p &>> 8), toByteOffset: 3 &* x &+ 1, as: UInt8.self)
      out.storeBytes(of: UInt8(truncatingIfNeeded: p), toByteOffset: 3 &* x &+ 2, as: UInt8.self)
      x &+= 1
    }
    dst.pointee = 0  // filter type None; last, since in place it covers the first pixel's first byte
  }
}

/// Memory reused between PNG renders: pixel, row and compressed buffers and the
/// compressors. Fresh multi-megabyte buffers cost a quarter of a render in
/// page faults. One instance serves one render at a time; two are kept, so the two
/// renders a briefing draws at once on two cores both reuse memory (with one kept, the
/// second render's 300-dpi pixels, up to ~20 MB, were fresh pages every time; the
/// sample briefing's kernel samples fell by ~12 % with two). A third concurrent render
/// gets a temporary instance.
final class PNGScratch: @unchecked Sendable {
  private static let kept = [PNGScratch(), PNGScratch()]
  private let lock = NSLock()

  var pixels: (UnsafeMutablePointer<UInt8>, Int)? = nil
  /// One compressed-bytes buffer per band.
  private var outputs: [(UnsafeMutablePointer<UInt8>, Int)] = []
  /// The libdeflate compressor (and its level), made when a level asks for it.
  private(set) var deflaters: [(OpaquePointer, Int32)] = []
  /// One ``RasterDeflater`` per band.
  private var rasterDeflaters: [RasterDeflater] = []

  static func withScratch<T>(_ body: (PNGScratch) throws -> T) rethrows -> T {
    for scratch in kept where scratch.lock.try() {
      defer { scratch.lock.unlock() }
      return try body(scratch)
    }
    return try body(PNGScratch())
  }

  /// A buffer of at least `count` bytes (contents undefined), kept for the next render.
  func buffer(_ slot: ReferenceWritableKeyPath<PNGScratch, (UnsafeMutablePointer<UInt8>, Int)?>, count: Int)
    -> UnsafeMutablePointer<UInt8>
  {
    if let (pointer, capacity) = self[keyPath: slot], capacity >= count { return pointer }
    self[keyPath: slot]?.0.deallocate()
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
    self[keyPath: slot] = (pointer, max(count, 1))
    return pointer
  }

  /// Band `index`'s buffer for compressed bytes, at least `count` long (contents undefined),
  /// kept for the next render. Call for every band before the bands start: the array grows.
  func output(_ index: Int, count: Int) -> UnsafeMutablePointer<UInt8> {
    while outputs.count <= index { outputs.append((UnsafeMutablePointer<UInt8>.allocate(capacity: 1), 1)) }
    if outputs[index].1 >= count { return outputs[index].0 }
    outputs[index].0.deallocate()
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(count, 1))
    outputs[index] = (pointer, max(count, 1))
    return pointer
  }

  /// The libdeflate compressor at `level`, made on first use.
  func compressor(level: Int32) throws -> OpaquePointer {
    if let (c, l) = deflaters.first, l == level { return c }
    guard let c = libdeflate_alloc_compressor(level) else { throw RenderError.compression }
    for (old, _) in deflaters { libdeflate_free_compressor(old) }
    deflaters = [(c, level)]
    return c
  }

  /// The deflater for band `index`, made on first use (call before the bands start).
  func deflater(_ index: Int) -> RasterDeflater {
    while rasterDeflaters.count <= index { rasterDeflaters.append(RasterDeflater()) }
    return rasterDeflaters[index]
  }

  deinit {
    pixels?.0.deallocate()
    for (pointer, _) in outputs { pointer.deallocate() }
    for (c, _) in deflaters { libdeflate_free_compressor(c) }
  }
}

extension Array where Element == UInt8 {
  fileprivate mutating func appendBigEndian(_ v: UInt32) {
    append(UInt8(v >> 24))
    append(UInt8((v >> 16) & 0xFF))
    append(UInt8((v >> 8) & 0xFF))
    append(UInt8(v & 0xFF))
  }
}

extension Data {
  /// Length, type, body, CRC-32 of type and body (libdeflate's CRC).
  fileprivate mutating func appendChunk(_ type: String, _ body: UnsafeBufferPointer<UInt8>) {
    let length = UInt32(body.count)
    append(contentsOf: [
      UInt8(length >> 24), UInt8((length >> 16) & 0xFF), UInt8((length >> 8) & 0xFF), UInt8(length & 0xFF),
    ])
    let typeBytes = Array(type.utf8)
    append(contentsOf: typeBytes)
    if let base = body.baseAddress { append(base, count: body.count) }
    var crc = typeBytes.withUnsafeBufferPointer { libdeflate_crc32(0, $0.baseAddress, $0.count) }
    if let base = body.baseAddress { crc = libdeflate_crc32(crc, base, body.count) }
    append(contentsOf: [UInt8(crc >> 24), UInt8((crc >> 16) & 0xFF), UInt8((crc >> 8) & 0xFF), UInt8(crc & 0xFF)])
  }
}
