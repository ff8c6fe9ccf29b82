import MaillageGraph
import MaillageModel

extension AttributedNetwork {
    /// Prefix of the node id of a cooperation in ``twoModeNetwork(dataset:network:extraColumns:graphAttributes:)``
    /// (`cooperation:` + its id), so that an actor and a cooperation with the same id stay
    /// two nodes; actors keep their ids.
    public static let cooperationIDPrefix = "cooperation:"

    /// The node attributes of the two-mode network, in order (before the extra columns):
    /// `bipartite` (int: 0 for an actor, 1 for a cooperation — NetworkX's convention, read
    /// by `networkx.bipartite.sets`), `type` (`actor` or `cooperation`), the ``actorKeys``
    /// (for a cooperation: `name`, `sector`, `territories`, `territory_names` only), then
    /// for cooperations `form`, `form_label`, `status`, `declared_members` (int, when the
    /// booklet gives a count), `started`, `summary`, `source`, `members` (actor ids,
    /// `|`-joined), `member_count` (int) and `ended`.
    public static let twoModeKeys: [AttributeKey] = [AttributeKey("bipartite", .int), AttributeKey("type", .string)] + actorKeys + [
        AttributeKey("form", .string), AttributeKey("form_label", .string), AttributeKey("status", .string),
        AttributeKey("declared_members", .int), AttributeKey("started", .string), AttributeKey("summary", .string),
        AttributeKey("source", .string), AttributeKey("members", .string), AttributeKey("member_count", .int),
        AttributeKey("ended", .string),
    ]

    /// The edge attributes of a membership: `role` (`porteur`, `membre`…; `|`-joined, each
    /// once, when the dataset lists the pair more than once), `since` and `until` when given.
    public static let membershipKeys: [AttributeKey] = [AttributeKey("role", .string), AttributeKey("since", .string), AttributeKey("until", .string)]

    /// The two-mode network of `dataset` (see the Graphs article of the documentation) as an attributed network: actors
    /// (ids kept, colour by kind) then cooperations (id ``cooperationIDPrefix`` + id,
    /// Okabe–Ito black), one edge of weight 1 per actor–cooperation membership with its
    /// role, ``twoModeKeys`` then `extraColumns` on the nodes.
    ///
    /// - Parameters:
    ///   - dataset: the (scoped) dataset `network` was built from.
    ///   - network: its two-mode network.
    ///   - extraColumns: further node attributes, one value per node of `network.graph`
    ///     (actors, then cooperations).
    ///   - graphAttributes: attributes of the whole graph.
    /// - Complexity: O(A·t + C·t + T + M) for A actors and C cooperations in t
    ///   territories each, T territories and M memberships.
    public static func twoModeNetwork(dataset: Dataset, network: TwoModeNetwork, extraColumns: [AttributeColumn] = [],
                                      graphAttributes: [GraphAttribute] = []) -> AttributedNetwork {
        var result = AttributedNetwork(name: dataset.name, graphAttributes: graphAttributes,
                                       nodeKeys: twoModeKeys + extraColumns.map(\.key), edgeKeys: membershipKeys)
        let graph = network.graph
        func extra(_ v: Int) -> [AttributeValue?] { extraColumns.map { $0.values.indices.contains(v) ? $0.values[v] : nil } }
        let cooperationKeyCount = twoModeKeys.count - actorKeys.count - 2
        let memberRoles = MembershipRoles(dataset: dataset, network: network)
        let lives = dataset.isDated ? MembershipSpells(dataset: dataset, network: network) : nil
        for (a, id) in network.actorIDs.enumerated() {
            let actor = dataset.actor(id) ?? Actor(id: id)
            let indices = network.cooperations(ofActor: a)
            let cooperations = indices.map { network.cooperationIDs[$0] }
            let roles = indices.map { memberRoles.role(actor: a, cooperation: $0).rawValue }
            let values: [AttributeValue?] = [.int(0), .string("actor")]
                + actorValues(actor, cooperations: cooperations, roles: roles, dataset: dataset)
                + [AttributeValue?](repeating: nil, count: cooperationKeyCount)
            result.nodes.append(Node(id: actor.id, label: actor.name, attributes: values + extra(a), color: Palette.color(of: actor.kind),
                                     spells: lives.flatMap { Spell.bounded([$0.actorSpells[a]]) }))
        }
        for (c, id) in network.cooperationIDs.enumerated() {
            let cooperation = dataset.cooperation(id) ?? Cooperation(id: id)
            let members = network.members(ofCooperation: c).map { network.actorIDs[$0] }
            var values = [AttributeValue?](repeating: nil, count: actorKeys.count)
            values[0] = .string(cooperation.name)
            values[4] = nonEmpty(cooperation.sector)
            if !cooperation.territories.isEmpty {
                values[5] = .joined(cooperation.territories)
                values[6] = .joined(cooperation.territories.map { dataset.territory($0)?.name ?? $0 })
            }
            let cooperationValues: [AttributeValue?] = [
                .string(cooperation.form.rawValue), .string(cooperation.form.label), .string(cooperation.status.rawValue),
                cooperation.declaredMembers.map { .int($0) }, nonEmpty(cooperation.started?.description ?? ""), nonEmpty(cooperation.summary),
                nonEmpty(cooperation.source), members.isEmpty ? nil : .joined(members), .int(members.count),
                nonEmpty(cooperation.ended?.description ?? ""),
            ]
            result.nodes.append(Node(
                id: cooperationIDPrefix + cooperation.id, label: cooperation.name,
                attributes: [.int(1), .string("cooperation")] + values + cooperationValues + extra(network.cooperationNode(c)),
                color: OkabeIto.black, spells: lives.flatMap { Spell.bounded([$0.cooperationSpells[c]]) }))
        }
        for a in 0..<network.actorCount {
            for target in graph.neighbors(of: a) {
                let c = Int(target) - network.actorCount
                let recorded = memberRoles.allRoles(actor: a, cooperation: c)
                let role = recorded.isEmpty ? nil : AttributeValue.joined(recorded.map(\.rawValue))
                let dates = memberRoles.dates(actor: a, cooperation: c)
                result.edges.append(Edge(source: a, target: Int(target), weight: 1,
                                         attributes: [role, nonEmpty(dates.since?.description ?? ""), nonEmpty(dates.until?.description ?? "")],
                                         spells: lives.flatMap { Spell.bounded($0.spells(actor: a, cooperation: c)) }))
            }
        }
        return result
    }
}
