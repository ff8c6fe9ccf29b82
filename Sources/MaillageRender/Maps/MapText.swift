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

    /// `text` cut to `length` characters with "…" when longer.
    public static func shortened(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(max(length - 1, 1))) + "…"
    }
}
