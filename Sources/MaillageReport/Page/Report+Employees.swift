import MaillageModel

extension Report {
    /// Whether some actor gives a headcount: the kinds', clusters', territories' and
    /// actors' tables then have a « salariés » column.
    var givesHeadcounts: Bool { dataset.actors.contains { $0.employees != nil } }

    /// A table cell of a group's employees: « 1 254 » when every count is exact, « 1 120–2 310 »
    /// for bands, « ≥ 10 500 » with an open band, « – » when no actor of it gives one;
    /// sorted by the lower end.
    func employeesCell(_ total: HeadcountTotal) -> SortableTable.Cell {
        .number(l.figure(total), total.isEmpty ? nil : Double(total.lower))
    }

    /// The column of ``employeesCell(_:)``.
    var employeesColumn: SortableTable.Column {
        .init(title: l.pick("salariés", "employees"), type: .number)
    }

    /// Whether some actor gives its full-time equivalents: the kinds', clusters' and
    /// territories' tables then have an « ETP » column.
    var givesFullTimeEquivalents: Bool { dataset.actors.contains { $0.fullTimeEquivalents != nil } }

    /// A table cell of a group's full-time equivalents: « 1 234,5 », « – » when no actor of
    /// it gives them.
    func fullTimeEquivalentsCell(_ total: FullTimeEquivalentTotal) -> SortableTable.Cell {
        .number(total.isEmpty ? "–" : l.number(total.sum), total.isEmpty ? nil : total.sum)
    }

    /// The column of ``fullTimeEquivalentsCell(_:)``.
    var fullTimeEquivalentsColumn: SortableTable.Column {
        .init(title: l.pick("ETP", "FTE"), type: .number)
    }
}
