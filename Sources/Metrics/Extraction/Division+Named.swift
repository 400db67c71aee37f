extension Division {
  /// Every division with this exact name (鼓楼区: four; 日本: none), for callers
  /// outside extraction that ask whether names are Chinese divisions at all.
  public static func named(_ name: String) -> [Division] { Gazetteer.divisions(named: name) }
}
