import Foundation
import MaillageAnalysis
import MaillageModel

extension MapRequest {
    /// A part of the network drawn on its own, with the whole network's analysis
    /// (clusters numbered as `maillage clusters` lists them, measures of the whole).
    public enum Focus: Sendable, Hashable {
        /// The members of one cluster, numbered from 1 in `AnalysisSession.clusters` order.
        case cluster(Int)
        /// The actors located in this territory (id) or in a territory below it.
        case territory(String)
    }

    /// The id of the territory `reference` names in `dataset`: its id, or its name with
    /// case, accents and spaces ignored; nil when none or several match.
    /// - Complexity: O(t) for t territories.
    public static func territoryID(_ reference: String, in dataset: Dataset) -> String? {
        if dataset.territory(reference) != nil { return reference }
        let key = Self.folded(reference)
        let matches = dataset.territories.filter { Self.folded($0.name) == key }
        return matches.count == 1 ? matches[0].id : nil
    }

    /// Territories whose folded name contains `reference`'s folded form (at most five),
    /// for a message when ``territoryID(_:in:)`` finds none or several.
    public static func territorySuggestions(_ reference: String, in dataset: Dataset) -> [Territory] {
        let key = Self.folded(reference)
        guard !key.isEmpty else { return [] }
        return Array(dataset.territories.filter { Self.folded($0.name).contains(key) || Self.folded($0.id).contains(key) }.prefix(5))
    }

    private static func folded(_ text: String) -> String {
        String(text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "fr_FR"))
            .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) })
    }

    /// For each actor (dataset index), whether it belongs to the focus; nil without a
    /// focus. An unknown cluster number or territory keeps no actor.
    /// - Complexity: O(n + t) for n actors and t territories (and the session's clusters).
    func focusMembers(in session: AnalysisSession) -> [Bool]? {
        guard let focus else { return nil }
        let dataset = session.dataset
        var keep = [Bool](repeating: false, count: dataset.actors.count)
        switch focus {
        case .cluster(let number):
            let clusters = session.clusters
            guard number >= 1, number <= clusters.count else { return keep }
            for v in clusters[number - 1].members { keep[v] = true }
        case .territory(let id):
            let places = dataset.territoryAndDescendants(id)
            for (v, actor) in dataset.actors.enumerated() where actor.territories.contains(where: places.contains) { keep[v] = true }
        }
        return keep
    }
}
