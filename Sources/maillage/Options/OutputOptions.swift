import ArgumentParser
import Foundation
import MaillageModel
import MaillageWorkbook

/// How a command's result is printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// `xlsx`, `ods`: the CSV table as a one-sheet workbook (``SpreadsheetTable``), to a file.
    case table, csv, json, xlsx, ods
}

/// Where and how a command writes its result: `--format` and `-o`.
struct OutputOptions: ParsableArguments {
    @Option(name: .customLong("format"),
            help: .localized(
                "Format de sortie : table, csv, json, ou xlsx / ods (le tableau csv en classeur Excel ou LibreOffice, les nombres en nombres ; demande -o). Par défaut : selon l'extension de -o (.csv, .json, .xlsx, .ods), sinon table.",
                "Output format: table, csv, json, or xlsx / ods (the csv table as an Excel or LibreOffice workbook, numbers as numbers; needs -o). Default: from the extension of -o (.csv, .json, .xlsx, .ods), else table."))
    var formatOption: OutputFormat?

    @Option(name: [.short, .customLong("output")], help: .localized(
        "Écrire dans FICHIER plutôt que sur la sortie standard (écrit en entier ou pas du tout ; - pour la sortie standard).",
        "Write to FILE instead of standard output (written whole or not at all; - for standard output)."))
    var output: String?

    /// The format asked for: `--format`, else the extension of `-o` (`tetes.xlsx` is a
    /// workbook, not a text table in a file Excel would refuse), else a table.
    var format: OutputFormat {
        if let formatOption { return formatOption }
        guard let output else { return .table }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "csv": return .csv
        case "json": return .json
        case "xlsx": return .xlsx
        case "ods": return .ods
        default: return .table
        }
    }

    /// Refuses an output path that cannot be written, before any computation.
    func validate() throws {
        if format == .xlsx || format == .ods, output == nil || output == "-" {
            throw UsageError.make("--format \(format.rawValue) écrit un classeur : donnez-lui un fichier, -o tableau.\(format.rawValue)",
                                  "--format \(format.rawValue) writes a workbook: give it a file, -o table.\(format.rawValue)")
        }
        try AtomicFile.check([output])
    }

    /// Writes a command's table: as CSV text, or (``OutputFormat/xlsx``,
    /// ``OutputFormat/ods``) as a one-sheet workbook whose sheet is named `sheet`.
    func write(_ csv: CSVText, sheet: String, language: Language) throws {
        let workbook: WorkbookFormat
        switch format {
        case .xlsx: workbook = .xlsx
        case .ods: workbook = .ods
        default:
            try write(csv.rendered())
            return
        }
        guard let output else { return }
        try AtomicFile.write(Data(try SpreadsheetTable.workbook(csv, sheet: sheet, format: workbook, language: language)), toPath: output)
    }

    /// Writes `text` to the output file (atomically) or to standard output.
    func write(_ text: String) throws {
        var text = text
        if !text.hasSuffix("\n") { text += "\n" }
        if let output {
            try AtomicFile.write(text.utf8, toPath: output)
        } else {
            try AtomicFile.writeToStandardOutput(text.utf8)
        }
    }
}
