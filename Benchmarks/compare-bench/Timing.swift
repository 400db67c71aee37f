import Foundation

enum Timing {
  /// Median wall time in milliseconds over `runs` calls after `warmup` calls, and the last result.
  static func median<T>(runs: Int, warmup: Int, _ body: () throws -> T) rethrows -> (Double, T) {
    var last = try body()
    for _ in 0..<warmup { last = try body() }
    var times: [Double] = []
    times.reserveCapacity(runs)
    for _ in 0..<runs {
      let t0 = DispatchTime.now().uptimeNanoseconds
      last = try body()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
    }
    times.sort()
    return (times[times.count / 2], last)
  }
}

/// Runs a program as a child process and measures its wall time and peak resident memory.
enum ChildProcess {
  /// Median wall time (ms) and the median of the children's peak RSS (MiB).
  static func measure(_ exe: URL, _ args: [String], runs: Int) throws -> (Double, Double) {
    var times: [Double] = [], peaks: [Double] = []
    for _ in 0..<runs {
      let (ms, rss, status) = try once(exe, args)
      guard status == 0 else { throw BenchError("\(exe.lastPathComponent) \(args.joined(separator: " ")) exited \(status)") }
      times.append(ms)
      peaks.append(rss)
    }
    times.sort()
    peaks.sort()
    return (times[times.count / 2], peaks[peaks.count / 2])
  }

  static func once(_ exe: URL, _ args: [String]) throws -> (Double, Double, Int32) {
    var pid: pid_t = 0
    let argv = ([exe.path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let t0 = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, exe.path, &actions, nil, argv, environ) == 0 else { throw BenchError("cannot start \(exe.path)") }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
    // Linux reports ru_maxrss in KiB.
    return (ms, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xff)
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}

struct BenchReport {
  private var rows: [(String, Double, String)] = []
  private var notes: [String] = []

  mutating func add(_ what: String, ms: Double, extra: String) { rows.append((what, ms, extra)) }
  mutating func note(_ s: String) { notes.append(s) }

  func print() {
    let host = ProcessInfo.processInfo
    Swift.print("compare-bench — \(host.activeProcessorCount) cores, \(host.physicalMemory >> 30) GiB, \(Date())")
    Swift.print("| what | median | notes |")
    Swift.print("|---|---:|---|")
    for (what, ms, extra) in rows {
      Swift.print("| \(what) | \(String(format: ms < 10 ? "%.2f ms" : "%.0f ms", ms)) | \(extra) |")
    }
    for n in notes { Swift.print("note: \(n)") }
  }
}
