import ChartBuilding
import Dispatch
import Foundation

/// Runs a clean-up when the process is interrupted (SIGINT, SIGTERM, SIGHUP), then exits
/// with the conventional status 128 + signal. Used while a briefing is staged, so that an
/// interrupted run leaves neither its staging folder nor its lock behind.
final class SignalCleanup {
  private var sources: [DispatchSourceSignal] = []
  private static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  init(_ cleanup: @escaping @Sendable () -> Void) {
    for sig in Self.signals {
      signal(sig, SIG_IGN)  // the dispatch source receives it instead of the default handler
      let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
      source.setEventHandler {
        cleanup()
        FileHandle.standardError.write(Data("compare: interrupted; the previous output is unchanged\n".utf8))
        exit(128 + sig)
      }
      source.resume()
      sources.append(source)
    }
  }

  /// Restores the default handlers.
  func cancel() {
    for s in sources { s.cancel() }
    sources = []
    for sig in Self.signals { signal(sig, SIG_DFL) }
  }
}
