import MaillageModel

extension SuggestionReason {
    /// The reason in plain words, in `language`: the one wording of `maillage suggest`
    /// and the report.
    public func text(names: SuggestionNames, language: Language) -> String {
        let l = language
        func actor(_ v: Int) -> String { v >= 0 && v < names.actors.count ? names.actors[v] : "?" }
        switch self {
        case .commonPartners(let count, let examples):
            let head = l.count(count, l.pick("partenaire commun", "common partner"), l.pick("partenaires communs", "common partners"))
            guard !examples.isEmpty else { return head }
            let more = count > examples.count ? l.pick(", …", ", …") : ""
            return head + " (" + examples.map(actor).joined(separator: ", ") + more + ")"
        case .facilitator(let v, let role):
            switch role {
            case .animateur: return l.pick("\(actor(v)) anime des coopérations avec les deux", "\(actor(v)) facilitates cooperations with both")
            case .accompagnateur: return l.pick("\(actor(v)) accompagne des coopérations avec les deux", "\(actor(v)) supports cooperations with both")
            default: return l.pick("\(actor(v)) porte des coopérations avec les deux", "\(actor(v)) leads cooperations with both")
            }
        case .sameTerritory(let t, let level):
            let name = t >= 0 && t < names.territories.count ? Territory.abbreviated(names.territories[t]) : "?"
            return l.pick("même \(l.label(level)) : \(name)", "same \(l.label(level)): \(name)")
        case .sameSector(let sector):
            return l.pick("même secteur : \(sector)", "same sector: \(sector)")
        case .bridgesClustersOfTerritory:
            return l.pick("relierait deux groupes du même territoire", "would join two clusters of the same territory")
        case .bridgesClusters:
            return l.pick("relierait deux groupes du réseau", "would join two clusters of the network")
        }
    }
}
