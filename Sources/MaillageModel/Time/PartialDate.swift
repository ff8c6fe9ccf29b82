import Foundation

/// A date known to a year, a month or a day: `2019`, `2019-03` or `2019-03-14`
/// (also read from the French forms `03/2019` and `14/03/2019`).
///
/// Datasets rarely know the day a cooperation started or a member joined; a partial
/// date keeps what is known and nothing more. It stands for a period — a whole year, a
/// whole month, or one day — from ``firstDay`` to ``lastDay``.
///
/// **Comparing a year with a day.** Bounds of a life are read generously: a `since`,
/// `started` or `founded` date means *from its first day* (`since 2019` = from
/// 1 January 2019), an `until`, `ended` or `closed` date *up to its last day*
/// (`until 2019` = to 31 December 2019 included: the last year it was active). A date
/// asked for (`--at 2019`) means *as things stood on its last day* (31 December 2019,
/// "état au 31 décembre"). See ``Lifespan``.
///
/// Ordering: by first day, then by last day, so `2019-01-01 < 2019-01 < 2019 < 2019-02`;
/// this is a total order consistent with equality, for sorting.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Hashable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    /// 1–12, nil for a year.
    public let month: Int?
    /// 1–31 (valid for the month), nil for a year or a month.
    public let day: Int?

    /// A year (1000–9999).
    public init?(year: Int) {
        guard (1000...9999).contains(year) else { return nil }
        self.year = year; month = nil; day = nil
    }

    /// A month of a year.
    public init?(year: Int, month: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year; self.month = month; day = nil
    }

    /// A day; nil when the day does not exist (30 February, 31 April…).
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month),
              (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `MM/YYYY` or `DD/MM/YYYY` (also with `-` or
    /// `.` between the French forms: `14-03-2019`, `14.03.2019`), Excel's short French day
    /// `DD/MM/YY` (`14/03/19`, also with `.`), and a month written in words, French or
    /// English, with or without its day: `mars 2019`, `janv. 2019`, `1er juillet 2019`,
    /// `14 March 2019`, and as Excel writes its month formats, `janv.-19`, `Mars-2019`
    /// (surrounding spaces ignored); nil for anything else, an impossible day included.
    /// A year of two digits is read as Excel reads it (``fourDigitYear(_:)``).
    public init?(_ text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        func number(_ s: Substring, digits: ClosedRange<Int>) -> Int? {
            guard digits.contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        if t.contains(where: \.isLetter) {
            guard let date = Self.inWords(t) else { return nil }
            self = date
            return
        }
        // The French forms with another separator: `14-03-2019`, `03-2019`, `14.03.2019`.
        let separator: Character? = t.contains("/") ? "/"
            : t.contains(".") ? "."
            : t.split(separator: "-", omittingEmptySubsequences: false).last?.count == 4 && t.contains("-") ? "-" : nil
        if let separator {
            let parts = t.split(separator: separator, omittingEmptySubsequences: false)
            switch parts.count {
            case 2:
                guard let m = number(parts[0], digits: 1...2), let y = number(parts[1], digits: 4...4) else { return nil }
                self.init(year: y, month: m)
            case 3:
                guard let d = number(parts[0], digits: 1...2), let m = number(parts[1], digits: 1...2) else { return nil }
                // `14/03/19`: Excel's short French date (not with `-`, where `19-03-14` could be ISO).
                guard let y = number(parts[2], digits: 4...4) ?? (separator == "-" ? nil : number(parts[2], digits: 2...2).map(Self.fourDigitYear))
                else { return nil }
                self.init(year: y, month: m, day: d)
            default: return nil
            }
        } else {
            let parts = t.split(separator: "-", omittingEmptySubsequences: false)
            switch parts.count {
            case 1:
                guard let y = number(parts[0], digits: 4...4) else { return nil }
                self.init(year: y)
            case 2:
                guard let y = number(parts[0], digits: 4...4), let m = number(parts[1], digits: 2...2) else { return nil }
                self.init(year: y, month: m)
            case 3:
                guard let y = number(parts[0], digits: 4...4), let m = number(parts[1], digits: 2...2),
                      let d = number(parts[2], digits: 2...2) else { return nil }
                self.init(year: y, month: m, day: d)
            default: return nil
            }
        }
    }

    /// The months as written in words, folded (lower case, no accent, no final dot):
    /// French and English names and their usual abbreviations.
    private static let monthNames: [String: Int] = {
        let names: [[String]] = [
            ["janvier", "janv", "jan", "january"], ["fevrier", "fevr", "fev", "feb", "february"],
            ["mars", "mar", "march"], ["avril", "avr", "apr", "april"], ["mai", "may"], ["juin", "jun", "june"],
            ["juillet", "juil", "jul", "july"], ["aout", "aou", "aug", "august"],
            ["septembre", "sept", "sep", "september"], ["octobre", "oct", "october"],
            ["novembre", "nov", "november"], ["decembre", "dec", "december"],
        ]
        var table: [String: Int] = [:]
        for (i, spellings) in names.enumerated() { for name in spellings { table[name] = i + 1 } }
        return table
    }()

    /// The year `yy` of two digits as Excel reads it: 00–29 are 2000–2029, 30–99 are 1930–1999.
    public static func fourDigitYear(_ yy: Int) -> Int { yy < 30 ? 2000 + yy : 1900 + yy }

    /// A date whose month is written in words: `[day] month year`, the day a number or
    /// `1er`, the year of four digits or, after a hyphen as Excel's month formats write
    /// it, two (`mars 2019`, `Janv. 2019`, `14 juillet 2019`, `1er août 2019`, `March 2019`,
    /// `janv.-19`, `Mars-2019`); nil for any other text.
    private static func inWords(_ text: String) -> PartialDate? {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        let words = folded.split { $0 == " " || $0 == "." || $0 == "-" || $0 == "\u{A0}" || $0 == "\u{202F}" }
        guard (2...3).contains(words.count), let last = words.last, last.allSatisfy({ $0.isASCII && $0.isNumber }),
              // Two digits only after a hyphen, as Excel writes `mmm-yy`: « mars 19 » may be a day.
              last.count == 4 || (last.count == 2 && folded.hasSuffix("-" + last)), let number = Int(last),
              let month = monthNames[String(words[words.count - 2])] else { return nil }
        let year = last.count == 2 ? fourDigitYear(number) : number
        guard words.count == 3 else { return PartialDate(year: year, month: month) }
        let dayWord = words[0] == "1er" ? "1" : words[0]
        guard dayWord.count <= 2, dayWord.allSatisfy({ $0.isASCII && $0.isNumber }), let day = Int(dayWord) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    public var precision: Precision { day != nil ? .day : month != nil ? .month : .year }

    /// The first day of the period (the date itself for a day).
    public var firstDay: Day { Day(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day of the period (31 December for a year, the month's last day for a month).
    public var lastDay: Day {
        let m = month ?? 12
        return Day(year: year, month: m, day: day ?? PartialDate.daysIn(month: m, year: year))
    }

    /// ISO 8601 as given: `2019`, `2019-03` or `2019-03-14`.
    public var description: String {
        var text = String(year)
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        a.firstDay != b.firstDay ? a.firstDay < b.firstDay : a.lastDay < b.lastDay
    }

    /// Days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// One calendar day, for comparing periods.
    public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
        public let year: Int, month: Int, day: Int
        /// The day `day` of `month` (1–12) of `year`, as given (not checked).
        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }
        public static func < (a: Day, b: Day) -> Bool {
            (a.year, a.month, a.day) < (b.year, b.month, b.day)
        }
        public var description: String {
            String(year) + "-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
        }
    }
}
