/// A hash table from short byte strings (ids as UTF-8, up to 16 bytes) to numbers,
/// looked up straight from a cell's bytes: no `String` is made and no Unicode-aware
/// hashing is done.
///
/// The loader keeps its `[String: Int]` tables of ids, which compare ids as Swift does
/// (canonically equivalent spellings are equal); this table mirrors one of them, keyed by
/// each id's exact bytes, as a fast first look. Bytes found here name the same id as the
/// `String` table would (equal bytes are equal strings); bytes not found — another
/// spelling of an id, or a key over ``maximumKeyLength`` bytes, never stored — fall back
/// on the `String` table.
///
/// Open addressing with linear probing; each slot holds its key's bytes, so a lookup
/// reads one place in memory.
/// - Complexity: O(1) expected per insertion and lookup.
struct UTF8KeyTable {
    /// The longest key stored; longer ones are never found.
    static let maximumKeyLength = 16

    private struct Slot {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// The key's length in bytes, -1 for an empty slot.
        var length: Int32 = -1
        var value: Int32 = 0
    }

    private var slots: [Slot]
    /// Slot count − 1 (the slot count is a power of two).
    private var mask: Int
    /// Number of keys.
    private(set) var count = 0

    /// A table with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var size = 16
        while size * 3 < capacity * 4 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// The number stored for `key`, nil when absent.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard key.count <= Self.maximumKeyLength else { return nil }
        let (low, high) = Self.words(key)
        let length = Int32(key.count)
        var slot = Self.hash(low, high, length) & mask
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let s = slots[slot]
                if s.length < 0 { return nil }
                if s.length == length, s.low == low, s.high == high { return s.value }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The number stored for the UTF-8 bytes of `key`, nil when absent.
    func value(for key: String) -> Int32? {
        var key = key
        return key.withUTF8 { value(for: $0) }
    }

    /// Stores `value` for `key`, which must not be in the table yet; a key over
    /// ``maximumKeyLength`` bytes is not stored.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
        guard key.count <= Self.maximumKeyLength else { return }
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let (low, high) = Self.words(key)
        place(Slot(low: low, high: high, length: Int32(key.count), value: value))
        count += 1
    }

    /// Stores `value` for the UTF-8 bytes of `key` (see ``insert(_:value:)-(UnsafeBufferPointer<UInt8>,_)``).
    mutating func insert(_ key: String, value: Int32) {
        var key = key
        key.withUTF8 { insert($0, value: value) }
    }

    private mutating func place(_ entry: Slot) {
        var slot = Self.hash(entry.low, entry.high, entry.length) & mask
        while slots[slot].length >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.length >= 0 { place(entry) }
    }

    /// The key's bytes in two words, zero-padded.
    private static func words(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { raw in
            if let base = key.baseAddress, !key.isEmpty { raw.baseAddress?.copyMemory(from: base, byteCount: key.count) }
        }
        return words
    }

    /// The two words and the length mixed (multiply and fold); slots take the low bits.
    private static func hash(_ low: UInt64, _ high: UInt64, _ length: Int32) -> Int {
        var h = (low ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        h = (h ^ high ^ UInt64(UInt32(bitPattern: length))) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h & 0x7FFF_FFFF_FFFF_FFFF)
    }
}
