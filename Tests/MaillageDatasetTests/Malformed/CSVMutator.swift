/// Mutations of CSV bytes for fuzzing the reader and the loader: the damage a file
/// takes when edited by many hands or saved by the wrong program.
enum CSVMutator {
    /// Bytes that matter to a CSV reader or a text decoder.
    static let interesting: [UInt8] = [
        0x22, 0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x00, 0x20, 0x09, 0x7C,  // " " , ; LF CR NUL space tab |
        0xFF, 0xFE, 0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0xE9, 0x80, 0x9C, 0xC2, 0x85,  // BOM parts, UTF-8 and cp1252 bytes
        0x07, 0x1B, 0x7F, 0x40, 0x2B, 0x30,  // controls, @ + 0
    ]

    /// Byte sequences worth splicing in.
    static let fragments: [[UInt8]] = [
        Array("\"".utf8), Array("\"\"".utf8), Array("\",\"".utf8), Array("\r\n".utf8), Array("\n\n".utf8),
        Array(";".utf8), Array(",,,,".utf8), [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xC3], [0xE2, 0x80, 0xAE],
        Array("é".utf8), [0xE9], Array("👩‍👩‍👧".utf8), Array("جمعية".utf8), Array("<script>&amp;".utf8),
        Array("jean.dupont@example.org".utf8), Array("03 21 12 34 56".utf8), Array("+33 3 21 12 34 56".utf8),
        Array("\\l\\n\\\\".utf8), Array("cooperation,actor,role\n".utf8), Array("id;name;kind\r\n".utf8),
        Array("association".utf8), Array("99999999999999999999".utf8), Array("|||".utf8),
    ]

    /// Applies one random mutation to `bytes`.
    static func mutate(_ bytes: inout [UInt8], using random: inout FuzzRandom) {
        let n = bytes.count
        switch random.below(12) {
        case 0 where n > 0:  // flip a bit
            bytes[random.below(n)] ^= UInt8(1) << UInt8(random.below(8))
        case 1:  // insert an interesting byte
            bytes.insert(random.pick(interesting), at: random.below(n + 1))
        case 2 where n > 0:  // overwrite with an interesting byte
            bytes[random.below(n)] = random.pick(interesting)
        case 3:  // splice a fragment
            bytes.insert(contentsOf: random.pick(fragments), at: random.below(n + 1))
        case 4 where n > 0:  // delete a range
            let start = random.below(n)
            let end = min(n, start + 1 + random.below(16))
            bytes.removeSubrange(start..<end)
        case 5 where n > 0:  // truncate
            bytes.removeSubrange(random.below(n)..<n)
        case 6 where n > 0:  // duplicate a range
            let start = random.below(n)
            let end = min(n, start + 1 + random.below(64))
            bytes.insert(contentsOf: bytes[start..<end], at: random.below(n + 1))
        case 7 where n > 0:  // a random byte anywhere
            bytes[random.below(n)] = UInt8(truncatingIfNeeded: random.next())
        case 8:  // a long run (a huge cell or a very long line)
            let byte = random.pick([UInt8(0x61), 0x2C, 0x3B, 0x22, 0x0A, 0x20])
            bytes.insert(contentsOf: repeatElement(byte, count: 1 + random.below(random.chance(0.1) ? 70_000 : 300)), at: random.below(n + 1))
        case 9 where n > 1:  // swap two bytes
            bytes.swapAt(random.below(n), random.below(n))
        case 10:  // change every delimiter of a stretch to the other one
            guard n > 0 else { return }
            let start = random.below(n)
            for i in start..<min(n, start + 200) {
                if bytes[i] == 0x2C { bytes[i] = 0x3B } else if bytes[i] == 0x3B { bytes[i] = 0x2C }
            }
        default:  // random bytes
            let count = 1 + random.below(8)
            let junk = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            bytes.insert(contentsOf: junk, at: random.below(n + 1))
        }
    }

    /// `bytes` after `count` random mutations.
    static func mutated(_ bytes: [UInt8], count: Int, using random: inout FuzzRandom) -> [UInt8] {
        var out = bytes
        for _ in 0..<count { mutate(&out, using: &random) }
        return out
    }
}
