import MaillageSupport
import MaillageWorkbook
import MaillageModel

/// Date columns (issue 16): `founded`/`closed` of actors, `started`/`ended` of
/// cooperations, `since`/`until` of memberships. A date is a year (`2019`), a month
/// (`2019-03`, `03/2019`) or a day (`2019-03-14`, `14/03/2019`), also with a time of day
/// (`14/03/2019 10:30`: the day is kept), maybe led by words that do not change it
/// (« depuis 2020 », « jusqu'en 2022 »); an empty cell is no date, and so is an end
/// date saying the span goes on (« en cours », « à ce jour », « - »); a start cell
/// holding a span of years (« 2019-2021 », « 2018 à 2022 ») gives the start, and the end
/// when the end cell is empty, said once for the load; a date written loosely (« vers
/// 2018 », « printemps 2021 ») is read as ``looseDate(_:openEnd:)`` says; and an undated row counts as present throughout (see
/// `Lifespan`).
extension LoaderRun {
    /// The date in `field`, nil when empty; an error at the cell when it is no date.
    /// `frenchColumn` names the column in the French message (its header, « Depuis »).
    /// `openEnd`: the column ends a span (« Date de fin », « Jusqu'à »), where a cell saying
    /// the span goes on (``ongoingWords``: « en cours », « à ce jour », « - ») is no date, as
    /// an empty cell is.
    mutating func parseDate(_ field: Table.Cell?, column: String, frenchColumn: @autoclosure () -> String? = nil, openEnd: Bool = false,
                            file: String) -> PartialDate? {
        guard let field else { return nil }
        let text = field.value.trimmingSpaces()
        guard !text.isEmpty else { return nil }
        // A year, a month, a day, maybe led by « depuis », « jusqu'en », « en »; « 2 019 ».
        if let date = Self.plainDate(text) ?? Self.groupedYear(text) { return date }
        if let (date, midnight) = Self.dateTime(text) {
            if !midnight {
                diagnostics.append(.warning(LocalizedText(
                    fr: "\(frenchColumn() ?? column) : « \(text.excerpt) » lu comme le \(date.description), sans l'heure (les dates comptent au jour près)",
                    en: "\(column): \"\(text.excerpt)\" read as \(date.description), without the time of day (dates count by the day)"),
                    file: file, at: field.position))
            }
            return date
        }
        if let date = Self.serialDate(text) {
            diagnostics.append(.warning(LocalizedText(
                fr: "\(frenchColumn() ?? column) : « \(text) » lu comme le \(date.description), un nombre de jours à la façon d'Excel (la cellule n'a pas le format Date ; donnez-le à la colonne pour y voir les dates)",
                en: "\(column): \"\(text)\" read as \(date.description), a count of days as Excel stores dates (the cell is not formatted as a date; format the column as dates to see them)"),
                file: file, at: field.position))
            return date
        }
        if openEnd, Self.ongoingWords.contains(Vocabulary.key(text)) || text.allSatisfy({ "-–—".contains($0) }) { return nil }
        // « T1 2021 », « 2e semestre 2021 »: a start's first month, an end's last.
        if let date = periodDate(text, openEnd: openEnd, file: file, at: field.position) { return date }
        // « vers 2018 », « 2020? », « printemps 2021 »; « années 2010 » as a start: no date.
        switch looseDate(text, openEnd: openEnd, file: file, at: field.position) {
        case .approximate(let date): return date
        case .undated: return nil
        case nil: break
        }
        diagnostics.append(.error(LocalizedText(
            fr: "\(frenchColumn() ?? column) doit être une date — une année (2019), un mois (2019-03) ou un jour (2019-03-14) — pas « \(text.excerpt) »",
            en: "\(column) must be a date — a year (2019), a month (2019-03) or a day (2019-03-14) — not \"\(text.excerpt)\""),
            file: file, at: field.position))
        return nil
    }

    /// Whether ``parseDate(_:column:frenchColumn:openEnd:file:)`` reads `text` (trimmed,
    /// not empty) as a date, or as no date without an error (an open end), rather than
    /// reporting it.
    static func readsAsDate(_ text: String, openEnd: Bool) -> Bool {
        if plainDate(text) ?? groupedYear(text) != nil { return true }
        if dateTime(text) != nil || serialDate(text) != nil || period(text) != nil || looseDate(text, openEnd: openEnd) != nil { return true }
        return openEnd && (ongoingWords.contains(Vocabulary.key(text)) || text.allSatisfy { "-–—".contains($0) })
    }

    /// Words that may lead a date without changing it (lower case, accents kept): « depuis
    /// 2020 » in a start column, « jusqu'en 2022 » in an end column.
    static let leadingDateWords = [
        "à partir de", "a partir de", "depuis le", "depuis", "dès", "des", "jusqu'au", "jusqu'à", "jusqu'a", "jusqu'en", "jusqu’au",
        "jusqu’à", "jusqu’en", "fin", "début", "debut", "en", "le", "since", "from", "until", "till", "in",
    ]

    /// `text` without a leading word of ``leadingDateWords`` and the spaces after it; nil
    /// when it has none.
    static func withoutLeadingWords(_ text: String) -> String? {
        let lower = text.lowercased()
        for word in leadingDateWords where lower.hasPrefix(word + " ") {
            let rest = text.dropFirst(word.count).drop { $0 == " " || $0 == "\u{00A0}" }
            if !rest.isEmpty { return String(rest) }
        }
        return nil
    }

    /// The two years of a span of years written in one cell: « 2019-2021 », « 2019 – 2021 »,
    /// « 2021/2022 », « 2018 à 2022 », « de 2018 à 2022 », « 2018 to 2022 »; the second
    /// not before the first. Nil for any other text (« 2019-03 » is a month).
    static func yearSpan(_ text: String) -> (start: PartialDate, end: PartialDate)? {
        // Two years need 9 characters at least; a cell of fewer (« 2019 », most cells) is none.
        guard text.utf8.count >= 9 else { return nil }
        var words = text.lowercased().replacingOccurrences(of: "–", with: " - ").replacingOccurrences(of: "—", with: " - ")
            .replacingOccurrences(of: "/", with: " / ")
        if !words.contains(" - ") { words = words.replacingOccurrences(of: "-", with: " - ") }
        var parts = words.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        if let first = parts.first, ["de", "du", "from"].contains(first) { parts.removeFirst() }
        guard parts.count == 3, ["-", "/", "à", "a", "au", "to"].contains(parts[1]),
              let start = year(parts[0]), let end = year(parts[2]), end.year >= start.year, end.year - start.year < 200 else { return nil }
        return (start, end)
    }

    /// Says, once, how many start cells held a span of years read as a start and an end,
    /// at the first of them.
    mutating func reportYearSpans() {
        guard let first = yearSpans.first else { return }
        let more = yearSpans.count - 1
        let end = first.end.map { LocalizedText(fr: " et une fin en \($0)", en: " and an end in \($0)") }
            ?? LocalizedText(fr: " (la fin vient de la colonne de fin, remplie)", en: " (the end comes from the end column, which is filled)")
        diagnostics.append(.warning(LocalizedText(
            fr: "« \(first.text.excerpt) » lu comme un début en \(first.start)\(end.fr)\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : "") période\(more > 1 ? "s" : ""))" : "")",
            en: "\"\(first.text.excerpt)\" read as a start in \(first.start)\(end.en)\(more > 0 ? " (and \(more) more span\(more > 1 ? "s" : ""))" : "")"),
            file: first.file, at: first.position))
    }

    /// What an end date cell says when the span goes on (keys): no end, as an empty cell.
    static let ongoingWords: Set<String> = Set([
        "en cours", "encore en cours", "actuel", "actuelle", "actuellement", "à ce jour", "ce jour", "aujourd'hui", "toujours",
        "pas de fin", "sans fin", "non terminé", "non terminée", "indéterminée", "durée indéterminée", "ongoing", "present", "current",
    ].map(Vocabulary.key))

    /// The date of a cell of four ASCII digits (`2019`), the commonest form, read without
    /// the general parser (which trims with Foundation); nil for any other text, left to
    /// `PartialDate.init(_:)` (same result: a year in 1000–9999).
    static func year(_ text: String) -> PartialDate? {
        var text = text
        return text.withUTF8 { bytes -> PartialDate? in
            guard bytes.count == 4 else { return nil }
            var year = 0
            for byte in bytes {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                year = year * 10 + Int(byte - 0x30)
            }
            return PartialDate(year: year)
        }
    }

    /// The year of a cell a spreadsheet formatted as a number with thousands grouped:
    /// « 2 019 » (a space, a no-break space or a narrow one after the first digit). Nil
    /// for any other text.
    static func groupedYear(_ text: String) -> PartialDate? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 5, [" ", "\u{00A0}", "\u{202F}"].contains(scalars[1]) else { return nil }
        return year(String(String.UnicodeScalarView(scalars[0...0] + scalars[2...])))
    }

    /// The day of a date and time of day, as spreadsheets write a cell formatted as both:
    /// `2019-03-14T10:30:00`, `2019-03-14 10:30`, `14/03/2019 10:30:00` (a day in any form
    /// `PartialDate` reads, then `T` or spaces, then `H:MM`, `H:MM:SS` or `H:MM:SS.fff`,
    /// maybe followed by `Z` or an offset such as `+01:00`). `midnight` is true when the
    /// time is 00:00:00, which carries nothing (a date cell written with its time).
    /// Nil for any other text.
    static func dateTime(_ text: String) -> (date: PartialDate, midnight: Bool)? {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let cut = text.firstIndex(of: "T") ?? text.firstIndex(of: " ")
        guard let cut else { return nil }
        let dayText = text[..<cut], timeText = text[text.index(after: cut)...].drop { $0 == " " }
        guard let date = PartialDate(String(dayText)), date.precision == .day else { return nil }
        // The time: strip a zone (`Z`, `+01:00`, `-0500`), then hours, minutes and seconds.
        var time = timeText
        if time.hasSuffix("Z") { time = time.dropLast() }
        if let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = time[time.index(after: sign)...]
            guard !zone.isEmpty, zone.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }), zone.count <= 5 else { return nil }
            time = time[..<sign]
        }
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        func value(_ part: Substring, digits: ClosedRange<Int>, below limit: Int) -> Int? {
            guard digits.contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(part), v < limit else { return nil }
            return v
        }
        var secondsText = parts.count == 3 ? parts[2] : "00"
        var fraction: Substring = ""
        if let dot = secondsText.firstIndex(where: { $0 == "." || $0 == "," }) {
            fraction = secondsText[secondsText.index(after: dot)...]
            guard !fraction.isEmpty, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            secondsText = secondsText[..<dot]
        }
        guard let h = value(parts[0], digits: 1...2, below: 24), let m = value(parts[1], digits: 2...2, below: 60),
              let sec = value(secondsText, digits: 2...2, below: 61) else { return nil }
        return (date, h == 0 && m == 0 && sec == 0 && fraction.allSatisfy { $0 == "0" })
    }

    /// The day of a cell of five ASCII digits read as Excel's serial day number (`43716`
    /// → 2019-09-08, the years 1927–2173): a date cell whose column lost its date format,
    /// or a CSV saved from one. Nil for any other text (four digits are a year).
    static func serialDate(_ text: String) -> PartialDate? {
        guard text.utf8.count == 5, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let serial = Int(text),
              let iso = SpreadsheetDates.iso(serial: Double(serial), date1904: false) else { return nil }
        return PartialDate(iso)
    }

    /// The start and end dates of a row; an error at the end cell when the end comes
    /// before the start (then the row keeps its start only).
    mutating func readLifespan(_ row: Table.Row, start: (name: String, column: Int?), end: (name: String, column: Int?),
                               file: String) -> Lifespan {
        let endField = row.field(end.column)
        func frenchName(_ column: (name: String, column: Int?)) -> String { row.table.frenchName(ofColumn: column.column, key: column.name) }
        let startField = row.field(start.column)
        var life: Lifespan
        if let startField, let span = Self.yearSpan(startField.value.trimmingSpaces()) {
            // « 2019-2021 » in the start column: a start, and the end when the end column gives none.
            let endCellEmpty = endField?.value.trimmingSpaces().isEmpty ?? true
            yearSpans.count += 1
            if yearSpans.first == nil {
                yearSpans.first = (file, startField.position, startField.value.trimmingSpaces(), span.start, endCellEmpty ? span.end : nil)
            }
            life = Lifespan(start: span.start, end: parseDate(endField, column: end.name, frenchColumn: frenchName(end), openEnd: true, file: file))
            if endCellEmpty { life.end = span.end }
        } else {
            life = Lifespan(start: parseDate(startField, column: start.name, frenchColumn: frenchName(start), file: file),
                            end: parseDate(endField, column: end.name, frenchColumn: frenchName(end), openEnd: true, file: file))
        }
        if life.isReversed, let endField, let s = life.start, let e = life.end {
            let frenchStart = frenchName(start), frenchEnd = frenchName(end)
            diagnostics.append(.error(LocalizedText(
                fr: "\(frenchEnd) \(e) vient avant \(frenchStart) \(s)", en: "\(end.name) \(e) comes before \(start.name) \(s)"), file: file, at: endField.position))
            life.end = nil
        }
        return life
    }

    /// An error at the membership's date cell when its life lies outside its
    /// cooperation's (`since` before the cooperation started, `until` after it ended…).
    mutating func checkMembership(_ life: Lifespan, of actor: String, within cooperation: Cooperation, row: Table.Row,
                                  since: Int?, until: Int?, file: String) {
        guard !life.isUndated, !life.lies(within: cooperation.lifespan) else { return }
        let cell = (life.start != nil ? row.field(since) : nil) ?? row.field(until)
        let span = [cooperation.started.map { "started \($0)" }, cooperation.ended.map { "ended \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let own = [life.start.map { "since \($0)" }, life.end.map { "until \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let frSpan = [cooperation.started.map { "début \($0)" }, cooperation.ended.map { "fin \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let frOwn = [life.start.map { "depuis \($0)" }, life.end.map { "jusqu'à \($0)" }].compactMap { $0 }.joined(separator: ", ")
        diagnostics.append(.error(LocalizedText(
            fr: "la participation de « \(actor.excerpt) » (\(frOwn)) sort de la vie de la coopération « \(cooperation.id.excerpt) » (\(frSpan))",
            en: "membership of \"\(actor.excerpt)\" (\(own)) lies outside the life of cooperation \"\(cooperation.id.excerpt)\" (\(span))"),
            file: file, at: cell?.position ?? .file))
    }
}
