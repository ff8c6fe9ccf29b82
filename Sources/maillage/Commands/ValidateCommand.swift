import MaillageSupport
import ArgumentParser
import Foundation
import MaillageDataset
import MaillageGraph
import MaillageModel

/// `maillage validate [DATASET]`: checks a dataset and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: helpText(
            "Vérifie un jeu de données : chaque problème est listé en fichier:ligne:colonne.",
            "Checks a dataset: every problem is listed as file:line:column."),
        discussion: helpText(
            "Code de sortie 1 quand une erreur est trouvée, 0 sinon (les avertissements sont affichés mais ne font pas échouer). "
                + "Les messages sont dans la langue de --lang ; le tableau garde la forme fichier:ligne:colonne: gravité: message "
                + "(erreur/avertissement en français, error/warning en anglais), et CSV et JSON gardent la gravité en error ou warning.",
            "Exit status 1 when any error is found, 0 otherwise (warnings are printed but do not fail). "
                + "Messages are in the language of --lang; the table keeps the layout file:line:column: severity: message "
                + "(erreur/avertissement in French, error/warning in English), and CSV and JSON keep the severity as error or warning."))

    @OptionGroup var source: DatasetOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var lang: LanguageOption

    @Option(name: .customLong("aliases-draft"), help: .localized(
        "Écrire chaque paire d'acteurs qui sont sans doute un seul (noms à une lettre près, un sigle) en table d'alias à relire : supprimer les lignes qui sont deux acteurs, enregistrer le reste en aliases.csv.",
        "Write every pair of actors that are likely one (names a letter apart, an acronym) as an aliases table to review: delete the rows that are two actors, save the rest as aliases.csv.",
        valueName: "FILE"))
    var aliasesDraft: String?

    /// Refuses, before loading, outputs that cannot be written or name one file twice.
    func validate() throws {
        try AtomicFile.check([output.output, aliasesDraft])
    }

    /// "3 erreurs, 1 avertissement" / "3 errors, 1 warning" (French keeps 0 singular).
    static func counts(errors: Int, warnings: Int, language l: Language) -> String {
        l.count(errors, l.pick("erreur", "error"), l.pick("erreurs", "errors")) + ", "
            + l.count(warnings, l.pick("avertissement", "warning"), l.pick("avertissements", "warnings"))
    }

    func run() throws {
        let l = lang.language
        let folder = try source.folder()
        var result = DatasetLoader.load(folder: folder, options: LoadOptions(encoding: source.encoding, ignoresAliases: source.noAliases, keepsCapitals: source.keepCapitals))
        if let dataset = result.dataset, let warning = ProjectionLimits().estimate(dataset).warningText {  // issue 19, item 3
            result.diagnostics.append(.warning(warning, file: "memberships.csv"))
        }
        let errors = result.errorCount, warnings = result.warningCount
        if let aliasesDraft {
            try AtomicFile.write(Data(AliasesDraft.csv(result.likelyDuplicates)), toPath: aliasesDraft)
        }
        switch output.format {
        case .table:
            var lines = result.diagnostics.map { prefixed($0, folder: folder, language: l) }
            let pairs = result.likelyDuplicates.count
            if let aliasesDraft {
                lines.append(l.pick(
                    "\(l.count(pairs, "paire", "paires")) d'acteurs probablement identiques \(pairs == 1 ? "écrite" : "écrites") dans \(aliasesDraft) : supprimez les lignes qui sont deux acteurs, enregistrez le reste sous aliases.csv",
                    "\(l.count(pairs, "pair", "pairs")) of likely identical actors written to \(aliasesDraft): delete the rows that are two actors, save the rest as aliases.csv"))
            } else if pairs > 20 {
                lines.append(l.pick(
                    "\(l.integer(pairs)) paires d'acteurs probablement identiques : --aliases-draft FICHIER.csv les écrit toutes en table des alias à relire",
                    "\(l.integer(pairs)) pairs of likely identical actors: --aliases-draft FILE.csv writes them all as an aliases table to review"))
            }
            if let dataset = result.dataset {
                let (a, c, m, t) = (dataset.actors.count, dataset.cooperations.count, dataset.memberships.count, dataset.territories.count)
                lines.append("\(folder.relativePathFromCurrentDirectory): " + l.pick(
                    [(a, "acteur"), (c, "coopération"), (m, "participation"), (t, "territoire")]
                        .map { "\(l.integer($0.0)) \($0.1)\($0.0 > 1 ? "s" : "")" }.joined(separator: ", "),
                    "\(l.integer(a)) actors, \(l.integer(c)) cooperations, \(l.integer(m)) memberships, \(l.integer(t)) territories"))
            }
            lines.append(Self.counts(errors: errors, warnings: warnings, language: l))
            try output.write(lines.joined(separator: "\n"))
        case .csv, .xlsx, .ods:
            var csv = CSVText(["file", "line", "column", "severity", "message"])
            for d in result.diagnostics {
                csv.append([d.file, String(d.line), String(d.column), d.severity.rawValue, d.message(in: l)])
            }
            try output.write(csv, sheet: l.pick("Vérification", "Validation"), language: l)
        case .json:
            let diagnostics: [JSONValue] = result.diagnostics.map { d in
                .object([("file", .string(d.file)), ("line", .int(d.line)), ("column", .int(d.column)),
                         ("severity", .string(d.severity.rawValue)), ("message", .string(d.message(in: l)))])
            }
            let json: JSONValue = .object([
                ("meta", .object([
                    ("maillage", .string(MaillageVersion.current)), ("command", "validate"),
                    ("dataset", .object([("path", .string(folder.standardizedFileURL.path)), ("sha256", .string(result.fingerprint))])),
                ])),
                ("valid", .bool(errors == 0)), ("errors", .int(errors)), ("warnings", .int(warnings)),
                ("diagnostics", .array(diagnostics)),
            ])
            try output.write(json.rendered())
        }
        if errors > 0 { throw ExitCode(1) }
    }
}
