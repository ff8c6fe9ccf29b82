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
}
