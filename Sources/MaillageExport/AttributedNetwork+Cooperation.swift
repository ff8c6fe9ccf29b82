import MaillageGraph
import MaillageModel

extension AttributedNetwork {
    /// The node attributes every actor carries, in order (before the extra columns):
    ///
    /// | name | type | value |
    /// |---|---|---|
    /// | name | string | the actor's name |
    /// | kind | string | its kind (`structure`, `collectivite`…: the Model article of the documentation) |
    /// | kind_label | string | the kind in words (`structure ESS`, `tête de réseau`…) |
    /// | legal_form | string | its legal form, when given |
    /// | sector | string | its sector, when given |
    /// | territories | string | its territory ids, `|`-joined, when given |
    /// | territory_names | string | their names, `|`-joined, when given |
    /// | website | string | its website, when given |
    /// | cooperations | string | the ids of its cooperations, `|`-joined, when any |
    /// | roles | string | its role in each of them (`porteur`, `membre`…), `|`-joined in the same order, when any |
    /// | cooperation_count | int | how many cooperations it takes part in |
    /// | founded | string | when it was founded (`2019`, `2019-03`…), when given |
    /// | closed | string | when it closed, when given |
    /// | since | string | when it joined each of its cooperations, `|`-joined in the same order (an empty entry when not given), when any is |
    /// | until | string | when it left each of them, likewise |
    ///
    /// With `cooperations` and `roles`, a file read back as a dataset gives every
    /// membership with its role (the DatasetFormat article, « Graph files »).
    public static let actorKeys: [AttributeKey] = [
        AttributeKey("name", .string), AttributeKey("kind", .string), AttributeKey("kind_label", .string),
        AttributeKey("legal_form", .string), AttributeKey("sector", .string), AttributeKey("territories", .string),
        AttributeKey("territory_names", .string), AttributeKey("website", .string),
        AttributeKey("cooperations", .string), AttributeKey("roles", .string), AttributeKey("cooperation_count", .int),
        AttributeKey("founded", .string), AttributeKey("closed", .string), AttributeKey("since", .string), AttributeKey("until", .string),
    ]

    /// The edge attributes of a tie of the projected graph: its provenance (Graphs article of the documentation).
    ///
    /// | name | type | value |
    /// |---|---|---|
    /// | cooperations | string | the ids of the cooperations behind the tie, `|`-joined, in dataset order |
    /// | cooperation_names | string | their names, `|`-joined (for reading: a name may hold a `|`) |
    /// | forms | string | their forms, `|`-joined, each once, in order of first appearance |
    /// | shared_cooperations | int | how many cooperations the two actors share |
    /// | cooperation_started | string | when each of them started, `|`-joined in the same order (an empty entry when not given), when any did |
    /// | cooperation_ended | string | when each of them ended, likewise |
    ///
    /// The tie's weight is the projection's (`Projection`): with `count` it equals
    /// `shared_cooperations`.
    public static let tieKeys: [AttributeKey] = [
        AttributeKey("cooperations", .string), AttributeKey("cooperation_names", .string),
        AttributeKey("forms", .string), AttributeKey("shared_cooperations", .int),
        AttributeKey("cooperation_started", .string), AttributeKey("cooperation_ended", .string),
    ]

    /// The projected cooperation graph of `dataset` as an attributed network: one node per
    /// actor (id = actor id, label = actor name, ``actorKeys`` then `extraColumns`, colour by
    /// kind from `Palette.color(of:)`), one edge per tie with the projection's weight and
    /// its provenance (``tieKeys``). A dated dataset gives each node its actor's life and
    /// each edge the days its two actors were members of a shared cooperation together
    /// (``Spell``: the dates at which `maillage --at` has the tie; none when their
    /// memberships' dates never meet), for GEXF's dynamic graphs (Gephi's timeline).
    ///
    /// - Parameters:
    ///   - dataset: the (scoped) dataset `projected` was built from.
    ///   - projected: its projected graph; node i is `projected.actorIDs[i]`.
    ///   - extraColumns: further node attributes (measures, cluster), one value per node.
    ///   - graphAttributes: attributes of the whole graph.
    /// - Returns: the network; nodes in actor order, edges in tie order (smaller node
    ///   first, then the larger one ascending).
    /// - Complexity: O(A·t + T + m + Σ s) for A actors in t territories each, T territories,
    ///   m ties and Σ s (tie, shared cooperation) pairs.
    public static func cooperationGraph(dataset: Dataset, projected: ProjectedGraph, extraColumns: [AttributeColumn] = [],
                                        graphAttributes: [GraphAttribute] = []) -> AttributedNetwork {
        let network = projected.network
        var result = AttributedNetwork(name: dataset.name, graphAttributes: graphAttributes,
                                       nodeKeys: actorKeys + extraColumns.map(\.key), edgeKeys: tieKeys)
        result.nodes.reserveCapacity(projected.actorIDs.count)
        let memberRoles = MembershipRoles(dataset: dataset, network: network)
        let lives = dataset.isDated ? MembershipSpells(dataset: dataset, network: network) : nil
        for (i, id) in projected.actorIDs.enumerated() {
            let actor = dataset.actor(id) ?? Actor(id: id)
            let indices = network.cooperations(ofActor: i)
            let cooperations = indices.map { network.cooperationIDs[$0] }
            let roles = indices.map { memberRoles.role(actor: i, cooperation: $0).rawValue }
            let dates = indices.map { memberRoles.dates(actor: i, cooperation: $0) }
            result.nodes.append(Node(
                id: actor.id, label: actor.name,
                attributes: actorValues(actor, cooperations: cooperations, roles: roles, dataset: dataset, dates: dates)
                    + extraColumns.map { $0.values.indices.contains(i) ? $0.values[i] : nil },
                color: Palette.color(of: actor.kind), spells: lives.flatMap { Spell.bounded([$0.actorSpells[i]]) }))
        }
        let graph = projected.graph
        for u in 0..<graph.nodeCount {
            let upper = projected.tieBase[u + 1] - projected.tieBase[u]
            let firstUpper = graph.offsets[u + 1] - upper
            for j in 0..<upper {
                let v = Int(graph.targets[firstUpper + j])
                let shared = projected.cooperations(between: u, and: v)
                let cooperations = shared.map { network.cooperationIDs[$0] }
                let details = cooperations.map { dataset.cooperation($0) }
                var forms: [String] = []
                for form in details.map({ ($0?.form ?? .unknown).rawValue }) where !forms.contains(form) { forms.append(form) }
                result.edges.append(Edge(
                    source: u, target: v, weight: graph.weights[firstUpper + j],
                    attributes: [
                        .joined(cooperations),
                        .joined(zip(cooperations, details).map { $1?.name ?? $0 }),
                        .joined(forms),
                        .int(shared.count),
                        aligned(details.map { $0?.started?.description ?? "" }),
                        aligned(details.map { $0?.ended?.description ?? "" }),
                    ],
                    spells: lives.flatMap { Spell.bounded($0.tieSpells(u, v, cooperations: shared)) }))
            }
        }
        return result
    }

    /// `values` `|`-joined, empty entries kept so that they stay aligned with a list; nil when all are empty.
    static func aligned(_ values: [String]) -> AttributeValue? {
        values.allSatisfy(\.isEmpty) ? nil : .joined(values)
    }

    /// The values of ``actorKeys`` for one actor; `dates` gives its membership dates in each
    /// of `cooperations` (none: not written).
    static func actorValues(_ actor: Actor, cooperations: [String], roles: [String], dataset: Dataset,
                            dates: [(since: PartialDate?, until: PartialDate?)] = []) -> [AttributeValue?] {
        [
            .string(actor.name),
            .string(actor.kind.rawValue),
            .string(actor.kind.label),
            nonEmpty(actor.legalForm),
            nonEmpty(actor.sector),
            actor.territories.isEmpty ? nil : .joined(actor.territories),
            actor.territories.isEmpty ? nil : .joined(actor.territories.map { dataset.territory($0)?.name ?? $0 }),
            nonEmpty(actor.website),
            cooperations.isEmpty ? nil : .joined(cooperations),
            roles.isEmpty ? nil : .joined(roles),
            .int(cooperations.count),
            nonEmpty(actor.founded?.description ?? ""),
            nonEmpty(actor.closed?.description ?? ""),
            aligned(dates.map { $0.since?.description ?? "" }),
            aligned(dates.map { $0.until?.description ?? "" }),
        ]
    }

    /// `text` as a string value, nil when empty.
    static func nonEmpty(_ text: String) -> AttributeValue? {
        text.isEmpty ? nil : .string(text)
    }
}
