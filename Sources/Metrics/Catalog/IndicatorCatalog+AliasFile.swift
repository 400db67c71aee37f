import Foundation

extension IndicatorCatalog {
  /// The catalog `base` plus the user's own spellings from a file.
  ///
  /// CSV: `alias,indicator` per line (a header row with these words is optional);
  /// the indicator is given by id or by any spelling the catalog knows:
  ///
  ///     alias,indicator
  ///     生均经费（元）,per_student_expenditure
  ///     公办率,公办园占比
  ///
  /// JSON: `{"公办率": "公办园占比"}` or `[{"alias": "公办率", "indicator": "公办园占比"}]`.
  ///
  /// An alias that already names a *different* indicator is an error naming the
  /// line, so that 公办园占比 and 公办在园幼儿占比 cannot be merged by accident.
  public static func loading(aliasFile: URL, base: IndicatorCatalog = .standard) throws -> IndicatorCatalog {
    let name = aliasFile.path
    let data: Data
    do { data = try Data(contentsOf: aliasFile) } catch {
      throw InputError(file: name, "cannot read the alias file (\(error.localizedDescription))")
    }
    let pairs: [(alias: String, indicator: String, line: Int?)] =
      aliasFile.pathExtension.lowercased() == "json" ? try jsonPairs(data, name) : try csvPairs(data, name)
    var catalog = base
    for p in pairs {
      guard !p.alias.isEmpty, !p.indicator.isEmpty else {
        throw InputError(file: name, line: p.line, "expected alias,indicator with both filled in")
      }
      do {
        try catalog.addAlias(p.alias, to: p.indicator)
      } catch CatalogError.unknownIndicator(let n) {
        let hint = catalog.suggestions(for: n, limit: 3).map { "\($0.chinese) (\($0.id))" }
        throw InputError(
          file: name, line: p.line, field: "indicator",
          "unknown indicator \"\(n)\""
            + (hint.isEmpty ? "; see `compare indicators`" : "; did you mean \(hint.joined(separator: ", "))?"))
      } catch let e as CatalogError {
        throw InputError(file: name, line: p.line, field: "alias", e.description)
      }
    }
    return catalog
  }

  private static func csvPairs(_ data: Data, _ name: String) throws -> [(alias: String, indicator: String, line: Int?)]
  {
    try data.withUnsafeBytes { bytes in
      var scanner = CSVScanner(bytes: bytes)
      var fields: [CSVScanner.Field] = []
      var out: [(alias: String, indicator: String, line: Int?)] = []
      var first = true
      while true {
        let line: Int?
        do { line = try scanner.next(into: &fields) } catch {
          throw InputError(file: name, "broken quoting in the alias file")
        }
        guard let line else { break }
        let cells = fields.map { scanner.string($0).trimmingCharacters(in: .whitespaces) }
        if cells.allSatisfy(\.isEmpty) || cells.first?.hasPrefix("#") == true { continue }
        if first {
          first = false
          if cells.count >= 2 && cells[0].lowercased() == "alias" && cells[1].lowercased() == "indicator" { continue }
        }
        guard cells.count == 2 else {
          throw InputError(file: name, line: line, "expected 2 fields (alias,indicator), found \(cells.count)")
        }
        out.append((cells[0], cells[1], line))
      }
      return out
    }
  }

  private static func jsonPairs(_ data: Data, _ name: String) throws -> [(alias: String, indicator: String, line: Int?)]
  {
    let any: Any
    do { any = try JSONSerialization.jsonObject(with: data) } catch {
      throw JSONSyntaxError.error(error, in: data, file: name)
    }
    let text = String(decoding: data, as: UTF8.self)
    // The line of the first occurrence of the alias as a JSON string, for messages.
    func line(of alias: String) -> Int? {
      guard let r = text.range(of: "\"\(alias)\"") else { return nil }
      return text[..<r.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
    if let object = any as? [String: Any] {
      return try object.keys.sorted().map { key in
        guard let target = object[key] as? String else {
          throw InputError(
            file: name, line: line(of: key), field: key, "expected the indicator's name or id as a string")
        }
        return (key, target, line(of: key))
      }
    }
    if let array = any as? [[String: Any]] {
      let lines = JSONRecordLines.find(in: data)
      return try array.enumerated().map { k, object in
        guard let a = object["alias"] as? String, let i = object["indicator"] as? String else {
          throw InputError(
            file: name, line: k < lines.count ? lines[k] : nil, "expected {\"alias\": …, \"indicator\": …}")
        }
        return (a, i, k < lines.count ? lines[k] : nil)
      }
    }
    throw InputError(
      file: name, line: 1, "expected {\"alias\": \"indicator\", …} or [{\"alias\": …, \"indicator\": …}]")
  }
}
