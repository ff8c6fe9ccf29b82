import Foundation
import MaillageSupport
import MaillageModel

/// Quarters and half-years in date cells, as follow-up sheets and activity reports write
/// them: « T1 2021 », « 1er trimestre 2021 », « 2021-T3 », « Q2 2021 », « S2 2021 »,
/// « 2e semestre 2021 », « second semestre 2021 ».
///
/// A start is read as the period's first month, an end as its last: « T1 2021 » starts in
/// 2021-01 and ends in 2021-03, so a cooperation « du T1 2021 au T2 2022 » lasts from
/// January 2021 to June 2022. Said once, at the first such cell, with how many more.
extension LoaderRun {
    /// The year and the first and last months of the period `text` names; nil when it
    /// names none.
    static func period(_ text: String) -> (year: Int, first: Int, last: Int)? {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
            .replacingOccurrences(of: "\u{00A0}", with: " ").trimmingCharacters(in: .whitespaces)
        let words = folded.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "/" || $0 == "_" || $0 == "." }).map(String.init)
        guard words.count >= 2, words.count <= 4 else { return nil }
        var year: Int?
        var rest: [String] = []
        for word in words {
            if word.count == 4, let y = Int(word), (1900...2100).contains(y), year == nil { year = y } else { rest.append(word) }
        }
        guard let year, !rest.isEmpty else { return nil }
        // « T1 », « Q3 », « S2 »: a letter and a number in one word.
        if rest.count == 1, rest[0].count == 2, let n = Int(String(rest[0].dropFirst())) {
            switch rest[0].first {
            case "t", "q": if (1...4).contains(n) { return (year, 3 * n - 2, 3 * n) }
            case "s", "h": if (1...2).contains(n) { return (year, 6 * n - 5, 6 * n) }
            default: break
            }
            return nil
        }
        // « 1er trimestre », « 2e semestre », « premier trimestre », « second semestre ».
        guard rest.count == 2, let unit = ["trimestre": 3, "semestre": 6, "quarter": 3][rest[1]] else { return nil }
        let ordinals = ["premier": 1, "1er": 1, "1re": 1, "first": 1, "1st": 1, "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2,
                        "2eme": 2, "2nd": 2, "2d": 2, "troisieme": 3, "3e": 3, "3eme": 3, "third": 3, "3rd": 3, "quatrieme": 4,
                        "4e": 4, "4eme": 4, "fourth": 4, "4th": 4]
        guard let n = ordinals[rest[0]], n <= 12 / unit else { return nil }
        return (year, unit * (n - 1) + 1, unit * n)
    }

    /// The date a period cell stands for: its first month as a start, its last as an end
    /// (`openEnd`), counted for ``reportPeriods()``.
    mutating func periodDate(_ text: String, openEnd: Bool, file: String, at position: CellPosition) -> PartialDate? {
        guard let period = Self.period(text), let date = PartialDate(year: period.year, month: openEnd ? period.last : period.first) else { return nil }
        periods.count += 1
        if periods.first == nil { periods.first = (file, position, text, date, openEnd) }
        return date
    }

    /// Says, once, how many date cells named a quarter or a half-year, at the first of them.
    mutating func reportPeriods() {
        guard let first = periods.first else { return }
        let more = LocalizedText.andMore(periods.count - 1)
        let which = first.isEnd
            ? LocalizedText(fr: "son dernier mois, une fin", en: "its last month, an end")
            : LocalizedText(fr: "son premier mois, un début", en: "its first month, a start")
        diagnostics.append(.warning(LocalizedText(
            fr: "« \(first.text.excerpt) » lu comme \(first.date) (\(which.fr) ; un début prend le premier mois de la période, une fin le dernier)\(more.fr)",
            en: "\"\(first.text.excerpt)\" read as \(first.date) (\(which.en); a start takes the period's first month, an end its last)\(more.en)"),
            file: first.file, at: first.position))
    }
}
