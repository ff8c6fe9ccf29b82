import MaillageModel
import MaillageGraph

extension LargeCooperations {
    /// « Les 12 plus grandes coopérations (de 2 310 à 2 716 membres : « CRESS
    /// Hauts-de-France », …) font à elles seules 99 % des liens entre acteurs… »: what the
    /// figures owe to these cooperations, and how to see the network without them.
    /// - Parameters:
    ///   - dataset: the dataset whose cooperations' names are given (the first three).
    ///   - network: the two-mode network whose cooperation indices ``cooperations`` holds.
    ///   - l: the language of the text.
    public func text(dataset: Dataset, network: TwoModeNetwork, language l: Language) -> String {
        let n = cooperations.count, one = n == 1
        let shownNames: [String] = cooperations.prefix(3).compactMap { c in
            dataset.cooperationIndex[network.cooperationIDs[c]].map { dataset.cooperations[$0].name }
        }
        let more = n > 3 ? "…" : ""
        let quotedFR = shownNames.map { "« \($0) »" }.joined(separator: ", ") + more
        let quotedEN = shownNames.map { "\"\($0)\"" }.joined(separator: ", ") + more
        let sizesFR = smallest == largest ? l.count(largest, "membre", "membres") : "de \(l.integer(smallest)) à \(l.count(largest, "membre", "membres"))"
        let sizesEN = smallest == largest ? l.count(largest, "member", "members") : "\(l.integer(smallest)) to \(l.count(largest, "member", "members"))"
        // « 99,8 % », never « 100 % » for a share below one.
        let value = 100 * share
        let percent = (value >= 99.5 && value < 100 ? l.decimal((value * 10).rounded(.down) / 10, digits: 1) : l.decimal(value, digits: 0)) + " %"
        let counts = l.pick("\(l.integer(ties - tiesWithoutThem)) sur \(l.integer(ties))", "\(l.integer(ties - tiesWithoutThem)) of \(l.integer(ties))")
        let cap = String(maxCooperationSize)
        if l == .fr {
            let subject = one ? "La plus grande coopération (\(sizesFR) : \(quotedFR)) fait à elle seule"
                : "Les \(n) plus grandes coopérations (\(sizesFR) : \(quotedFR)) font à elles seules"
            let kept = one ? "elle reste comptée" : "elles restent comptées"
            return subject + " \(percent) des liens entre acteurs (\(counts)) : une coopération relie chacun de ses membres à tous les autres. "
                + "La densité, les groupes et les têtes de pont disent donc surtout qui en est membre. "
                + "Pour voir le réseau des autres coopérations, relancez avec --max-cooperation-size \(cap) : \(kept) dans les coopérations et les participations."
        }
        let subject = one ? "The largest cooperation (\(sizesEN): \(quotedEN)) makes" : "The \(n) largest cooperations (\(sizesEN): \(quotedEN)) make"
        let own = one ? "its" : "their", them = one ? "it" : "them", kept = one ? "it is" : "they are"
        return subject + " \(percent) of the ties between actors on \(own) own (\(counts)): a cooperation ties each of its members to all the others. "
            + "The density, clusters and hubs therefore mostly say who belongs to \(them). "
            + "To see the network of the other cooperations, run again with --max-cooperation-size \(cap): \(kept) still counted in the cooperations and memberships."
    }
}
