/// The type of an attribute column of an ``AttributedNetwork``, as it is declared in the
/// exported file: GraphML `attr.type` (`string`, `double`, `int`, `boolean`), GEXF
/// attribute `type` (`string`, `double`, `integer`, `boolean`).
public enum AttributeType: String, Sendable, Hashable, CaseIterable {
    case string
    case double
    case int
    case bool

    /// The GraphML `attr.type` of this type.
    public var graphMLName: String {
        switch self {
        case .string: "string"
        case .double: "double"
        case .int: "int"
        case .bool: "boolean"
        }
    }

    /// The GEXF attribute `type` of this type.
    public var gexfName: String {
        switch self {
        case .string: "string"
        case .double: "double"
        case .int: "integer"
        case .bool: "boolean"
        }
    }
}

/// One typed attribute value of a node, an edge or the graph.
///
/// A value of type ``AttributeType/double`` that is not finite (NaN, ±∞) has no
/// representation in GraphML, GEXF or JSON: every writer treats it as a missing value
/// and leaves the attribute out for that element (an empty cell in CSV). Use
/// ``number(_:)`` to turn such values into `nil` up front.
///
/// Multi-valued attributes (an actor's territories, the cooperations behind a tie) are
/// carried as strings joined with `|`, the multi-value separator of the dataset format
/// (see the DatasetFormat article of the documentation): see ``joined(_:)``.
public enum AttributeValue: Sendable, Hashable {
    case string(String)
    case double(Double)
    case int(Int)
    case bool(Bool)

    /// The type of this value.
    public var type: AttributeType {
        switch self {
        case .string: .string
        case .double: .double
        case .int: .int
        case .bool: .bool
        }
    }

    /// Whether a writer can represent the value: false only for a non-finite double.
    public var isRepresentable: Bool {
        if case .double(let d) = self { return d.isFinite }
        return true
    }

    /// `value` as a double attribute, or nil when it is absent or not finite.
    public static func number(_ value: Double?) -> AttributeValue? {
        guard let value, value.isFinite else { return nil }
        return .double(value)
    }

    /// `values` joined with `|` as one string attribute (the dataset's multi-value separator).
    /// - Complexity: O(total length).
    public static func joined(_ values: [String]) -> AttributeValue {
        .string(values.joined(separator: "|"))
    }

    /// The value as written in GraphML, GEXF, CSV and DOT: strings as they are, numbers in
    /// their shortest round-trip decimal form, booleans as `true` / `false`; nil for a
    /// non-finite double.
    /// - Complexity: O(1) for numbers, O(length) for strings.
    public var lexicalForm: String? {
        switch self {
        case .string(let s): s
        case .double(let d): NumberText.decimal(d)
        case .int(let i): String(i)
        case .bool(let b): b ? "true" : "false"
        }
    }
}
