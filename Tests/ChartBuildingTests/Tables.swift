import Foundation
import Metrics

/// Small tidy tables written for these tests: three districts, two years.
enum Tables {
  /// Per-student spending (元); 丙区 has no 2023 figure.
  static let perStudent = """
    district,year,indicator,value,unit
    甲区,2022,生均一般公共预算教育经费,10000,元
    甲区,2023,生均一般公共预算教育经费,12000,元
    乙区,2022,生均一般公共预算教育经费,20000,元
    乙区,2023,生均一般公共预算教育经费,30000,元
    丙区,2022,生均一般公共预算教育经费,15000,元
    """

  /// Total spending in 元, large enough to be shown in 亿元.
  static let totals = """
    district,year,indicator,value,unit
    甲区,2023,一般公共预算教育支出,1413000000,元
    乙区,2023,一般公共预算教育支出,2500000000,元
    丙区,2023,一般公共预算教育支出,1850000000,元
    """

  static func read(_ csv: String, name: String = "t.csv") throws -> ObservationTable {
    try TidyCSVReader().read(data: Data(csv.utf8), name: name)
  }
}
