import Foundation

/// Reads one part (`word/document.xml`) out of a .docx ZIP archive with limits,
/// so that a hostile archive ends in an error instead of exhausting memory.
///
///     let xml = try DocxPackage.part("word/document.xml", of: url, file: "a.docx")
///
/// Without limits, a 4 MB archive whose one entry inflates to 4 GiB ran out of
/// memory and trapped (exit 132). The limits are far above any real report: the
/// document.xml of a 60-page report with tables is about 2 MB, and a .docx
/// holds a few dozen entries (a few hundred with many images).
enum DocxPackage {
  /// The most bytes one part may inflate to.
  static let maxPartSize = 64 << 20
  /// The most entries the central directory is read for.
  static let maxEntries = 10_000

  /// The archive is mapped from its file, not read into memory (a .docx with
  /// many images can be large while document.xml is small), and read by
  /// ``ZipArchive``, which checks every entry against the bytes.
  static func part(_ path: String, of url: URL, file: String, limit: Int = maxPartSize) throws -> Data {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    if size == 0 { throw InputError(file: file, "the file is empty") }
    let zip: ZipArchive
    do {
      zip = try ZipArchive(data: try Data(contentsOf: url, options: .alwaysMapped), maxEntries: maxEntries)
    } catch let problem as ZipArchive.Problem {
      throw error(problem, file: file, limit: limit, declared: nil)
    } catch {
      throw InputError(file: file, "cannot be read (\(error.localizedDescription))")
    }
    guard let entry = zip.entry(path) else {
      throw InputError(file: file, "not a Word .docx file (\(path) is missing)")
    }
    guard !entry.isDirectory else {
      throw InputError(file: file, "the .docx file is damaged: \(path) is not a file entry")
    }
    // The declared size comes first: it refuses an honest bomb without inflating anything.
    if entry.uncompressedSize > limit {
      throw InputError(
        file: file,
        "\(path) would inflate to \(entry.uncompressedSize) bytes, more than the limit of \(describe(limit)) for one part of a .docx"
      )
    }
    // The declared size can lie, so the inflated bytes are counted too.
    do {
      return try zip.contents(of: entry, limit: limit)
    } catch let problem as ZipArchive.Problem {
      throw error(problem, file: file, limit: limit, declared: entry.uncompressedSize)
    }
  }

  static func error(_ problem: ZipArchive.Problem, file: String, limit: Int, declared: Int?) -> InputError {
    switch problem {
    case .notZip:
      InputError(file: file, "not a Word .docx file (it is not a ZIP archive)")
    case .damaged(let what):
      InputError(file: file, "the .docx file is damaged: \(what)")
    case .zip64:
      InputError(file: file, "a ZIP64 archive: a .docx that large is not read; save the report as PDF or text")
    case .tooManyEntries(let limit):
      InputError(
        file: file,
        "the .docx archive has more than \(limit) entries; a Word document has a few dozen, so it is refused")
    case .unsupportedMethod(let path, let method):
      InputError(file: file, "\(path) is compressed with method \(method), which Word does not write")
    case .partTooLarge(let path, _):
      InputError(
        file: file,
        "\(path) inflates to more than the limit of \(describe(limit)) for one part of a .docx (its header declared \(declared ?? 0) bytes)"
      )
    }
  }

  /// "64 MiB", or bytes below a MiB.
  static func describe(_ bytes: Int) -> String {
    bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
  }
}
