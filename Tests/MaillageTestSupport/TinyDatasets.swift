import MaillageModel
import MaillageSupport

/// Hand-built datasets for graph tests (no files involved).
public enum TinyDatasets {
    /// Five actors a…e and five cooperations:
    /// k1 = {a, b, c}, k2 = {a, b}, k3 = {c, d}, k4 = {d} (single member), k5 = {} (no member);
    /// e takes part in nothing.
    ///
    /// Cooperations per actor: a {k1, k2}, b {k1, k2}, c {k1, k3}, d {k3, k4}, e {}.
    public static let fiveActors = Dataset(
        name: "five-actors",
        actors: ["a", "b", "c", "d", "e"].map { Actor(id: $0) },
        cooperations: ["k1", "k2", "k3", "k4", "k5"].map { Cooperation(id: $0) },
        memberships: [
            Membership(cooperation: "k1", actor: "c"), Membership(cooperation: "k1", actor: "a"),
            Membership(cooperation: "k1", actor: "b"), Membership(cooperation: "k2", actor: "b"),
            Membership(cooperation: "k2", actor: "a", role: .porteur), Membership(cooperation: "k3", actor: "d"),
            Membership(cooperation: "k3", actor: "c"), Membership(cooperation: "k4", actor: "d"),
        ],
        territories: [])

    /// A dataset with territories (region r ⊃ departements d1, d2; d1 ⊃ commune c1; d2 ⊃ epci e2),
    /// kinds and forms, for scope tests.
    ///
    /// Actors: s1 (structure, c1), s2 (structure, e2), t1 (collectivite, d1), f1 (financeur, r),
    /// x1 (structure, no territory), m1 (appui, located both in c1 and e2).
    /// Cooperations: p1 (partenariat) = {s1, t1, f1}, p2 (mutualisation) = {s1, s2, m1},
    /// p3 (partenariat) = {s2, x1}.
    public static let territorial = Dataset(
        name: "territorial",
        actors: [
            Actor(id: "s1", kind: .structure, territories: ["c1"]),
            Actor(id: "s2", kind: .structure, territories: ["e2"]),
            Actor(id: "t1", kind: .collectivite, territories: ["d1"]),
            Actor(id: "f1", kind: .financeur, territories: ["r"]),
            Actor(id: "x1", kind: .structure),
            Actor(id: "m1", kind: .appui, territories: ["c1", "e2"]),
        ],
        cooperations: [
            Cooperation(id: "p1", form: .partenariat),
            Cooperation(id: "p2", form: .mutualisation),
            Cooperation(id: "p3", form: .partenariat),
        ],
        memberships: [
            Membership(cooperation: "p1", actor: "s1"), Membership(cooperation: "p1", actor: "t1"),
            Membership(cooperation: "p1", actor: "f1"), Membership(cooperation: "p2", actor: "s1"),
            Membership(cooperation: "p2", actor: "s2"), Membership(cooperation: "p2", actor: "m1"),
            Membership(cooperation: "p3", actor: "s2"), Membership(cooperation: "p3", actor: "x1"),
        ],
        territories: [
            Territory(id: "r", level: .region),
            Territory(id: "d1", level: .departement, parent: "r"),
            Territory(id: "d2", level: .departement, parent: "r"),
            Territory(id: "c1", level: .commune, parent: "d1"),
            Territory(id: "e2", level: .epci, parent: "d2"),
        ])

    /// A seeded random two-mode dataset: `actorCount` actors, `cooperationCount` cooperations
    /// of 0…`maxSize` members drawn uniformly (``SplitMix64``, reproducible everywhere).
    public static func random(seed: UInt64, actorCount: Int, cooperationCount: Int, maxSize: Int) -> Dataset {
        var generator = SplitMix64(seed: seed)
        var memberships: [Membership] = []
        for c in 0..<cooperationCount {
            let size = Int(generator.next() % UInt64(maxSize + 1))
            var members = Set<Int>()
            while members.count < min(size, actorCount) { members.insert(Int(generator.next() % UInt64(actorCount))) }
            for a in members.sorted() { memberships.append(Membership(cooperation: "c\(c)", actor: "a\(a)")) }
        }
        // Shuffle deterministically so that input order does not follow ids.
        for i in stride(from: memberships.count - 1, to: 0, by: -1) {
            memberships.swapAt(i, Int(generator.next() % UInt64(i + 1)))
        }
        return Dataset(
            name: "random-\(seed)",
            actors: (0..<actorCount).map { Actor(id: "a\($0)") },
            cooperations: (0..<cooperationCount).map { Cooperation(id: "c\($0)") },
            memberships: memberships, territories: [])
    }
}
