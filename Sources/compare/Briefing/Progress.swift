import ChartBuilding
import Foundation

/// A counter on stderr while a briefing renders: only on a terminal, never when
/// piped or with `--quiet`, so logs stay clean.
final class Progress: @unchecked Sendable {
  private let total: Int
  private var done = 0
  private let enabled: Bool
  private let lock = NSLock()

  init(total: Int, quiet: Bool) {
    self.total = total
    enabled = !quiet && isatty(STDERR_FILENO) == 1
  }

  func step(_ label: String) {
    lock.lock()
    defer { lock.unlock() }
    done += 1
    guard enabled else { return }
    let width = 24
    let filled = total == 0 ? width : done * width / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    FileHandle.standardError.write(Data("\r\u{1B}[K\(bar) \(done)/\(total) \(Terminal.safe(label))".utf8))
  }

  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
