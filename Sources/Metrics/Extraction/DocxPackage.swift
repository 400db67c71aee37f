import Foundation
import ZIPFoundation

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

  /// The archive is read from its file, not from memory: ZIPFoundation's
  /// in-memory archive traps when an entry's offset lies past the end (found
  /// by the fuzzer, Fuzz/regressions/docx-seek-past-end), while a file read
  /// there just comes back short.
  static func part(_ path: String, of url: URL, file: String, limit: Int = maxPartSize) throws -> Data {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    if size == 0 { throw InputError(file: file, "the file is empty") }
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw InputError(file: file, "not a Word .docx file (it is not a ZIP archive)")
    }
    var found: Entry?
    var count = 0
    for entry in archive {
      count += 1
      if count > maxEntries {
        throw InputError(
          file: file,
          "the .docx archive has more than \(maxEntries) entries; a Word document has a few dozen, so it is refused")
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
      throw InputError(
        file: file,
        "\(path) would inflate to \(entry.uncompressedSize) bytes, more than the limit of \(describe(limit)) for one part of a .docx"
      )
    }
    if entry.compressedSize > UInt64(size) {
      throw InputError(
        file: file,
        "the .docx file is damaged: \(path) claims \(entry.compressedSize) compressed bytes in a file of \(size)")
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
      throw InputError(
        file: file,
        "\(path) inflates to more than the limit of \(describe(limit)) for one part of a .docx (its header declared \(entry.uncompressedSize) bytes)"
      )
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
