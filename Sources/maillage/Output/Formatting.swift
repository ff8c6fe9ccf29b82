/// Number formatting shared by tables and CSV.
enum Formatting {
    /// A measure value with `digits` decimals; "–" for a missing or undefined value.
    static func decimal(_ value: Double?, digits: Int = 4) -> String {
        guard let value, value.isFinite else { return "–" }
        if digits == 0 {
            // Counts print as whole numbers; a fractional value asks for decimals.
            if value == value.rounded() && abs(value) < 1e12 { return String(Int(value)) }
            return decimal(value, digits: 3)
        }
        var s = String(format: "%.\(digits)f", value)
        if s == "-0." + String(repeating: "0", count: digits) { s.removeFirst() }
        return s
    }

    /// A full-precision value for CSV (empty when undefined).
    static func exact(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
