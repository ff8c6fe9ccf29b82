/// A node attribute computed outside the dataset (a centrality measure, a community id),
/// one value per node, handed to the network builders
/// (``AttributedNetwork/cooperationGraph(dataset:projected:extraColumns:graphAttributes:)``,
/// ``AttributedNetwork/twoModeNetwork(dataset:network:extraColumns:graphAttributes:)``).
public struct AttributeColumn: Sendable, Hashable {
    public var key: AttributeKey
    /// One value per node, in node order; nil where the node has no value.
    public var values: [AttributeValue?]

    public init(_ name: String, _ type: AttributeType, values: [AttributeValue?]) {
        self.key = AttributeKey(name, type)
        self.values = values
    }

    /// A column of doubles; non-finite values (NaN for an undefined measure) become nil.
    /// - Complexity: O(n).
    public static func doubles(_ name: String, _ values: [Double]) -> AttributeColumn {
        AttributeColumn(name, .double, values: values.map(AttributeValue.number))
    }

    /// A column of integers from doubles that hold whole numbers (degrees, core numbers);
    /// a value that is not finite or not whole becomes nil.
    /// - Complexity: O(n).
    public static func integers(_ name: String, _ values: [Double]) -> AttributeColumn {
        AttributeColumn(name, .int, values: values.map { v in
            guard v.isFinite, v == v.rounded(), abs(v) < 9.0e15 else { return nil }
            return .int(Int(v))
        })
    }

    /// A column of integers.
    public static func integers(_ name: String, _ values: [Int]) -> AttributeColumn {
        AttributeColumn(name, .int, values: values.map { .int($0) })
    }

    /// A column of booleans.
    public static func booleans(_ name: String, _ values: [Bool]) -> AttributeColumn {
        AttributeColumn(name, .bool, values: values.map { .bool($0) })
    }
}
