/// Another source's columns from `offset` on, so a record can be read from the middle of a
/// joined row.
struct OffsetColumns<Base: ColumnSource>: ColumnSource {
  let base: Base
  let offset: Int

  func string(_ index: Int) -> String? { base.string(offset + index) }
  func int(_ index: Int) -> Int? { base.int(offset + index) }
}

extension ColumnSource {
  /// The columns from `offset` on, numbered from 0.
  func offset(by offset: Int) -> OffsetColumns<Self> {
    OffsetColumns(base: self, offset: offset)
  }
}
