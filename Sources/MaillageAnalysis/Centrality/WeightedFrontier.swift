/// The queue of one side of ``WeightedPathSampler``'s bidirectional search: it holds the
/// side's labelled, unsettled nodes and hands them out in *batches*, each batch a set of
/// nodes none of which can be another's predecessor, so that every distance and path
/// count in it is final when the batch is handed out and its nodes may be settled in any
/// order. ``WeightedHeapFrontier`` hands out one node at a time (any graph);
/// ``WeightedBucketFrontier`` a whole bucket of width below ℓ_min (bounded length ratio).
///
/// The queue reads and writes one field of the side's node records, `slot` (the node's
/// heap position, or the index of the bucket holding its current entry), and reads
/// `length`; the search owns every other field. Between two ``advance(_:)`` calls the
/// search only labels or decreases nodes strictly longer than every node of the batch.
protocol WeightedFrontier {
    /// Whether the search balances its two sides by the degree sums of their pending
    /// batches (level-synchronous, as the breadth-first search of KADABRA balances its
    /// levels) rather than of their whole frontiers (one-node batches).
    static var balancesBatches: Bool { get }
    /// The smallest distance of the pending batch: a lower bound of the distance of every
    /// labelled, unsettled node of the side (+∞ once the side is exhausted).
    var top: Double { get }
    /// The pending batch (``batchCount`` node ids), valid until the next ``advance(_:)``.
    var batch: UnsafeMutablePointer<Int32> { get }
    var batchCount: Int { get }
    /// Queues `node`, labelled for the first time at distance `key` (already in its record).
    mutating func insert(_ node: Int32, key: Double, _ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>)
    /// Moves `node`, whose distance has just decreased to `key`, to its new place.
    mutating func decrease(_ node: Int32, key: Double, _ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>)
    /// Drops the pending batch (settled by the search) and prepares the next one.
    mutating func advance(_ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>)
    /// Empties the queue for the next sample.
    mutating func reset()
    /// Frees the queue's memory (the queue is not used afterwards).
    func deallocate()
}
