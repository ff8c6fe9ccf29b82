import Foundation
import Testing

/// Progress on stderr: shown on a terminal for steps over a second, never otherwise.
@Suite(.serialized) struct ProgressCommandTests {
    /// A synthetic dataset big enough for exact betweenness to take a few seconds.
    private func syntheticDataset() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-progress-\(UUID().uuidString)")
        let result = try runMaillage(["synth", "--actors", "4000", "--seed", "2", "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        return folder
    }

    @Test func progressOnATerminalOnly() throws {
        let folder = try syntheticDataset()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["centrality", folder.path, "--measure", "betweenness", "--betweenness", "exact", "--format", "csv",
                         "-o", folder.appendingPathComponent("b.csv").path]
        // Piped: silent.
        let piped = try runMaillage(arguments)
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("calcul des mesures"))
        // On a pseudo-terminal (util-linux `script`): the step, how far, and when it ended.
        let script = URL(fileURLWithPath: "/usr/bin/script")
        try #require(FileManager.default.isExecutableFile(atPath: script.path), "util-linux script is needed for a pseudo-terminal")
        let command = ([maillageExecutable().path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = script
        process.arguments = ["-q", "-c", command, "/dev/null"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("calcul des mesures : terminé en"), "\(text.suffix(300))")
        #expect(text.contains("%"))
        // --quiet silences it.
        let quiet = Process()
        quiet.executableURL = script
        quiet.arguments = ["-q", "-c", command + " --quiet", "/dev/null"]
        let quietOut = Pipe()
        quiet.standardOutput = quietOut
        quiet.standardError = quietOut
        try quiet.run()
        let quietText = String(decoding: quietOut.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        quiet.waitUntilExit()
        #expect(!quietText.contains("calcul des mesures"))
    }
}
