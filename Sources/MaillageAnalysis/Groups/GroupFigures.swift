/// The figures of one group of nodes (a territory, an actor kind…) in a `Graph`: the
/// per-territory row of `maillage territories` (<doc:Territories>). Ties are counted, weights
/// are ignored.
public struct GroupFigures: Sendable, Hashable, Codable {
    /// Number of nodes in the group.
    public var members: Int
    /// Ties with both ends in the group.
    public var internalTies: Int
    /// Ties with exactly one end in the group — including ties to nodes of unknown group,
    /// which ``tiesToUnknown`` counts apart.
    public var externalTies: Int
    /// The part of ``externalTies`` whose other end has an unknown group.
    public var tiesToUnknown: Int
    /// Number of connected components of the subgraph induced by the group (its members
    /// and the ties between them); 0 for an empty group, ``members`` when no tie is
    /// internal.
    public var componentCount: Int

    public init(members: Int = 0, internalTies: Int = 0, externalTies: Int = 0, tiesToUnknown: Int = 0,
                componentCount: Int = 0) {
        self.members = members
        self.internalTies = internalTies
        self.externalTies = externalTies
        self.tiesToUnknown = tiesToUnknown
        self.componentCount = componentCount
    }

    /// Krackhardt & Stern's E-I index of the group, (E − I)/(E + I) with E =
    /// ``externalTies`` and I = ``internalTies`` (see ``eiIndex(external:internal:)``);
    /// nil when the group has no tie at all.
    public var eiIndex: Double? { MaillageAnalysis.eiIndex(external: externalTies, internal: internalTies) }

    /// The E-I index leaving out the ties to nodes of unknown group; nil when no tie remains.
    public var eiIndexAmongKnown: Double? {
        MaillageAnalysis.eiIndex(external: externalTies - tiesToUnknown, internal: internalTies)
    }

    /// Density inside the group: internal ties / C(members, 2), in [0, 1]; nil for a group
    /// of fewer than two members. NetworkX `density(G.subgraph(group))`.
    public var density: Double? {
        let possible = UnorderedPairs.among(members)
        return possible > 0 ? Double(internalTies) / Double(possible) : nil
    }
}
