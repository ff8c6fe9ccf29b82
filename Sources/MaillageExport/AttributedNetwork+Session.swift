import MaillageAnalysis
import MaillageGraph
import MaillageModel
import MaillageSupport

extension AttributedNetwork {
    /// The network of an analysis session with everything Maillage knows about it, as
    /// `maillage export` writes it: in projected mode the cooperation graph with the
    /// actors' attributes, every measure of `ActorMeasure.all` (or those chosen) and the session's
    /// communities as `cluster`; in bipartite mode the two-mode network with the
    /// bipartite measures and the communities of the two-mode network.
    ///
    /// The `cluster` attribute is the partition `maillage clusters` prints for the same
    /// settings (same method, seed and resolution), numbered from 0 in the method's order.
    /// `x` and `y` are the session's layout (``AttributeColumn/positions(_:includeCooperations:)``),
    /// the positions `render` and `report` draw for the same seed.
    ///
    /// - Parameters:
    ///   - session: the analysis.
    ///   - sizeBy: key of the measure that sets node sizes (GEXF `viz:size`, GraphML `size`).
    ///   - measures: the measures written as attributes, in order; nil for every measure
    ///     of the mode. The `sizeBy` measure is computed for the sizes either way.
    ///   - generator: the `generator` graph attribute.
    /// - Complexity: that of the measures (betweenness by the session's policy, closeness
    ///   and harmonic O(n·m)) and of the communities; then linear.
    public init(session: AnalysisSession, sizeBy: String = "degree", measures: [ActorMeasure]? = nil,
                generator: String = "Maillage \(MaillageVersion.current)") {
        let settings = session.settings
        let dataset = session.dataset
        var graphAttributes: [GraphAttribute] = [
            .init("generator", .string(generator)),
            .init("dataset_sha256", .string(session.origin?.fingerprint ?? "")),
            .init("mode", .string(settings.mode.rawValue)),
            .init("projection", .string(settings.projection.rawValue)),
            .init("weighted", .bool(settings.weighted)),
        ]
        if let territory = session.scope.territory { graphAttributes.append(.init("scope_territory", .string(territory))) }
        if !session.scope.kinds.isEmpty { graphAttributes.append(.init("scope_kind", .joined(session.scopeKinds.map(\.rawValue)))) }
        if !session.scope.forms.isEmpty { graphAttributes.append(.init("scope_form", .joined(session.scopeForms.map(\.rawValue)))) }

        let measures = measures ?? ActorMeasure.available(in: settings.mode)
        let size = ActorSize.named(sizeBy, in: settings.mode)
        session.compute(measures + (size?.measure.map { measures.contains($0) ? [] : [$0] } ?? []))
        var columns: [AttributeColumn] = []
        for measure in measures {
            let values = session.twoModeValues(of: measure) ?? session.values(of: measure)
            if measure.isBoolean {
                columns.append(.booleans(measure.key, values.map { $0 == 1 }))
            } else if measure.digits == 0 && settings.mode == .projected {
                columns.append(.integers(measure.key, values))
            } else {
                columns.append(.doubles(measure.key, values))
            }
        }
        let partition: CommunityPartition
        switch settings.mode {
        case .projected: partition = session.partition
        case .bipartite: partition = session.twoModePartition
        }
        columns.append(.integers("cluster", partition.membership))
        // The actors' register numbers, when the dataset gives any (``RegistrationColumns``).
        let numbers = RegistrationColumns(dataset.actors)
        if !numbers.isEmpty {
            let ids = settings.mode == .projected ? session.projected.actorIDs : session.twoModeNetwork.actorIDs
            let cells = ids.map { id in dataset.actor(id).map(numbers.values(of:)) ?? numbers.keys.map { _ in "" } }
            for (k, key) in numbers.keys.enumerated() {
                // Full-time equivalents are a number Gephi can size nodes by; the others are codes.
                columns.append(key == "fte"
                    ? AttributeColumn(key, .double, values: cells.map { Double($0[k]).map { .double($0) } })
                    : AttributeColumn(key, .string, values: cells.map { $0[k].isEmpty ? nil : .string($0[k]) }))
            }
        }
        columns += AttributeColumn.positions(session.layout, includeCooperations: settings.mode == .bipartite)
        let c = settings.communities
        graphAttributes += [
            .init("community_method", .string(c.method.rawValue)),
            .init("seed", .int(Int(truncatingIfNeeded: c.seed))),
            .init("resolution", .double(c.resolution)),
            .init("modularity", .double(partition.modularity)),
            .init("clusters", .int(partition.count)),
            .init("size_by", .string(sizeBy)),
        ]
        switch settings.mode {
        case .projected:
            self = .cooperationGraph(dataset: dataset, projected: session.projected, extraColumns: columns, graphAttributes: graphAttributes)
        case .bipartite:
            self = .twoModeNetwork(dataset: dataset, network: session.twoModeNetwork, extraColumns: columns, graphAttributes: graphAttributes)
        }
        setSizes(from: size.map(session.sizes(by:)) ?? [])
    }
}
