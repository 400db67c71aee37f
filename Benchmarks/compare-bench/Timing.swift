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
      guard status == 0 else {
        throw BenchError("\(exe.lastPathComponent) \(args.joined(separator: " ")) exited \(status)")
      }
      times.append(ms)
      peaks.append(rss)
    }
    times.sort()
    peaks.sort()
    return (times[times.count / 2], peaks[peaks.count / 2])
  }

  /// One run: wall time (ms), peak RSS (MiB) and exit status.
  ///
  /// The peak comes from GNU time (`/usr/bin/time`, Debian package `time`): a child
  /// spawned straight from this process would report *this* process's resident size
  /// as its own peak, because Linux carries the high-water mark of the address space
  /// a process had before `exec` (posix_spawn shares ours). time forks a small copy
  /// of itself and reports the grandchild's peak alone.
  static func once(_ exe: URL, _ args: [String]) throws -> (Double, Double, Int32) {
    let time = "/usr/bin/time"
    let haveTime = FileManager.default.isExecutableFile(atPath: time)
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("compare-bench-rss-\(getpid()).txt")
    let command = haveTime ? [time, "-f", "%M", "-o", report.path, exe.path] + args : [exe.path] + args
    var pid: pid_t = 0
    let argv = command.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let t0 = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, command[0], &actions, nil, argv, environ) == 0 else {
      throw BenchError("cannot start \(command[0])")
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
    var peak = Double.nan
    if haveTime, let text = try? String(contentsOf: report, encoding: .utf8),
      let kib = text.split(separator: "\n").last.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) })
    {
      peak = kib / 1024
    }
    return (ms, peak, (status >> 8) & 0xff)
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

  /// Tab-separated rows (name, median ms with three decimals, notes) for scripts
  /// such as Benchmarks/peers/run_peers.py.
  func printTSV() {
    for (what, ms, extra) in rows { Swift.print("\(what)\t\(String(format: "%.3f", ms))\t\(extra)") }
  }

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
