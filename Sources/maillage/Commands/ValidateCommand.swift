import MaillageSupport
import ArgumentParser
import Foundation
import MaillageDataset
import MaillageGraph

/// `maillage validate [DATASET]`: checks a dataset and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Vérifie un jeu de données : chaque problème est listé en fichier:ligne:colonne.",
        discussion: "Exit status 1 when any error is found, 0 otherwise (warnings are printed but do not fail).")

    @OptionGroup var source: DatasetOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let folder = try source.folder()
        var result = DatasetLoader.load(folder: folder, options: LoadOptions(encoding: source.encoding, ignoresAliases: source.noAliases))
        if let dataset = result.dataset, let warning = ProjectionLimits().estimate(dataset).warning {  // issue 19, item 3
            result.diagnostics.append(.warning(warning, file: "memberships.csv"))
        }
        let errors = result.errors.count, warnings = result.warnings.count
        switch output.format {
        case .table:
            var lines = result.diagnostics.map { prefixed($0, folder: folder) }
            if let dataset = result.dataset {
                lines.append("\(folder.relativePathFromCurrentDirectory): \(dataset.actors.count) actors, \(dataset.cooperations.count) cooperations, \(dataset.memberships.count) memberships, \(dataset.territories.count) territories")
            }
            lines.append("\(errors) error(s), \(warnings) warning(s)")
            try output.write(lines.joined(separator: "\n"))
        case .csv:
            var csv = CSVText(["file", "line", "column", "severity", "message"])
            for d in result.diagnostics {
                csv.append([d.file, String(d.line), String(d.column), d.severity.rawValue, d.message])
            }
            try output.write(csv.rendered())
        case .json:
            let diagnostics: [JSONValue] = result.diagnostics.map { d in
                .object([("file", .string(d.file)), ("line", .int(d.line)), ("column", .int(d.column)),
                         ("severity", .string(d.severity.rawValue)), ("message", .string(d.message))])
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
