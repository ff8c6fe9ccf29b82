extension AttributedNetwork {
    /// Sets every node's ``Node/size`` from `values` (one per node, in node order) so that
    /// a node's *area* is proportional to its value: size = lower + (upper − lower)·√(v / max),
    /// where max is the largest finite value. A value that is missing, negative or not
    /// finite, or all values being 0, gives `lower`.
    ///
    /// The default range 10…50 starts at Gephi's default node size, so the smallest actors
    /// look as Gephi draws any node and the largest stand out.
    ///
    /// - Complexity: O(n).
    public mutating func setSizes(from values: [Double], range: ClosedRange<Double> = 10...50) {
        let maximum = values.filter(\.isFinite).max() ?? 0
        for i in nodes.indices {
            let v = values.indices.contains(i) ? values[i] : .nan
            if maximum > 0, v.isFinite, v > 0 {
                nodes[i].size = range.lowerBound + (range.upperBound - range.lowerBound) * (v / maximum).squareRoot()
            } else {
                nodes[i].size = range.lowerBound
            }
        }
    }
}
