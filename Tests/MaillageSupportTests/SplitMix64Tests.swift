import Testing
import MaillageSupport

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test("matches the reference sequence of Steele, Lea & Flood for seed 0")
    func referenceSequence() {
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("bounded draws stay in range and cover it")
    func boundedDraws() {
        var rng = SplitMix64(seed: 42)
        var seen = [Bool](repeating: false, count: 7)
        for _ in 0..<1_000 {
            let value = rng.nextInt(below: 7)
            #expect((0..<7).contains(value))
            seen[value] = true
        }
        #expect(seen.allSatisfy { $0 })
        #expect(rng.nextInt(below: 1) == 0)
    }

    @Test("streams of one seed differ, and repeat for the same seed")
    func streams() {
        var a = SplitMix64.stream(9, 1), b = SplitMix64.stream(9, 2), c = SplitMix64.stream(9, 1)
        let x = a.next()
        #expect(x != b.next())
        #expect(x == c.next())
    }
}
