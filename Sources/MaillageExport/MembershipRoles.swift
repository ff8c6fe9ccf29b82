import MaillageGraph
import MaillageModel

/// The role (and the dates) each actor has in each of its cooperations, by their positions in a
/// ``TwoModeNetwork``: what the exports write beside an actor's cooperations (`roles`, the
/// first role, as the loader keeps it) and on each membership edge (every role, for a
/// dataset built in code that lists a pair twice).
struct MembershipRoles {
    private var roles: [Int: [MembershipRole]] = [:]
    private var dates: [Int: (since: PartialDate?, until: PartialDate?)] = [:]
    private let cooperationCount: Int

    /// - Complexity: O(M) id lookups for the dataset's M memberships.
    init(dataset: Dataset, network: TwoModeNetwork) {
        cooperationCount = network.cooperationCount
        roles.reserveCapacity(dataset.memberships.count)
        for m in dataset.memberships {
            guard let a = dataset.actorIndex[m.actor], let c = dataset.cooperationIndex[m.cooperation],
                  a < network.actorCount, c < network.cooperationCount,
                  network.actorIDs[a] == m.actor, network.cooperationIDs[c] == m.cooperation else { continue }
            let key = a * cooperationCount + c
            if !(roles[key]?.contains(m.role) ?? false) { roles[key, default: []].append(m.role) }
            if dates[key] == nil, m.since != nil || m.until != nil { dates[key] = (m.since, m.until) }
        }
    }

    /// The role of actor `a` in cooperation `c` (network positions): the first recorded,
    /// `membre` when none is.
    func role(actor a: Int, cooperation c: Int) -> MembershipRole { roles[a * cooperationCount + c]?.first ?? .membre }

    /// The dates of actor `a`'s membership of cooperation `c`: those of the first dated row.
    func dates(actor a: Int, cooperation c: Int) -> (since: PartialDate?, until: PartialDate?) { dates[a * cooperationCount + c] ?? (nil, nil) }

    /// Every role recorded for actor `a` in cooperation `c`, in membership order.
    func allRoles(actor a: Int, cooperation c: Int) -> [MembershipRole] { roles[a * cooperationCount + c] ?? [] }
}
