import CCairo
import Charts
import Foundation

/// A Pango font map that knows only the Noto CJK fonts in Debian's fonts-noto-cjk
/// directory, through a fontconfig configuration of its own.
///
/// Why: the default font map makes fontconfig parse the whole system configuration
/// (/etc/fonts, ~50 files), load the caches of every installed font, and sort all of
/// them for each font description; that was ~17 % of one `compare bar` process.
/// With one directory (whose cache fontconfig still uses) a whole `compare bar` ran
/// in ~60 instead of ~75 ms on the 2-core bench machine, with an identical PNG.
/// ``PangoTextMeasurer`` uses it only for families it has and only for text it
/// covers completely; everything else goes to the default font map, so fallback
/// fonts and missing-glyph errors behave as before.
///
/// ```swift
/// if let map = CJKFontMap.make(), CJKFontMap.has(family: "Noto Sans CJK SC", in: map) { … }
/// ```
enum CJKFontMap {
  static let directory = "/usr/share/fonts/opentype/noto"

  /// The font map, or nil when the directory holds no Noto CJK font, fontconfig
  /// cannot load the configuration, or the environment names a fontconfig
  /// configuration of its own (FONTCONFIG_FILE / FONTCONFIG_PATH / FONTCONFIG_SYSROOT):
  /// whoever set those asked for exactly that configuration.
  static func make(directory: String = directory) -> UnsafeMutablePointer<PangoFontMap>? {
    let environment = ProcessInfo.processInfo.environment
    guard ["FONTCONFIG_FILE", "FONTCONFIG_PATH", "FONTCONFIG_SYSROOT"].allSatisfy({ environment[$0] == nil }) else {
      return nil
    }
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    guard files.contains(where: { $0.hasPrefix("Noto") && $0.contains("CJK") }) else { return nil }
    guard let config = FcConfigCreate() else { return nil }
    defer { FcConfigDestroy(config) }
    // The system cache directory, so the fonts' coverage is read, not recomputed.
    let xml = """
      <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
      <fontconfig><dir>\(escaped(directory))</dir><cachedir>/var/cache/fontconfig</cachedir></fontconfig>
      """
    guard FcConfigParseAndLoadFromMemory(config, xml, 1) != 0, FcConfigBuildFonts(config) != 0 else { return nil }
    // Made fontconfig's current configuration: every Pango font map starts a thread
    // that calls FcInit(), which would otherwise parse the whole system configuration
    // and load every font's cache although this map never uses them (~10 % of a
    // `compare bar` process's CPU time). The default font map is given the system
    // configuration explicitly (``systemFontMap()``), so its fallbacks are unchanged.
    SystemConfiguration.makeCurrent(config)
    guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else { return nil }
    // The Pango font map takes its own reference on the configuration.
    pango_fc_font_map_set_config(OpaquePointer(map), config)
    return map
  }

  /// A font map over the whole system configuration (every installed font and
  /// fontconfig's fallback rules), as the default font map would have — given its
  /// configuration explicitly, because ``make(directory:)`` may have made the
  /// Noto-only configuration the current one (a map without its own configuration
  /// follows whatever is current at each lookup).
  static func systemFontMap() -> UnsafeMutablePointer<PangoFontMap> {
    let map = pango_cairo_font_map_new()!
    if let config = SystemConfiguration.shared() {
      pango_fc_font_map_set_config(OpaquePointer(map), config)
    }
    return map
  }

  /// The process-wide system configuration and whether ``make(directory:)`` has
  /// replaced fontconfig's current configuration.
  private enum SystemConfiguration {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var config: OpaquePointer?
    nonisolated(unsafe) private static var replacedCurrent = false

    /// The system configuration: the current one while nothing replaced it (what
    /// FcInit loads), else one loaded the same way. Kept for the process.
    static func shared() -> OpaquePointer? {
      lock.lock()
      defer { lock.unlock() }
      if config == nil { config = replacedCurrent ? FcInitLoadConfigAndFonts() : FcConfigReference(nil) }
      return config
    }

    /// Makes `noto` fontconfig's current configuration.
    static func makeCurrent(_ noto: OpaquePointer) {
      lock.lock()
      defer { lock.unlock() }
      replacedCurrent = true
      FcConfigSetCurrent(noto)
    }
  }

  /// Whether `map` (from ``make(directory:)``) has a face of `family` (exact name, any case).
  static func has(family: String, in map: UnsafeMutablePointer<PangoFontMap>) -> Bool {
    var families: UnsafeMutablePointer<UnsafeMutablePointer<PangoFontFamily>?>? = nil
    var count: Int32 = 0
    pango_font_map_list_families(map, &families, &count)
    defer { g_free(families) }
    guard let families else { return false }
    for i in 0..<Int(count) {
      if let f = families[i], let name = pango_font_family_get_name(f),
        String(cString: name).caseInsensitiveCompare(family) == .orderedSame
      {
        return true
      }
    }
    return false
  }

  private static func escaped(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
  }
}
