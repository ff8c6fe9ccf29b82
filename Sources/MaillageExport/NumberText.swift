/// Numbers as written in every export.
enum NumberText {
    /// The shortest decimal text that reads back to exactly `value` (Swift's `description`,
    /// e.g. `0.1`, `2.0`, `1e-05`), accepted by JSON, XML Schema `double`, Python's `float`
    /// and Java's `Double.parseDouble`; nil when `value` is not finite.
    /// - Complexity: O(1).
    static func decimal(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        return value.description
    }
}
