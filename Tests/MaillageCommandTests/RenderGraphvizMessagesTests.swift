import Foundation
import Testing

/// Issue 19, items 7 and 13, end to end through `maillage render`: every Graphviz
/// message is a warning the user sees or a failure; maps are byte-reproducible.
@Suite struct RenderGraphvizMessagesTests {
    static let bundled = repositoryRoot.appendingPathComponent("Datasets/pas-de-calais-2015").path

    static func output(_ ext: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("maillage-gv-\(UUID().uuidString).\(ext)")
    }

    /// A chain of `n` actors (`c_k` ties `a_k` and `a_{k+1}`).
    static func chain(_ n: Int) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-chain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let rows = (0..<n).map { "c\($0),a\($0)\nc\($0),a\($0 + 1)\n" }.joined()
        try Data(("cooperation,actor\n" + rows).utf8).write(to: dir.appendingPathComponent("memberships.csv"))
        return dir
    }

    /// A long chain drawn by `dot` is 32,767 pixels too wide for a PNG: Graphviz's cairo
    /// plugin scales it down and says so on standard error (not through `agerr`).
    @Test func aGraphvizWarningIsShownNotSwallowed() throws {
        let dir = try Self.chain(400), png = Self.output("png")
        defer { try? FileManager.default.removeItem(at: dir); try? FileManager.default.removeItem(at: png) }
        let r = try runMaillageInEnglish(["render", dir.path, "--view", "actors", "--layout", "dot", "-o", png.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("warning: Graphviz: graph is too large for cairo-renderer bitmaps. Scaling by "), "\(r.stderr)")
        #expect(!r.stderr.contains("(null)"))
        #expect(FileManager.default.fileExists(atPath: png.path))
    }

    /// The bundled map draws without any Graphviz message (its legend's colour swatches
    /// used to be "too small for content").
    @Test(arguments: ["svg", "png", "pdf"])
    func theBundledMapDrawsWithoutWarnings(ext: String) throws {
        let file = Self.output(ext)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try runMaillage(["render", Self.bundled, "-o", file.path])
        #expect(r.status == 0)
        #expect(!r.stderr.contains("Graphviz"), "\(r.stderr)")
    }

    /// Graphviz without its plugins (an empty GVBINDIR) cannot lay out: exit 1, its
    /// message, and no file.
    @Test func aGraphvizFailureFailsTheCommandAndWritesNothing() throws {
        let plugins = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-gvbindir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
        let svg = Self.output("svg")
        defer { try? FileManager.default.removeItem(at: plugins) }
        var environment = ProcessInfo.processInfo.environment
        environment["GVBINDIR"] = plugins.path
        let r = try runMaillage(["render", Self.bundled, "-o", svg.path], environment: environment)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("Graphviz could not"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: svg.path))
    }

    /// SVG, PNG and DOT maps are byte-identical from one run to the next (PDF is not:
    /// see SECURITY.md, "PDF maps").
    @Test(arguments: ["svg", "png", "dot"])
    func mapsAreByteReproducible(ext: String) throws {
        var outputs: [Data] = []
        for _ in 0..<3 {
            let file = Self.output(ext)
            defer { try? FileManager.default.removeItem(at: file) }
            let r = try runMaillage(["render", Self.bundled, "-o", file.path])
            #expect(r.status == 0)
            outputs.append(try #require(FileManager.default.contents(atPath: file.path)))
        }
        #expect(outputs[0].count > 1000)
        #expect(outputs.allSatisfy { $0 == outputs[0] })
    }

    /// PDF: with SOURCE_DATE_EPOCH the creation date is that instant, in every run (the
    /// page stream itself may still differ: see SECURITY.md, "PDF maps").
    @Test func pdfCreationDateFollowsSourceDateEpoch() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = "1700000000"
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[key] = nil }
        let file = Self.output("pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try runMaillage(["render", Self.bundled, "-o", file.path], environment: environment)
        #expect(r.status == 0)
        let text = String(decoding: try #require(FileManager.default.contents(atPath: file.path)), as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20231114221320Z)"))
    }
}
