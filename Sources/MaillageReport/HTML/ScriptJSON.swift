/// JSON data for the page's script, written into a `<script type="application/json">`
/// block and read back with `JSON.parse`.
///
/// Objects keep their keys in the order given. Strings escape what JSON requires
/// (`"`, `\`, control characters) and also `<`, `>` and `&` as `\u003c`, `\u003e`,
/// `\u0026`, so the text can hold neither `</script>` nor `<!--` nor a character
/// reference, and U+2028 / U+2029 (line terminators for older JavaScript). The result
/// is plain ASCII punctuation around UTF-8 text, one line, valid RFC 8259 JSON.
/// Non-finite numbers are written as `null`.
enum ScriptJSON: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([ScriptJSON])
    case object([(String, ScriptJSON)])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }

    /// `value` as a number, or null when absent or not finite.
    static func number(_ value: Double?) -> ScriptJSON {
        guard let value, value.isFinite else { return .null }
        return .number(value)
    }

    /// `value` as a string, or null when absent.
    static func string(_ value: String?) -> ScriptJSON { value.map { .string($0) } ?? .null }

    /// The JSON text on one line.
    /// - Complexity: O(size of the output).
    func rendered() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d):
            if !d.isFinite { out += "null" }
            else if d == d.rounded(), abs(d) < 1e15 { out += String(Int(d)) }
            else { out += "\(d)" }
        case .string(let s): ScriptJSON.quote(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                ScriptJSON.quote(key, into: &out)
                out += ":"
                value.write(into: &out)
            }
            out += "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
