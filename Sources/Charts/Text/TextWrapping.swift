/// Line breaking for Chinese text mixed with numbers and Latin words.
///
/// Breaks between CJK characters, never inside a number or word, never before closing
/// punctuation (，。、）：；！？) nor after opening punctuation (（“《).
///
/// ```swift
/// try TextWrapping.wrap("注：2021年起统计口径调整", font: f, width: 60, measurer: m)
/// // ["注：2021年", "起统计口径", "调整"]
/// ```
enum TextWrapping {
  static let closing: Set<Character> = Set("，。、）：；！？》”’,.;:!?)%")
  static let opening: Set<Character> = Set("（“《‘(")

  /// Unbreakable pieces of `text`.
  static func tokens(_ text: String) -> [String] {
    var out: [String] = []
    var pendingOpen = ""
    for ch in text {
      let isWide = ch.unicodeScalars.first.map(FixedWidthMeasurer.isWide) ?? false
      if closing.contains(ch), !out.isEmpty {
        out[out.count - 1].append(ch)
      } else if opening.contains(ch) {
        pendingOpen.append(ch)
      } else if ch == " " {
        if !pendingOpen.isEmpty {
          out.append(pendingOpen)
          pendingOpen = ""
        }
        out.append(" ")
      } else if !isWide, let last = out.last, pendingOpen.isEmpty,
        let lc = last.last, !(lc.unicodeScalars.first.map(FixedWidthMeasurer.isWide) ?? true), lc != " "
      {
        out[out.count - 1].append(ch)
      } else {
        out.append(pendingOpen + String(ch))
        pendingOpen = ""
      }
    }
    if !pendingOpen.isEmpty { out.append(pendingOpen) }
    return out
  }

  /// `text` broken greedily into lines no wider than `width` (a single token wider
  /// than `width` is broken between characters).
  static func wrap(_ text: String, font: FontSpec, width: Double, measurer: any TextMeasuring) throws -> [String] {
    if text.isEmpty { return [] }
    if try measurer.measure(text, font: font).width <= width { return [text] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0.0
    for token in tokens(text) {
      let w = try measurer.measure(token, font: font).width
      if lineWidth + w <= width || line.isEmpty && w <= width {
        line += token
        lineWidth += w
        continue
      }
      if !line.isEmpty { lines.append(line.trimmingTrailingSpaces()) }
      if token == " " {
        line = ""
        lineWidth = 0
        continue
      }
      if w <= width {
        line = token
        lineWidth = w
      } else {
        // Too long for any line: break it between characters.
        line = ""
        lineWidth = 0
        for ch in token {
          let cw = try measurer.measure(String(ch), font: font).width
          if lineWidth + cw > width && !line.isEmpty {
            lines.append(line)
            line = ""
            lineWidth = 0
          }
          line.append(ch)
          lineWidth += cw
        }
      }
    }
    if !line.isEmpty { lines.append(line.trimmingTrailingSpaces()) }
    return lines
  }

  /// The longest prefix of `text` that fits `width` with "…" appended.
  static func truncate(_ text: String, font: FontSpec, width: Double, measurer: any TextMeasuring) throws -> String {
    if try measurer.measure(text, font: font).width <= width { return text }
    var chars = Array(text)
    while !chars.isEmpty {
      chars.removeLast()
      let candidate = String(chars) + "…"
      if try measurer.measure(candidate, font: font).width <= width { return candidate }
    }
    return "…"
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
