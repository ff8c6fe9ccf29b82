import MaillageAnalysis
import MaillageRender

extension HubReason {
    /// The reason in the words of a chargé de mission.
    func text(territoryNames: [String]) -> String {
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        switch self {
        case .animates(let n): return "anime \(plural(n, "coopération", "coopérations"))"
        case .supports(let n): return "accompagne \(plural(n, "coopération", "coopérations"))"
        case .carries(let n): return "porte \(plural(n, "coopération", "coopérations"))"
        case .linksTerritories(let n): return "relie \(n) territoires"
        case .linksKinds(let n): return "relie \(n) types d'acteurs"
        case .betweennessRank(let r): return r == 1 ? "première intermédiarité du réseau" : "intermédiarité au \(r)e rang du réseau"
        case .onlyLink(let pairs):
            let names = pairs.prefix(3).map {
                "\(MapText.abbreviated(territoryNames[$0.first])) et \(MapText.abbreviated(territoryNames[$0.second]))"
            }
            let rest = pairs.count - 3
            let more = rest > 0 ? " (et \(plural(rest, "autre paire", "autres paires")))" : ""
            return "seul lien entre " + names.joined(separator: ", entre ") + more
        case .articulation(let pairs, let created):
            return "son départ couperait \(plural(pairs, "paire", "paires")) d'acteurs (\(plural(created + 1, "morceau", "morceaux")))"
        case .brokersBetweenTerritories(let liaison, let itinerant):
            var parts: [String] = []
            if liaison > 0 { parts.append(plural(liaison, "mise en relation entre territoires tiers", "mises en relation entre territoires tiers")) }
            if itinerant > 0 { parts.append(plural(itinerant, "mise en relation au sein d'un autre territoire", "mises en relation au sein d'un autre territoire")) }
            return "courtier : " + parts.joined(separator: ", ")
        }
    }
}
