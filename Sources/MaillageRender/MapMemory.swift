import MaillageSupport

/// How much memory drawing a map takes, estimated from its size before any of it is
/// built, so that a map too large for the memory budget is refused with a message
/// instead of swapping for minutes or aborting.
///
/// The figures are measured (release build, Graphviz 2.42 in-process, peak resident
/// memory of `maillage render --view actors`): 10,900 ties between 250 actors took 89 MB
/// as SVG; 329,596 ties between 2,000 actors 1.16 GB as SVG and 473 MB as DOT text;
/// 3,565,238 ties between 19,065 actors 11.9 GB as SVG. Graphviz keeps a few kilobytes
/// per edge (its records, the spline, the tooltip and the SVG text); a map's DOT text,
/// without Graphviz, about a third of that.
public enum MapMemory {
    /// The bytes a map of `nodes` nodes and `edges` edges is expected to take in `format`.
    public static func estimate(nodes: Int, edges: Int, format: RenderFormat) -> Int {
        let (base, perEdge, perNode) = format == .dot ? (40 << 20, 1_400, 2_000) : (40 << 20, 3_400, 4_000)
        let (a, o1) = edges.multipliedReportingOverflow(by: perEdge)
        let (b, o2) = nodes.multipliedReportingOverflow(by: perNode)
        guard !o1, !o2 else { return Int.max }
        return base.addingReportingOverflow(a).partialValue.addingReportingOverflow(b).partialValue
    }

    /// The message refusing a map of `edges` ties between `nodes` actors whose estimate
    /// exceeds `budget`, with what to do instead; nil when it fits.
    public static func refusal(nodes: Int, edges: Int, format: RenderFormat, budget: MemoryBudget) -> LocalizedText? {
        let bytes = estimate(nodes: nodes, edges: edges, format: format)
        guard bytes > budget.bytes else { return nil }
        let need = MemoryBudget.format(bytes), allowed = MemoryBudget.format(budget.bytes)
        let ties = LocalizedText.integer(edges)
        return LocalizedText(
            fr: "cette carte tracerait \(ties.fr) liens entre \(LocalizedText.integer(nodes).fr) acteurs : environ \(need) de mémoire pour la dessiner, au-delà du budget de \(allowed). Une carte plus lisible : --backbone 0.05 (les liens qui comptent), --view clusters (un nœud par groupe), --ego ACTEUR ou --cluster N (un voisinage) ; ou --memory-budget pour l'autoriser quand même",
            en: "this map would draw \(ties.en) ties between \(nodes) actors: about \(need) of memory to draw it, above the budget of \(allowed). A more readable map: --backbone 0.05 (the ties that matter), --view clusters (one node per cluster), --ego ACTOR or --cluster N (a neighbourhood); or --memory-budget to allow it anyway")
    }
}
