/// The scalar-by-scalar loop every text escaper of Maillage runs (``JSONText``,
/// ``XMLText``, ``HTMLEscaping``, and the DOT quoting of MaillageDOT): each Unicode
/// scalar is written as is, replaced by a fixed text, or dropped.
///
/// An escaper is described by a table of replacements and a rule for the scalars the
/// table does not name; ASCII scalars are looked up in a 128-entry array built once,
/// so escaping costs about one array read per byte of ASCII text.
///
/// ```swift
/// let markup = ScalarEscaper(replacing: ["&": "&amp;", "<": "&lt;"]) { $0.value < 0x20 ? "" : nil }
/// markup.escaped("a < b\u{7}")   // "a &lt; b"
/// ```
public struct ScalarEscaper: Sendable {
    /// Replacement of each ASCII scalar (index = value); nil keeps it.
    private let ascii: [String?]
    /// Replacements of non-ASCII scalars.
    private let nonASCII: [Unicode.Scalar: String]
    /// For a non-ASCII scalar without a replacement: nil keeps it, a text replaces it
    /// ("" drops it).
    private let otherwise: @Sendable (Unicode.Scalar) -> String?

    /// An escaper writing `replacements[s]` for a scalar `s` of the table and, for any
    /// other scalar, `otherwise(s)`: nil keeps the scalar, a text replaces it ("" drops it).
    public init(replacing replacements: [Unicode.Scalar: String],
                otherwise: @escaping @Sendable (Unicode.Scalar) -> String? = { _ in nil }) {
        ascii = (0..<128).map { value in
            let scalar = Unicode.Scalar(UInt8(value))
            return replacements[scalar] ?? otherwise(scalar)
        }
        nonASCII = replacements.filter { !$0.key.isASCII }
        self.otherwise = otherwise
    }

    /// The same escaper with more (or other) replacements.
    public func adding(_ replacements: [Unicode.Scalar: String]) -> ScalarEscaper {
        var table = nonASCII
        for value in 0..<128 {
            if let text = ascii[value] { table[Unicode.Scalar(UInt8(value))] = text }
        }
        table.merge(replacements) { _, new in new }
        return ScalarEscaper(replacing: table, otherwise: otherwise)
    }

    /// Appends `text`, escaped, to `out`.
    /// - Complexity: O(length of `text`).
    public func escape(_ text: String, into out: inout String) {
        for scalar in text.unicodeScalars {
            let replacement: String?
            if scalar.isASCII {
                replacement = ascii[Int(scalar.value)]
            } else {
                replacement = nonASCII.isEmpty ? otherwise(scalar) : nonASCII[scalar] ?? otherwise(scalar)
            }
            if let replacement {
                out += replacement
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// `text`, escaped.
    /// - Complexity: O(length of `text`).
    public func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        escape(text, into: &out)
        return out
    }
}
