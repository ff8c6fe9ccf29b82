import Foundation
import MaillageModel

/// Text shaping for map labels: long names wrapped on word boundaries and shortened,
/// the full name kept for the tooltip.
public enum MapText {
    /// `text` wrapped into lines of about `width` characters, at most `lines` lines,
    /// the last one ending with "…" when text was cut.
    public static func wrapped(_ text: String, width: Int = 18, lines maxLines: Int = 3) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        var lines: [String] = []
        var current = ""
        for word in words {
            if current.isEmpty { current = word }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { lines.append(current); current = word }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = shortened(lines[maxLines - 1], to: width - 1) + "…"
        }
        return lines.map { shortened($0, to: width + 6) }.joined(separator: "\n")
    }

    /// Common French abbreviations of intercommunal names, for labels
    /// (`Territory.abbreviated(_:)`).
    public static func abbreviated(_ text: String) -> String { Territory.abbreviated(text) }

    /// The width of one line of `text` set in DejaVu Sans at `fontSize` points, from the
    /// font's advance widths (in em: capitals 0.56–0.99, small letters 0.28–0.98, digits
    /// 0.64, space and stops 0.32); a letter outside the table counts as a wide capital,
    /// so that the estimate errs on the wide side.
    public static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for character in text {
            let base = character.unicodeScalars.first.map { Character($0) } ?? character
            ems += advance[base] ?? (base.isLowercase ? 0.64 : base.isNumber ? 0.64 : 0.78)
        }
        return ems * fontSize
    }

    /// DejaVu Sans advance widths, em (units per em 2048), of the characters labels use most.
    private static let advance: [Character: Double] = {
        var table: [Character: Double] = [:]
        let capitals = zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [0.684, 0.686, 0.698, 0.770, 0.632, 0.575, 0.775, 0.752, 0.295, 0.295,
                                                           0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611,
                                                           0.732, 0.684, 0.989, 0.685, 0.611, 0.685])
        let small = zip("abcdefghijklmnopqrstuvwxyz", [0.613, 0.635, 0.550, 0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278,
                                                      0.579, 0.278, 0.974, 0.634, 0.612, 0.635, 0.635, 0.411, 0.521, 0.392,
                                                      0.634, 0.592, 0.818, 0.592, 0.592, 0.525])
        for (c, w) in capitals { table[c] = w }
        for (c, w) in small { table[c] = w }
        for c in "0123456789" { table[c] = 0.636 }
        for (c, w) in [(" ", 0.318), (".", 0.318), (",", 0.318), (":", 0.337), (";", 0.337), ("/", 0.337), ("-", 0.361),
                       ("·", 0.318), ("'", 0.275), ("’", 0.318), ("(", 0.390), (")", 0.390), ("[", 0.390), ("]", 0.390),
                       ("&", 0.780), ("…", 1.0), ("«", 0.557), ("»", 0.557), ("\"", 0.460)] as [(Character, Double)] {
            table[c] = w
        }
        return table
    }()

    /// The largest font size, at most `largest` points and at least `smallest`, at which the
    /// lines of `text`, centred in a disc of `diameter` points, each fit the chord at its
    /// height (line boxes 1.2 em high, a margin of 4 % of the diameter on each side); nil
    /// when none does.
    public static func fittingFontSize(_ text: String, diameter: Double, smallest: Double, largest: Double) -> Double? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let radius = diameter / 2 * 0.92
        let ems = lines.map { estimatedWidth($0, fontSize: 1) }
        var size = largest
        while size >= smallest {
            let fits = lines.indices.allSatisfy { i in
                let centre = (Double(i) - Double(lines.count - 1) / 2) * 1.2 * size
                let edge = abs(centre) + 0.6 * size   // the line box's edge farther from the centre
                guard edge < radius else { return false }
                return ems[i] * size <= 2 * (radius * radius - edge * edge).squareRoot()
            }
            if fits { return size }
            size -= 0.25
        }
        return nil
    }

    /// `text` cut to `length` characters with "…" when longer.
    public static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(max(length - 1, 1))) + "…"
    }
}
