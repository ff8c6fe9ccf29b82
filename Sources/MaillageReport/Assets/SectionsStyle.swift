extension ReportAssets {
    /// The styles of the « Évolution » and « Pistes de coopération » sections and of the
    /// significance figures beside the territories (kept apart from the page's main stylesheet).
    static let sectionsStyle: StaticString = #"""
.evolution-maps { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin: .6rem 0; }
.evolution-map { margin: 0; border: 1px solid var(--line, #d5dee0); border-radius: 8px; padding: .4rem; background: #fff; }
.evolution-map svg { display: block; width: 100%; height: auto; }
.evolution-map figcaption { text-align: center; font-weight: 700; color: var(--accent-dark, #074d4a); }
.evolution-legend { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .9rem; }
.evolution-legend li { display: inline-flex; align-items: center; gap: .35rem; }
.evolution-names { margin: 0 0 .5rem; padding: 0; list-style: none; }
.evolution-names li { display: inline; }
.evolution-names li:not(:last-child)::after { content: ", "; }
.evolution-clusters li { margin-bottom: .2rem; }
.significance { color: var(--muted, #56636b); font-size: .82rem; white-space: nowrap; }
.significance.strong { color: var(--hot, #c2410c); font-weight: 600; }
.leads { margin: .3rem 0 .8rem; padding-left: 1.2rem; }
.leads li { margin-bottom: .45rem; }
.leads .pair { font-weight: 600; }
.leads .why { display: block; color: var(--muted, #56636b); font-size: .9rem; }
details.territory-leads { margin: .3rem 0; }
details.territory-leads summary { cursor: pointer; font-weight: 600; }
@media print { .evolution-maps { grid-template-columns: 1fr 1fr; } details.territory-leads { break-inside: avoid; } }
"""#
}
