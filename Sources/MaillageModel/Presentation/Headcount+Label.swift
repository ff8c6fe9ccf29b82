extension Language {
    /// A headcount as a reader says it: « 12 salariés », « 1 ou 2 salariés », « 10 à 19 salariés », « 10 000
    /// salariés et plus », « aucun salarié »; "10 to 19 employees" in English. The year
    /// follows in parentheses when known (« 10 à 19 salariés (2022) »), after « unité
    /// légale » when the headcount is the establishment's company's (``Headcount/legalUnit``).
    public func label(_ headcount: Headcount) -> String {
        let one = pick("salarié", "employee"), many = pick("salariés", "employees")
        let text: String
        switch headcount.upper {
        case nil:
            text = pick("\(integer(headcount.lower)) salariés et plus", "\(integer(headcount.lower)) employees or more")
        case 0?:
            text = pick("aucun salarié", "no employees")
        case let upper? where upper == headcount.lower:
            text = count(upper, one, many)
        case let upper? where upper == headcount.lower + 1:
            // INSEE's « 1 ou 2 salariés ».
            text = pick("\(integer(headcount.lower)) ou \(integer(upper)) salariés", "\(integer(headcount.lower)) or \(integer(upper)) employees")
        case let upper?:
            text = pick("\(integer(headcount.lower)) à \(integer(upper)) salariés", "\(integer(headcount.lower)) to \(integer(upper)) employees")
        }
        let notes = (headcount.legalUnit == nil ? [] : [pick("unité légale", "legal unit")]) + (headcount.year.map { [String($0)] } ?? [])
        return notes.isEmpty ? text : text + " (" + notes.joined(separator: ", ") + ")"
    }

    /// The employees of several actors together, from their headcounts' ends: « 1 254
    /// salariés » when every count is exact, « entre 1 120 et 2 310 salariés » for bands,
    /// « au moins 10 500 salariés » when a band is open.
    public func total(lower: Int, upper: Int?) -> String {
        guard let upper else { return pick("au moins \(integer(lower)) salariés", "at least \(integer(lower)) employees") }
        if upper == lower { return count(lower, pick("salarié", "employee"), pick("salariés", "employees")) }
        return pick("entre \(integer(lower)) et \(integer(upper)) salariés", "between \(integer(lower)) and \(integer(upper)) employees")
    }

    /// A total as a table's cell shows it: « 1 254 » when every count is exact,
    /// « 1 120–2 310 » for bands, « ≥ 10 500 » with an open band, « – » when empty.
    public func figure(_ total: HeadcountTotal) -> String {
        guard !total.isEmpty else { return "–" }
        guard let upper = total.upper else { return "≥ \(integer(total.lower))" }
        return upper == total.lower ? integer(upper) : "\(integer(total.lower))–\(integer(upper))"
    }

    /// Full-time equivalents as a reader says them: « 12,5 ETP », « 1 234 ETP »; "12.5 FTE"
    /// in English (two decimals at most, the thousands grouped).
    public func fullTimeEquivalents(_ value: Double) -> String {
        number(value) + pick(" ETP", " FTE")
    }

    /// A number with two decimals at most and its thousands grouped: « 1 234,5 », « 0,75 », « 12 ».
    public func number(_ value: Double) -> String {
        let code = FullTimeEquivalentTotal.code(value)
        let negative = code.hasPrefix("-")
        let parts = code.dropFirst(negative ? 1 : 0).split(separator: ".", maxSplits: 1)
        guard let whole = parts.first.flatMap({ Int($0) }) else { return code }
        return (negative ? "−" : "") + integer(whole) + (parts.count > 1 ? pick(",", ".") + parts[1] : "")
    }
}
