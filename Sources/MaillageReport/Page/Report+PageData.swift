import MaillageSupport
import Foundation
import MaillageModel
import MaillageRender

extension Report {
    /// The data the page's script reads (the `report-data` JSON block): the words it
    /// writes, every actor with its details, every cooperation with its members, and
    /// the ties of the projected graph as a flat list of actor indices, and, for a
    /// canvas map, the positions and overviews it draws (``canvasMapData(_:scale:)``).
    /// - Complexity: O(n + m + memberships).
    ///
    /// `key` is the actor's id as ``DOTEncoder/svgID(_:prefix:)`` writes it, so the
    /// script finds the actor's node at `actor-<key>` and a tie at `tie-<key>--<key>`.
    /// Websites are kept only when they are `http:` or `https:` addresses.
    var pageData: JSONValue {
        let hubRank = Dictionary(analysis.hubs.hubs.map { ($0.actor, $0.rank) }, uniquingKeysWith: { a, _ in a })
        var rolesOfActor = [[(Int, MembershipRole)]](repeating: [], count: dataset.actors.count)
        var membersOfCooperation = [[(Int, MembershipRole)]](repeating: [], count: dataset.cooperations.count)
        for m in dataset.memberships {
            guard let a = dataset.actorIndex[m.actor], let c = dataset.cooperationIndex[m.cooperation] else { continue }
            rolesOfActor[a].append((c, m.role))
            membersOfCooperation[c].append((a, m.role))
        }
        let actors: [JSONValue] = dataset.actors.enumerated().map { a, actor in
            let cluster = analysis.clusterOfActor[a]
            return .object([
                ("id", .string(actor.id)),
                ("key", .string(DOTEncoder.svgID(actor.id, prefix: ""))),
                ("name", .string(actor.name)),
                ("kind", .string(actor.kind.rawValue)),
                ("kindLabel", .string(l.label(actor.kind))),
                ("territory", .string(territoryText(of: a))),
                ("cooperations", .array(rolesOfActor[a].map { .array([.int($0.0), .string(l.label($0.1))]) })),
                ("degree", .int(Int(analysis.degree[a]))),
                ("betweenness", .number(analysis.betweenness[a])),
                ("cluster", cluster >= 0 ? .int(cluster + 1) : .null),
                ("hub", hubRank[a].map { .int($0) } ?? .null),
                ("website", .string(Self.safeWebsite(actor.website))),
            ])
        }
        let cooperations: [JSONValue] = dataset.cooperations.enumerated().map { c, cooperation in
            .object([
                ("id", .string(cooperation.id)),
                ("name", .string(cooperation.name)),
                ("form", .string(l.label(cooperation.form))),
                ("status", .string(l.label(cooperation.status))),
                ("declared", cooperation.declaredMembers.map { .int($0) } ?? .null),
                ("members", .array(membersOfCooperation[c].map { .array([.int($0.0), .string(l.label($0.1))]) })),
            ])
        }
        // Ties as a flat list u0, v0, u1, v1…; left out past the overview size, where the
        // script finds partners through the cooperations' members instead.
        let scale = mapScale
        var ties: [JSONValue] = []
        if scale != .overview {
            let g = analysis.projected.graph
            ties.reserveCapacity(2 * g.edgeCount)
            for u in 0..<g.nodeCount {
                for w in g.neighbors(of: u) where Int(w) > u {
                    ties.append(.int(u))
                    ties.append(.int(Int(w)))
                }
            }
        }
        var members: [(String, JSONValue)] = [
            ("lang", .string(l.code)),
            ("text", .object((scriptText + accessibilityScriptText).map { ($0.0, .string($0.1)) })),
            ("actors", .array(actors)),
            ("cooperations", .array(cooperations)),
            ("ties", .array(ties)),
            ("tiesComplete", .bool(scale != .overview)),
        ]
        if let layout = map?.positions {
            members.append(("map", canvasMapData(layout, scale: scale)))
        }
        return .object(members)
    }

    /// `website` as an address the page may link to: an `http:` or `https:` address, or
    /// a bare domain name with an optional path (`www.ess62.fr`, given `https://`);
    /// nil for anything else (`javascript:…`, `data:…`, spaces, quotes, brackets).
    static func safeWebsite(_ website: String) -> String? {
        let text = website.trimmingCharacters(in: .whitespaces)
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&()*+,;=%")
        guard !text.isEmpty, text.unicodeScalars.allSatisfy(allowed.contains) else { return nil }
        let lower = text.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return text.count > lower.prefix(while: { $0 != ":" }).count + 3 ? text : nil
        }
        let host = lower.prefix { $0 != "/" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter)
        else { return nil }
        return "https://" + text
    }

    /// The words the script writes, in the report's language.
    private var scriptText: [(String, String)] {
        [
            ("colon", l.pick(" : ", ": ")),
            ("kind", l.pick("Type", "Kind")),
            ("id", l.pick("Identifiant (pour --ego)", "Id (for --ego)")),
            ("territory", l.pick("Territoire", "Territory")),
            ("partners", l.pick("Partenaires", "Partners")),
            ("cooperations", l.pick("Coopérations", "Cooperations")),
            ("members", l.pick("Membres", "Members")),
            ("betweenness", l.pick("Intermédiarité", "Betweenness")),
            ("cluster", l.pick("Groupe", "Cluster")),
            ("hub", l.pick("Tête de pont n° ", "Facilitator hub no. ")),
            ("website", l.pick("Site web", "Website")),
            ("form", l.pick("Forme", "Form")),
            ("declared", l.pick("Effectif déclaré", "Declared size")),
            ("notOnMap", l.pick("Ne partage aucune coopération avec un autre acteur : absent de la carte.", "Shares no cooperation with another actor: not on the map.")),
            ("noPartner", l.pick("aucun", "none")),
            ("found1", l.pick("1 acteur trouvé", "1 actor found")),
            ("foundN", l.pick("{n} acteurs trouvés", "{n} actors found")),
            ("foundNone", l.pick("Aucun acteur trouvé", "No actor found")),
            ("more", l.pick("et {n} autres…", "and {n} more…")),
            ("hint", l.pick("Cliquez pour mettre en évidence", "Click to highlight")),
            ("clusterN", l.pick("Groupe {n}", "Cluster {n}")),
            ("actorsN", l.pick("{n} acteurs", "{n} actors")),
            ("tiesN", l.pick("{n} liens", "{n} ties")),
            ("openHint", l.pick("Cliquez pour l'ouvrir", "Click to open it")),
            ("focusCluster", l.pick("Groupe ouvert : ", "Cluster open: ")),
            ("focusTerritory", l.pick("Territoire ouvert : ", "Territory open: ")),
            ("page", l.pick("Page {n} sur {m}", "Page {n} of {m}")),
            ("previous", l.pick("Précédente", "Previous")),
            ("next", l.pick("Suivante", "Next")),
            ("rows", l.pick("{n} lignes", "{n} rows")),
            ("andMore", l.pick(" et {n} autres", " and {n} more")),
        ]
    }
}
