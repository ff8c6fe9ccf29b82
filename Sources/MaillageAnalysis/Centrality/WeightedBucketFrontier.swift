/// A side queue of ``WeightedPathSampler`` for graphs whose edge lengths have a bounded
/// ratio: Dinitz–Dial buckets of width W slightly below ℓ_min, the shortest edge length,
/// in a circular array. A node at distance x sits in bucket ⌊x/W⌋ (computed as
/// ⌊x · (1/W)⌋ in floating point: monotone in x).
///
/// **Batches.** A batch is one bucket's nodes. A predecessor p of a node v on the side
/// has d(v) ≥ d(p) + ℓ_min > d(p) + W, so it sits in an earlier bucket: no node of a
/// bucket changes another's label or count, and a bucket's distances and counts are final
/// when the buckets before it are settled, whatever the order its nodes are settled in.
/// The batch's smallest distance, ``top``, is computed exactly (the bucket's floor would
/// be a weaker bound by up to W); every node of the batch is shorter than top + W.
///
/// **Circular array.** Relaxing a node of bucket k labels nodes of buckets k + 1 to
/// k + ⌈ℓ_max/W⌉ + 1 (one more for rounding), so the live buckets fit in a power of two of
/// at least ⌈ℓ_max/W⌉ + 3 slots; the buckets are visited in order, each once, so a slot
/// only holds entries of the bucket being visited when it is visited. A decreased node is
/// queued again in its new bucket (when it changes) and its old entry left in place:
/// a node's `slot` field holds the bucket of its current entry, and an entry whose node's
/// `slot` differs is stale and dropped when its bucket is visited.
///
/// Exactness needs the bucket indices to be exact integers far from rounding: the
/// buckets are used only when ℓ_max/W ≤ 4093 and (n − 1)·ℓ_max/W < 2³⁰ (every distance
/// is at most (n − 1)·ℓ_max), see ``WeightedPathSampler/Adjacency/bucketWidth``.
struct WeightedBucketFrontier: WeightedFrontier {
    /// One bucket's entries (node ids), a buffer that grows by doubling and is kept.
    private struct Slot {
        var entries: UnsafeMutablePointer<Int32>
        var count: Int32
        var capacity: Int32
    }

    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    private let inverseWidth: Double
    /// The bucket of the pending batch (−1 before the first).
    private var current = -1
    /// The last bucket that received an entry.
    private var last = -1
    /// Labelled nodes not yet handed out in a batch.
    private var live = 0
    private(set) var batch: UnsafeMutablePointer<Int32>
    private(set) var batchCount = 0
    private(set) var top = Double.infinity
    static var balancesBatches: Bool { true }

    /// Buckets of width `width` for lengths up to `longest` (`longest / width` at most 4093).
    init(width: Double, longest: Double) {
        let needed = Int((longest / width).rounded(.up)) + 3
        var count = 1
        while count < needed { count <<= 1 }
        mask = count - 1
        inverseWidth = 1 / width
        slots = .allocate(capacity: count)
        for i in 0..<count {
            slots[i] = Slot(entries: .allocate(capacity: 16), count: 0, capacity: 16)
        }
        batch = slots[0].entries
    }

    func deallocate() {
        for i in 0...mask { slots[i].entries.deallocate() }
        slots.deallocate()
    }

    mutating func reset() {
        // Entries sit in buckets current to last (at most mask + 1 of them).
        let first = max(current, 0)
        if last >= first {
            for k in first...min(last, first + mask) { slots[k & mask].count = 0 }
        }
        current = -1
        last = -1
        live = 0
        batchCount = 0
        top = .infinity
    }

    @inline(__always) private mutating func push(_ node: Int32, bucket: Int) {
        let slot = slots + (bucket & mask)
        if slot.pointee.count == slot.pointee.capacity {
            let capacity = Int(slot.pointee.capacity) * 2
            let entries = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
            entries.update(from: slot.pointee.entries, count: Int(slot.pointee.count))
            slot.pointee.entries.deallocate()
            slot.pointee.entries = entries
            slot.pointee.capacity = Int32(capacity)
        }
        slot.pointee.entries[Int(slot.pointee.count)] = node
        slot.pointee.count += 1
        if bucket > last { last = bucket }
    }

    @inline(__always) mutating func insert(_ node: Int32, key: Double,
                                           _ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>) {
        let bucket = Int(key * inverseWidth)
        state[Int(node)].slot = Int32(bucket)
        live += 1
        push(node, bucket: bucket)
    }

    @inline(__always) mutating func decrease(_ node: Int32, key: Double,
                                             _ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>) {
        let bucket = Int(key * inverseWidth)
        guard Int32(bucket) != state[Int(node)].slot else { return }
        state[Int(node)].slot = Int32(bucket)
        push(node, bucket: bucket)
    }

    mutating func advance(_ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>) {
        if current >= 0 { slots[current & mask].count = 0 }
        batchCount = 0
        top = .infinity
        // Some live node sits in one of the next mask + 1 buckets.
        while live > 0 {
            current += 1
            let slot = slots + (current & mask)
            let entries = slot.pointee.entries
            let tag = Int32(current)
            var kept = 0
            var smallest = Double.infinity
            for i in 0..<Int(slot.pointee.count) {
                let v = entries[i]
                let record = state[Int(v)]
                guard record.slot == tag else { continue }
                entries[kept] = v
                kept += 1
                if record.length < smallest { smallest = record.length }
            }
            slot.pointee.count = Int32(kept)
            if kept > 0 {
                live -= kept
                batch = entries
                batchCount = kept
                top = smallest
                return
            }
        }
    }
}
