import Foundation
import ZIPFoundation

/// Reads one part (`word/document.xml`) out of a .docx ZIP archive with limits,
/// so that a hostile archive ends in an error instead of exhausting memory.
///
///     let xml = try DocxPackage.part("word/document.xml", of: data, file: "a.docx")
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

  static func part(_ path: String, of data: Data, file: String, limit: Int = maxPartSize) throws -> Data {
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw InputError(file: file, "not a Word .docx file (it is not a ZIP archive)")
    }
    var found: Entry?
    var count = 0
    for entry in archive {
      count += 1
      if count > maxEntries {
        throw InputError(file: file, "the .docx archive has more than \(maxEntries) entries; a Word document has a few dozen, so it is refused")
      }
      if entry.path == path {
        found = entry
        break
      }
    }
    guard let entry = found else {
      throw InputError(file: file, "not a Word .docx file (\(path) is missing)")
    }
    guard entry.type == .file else {
      throw InputError(file: file, "the .docx file is damaged: \(path) is not a file entry")
    }
    // The declared sizes come first: they refuse an honest bomb without inflating anything.
    if entry.uncompressedSize > UInt64(limit) {
      throw InputError(file: file, "\(path) would inflate to \(entry.uncompressedSize) bytes, more than the limit of \(describe(limit)) for one part of a .docx")
    }
    if entry.compressedSize > UInt64(data.count) {
      throw InputError(file: file, "the .docx file is damaged: \(path) claims \(entry.compressedSize) compressed bytes in a file of \(data.count)")
    }
    // The declared size can lie, so the inflated bytes are counted too.
    var part = Data()
    part.reserveCapacity(Int(entry.uncompressedSize))
    do {
      _ = try archive.extract(entry, skipCRC32: false) { chunk in
        if part.count + chunk.count > limit { throw PartTooLarge() }
        part.append(chunk)
      }
    } catch is PartTooLarge {
      throw InputError(file: file, "\(path) inflates to more than the limit of \(describe(limit)) for one part of a .docx (its header declared \(entry.uncompressedSize) bytes)")
    } catch {
      throw InputError(file: file, "the .docx file is damaged: \(error)")
    }
    return part
  }

  /// "64 MiB", or bytes below a MiB.
  static func describe(_ bytes: Int) -> String {
    bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
  }

  private struct PartTooLarge: Error {}
}
