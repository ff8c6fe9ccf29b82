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

    @Test("mixed(seed + k·increment) is the k-th draw, and seeds SeededGenerator")
    func mixingMatchesTheDraws() {
        var rng = SplitMix64(seed: 123)
        for k in 1...5 {
            #expect(rng.next() == SplitMix64.mixed(123 &+ UInt64(k) &* SplitMix64.increment))
        }
    }

    @Test("derived draws: closed ranges, chance, pick and shuffle are reproducible")
    func derivedDraws() {
        var a = SplitMix64(seed: 5), b = SplitMix64(seed: 5)
        for _ in 0..<200 {
            let v = a.nextInt(in: -3...3)
            #expect((-3...3).contains(v))
            #expect(v == b.nextInt(in: -3...3))
        }
        #expect(a.pick(["x", "y", "z"]) == b.pick(["x", "y", "z"]))
        var order = Array(0..<20), same = Array(0..<20)
        a.shuffle(&order)
        b.shuffle(&same)
        #expect(order == same)
        #expect(order.sorted() == Array(0..<20))
        var coins = SplitMix64(seed: 9)
        let heads = (0..<10_000).filter { _ in coins.chance(0.25) }.count
        #expect((2_200...2_800).contains(heads))
        let never = coins.chance(0)
        #expect(!never)
    }
}
