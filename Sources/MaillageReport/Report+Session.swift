import MaillageAnalysis
import MaillageModel
import MaillageRender
import MaillageSupport

extension Report {
    /// The whole report of an analysis session, map included: what `maillage report`
    /// writes, available to a Swift user as one call.
    ///
    /// The map follows ``ReportMap/Scale``: for a small network, the session's actor map
    /// (`MapBuilder`) drawn by Graphviz — when it cannot be drawn the report is made
    /// without it and ``mapProblem`` says why; for a larger one, a canvas map from the
    /// session's `AnalysisSession.layout`.
    /// - Parameters:
    ///   - session: the analysis; its settings give the projection, level, communities and seed.
    ///   - language: the language of the page.
    ///   - topHubs: how many facilitator hubs to list.
    ///   - extraParameters: parameters shown in the provenance besides the session's (e.g. `redact`).
    ///   - evolution: two dates or two datasets compared, for the « Évolution » section (``ReportEvolution``); nil for none.
    ///   - sizeBy: what sizes the actors on the map: the number of partners, or the headcount (`ActorSize.employees`).
    /// - Complexity: the session's computations, the layout of the map, then linear in the
    ///   size of the dataset and of the map.
    public init(session: AnalysisSession, language: Language = .fr, topHubs: Int = 10,
                extraParameters: [(key: String, value: String)] = [], evolution: ReportEvolution? = nil,
                sizeBy: ActorSize = .measure(ActorMeasure.all[0])) {
        let analysis = ReportAnalysis(session: session, topHubs: topHubs)
        var map: ReportMap?
        var problem: String?
        if analysis.mapScale == .labelled {
            let built = MapBuilder(session: session, request: MapRequest(sizeBy: sizeBy.key, language: language)).map()
            do {
                map = try ReportMap(document: built.document, layout: built.layout)
            } catch {
                problem = String(describing: error)
            }
        } else {
            map = ReportMap(positions: session.layout)
        }
        let s = session.settings
        var provenance = ReportProvenance(
            maillageVersion: MaillageVersion.current,
            datasetFolder: session.origin?.name ?? session.fullDataset.name,
            fingerprint: session.origin?.fingerprint ?? "",
            scope: session.scopeDescription(in: language),
            parameters: [
                ("projection", s.projection.rawValue), ("level", session.level.rawValue), ("method", s.communities.method.rawValue),
                ("seed", String(s.communities.seed)), ("resolution", Self.exact(s.communities.resolution)), ("top", String(topHubs)),
            ] + (s.communities.iterations.map { [("iterations", String($0))] } ?? []) + extraParameters)
        var notes: [String] = []
        if let origin = session.origin {
            if origin.actorsLocatedByCode > 0 {
                let n = origin.actorsLocatedByCode
                notes.append(language.pick(
                    "Départements et régions tirés des codes postaux (ou codes INSEE) : \(language.count(n, "acteur situé", "acteurs situés")) ainsi, le jeu de données n'ayant pas de table des territoires ; un code postal donne le département de son bureau distributeur, celui de la commune sauf pour quelques communes proches d'une limite.",
                    "Départements and régions taken from postal codes (or INSEE codes): \(language.count(n, "actor", "actors")) located so, the dataset having no territories table; a postal code gives the département of its distribution office, the commune's except for a few communes near a border."))
            }
            if !origin.aliases.isEmpty {
                let n = origin.aliases.count
                notes.append(language.pick(
                    "Table des alias : \(language.count(n, "nom lu", "noms lus")) comme un autre (\(origin.aliases.prefix(3).map { "« \($0.alias) » → « \($0.id) »" }.joined(separator: ", "))\(n > 3 ? ", …" : "")).",
                    "Aliases table: \(language.count(n, "name", "names")) read as another (\(origin.aliases.prefix(3).map { "\"\($0.alias)\" → \"\($0.id)\"" }.joined(separator: ", "))\(n > 3 ? ", …" : ""))."))
            }
        }
        provenance.readingNotes = notes
        provenance.readingWarnings = session.origin?.readingWarnings.map { language.text($0) } ?? []
        self.init(analysis: analysis, map: map, provenance: provenance, language: language)
        mapProblem = problem
        self.evolution = evolution
        self.sizeBy = sizeBy
    }

    /// A number as CSV writes it: a whole number without decimals, else full precision.
    private static func exact(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
