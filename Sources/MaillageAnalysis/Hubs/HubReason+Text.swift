import MaillageModel

extension HubReason {
    /// The reason in the words of a chargé de mission, in `language`: the one wording
    /// of `maillage hubs`, the report and the exports.
    ///
    /// - Parameters:
    ///   - territoryNames: names of the territories of the assignment the hubs were
    ///     ranked with (indexed like its `territories`).
    ///   - language: French or English.
    public func text(territoryNames: [String], language: Language) -> String {
        let l = language
        func name(_ index: Int) -> String {
            index >= 0 && index < territoryNames.count ? Territory.abbreviated(territoryNames[index]) : "?"
        }
        switch self {
        case .animates(let n): return l.pick("anime ", "facilitates ") + l.count(n, l.pick("coopération", "cooperation"), l.pick("coopérations", "cooperations"))
        case .supports(let n): return l.pick("accompagne ", "supports ") + l.count(n, l.pick("coopération", "cooperation"), l.pick("coopérations", "cooperations"))
        case .carries(let n): return l.pick("porte ", "leads ") + l.count(n, l.pick("coopération", "cooperation"), l.pick("coopérations", "cooperations"))
        case .linksTerritories(let n): return l.pick("relie \(n) territoires", "links \(n) territories")
        case .linksKinds(let n): return l.pick("relie \(n) types d'acteurs", "links \(n) kinds of actors")
        case .betweennessRank(let r):
            if r == 1 { return l.pick("première intermédiarité du réseau", "highest betweenness in the network") }
            return l.pick("intermédiarité au \(r)e rang du réseau", "betweenness ranked \(r)\(Self.ordinalSuffix(r)) in the network")
        case .onlyLink(let pairs, let cutters):
            // Pairs grouped by how many actors' departure alone would cut them: "seul lien"
            // only where no other actor's does; "l'un des k passages obligés" where k
            // actors each do (they stand in series on every path between the two).
            var byCutters: [(count: Int, pairs: [DepartureImpact.GroupPair])] = []
            for (i, pair) in pairs.enumerated() {
                let k = i < cutters.count ? cutters[i] : 0
                if let j = byCutters.firstIndex(where: { $0.count == k }) { byCutters[j].pairs.append(pair) } else { byCutters.append((k, [pair])) }
            }
            byCutters.sort { ($0.count == 0 ? Int.max : $0.count) < ($1.count == 0 ? Int.max : $1.count) }
            return byCutters.map { k, pairs in
                let names = pairs.prefix(3).map { "\(name($0.first)) \(l.pick("et", "and")) \(name($0.second))" }
                let rest = pairs.count - 3
                let more = rest > 0 ? " (" + l.pick("et ", "and ") + l.count(rest, l.pick("autre paire", "other pair"), l.pick("autres paires", "other pairs")) + ")" : ""
                let lead: String
                switch k {
                case 1: lead = l.pick("seul lien entre ", "only link between ")
                case 2: lead = l.pick("l'un des deux passages obligés entre ", "one of the two necessary links between ")
                case 0: lead = l.pick("passage obligé entre ", "a necessary link between ")
                default: lead = l.pick("l'un des \(k) passages obligés entre ", "one of the \(k) necessary links between ")
                }
                return lead + names.joined(separator: l.pick(", entre ", ", between ")) + more
            }.joined(separator: " ; ")
        case .articulation(let pairs, let created):
            return l.pick("son départ couperait ", "its departure would cut ")
                + l.count(pairs, l.pick("paire", "pair"), l.pick("paires", "pairs")) + l.pick(" d'acteurs (", " of actors (")
                + l.count(created + 1, l.pick("morceau", "piece"), l.pick("morceaux", "pieces")) + ")"
        case .brokersBetweenTerritories(let liaison, let itinerant):
            var parts: [String] = []
            if liaison > 0 {
                parts.append(l.count(liaison, l.pick("mise en relation entre territoires tiers", "introduction between two other territories"),
                                     l.pick("mises en relation entre territoires tiers", "introductions between two other territories")))
            }
            if itinerant > 0 {
                parts.append(l.count(itinerant, l.pick("mise en relation au sein d'un autre territoire", "introduction within another territory"),
                                     l.pick("mises en relation au sein d'un autre territoire", "introductions within another territory")))
            }
            return l.pick("courtier : ", "broker: ") + parts.joined(separator: ", ")
        }
    }

    private static func ordinalSuffix(_ n: Int) -> String {
        if (11...13).contains(n % 100) { return "th" }
        switch n % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }
}
