import ArgumentParser
import MaillageAnalysis
import MaillageModel
import MaillageReport

/// `--from` and `--to`: the two dates of a dated dataset's « Évolution » (the report's
/// section, the results workbook's sheet), and the rule that gives them by default.
struct EvolutionDateOptions: ParsableArguments {
    @Option(help: .localized(
        "Pour un jeu de données daté : la date la plus ancienne de l'Évolution (par défaut : la première année où une date de fin est enregistrée, sinon la première année donnée).",
        "For a dated dataset: the earlier date of the Évolution (default: the first year an end date is recorded, else the first year given).", valueName: "DATE"))
    var from: PartialDate?

    @Option(help: .localized(
        "Pour un jeu de données daté : la date la plus récente de l'Évolution (par défaut : --at, sinon la dernière année que donne le jeu de données).",
        "For a dated dataset: the later date of the Évolution (default: --at, else the last year the dataset gives).", valueName: "DATE"))
    var to: PartialDate?

    /// Whether either date is given.
    var given: Bool { from != nil || to != nil }

    func validate() throws {
        if let from, let to, !(from < to) {
            throw UsageError.make("--from doit venir avant --to (reçu \(from) et \(to))", "--from must come before --to (got \(from) and \(to))")
        }
    }

    /// The « Évolution » of a dated dataset between the two dates: `--from` and `--to`, by
    /// default from the first year an end is recorded (else the first year given) to `--at`
    /// or the last year given; nil for an undated dataset, or a single year when no date is given.
    /// - Parameters:
    ///   - session: the analysis of the dataset (at `--at`, when given), the later side when it can be.
    ///   - source: the dataset options, to read the whole dataset again when `--at` cut it.
    ///   - settings: the analysis settings of both sides (communities; the level is `session`'s).
    ///   - top: how many hubs each side lists.
    /// - Throws: ``CommandFailure`` when a date is given for an undated dataset, or the dates do not make a period.
    func evolution(of session: AnalysisSession, source: DatasetOptions, communities: CommunitySettings, top: Int) throws -> ReportEvolution? {
        // A dated dataset: the whole of it, not only the rows alive at --at.
        let dataset = source.at == nil ? session.fullDataset : try source.load(quiet: true).dataset
        guard dataset.isDated else {
            if given {
                throw CommandFailure("le jeu de données ne donne aucune date : --from et --to demandent des lignes datées (colonnes since/until, started/ended, founded/closed)", "the dataset gives no date: --from and --to need dated rows (columns since/until, started/ended, founded/closed)")
            }
            return nil
        }
        let defaults = ReportEvolution.defaultDates(of: dataset)
        if !given && source.at == nil && defaults == nil { return nil }  // one year only
        let first = dataset.dates.first.flatMap { PartialDate(year: $0.year) }, last = dataset.dates.last.flatMap { PartialDate(year: $0.year) }
        guard let start = from ?? defaults?.0 ?? first, let end = to ?? source.at ?? defaults?.1 ?? last else { return nil }
        if !given && !(start < end) { return nil }  // --at alone, at or before the first date
        guard start < end else {
            throw CommandFailure("l'Évolution demande une date antérieure et une date postérieure : reçu \(start) et \(end) (donnez --from et --to)", "the Évolution needs an earlier and a later date: got \(start) and \(end) (give --from and --to)")
        }
        // The session's own settings (its projection, its `--max-cooperation-size`), so that both
        // dates are analysed as the rest of the output is.
        var settings = session.settings
        settings.level = session.level
        settings.communities = communities
        do {
            return try ReportEvolution.dated(dataset, from: start, to: end, scope: session.scope,
                                             settings: settings,
                                             origin: session.origin, top: top, current: session)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
