import MaillageGraph
import MaillageModel

/// When each actor took part in each of its cooperations, by their positions in a
/// ``TwoModeNetwork``: the membership's own dates within the lives of its actor and its
/// cooperation — what a dynamic export writes on a membership edge, and what a tie of the
/// projected graph is made of (``tieSpells(_:_:cooperations:)``).
struct MembershipSpells {
    private var spells: [Int: [Spell]] = [:]
    private let cooperationCount: Int
    /// Each actor's life, by network position.
    let actorSpells: [Spell]
    /// Each cooperation's life, by network position.
    let cooperationSpells: [Spell]

    /// - Complexity: O(M) id lookups for the dataset's M memberships.
    init(dataset: Dataset, network: TwoModeNetwork) {
        cooperationCount = network.cooperationCount
        actorSpells = network.actorIDs.map { Spell(dataset.actor($0)?.lifespan ?? Lifespan()) }
        cooperationSpells = network.cooperationIDs.map { Spell(dataset.cooperation($0)?.lifespan ?? Lifespan()) }
        for m in dataset.memberships {
            guard let a = dataset.actorIndex[m.actor], let c = dataset.cooperationIndex[m.cooperation],
                  a < network.actorCount, c < network.cooperationCount,
                  network.actorIDs[a] == m.actor, network.cooperationIDs[c] == m.cooperation else { continue }
            // Within the actor's and the cooperation's lives: a membership cannot outlive them.
            guard let spell = Spell(m.lifespan).intersection(actorSpells[a]).flatMap({ $0.intersection(cooperationSpells[c]) }) else { continue }
            spells[a * cooperationCount + c, default: []].append(spell)
        }
    }

    /// When actor `a` took part in cooperation `c` (network positions), merged; empty when
    /// no recorded period falls within both lives.
    func spells(actor a: Int, cooperation c: Int) -> [Spell] { Spell.union(spells[a * cooperationCount + c] ?? []) }

    /// When actors `u` and `v` were tied: the days on which both took part in one of the
    /// `cooperations` they share (network positions), merged — the dates at which the tie is
    /// in the network `Dataset.asOf(_:)` gives. Empty when they never did on the same day
    /// (one left before the other joined).
    func tieSpells(_ u: Int, _ v: Int, cooperations: [Int]) -> [Spell] {
        var together: [Spell] = []
        for c in cooperations {
            for x in spells(actor: u, cooperation: c) {
                for y in spells(actor: v, cooperation: c) { if let both = x.intersection(y) { together.append(both) } }
            }
        }
        return Spell.union(together)
    }
}
