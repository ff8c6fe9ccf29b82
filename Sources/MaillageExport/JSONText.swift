/// JSON text for the node-link writer (RFC 8259).
enum JSONText {
    /// `text` as a JSON string literal: `"` and `\` escaped, control characters as
    /// `\n`, `\r`, `\t`, `\b`, `\f` or `\u00XX`, and U+2028 / U+2029 as `\u2028` / `\u2029`
    /// (legal in JSON, but line terminators in older JavaScript). Everything else,
    /// emoji and right-to-left text included, is written as UTF-8.
    /// - Complexity: O(length).
    static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    /// `value` as a JSON value: strings quoted, numbers in shortest round-trip form,
    /// booleans as `true` / `false`; nil for a non-finite double (JSON has no NaN).
    static func value(_ value: AttributeValue) -> String? {
        switch value {
        case .string(let s): quoted(s)
        case .double(let d): NumberText.decimal(d)
        case .int(let i): String(i)
        case .bool(let b): b ? "true" : "false"
        }
    }

    /// A one-line JSON object from `(key, JSON text)` pairs, in order.
    static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { "\(quoted($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }
}
