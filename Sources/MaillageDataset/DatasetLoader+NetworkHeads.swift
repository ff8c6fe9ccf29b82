import MaillageSupport
import MaillageModel

/// A network that a list of memberships names after one of its actors: the actor heads it.
///
/// A form asking « À quels réseaux adhérez-vous ? » (or a member list « Structure |
/// Réseaux d'appartenance ») makes each network a cooperation of the structures that
/// ticked it; the network's own structure (« CRESS Hauts-de-France », named as a partner
/// or answering the form itself) is an actor of the same name, and without this step it
/// would stand outside its own network, tied to none of its members. When no
/// cooperations table describes the cooperations (they are known only by the lists that
/// name them), each cooperation of at least two members named as an actor (the same
/// name once case, accents, spaces and punctuation are ignored) gets that actor as its
/// `animateur` (the role of a network's head, as the booklet's cards give it), said in
/// one warning that names the first and counts the others. A cooperations table, written
/// by whoever keeps the data, says who takes part in what: nothing is added then.
extension LoaderRun {
    /// For each cooperation named like an actor that is not among its `memberships`, the
    /// membership of that actor as its `animateur`; said in one warning in `file`.
    mutating func networkHeads(_ memberships: [Membership], actors: [Actor], cooperations: [Cooperation], file: String) -> [Membership] {
        var actorByName: [String: String] = [:]
        for actor in actors {
            let key = Vocabulary.nameKey(actor.name)
            if !key.isEmpty, actorByName[key] == nil { actorByName[key] = actor.id }
        }
        var members: [String: Set<String>] = [:]
        for m in memberships { members[m.cooperation, default: []].insert(m.actor) }
        var added: [Membership] = []
        var named: [String] = []
        for cooperation in cooperations {
            guard let own = members[cooperation.id], own.count >= 2,
                  let head = actorByName[Vocabulary.nameKey(cooperation.name)], !own.contains(head) else { continue }
            added.append(Membership(cooperation: cooperation.id, actor: head, role: .animateur))
            named.append(cooperation.name)
        }
        guard let first = named.first else { return [] }
        let n = named.count, others = LocalizedText.andMore(n - 1)
        diagnostics.append(.warning(LocalizedText(
            fr: "« \(first.excerpt) » est à la fois un réseau de la liste et un acteur\(others.fr) : l'acteur est ajouté comme animateur de son réseau, qu'il relie à ses membres ; si ce sont deux structures distinctes, donnez-leur des noms différents",
            en: "\"\(first.excerpt)\" is both a network of the list and an actor\(others.en): the actor is added as the animateur of its network, which ties it to its members; if they are two distinct structures, give them different names"),
            file: file))
        return added
    }
}
