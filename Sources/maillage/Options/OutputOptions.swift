import ArgumentParser
import Foundation

/// How a command's result is printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// `xlsx`: the CSV table as a one-sheet Excel workbook (``SpreadsheetTable``), to a file.
    case table, csv, json, xlsx
}

/// Where and how a command writes its result: `--format` and `-o`.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table (default), csv, json, or xlsx (the csv table as an Excel workbook, numbers as numbers; needs -o).")
    var format: OutputFormat = .table

    @Option(name: [.short, .customLong("output")], help: "Write to FILE instead of standard output (written whole or not at all; - for standard output).")
    var output: String?

    /// Refuses an output path that cannot be written, before any computation.
    func validate() throws {
        if format == .xlsx, output == nil || output == "-" {
            throw UsageError.make("--format xlsx écrit un classeur : donnez-lui un fichier, -o tableau.xlsx",
                                  "--format xlsx writes a workbook: give it a file, -o table.xlsx")
        }
        try AtomicFile.check([output])
    }

    /// Writes a command's table: as CSV text, or (``OutputFormat/xlsx``) as a one-sheet
    /// workbook whose sheet is named `sheet`.
    func write(_ csv: CSVText, sheet: String) throws {
        guard format == .xlsx, let output else {
            try write(csv.rendered())
            return
        }
        try AtomicFile.write(Data(try SpreadsheetTable.xlsx(csv, sheet: sheet)), toPath: output)
    }

    /// Writes `text` to the output file (atomically) or to standard output.
    func write(_ text: String) throws {
        var text = text
        if !text.hasSuffix("\n") { text += "\n" }
        if let output {
            try AtomicFile.write(Data(text.utf8), toPath: output)
        } else {
            try AtomicFile.writeToStandardOutput(Data(text.utf8))
        }
    }
}
