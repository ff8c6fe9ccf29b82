import ArgumentParser
import Foundation
import MaillageDataset
import MaillageAnalysis
import MaillageModel

extension TextEncoding: ExpressibleByArgument {}

extension PartialDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Which dataset to read: the `DATASET` argument shared by every analysis command.
struct DatasetOptions: ParsableArguments {
    @Argument(help: .localized(
        "Un dossier de jeu de données (memberships.csv, actors.csv, … ou classeurs), un classeur (.xlsx, .ods, .xls), un fichier CSV de participations ou un fichier de graphe (Gephi .gexf, .graphml, Pajek .net). Par défaut : le jeu de données du Pas-de-Calais fourni avec Maillage.",
        "A dataset folder (memberships.csv, actors.csv, … or workbooks), a workbook (.xlsx, .ods, .xls), a CSV file of memberships or a graph file (Gephi .gexf, .graphml, Pajek .net). Default: the bundled Pas-de-Calais dataset."))
    var dataset: String?

    @Option(help: DatasetOptions.encodingHelp)
    var encoding: TextEncoding = .auto

    /// The help of `--encoding`, shared with `compare`, which reads two datasets as every
    /// other command reads one (so are ``redactHelp`` and ``quietHelp``).
    static var encodingHelp: ArgumentHelp {
        .localized(
            "Encodage des fichiers CSV : auto (par défaut : UTF-16 avec indicateur d'ordre des octets, UTF-8, sinon Windows-1252 ou Mac Roman avec un avertissement), utf-8, cp1252 ou macroman.",
            "Encoding of the CSV files: auto (default: UTF-16 with a byte-order mark, UTF-8, else Windows-1252 or Mac Roman with a warning), utf-8, cp1252 or macroman.")
    }

    /// The help of `--redact`.
    static var redactHelp: ArgumentHelp {
        .localized(
            "Pour publier : retirer les sites web, adresses électroniques et numéros de téléphone de toutes les sorties.",
            "For publication: remove websites, e-mail addresses and phone numbers from every output.")
    }

    /// The help of `--quiet`.
    static var quietHelp: ArgumentHelp {
        .localized("Ni avertissements ni progression sur la sortie d'erreur standard.", "No warnings and no progress on standard error.")
    }

    @Flag(name: .customLong("no-aliases"), help: .localized(
        "Ignorer la table des alias du jeu de données : chaque acteur ou coopération reste l'identifiant sous lequel il est écrit (pour voir ce que ses fusions changent).",
        "Ignore the dataset's aliases table: every actor or cooperation stays the id it is written as (to see what its merges change)."))
    var noAliases = false

    @Flag(help: DatasetOptions.redactHelp)
    var redact = false

    @Flag(name: .customLong("keep-capitals"), help: DatasetOptions.keepCapitalsHelp)
    var keepCapitals = false

    /// The help of `--keep-capitals`.
    static var keepCapitalsHelp: ArgumentHelp {
        .localized(
            "Garder tels quels les noms écrits en capitales (« COMMUNAUTE EMMAUS D ARRAS », comme SIRENE les donne) au lieu de les afficher en minuscules accentuées (« Communauté Emmaüs d'Arras »).",
            "Keep names written in capitals (\"COMMUNAUTE EMMAUS D ARRAS\", as SIRENE gives them) as written instead of showing them in the usual case (\"Communauté Emmaüs d'Arras\").")
    }

    @Flag(help: DatasetOptions.quietHelp)
    var quiet = false

    // Issue 16: the network as it stood at a date.
    @Option(help: .localized(
        "Analyser le réseau tel qu'il était à la date DATE (AAAA, AAAA-MM ou AAAA-MM-JJ ; une année ou un mois vaut son dernier jour) : les acteurs, coopérations et participations existant à cette date. Les lignes sans date comptent comme présentes à toute date.",
        "Analyse the network as it stood at DATE (YYYY, YYYY-MM or YYYY-MM-DD; a year or month means its last day): actors, cooperations and memberships alive then. Undated rows count as present throughout.",
        valueName: "DATE"))
    var at: PartialDate?

    /// Progress on stderr for long steps (nothing when quiet or not on a terminal).
    func progressDisplay() -> ProgressDisplay { ProgressDisplay(quiet: quiet) }

    /// The dataset folder to read.
    func folder() throws -> URL {
        if let dataset { return URL(fileURLWithPath: dataset) }
        return try BundledDataset.locate()
    }

    /// Loads the dataset; on any error prints every diagnostic and fails.
    /// Warnings are printed on stderr unless `quiet`.
    /// Diagnostics and the failure are in the language the command line asks for
    /// (``Language/ofCommandLine``).
    func load(quiet: Bool = false) throws -> LoadedDataset {
        try Self.load(folder: folder(), encoding: encoding, noAliases: noAliases, keepCapitals: keepCapitals, redact: redact, quiet: quiet || self.quiet)
    }

    /// Loads the dataset at `folder` as ``load(quiet:)`` does, for a command that names
    /// its dataset otherwise (`template --from`).
    static func load(folder: URL, encoding: TextEncoding, noAliases: Bool = false, keepCapitals: Bool = false, redact: Bool = false,
                     quiet: Bool) throws -> LoadedDataset {
        let l = Language.ofCommandLine
        let result = DatasetLoader.load(folder: folder, options: LoadOptions(encoding: encoding, ignoresAliases: noAliases, keepsCapitals: keepCapitals))
        guard var dataset = result.dataset else {
            for diagnostic in result.diagnostics { printError(prefixed(diagnostic, folder: folder, language: l)) }
            let n = result.errorCount
            throw CommandFailure(l.pick(
                "le jeu de données a \(n) erreur\(n > 1 ? "s" : "") ; lancez `maillage validate` pour la liste",
                "the dataset has \(l.count(n, "error", "errors")); run `maillage validate` for the list"))
        }
        if redact { dataset = dataset.redacted() }
        if !quiet {
            for diagnostic in result.warnings { printError(prefixed(diagnostic, folder: folder, language: l)) }
        }
        return LoadedDataset(folder: folder, dataset: dataset, fingerprint: result.fingerprint, diagnostics: result.diagnostics, redacted: redact, aliases: result.aliases,
                             actorsLocatedByCode: result.actorsLocatedByCode)
    }
}

extension DatasetOptions {
    /// Loads the dataset and opens an analysis session on it, restricted to `graph`'s
    /// scope, with `settings` (whose projection is taken from `graph`).
    func session(graph: GraphOptions, settings: AnalysisSettings = AnalysisSettings(), quiet: Bool = false) throws -> AnalysisSession {
        let loaded = try load(quiet: quiet)
        var settings = settings
        settings.projection = graph.projection
        settings.projectionLimits = graph.limits
        // The warnings as the loader words them, each file named inside the dataset (no local path).
        let warnings = loaded.diagnostics.filter { $0.severity == .warning }.map { LocalizedText(fr: $0.description(in: .fr), en: $0.description(in: .en)) }
        let origin = DatasetOrigin(path: loaded.folder.standardizedFileURL.path, fingerprint: loaded.fingerprint, redacted: loaded.redacted,
                                   asOf: at, aliases: loaded.aliases, actorsLocatedByCode: loaded.actorsLocatedByCode, readingWarnings: warnings)
        let dataset = at.map { loaded.dataset.asOf($0) } ?? loaded.dataset  // --at (issue 16)
        if let at, !loaded.dataset.isDated, !quiet, !self.quiet {
            // Every row counts as present throughout: the network is the same at any date.
            printError(prefixed(.warning(LocalizedText(
                fr: "--at \(at) ne retire rien : le jeu de données ne donne aucune date (colonnes since/until, started/ended, founded/closed), ses lignes comptent comme présentes à toute date",
                en: "--at \(at) leaves everything in: the dataset gives no date (columns since/until, started/ended, founded/closed), so its rows count as present at any date"),
                file: loaded.folder.lastPathComponent), folder: loaded.folder.deletingLastPathComponent(), language: Language.ofCommandLine))
        }
        do {
            return try AnalysisSession(dataset: dataset, scope: graph.scope, settings: settings, origin: origin)
        } catch {
            switch error {
            case .unknownTerritory(let territory):
                throw CommandFailure("territoire inconnu « \(territory) » pour --territory ; les identifiants connus sont listés par `maillage summary --format csv`", "unknown territory \"\(territory)\" for --territory; known ids are listed by `maillage summary --format csv`")
            case .projectionTooLarge(let problem):
                throw CommandFailure(problem.text)
            }
        }
    }
}

/// A diagnostic with its file given relative to where the user stands, in `language`.
func prefixed(_ diagnostic: Diagnostic, folder: URL, language: Language) -> String {
    var d = diagnostic
    var isDirectory: ObjCBool = true
    let base = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && !isDirectory.boolValue
        ? folder.deletingLastPathComponent() : folder
    if !d.file.hasPrefix("/") { d.file = base.appendingPathComponent(d.file).relativePathFromCurrentDirectory }
    return d.description(in: language)
}

/// A dataset loaded for a command, with what `meta` needs to trace it.
struct LoadedDataset {
    var folder: URL
    var dataset: Dataset
    var fingerprint: String
    var diagnostics: [Diagnostic]
    /// Websites and contact details were removed (`--redact`).
    var redacted = false
    /// The dataset's aliases table (identity choices), recorded in `meta`.
    var aliases: [DatasetAlias] = []
    /// Actors located in their département by their postal code (``DatasetLoadResult/actorsLocatedByCode``).
    var actorsLocatedByCode = 0
}

extension URL {
    /// This file's path relative to the current directory when below it, else absolute.
    var relativePathFromCurrentDirectory: String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = standardizedFileURL.path
        if path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }
}
