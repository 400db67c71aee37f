import Foundation
import ZIPFoundation

/// The ZIP container of an .xlsx/.xlsm workbook, with its size checked before
/// anything is inflated.
///
/// A workbook is a few XML parts; a ZIP whose entries claim (or turn out) to
/// inflate past ``Limits`` is refused as a likely zip bomb rather than read
/// into memory. A 100,000-row sheet of five columns inflates to about 12 MB,
/// so the default limits leave room for sheets forty times that.
struct ExcelArchive {
  struct Limits: Sendable {
    /// Entries in the archive (a workbook has a dozen or so; one per sheet, image, …).
    var entries = 10_000
    /// Inflated bytes of one part.
    var partBytes = 512 << 20
    /// Inflated bytes of all entries, as declared in the directory.
    var totalBytes = 1 << 30
    /// Inflated ÷ compressed size above which a large entry is refused (XML
    /// compresses about 10–20×; bombs 1000× and more).
    var ratio = 1_000
  }

  let archive: Archive
  let file: String
  let limits: Limits

  init(data: Data, file: String, limits: Limits = Limits()) throws {
    guard data.count >= 4, data.starts(with: [0x50, 0x4B]) else {
      throw InputError(
        file: file,
        "not an Excel .xlsx workbook (it is not a ZIP archive); a .xls from Excel 97–2003 must be saved as .xlsx or CSV first"
      )
    }
    try ZipDirectoryCheck.check(data, file: file, entries: limits.entries)
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw InputError(file: file, "not an Excel .xlsx workbook (the ZIP archive cannot be opened: \(error))")
    }
    self.file = file
    self.limits = limits
    var count = 0, total: UInt64 = 0
    for entry in archive {
      count += 1
      if count > limits.entries {
        throw InputError(
          file: file, "the workbook has more than \(limits.entries) ZIP entries; refused as a likely zip bomb")
      }
      total += entry.uncompressedSize
      if entry.uncompressedSize > UInt64(limits.partBytes) {
        throw InputError(
          file: file,
          "the entry \(entry.path) would inflate to \(entry.uncompressedSize) bytes, over the limit of \(limits.partBytes); refused as a likely zip bomb"
        )
      }
      if entry.uncompressedSize > 1 << 20, entry.uncompressedSize / max(entry.compressedSize, 1) > UInt64(limits.ratio)
      {
        throw InputError(
          file: file,
          "the entry \(entry.path) inflates \(entry.uncompressedSize / max(entry.compressedSize, 1))× its stored size; refused as a likely zip bomb"
        )
      }
    }
    if total > UInt64(limits.totalBytes) {
      throw InputError(
        file: file,
        "the workbook would inflate to \(total) bytes, over the limit of \(limits.totalBytes); refused as a likely zip bomb"
      )
    }
  }

  func has(_ path: String) -> Bool { archive[path] != nil }

  /// The inflated bytes of a part, counted as they come (a directory can lie about sizes).
  func part(_ path: String) throws -> Data {
    guard let entry = archive[path] else {
      throw InputError(file: file, "not a complete Excel workbook: the part \(path) is missing")
    }
    var out = Data()
    out.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(limits.partBytes))))
    let limit = limits.partBytes
    struct TooLarge: Error {}
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        if out.count + chunk.count > limit { throw TooLarge() }
        out.append(chunk)
      }
    } catch is TooLarge {
      throw InputError(file: file, "the part \(path) inflates past \(limit) bytes; refused as a likely zip bomb")
    } catch {
      throw InputError(file: file, "the workbook is damaged: \(path) cannot be inflated (\(error))")
    }
    return out
  }
}
