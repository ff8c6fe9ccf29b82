/// Dates as spreadsheets store them: Excel's serial day numbers and number formats.
public enum SpreadsheetDates {
    /// Excel's built-in number formats that show dates or times (14–22, 45–47).
    static let builtInDateFormats: Set<Int> = [14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]

    /// Whether a custom number format code shows a date or time: it holds d, m, y, h
    /// or s outside quoted text, brackets (colours, conditions) and escapes.
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            case "d", "m", "y", "h", "s": if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }

    /// ISO 8601 text of a serial day number: `2024-03-01`, or `2024-03-01T10:30:00`
    /// when it has a time of day; nil out of the years 1900–9999.
    public static func iso(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(days)) * 86_400).rounded())
        // Day 0 is 1899-12-31 in Excel's 1900 system, which counts a 29 February 1900
        // that never was: from day 61 on, 1899-12-30 is the origin.
        let origin = date1904 ? civilDays(1904, 1, 1) : civilDays(1899, 12, days >= 61 ? 30 : 31)
        days += origin
        var secondsOfDay = seconds
        if secondsOfDay >= 86_400 { days += 1; secondsOfDay -= 86_400 }
        let (y, m, d) = civil(fromDays: days)
        let date = "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        guard secondsOfDay > 0 else { return date }
        return date + "T\(pad(secondsOfDay / 3600, 2)):\(pad(secondsOfDay / 60 % 60, 2)):\(pad(secondsOfDay % 60, 2))"
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Days since 1970-01-01 of a civil date (proleptic Gregorian).
    static func civilDays(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of days since 1970-01-01.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
