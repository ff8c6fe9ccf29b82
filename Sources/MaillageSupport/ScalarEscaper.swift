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
    /// Bit v of `asciiReplaced.0` (v < 64) or `.1` (v − 64) set when ASCII scalar v has a
    /// replacement: the scan of ``needsEscaping(_:)`` reads these two words, not the table.
    private let asciiReplaced: (UInt64, UInt64)
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
        var replaced: (UInt64, UInt64) = (0, 0)
        for (value, replacement) in ascii.enumerated() where replacement != nil {
            if value < 64 { replaced.0 |= 1 << UInt64(value) } else { replaced.1 |= 1 << UInt64(value - 64) }
        }
        asciiReplaced = replaced
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

    /// Whether escaping changes `text`: a scan of its UTF-8 bytes against the ASCII
    /// replacements, then of its non-ASCII scalars (if any) against the other rules. Most
    /// names and ids need nothing, and are then written as they are, without a copy.
    /// - Complexity: O(length of `text`).
    public func needsEscaping(_ text: String) -> Bool {
        var sawNonASCII = false
        let replacedASCII: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes {
                if byte < 64 {
                    if asciiReplaced.0 & (1 << UInt64(byte)) != 0 { return true }
                } else if byte < 128 {
                    if asciiReplaced.1 & (1 << UInt64(byte - 64)) != 0 { return true }
                } else {
                    sawNonASCII = true
                }
            }
            return false
        }
        guard let replacedASCII else { return true }   // not contiguous: the scalar loop decides
        if replacedASCII { return true }
        guard sawNonASCII else { return false }
        for scalar in text.unicodeScalars where !scalar.isASCII {
            if (nonASCII.isEmpty ? otherwise(scalar) : nonASCII[scalar] ?? otherwise(scalar)) != nil { return true }
        }
        return false
    }

    /// Appends `text`, escaped, to `out`.
    /// - Complexity: O(length of `text`).
    public func escape(_ text: String, into out: inout String) {
        if !needsEscaping(text) {
            out += text
            return
        }
        escapeEachScalar(text, into: &out)
    }

    /// The scalar loop itself, without the fast path of ``needsEscaping(_:)``.
    func escapeEachScalar(_ text: String, into out: inout String) {
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
        if !needsEscaping(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        escapeEachScalar(text, into: &out)
        return out
    }
}
