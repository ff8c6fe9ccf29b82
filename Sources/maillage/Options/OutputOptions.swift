import ArgumentParser
import Foundation

/// How a command's result is printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, json
}

/// Where and how a command writes its result: `--format` and `-o`.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table (default), csv or json.")
    var format: OutputFormat = .table

    @Option(name: [.short, .customLong("output")], help: "Write to FILE instead of standard output (written whole or not at all; - for standard output).")
    var output: String?

    /// Refuses an output path that cannot be written, before any computation.
    func validate() throws {
        try AtomicFile.check([output])
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
