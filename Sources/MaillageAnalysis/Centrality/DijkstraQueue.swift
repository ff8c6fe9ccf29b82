/// The priority queue of ``ShortestPathSearch``'s Dijkstra searches: a binary min-heap of
/// (distance, insertion sequence, node) entries with lazy deletion (a node whose distance
/// falls is inserted again; its stale entries are skipped when popped).
///
/// (distance, sequence) is a total order, the sequence being unique, so the entries come
/// out in exactly the order of any other correct priority queue on that order (the
/// searches, and every value computed from them, do not depend on the heap's shape).
/// A plain binary heap, whose sift reads only its own array, costs about half as much
/// per operation as a min-max heap.
struct DijkstraQueue {
    /// One entry, ordered by (distance, sequence), like NetworkX's
    /// `(distance, next(counter), …)` tuples.
    struct Entry {
        var distance: Double
        var sequence: Int
        var node: Int32

        @inline(__always) static func precedes(_ a: Entry, _ b: Entry) -> Bool {
            a.distance < b.distance || (a.distance == b.distance && a.sequence < b.sequence)
        }
    }

    private var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    /// Adds `entry`. O(log size).
    mutating func insert(_ entry: Entry) {
        entries.append(entry)
        entries.withUnsafeMutableBufferPointer { heap in
            var i = heap.count - 1
            while i > 0 {
                let parent = (i - 1) / 2
                guard Entry.precedes(entry, heap[parent]) else { break }
                heap[i] = heap[parent]
                i = parent
            }
            heap[i] = entry
        }
    }

    /// Removes and returns the first entry, nil when empty. O(log size).
    mutating func popMin() -> Entry? {
        guard let last = entries.popLast() else { return nil }
        guard !entries.isEmpty else { return last }
        return entries.withUnsafeMutableBufferPointer { heap in
            let first = heap[0]
            let count = heap.count
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= count { break }
                if child + 1 < count, Entry.precedes(heap[child + 1], heap[child]) { child += 1 }
                guard Entry.precedes(heap[child], last) else { break }
                heap[i] = heap[child]
                i = child
            }
            heap[i] = last
            return first
        }
    }

    /// Empties the queue, keeping its storage.
    mutating func removeAll() {
        entries.removeAll(keepingCapacity: true)
    }
}
