import Foundation

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

  let zip: ZipArchive
  let file: String
  let limits: Limits

  init(data: Data, file: String, limits: Limits = Limits()) throws {
    self.file = file
    self.limits = limits
    do {
      zip = try ZipArchive(data: data, maxEntries: limits.entries)
    } catch let problem as ZipArchive.Problem {
      throw Self.error(problem, file: file)
    }
    var total: UInt64 = 0
    for entry in zip.entries {
      total += UInt64(entry.uncompressedSize)
      if entry.uncompressedSize > limits.partBytes {
        throw InputError(
          file: file,
          "the entry \(entry.path) would inflate to \(entry.uncompressedSize) bytes, over the limit of \(limits.partBytes); refused as a likely zip bomb"
        )
      }
      if entry.uncompressedSize > 1 << 20, entry.uncompressedSize / max(entry.compressedSize, 1) > limits.ratio {
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

  func has(_ path: String) -> Bool { zip.entry(path) != nil }

  /// The inflated bytes of a part, counted as they come (a directory can lie about sizes).
  func part(_ path: String) throws -> Data {
    guard let entry = zip.entry(path) else {
      throw InputError(file: file, "not a complete Excel workbook: the part \(path) is missing")
    }
    do {
      return try zip.contents(of: entry, limit: limits.partBytes)
    } catch let problem as ZipArchive.Problem {
      throw Self.error(problem, file: file)
    }
  }

  static func error(_ problem: ZipArchive.Problem, file: String) -> InputError {
    switch problem {
    case .notZip:
      InputError(
        file: file,
        "not an Excel .xlsx workbook (it is not a ZIP archive); a .xls from Excel 97–2003 must be saved as .xlsx or CSV first"
      )
    case .damaged(let what):
      InputError(file: file, "not a readable Excel workbook: the ZIP archive is damaged (\(what))")
    case .zip64:
      InputError(file: file, "a ZIP64 archive: workbooks that large are not read; save the sheet as CSV")
    case .tooManyEntries(let limit):
      InputError(file: file, "the workbook has more than \(limit) ZIP entries; refused as a likely zip bomb")
    case .unsupportedMethod(let path, let method):
      InputError(file: file, "the part \(path) is compressed with method \(method), which Excel does not write")
    case .partTooLarge(let path, let limit):
      InputError(file: file, "the part \(path) inflates past \(limit) bytes; refused as a likely zip bomb")
    }
  }
}
