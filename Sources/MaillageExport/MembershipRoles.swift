import MaillageGraph
import MaillageModel

/// The role each actor has in each of its cooperations, by their positions in a
/// ``TwoModeNetwork``: what the exports write beside an actor's cooperations (`roles`, the
/// first role, as the loader keeps it) and on each membership edge (every role, for a
/// dataset built in code that lists a pair twice).
struct MembershipRoles {
    private var roles: [Int: [MembershipRole]] = [:]
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
        }
    }

    /// The role of actor `a` in cooperation `c` (network positions): the first recorded,
    /// `membre` when none is.
    func role(actor a: Int, cooperation c: Int) -> MembershipRole { roles[a * cooperationCount + c]?.first ?? .membre }

    /// Every role recorded for actor `a` in cooperation `c`, in membership order.
    func allRoles(actor a: Int, cooperation c: Int) -> [MembershipRole] { roles[a * cooperationCount + c] ?? [] }
}
