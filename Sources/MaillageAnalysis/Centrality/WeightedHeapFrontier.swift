/// A side queue of ``WeightedPathSampler`` for any graph: an indexed 4-ary heap whose
/// slots hold each node's key beside its id, ordered by (distance, node id) — a total
/// order, so the pops do not depend on the heap's arity. Each batch is the single node of
/// smallest key, popped as soon as the previous batch is settled.
struct WeightedHeapFrontier: WeightedFrontier {
    private let ids: UnsafeMutablePointer<Int32>
    private let keys: UnsafeMutablePointer<Double>
    private var count = 0
    let batch: UnsafeMutablePointer<Int32>
    private(set) var batchCount = 0
    private(set) var top = Double.infinity
    static var balancesBatches: Bool { false }

    /// A heap for at most `capacity` nodes.
    init(capacity: Int) {
        ids = .allocate(capacity: max(1, capacity))
        keys = .allocate(capacity: max(1, capacity))
        batch = .allocate(capacity: 1)
    }

    func deallocate() {
        ids.deallocate()
        keys.deallocate()
        batch.deallocate()
    }

    mutating func reset() {
        count = 0
        batchCount = 0
        top = .infinity
    }

    @inline(__always) private func before(_ da: Double, _ a: Int32, _ db: Double, _ b: Int32) -> Bool {
        da < db || (da == db && a < b)
    }

    /// Puts `node` with `key` in slot `i` and records the slot in its state.
    @inline(__always) private func place(_ node: Int32, key: Double, at i: Int,
                                         _ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>) {
        ids[i] = node
        keys[i] = key
        state[Int(node)].slot = Int32(i)
    }

    /// Moves `node`, whose key is now `key`, up from slot `start`.
    @inline(__always) private func siftUp(_ start: Int, node: Int32, key: Double,
                                          _ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>) {
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 2
            let p = ids[parent], pk = keys[parent]
            guard before(key, node, pk, p) else { break }
            place(p, key: pk, at: i, state)
            i = parent
        }
        place(node, key: key, at: i, state)
    }

    @inline(__always) mutating func insert(_ node: Int32, key: Double,
                                           _ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>) {
        count += 1
        siftUp(count - 1, node: node, key: key, state)
    }

    @inline(__always) mutating func decrease(_ node: Int32, key: Double,
                                             _ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>) {
        siftUp(Int(state[Int(node)].slot), node: node, key: key, state)
    }

    mutating func advance(_ state: UnsafeMutablePointer<WeightedPathSampler.NodeState>) {
        guard count > 0 else {
            batchCount = 0
            top = .infinity
            return
        }
        let first = ids[0]
        batch[0] = first
        batchCount = 1
        top = keys[0]
        state[Int(first)].slot = -1
        count -= 1
        guard count > 0 else { return }
        // Sift the last entry down from the root.
        let node = ids[count], key = keys[count]
        var i = 0
        while true {
            let firstChild = 4 * i + 1
            guard firstChild < count else { break }
            var child = firstChild
            var c = ids[firstChild], ck = keys[firstChild]
            for j in (firstChild + 1)..<min(firstChild + 4, count) {
                let r = ids[j], rk = keys[j]
                if before(rk, r, ck, c) { child = j; c = r; ck = rk }
            }
            guard before(ck, c, key, node) else { break }
            place(c, key: ck, at: i, state)
            i = child
        }
        place(node, key: key, at: i, state)
    }
}
