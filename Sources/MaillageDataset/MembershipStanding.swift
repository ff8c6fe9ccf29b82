import MaillageSupport
import MaillageModel

/// Where a membership stands, as a member list's status column says it: « Adhérent »,
/// « Ancien adhérent », « Radié », « En attente ».
///
/// Networks keep their former members in their lists, and their candidates, with a
/// status beside each (« Statut adhésion », or a plain « Statut », « État », « Adhésion »
/// whose every value is such a word). A membership that has ended, or not begun, is not
/// one of the network as it stands: its row is not read, unless an end date (`until`)
/// places it in the network's history, where it is read with that date. Its structure
/// stays an actor when a table describes it. Beside a list of networks (« Réseaux
/// d'appartenance »), a status is not read: it says not which of them it is of. The other values (« Adhérent », « Actif »,
/// « À jour », « Oui ») are memberships as any row is; a value of neither kind, in a
/// column named for it, is read as a current membership, said once.
enum MembershipStanding {
    /// What a status cell says of its membership.
    enum Standing: Equatable {
        /// A member now.
        case current
        /// No longer a member.
        case ended
        /// Not a member yet: a candidate, an application under way.
        case pending
    }

    /// The standing `text` names (``Vocabulary/key(_:)``), nil when it names none.
    static func standing(_ text: String) -> Standing? {
        let key = Vocabulary.key(text)
        if current.contains(key) { return .current }
        if ended.contains(key) { return .ended }
        if pending.contains(key) { return .pending }
        return nil
    }

    static let current: Set<String> = Set([
        "adhérent", "adhérente", "adhérents", "membre", "membre actif", "membre active", "actif", "active", "à jour",
        "à jour de cotisation", "cotisation à jour", "cotisation payée", "oui", "valide", "validé", "validée", "en cours", "renouvelé",
        "renouvelée", "confirmé", "confirmée", "inscrit", "inscrite", "non à jour", "cotisation non à jour", "en retard de cotisation",
        "member", "active member", "current", "yes",
    ].map(Vocabulary.key))

    static let ended: Set<String> = Set([
        "ancien adhérent", "ancienne adhérente", "ancien membre", "ancienne membre", "ancien", "ancienne", "anciennement", "ex", "ex-adhérent",
        "ex-adhérente", "ex adhérent", "ex-membre", "radié", "radiée", "radiation", "démissionnaire", "démission", "démissionné",
        "démissionnée", "sorti", "sortie", "sortant", "sortante", "inactif", "inactive", "résilié", "résiliée", "résiliation",
        "non renouvelé", "non renouvelée", "expiré", "expirée", "échu", "échue", "plus adhérent", "plus adhérente",
        "n'est plus adhérent", "n'est plus adhérente", "n'est plus membre", "non adhérent", "non adhérente", "non", "exclu", "exclue",
        "exclusion", "fermé", "fermée", "dissous", "dissoute", "cessation d'activité", "liquidée", "former member", "former",
        "lapsed", "resigned", "inactive member", "no",
    ].map(Vocabulary.key))

    static let pending: Set<String> = Set([
        "en attente", "en attente de validation", "en cours d'adhésion", "adhésion en cours", "demande en cours", "candidat",
        "candidate", "candidature", "candidature en cours", "pressenti", "pressentie", "prospect", "à relancer", "contacté",
        "contactée", "futur adhérent", "future adhérente", "pré-adhésion", "préadhésion", "sympathisant", "sympathisante",
        "pending", "applicant",
    ].map(Vocabulary.key))

    /// Headers that may hold a membership's status, read so only when every value is one:
    /// « Statut », « État », « Situation », « Adhésion ».
    static let plainHeaders: Set<String> = Set(["statut", "état", "situation", "adhésion", "statut actuel", "état actuel",
                                                 "actif", "adhérent ?", "adhérent", "status"].map(Vocabulary.key))

    /// Whether column `index` of `grid` (header in record 0) is a plain status header
    /// (``plainHeaders``) whose every value below it names a standing (one at least).
    static func holdsStandings(_ index: Int, in grid: any CellGrid) -> Bool {
        let header = grid.cellRange(ofRecord: 0)
        guard index < header.count, plainHeaders.contains(Vocabulary.key(grid.text(ofCell: header.lowerBound + index))) else { return false }
        var seen = 0
        for r in 1..<max(1, grid.recordCount) {
            let range = grid.cellRange(ofRecord: r)
            guard range.lowerBound + index < range.upperBound else { continue }
            let text = grid.text(ofCell: range.lowerBound + index).trimmingSpaces()
            if text.isEmpty { continue }
            guard standing(text) != nil else { return false }
            seen += 1
        }
        return seen > 0
    }

    /// What a status column beside a list of networks is told: it says not which of them it is of.
    static func besideAList(title: String, list: String) -> LocalizedText {
        LocalizedText(
            fr: "colonne « \(title.excerpt) » non lue : chaque ligne nomme une liste de réseaux (« \(list.excerpt) »), et un statut ne dit pas de laquelle de ces adhésions il parle (souvent de celle du réseau qui tient la liste) ; pour dater ou retirer une adhésion, écrivez une ligne par réseau avec son statut",
            en: "column \"\(title.excerpt)\" not read: each row names a list of networks (\"\(list.excerpt)\"), and a status does not say which of these memberships it is of (often that of the network keeping the list); to date or leave out a membership, write one row per network with its status")
    }

    /// The rows of one memberships table not read for their status, and the values not known.
    struct Tally {
        var ended: (count: Int, examples: [String], position: CellPosition?) = (0, [], nil)
        var pending: (count: Int, examples: [String], position: CellPosition?) = (0, [], nil)
        var unknown: (count: Int, examples: [String], position: CellPosition?) = (0, [], nil)

        /// Whether the row whose status cell is `field` is left out (ended or pending, and
        /// no end date: `dated` false); counts it.
        mutating func leavesOut(_ field: Table.Cell, dated: Bool) -> Bool {
            let text = field.value.trimmingSpaces()
            guard !text.isEmpty else { return false }
            func note(_ tally: inout (count: Int, examples: [String], position: CellPosition?)) {
                tally.count += 1
                if tally.position == nil { tally.position = field.position }
                if tally.examples.count < 3, !tally.examples.contains(text) { tally.examples.append(text) }
            }
            switch standing(text) {
            case .current: return false
            case .ended where !dated: note(&ended); return true
            case .pending: note(&pending); return true
            case .ended: return false
            case nil: note(&unknown); return false
            }
        }

        /// The warnings for the table `file`, its status column titled `title`.
        func warnings(file: String, title: String) -> [Diagnostic] {
            var said: [Diagnostic] = []
            func quoted(_ examples: [String], count: Int) -> (fr: String, en: String) {
                let fr = examples.map { "« \($0.excerpt) »" }.joined(separator: ", "), en = examples.map { "\"\($0.excerpt)\"" }.joined(separator: ", ")
                return count > examples.count ? (fr + "…", en + "…") : (fr, en)
            }
            if ended.count + pending.count > 0, let position = ended.position ?? pending.position {
                let n = ended.count + pending.count, both = ended.count > 0 && pending.count > 0
                var partsFR: [String] = [], partsEN: [String] = []
                if ended.count > 0 {
                    let q = quoted(ended.examples, count: ended.count), k = ended.count
                    partsFR.append((both ? "\(LocalizedText.integer(k).fr) " : "") + "terminée\(k == 1 ? "" : "s") (\(q.fr))")
                    partsEN.append((both ? "\(k) " : "") + "ended (\(q.en))")
                }
                if pending.count > 0 {
                    let q = quoted(pending.examples, count: pending.count), k = pending.count
                    partsFR.append((both ? "\(LocalizedText.integer(k).fr) " : "") + "pas encore commencée\(k == 1 ? "" : "s") (\(q.fr))")
                    partsEN.append((both ? "\(k) " : "") + "not begun yet (\(q.en))")
                }
                said.append(.warning(LocalizedText(
                    fr: "« \(title.excerpt) » : \(n == 1 ? "une participation non lue" : "\(LocalizedText.integer(n).fr) participations non lues"), \(partsFR.joined(separator: " et ")) : le réseau tel qu'il est ne \(n == 1 ? "la" : "les") compte pas (la structure reste un acteur quand une table la décrit) ; une date de fin (« Jusqu'à ») garde une participation terminée dans l'historique",
                    en: "\"\(title.excerpt)\": \(n) membership\(n == 1 ? "" : "s") not read, \(partsEN.joined(separator: " and ")): the network as it stands does not count \(n == 1 ? "it" : "them") (the structure stays an actor when a table describes it); an end date (until) keeps an ended membership in the history"),
                    file: file, at: position))
            }
            if let position = unknown.position {
                let q = quoted(unknown.examples, count: unknown.count)
                said.append(.warning(LocalizedText(
                    fr: "« \(title.excerpt) » : \(q.fr) ne dit pas si la participation est en cours, terminée ou pas encore commencée : lue comme en cours\(LocalizedText.andMore(unknown.count - 1).fr) ; écrivez « Adhérent », « Ancien adhérent » ou « En attente »",
                    en: "\"\(title.excerpt)\": \(q.en) does not say whether the membership is current, ended or not begun: read as current\(LocalizedText.andMore(unknown.count - 1).en); write \"Adhérent\", \"Ancien adhérent\" or \"En attente\""),
                    file: file, at: position))
            }
            return said
        }
    }
}
