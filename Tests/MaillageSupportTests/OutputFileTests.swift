import Foundation
import Testing
@testable import MaillageSupport
import CTemporaryFiles

/// Issue 19, items 1, 4 and 9, at the library level: ``OutputFile``.
@Suite struct OutputFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func destinationsAreClassified() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try OutputFile.resolve("-") == .standardOutput)
        #expect(try OutputFile.resolve("/dev/stdout") == .standardOutput)
        #expect(try OutputFile.resolve("/dev/null") == .stream(path: "/dev/null"))
        let file = out.appendingPathComponent("a.txt").path
        #expect(try OutputFile.resolve(file) == .file(path: file))
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let link = out.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)
        // A link to a regular file leads to that file (replaced there, the link kept).
        #expect(try OutputFile.resolve(link) == .file(path: OutputFile.realPath(file) ?? file))
        let nullLink = out.appendingPathComponent("null").path
        try FileManager.default.createSymbolicLink(atPath: nullLink, withDestinationPath: "/dev/null")
        #expect(try OutputFile.resolve(nullLink) == .stream(path: nullLink))
        #expect(throws: OutputError.self) { try OutputFile.resolve(out.path) }
        #expect(throws: OutputError.self) { try OutputFile.resolve(out.appendingPathComponent("missing/x").path) }
    }

    @Test func theTemporaryFileIsUnpredictableExclusiveAndCleanedUp() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("r.json").path
        let first = try TemporaryFile.create(besides: target, reportedAs: target)
        let second = try TemporaryFile.create(besides: target, reportedAs: target)
        #expect(first.path != second.path)
        for temporary in [first, second] {
            let name = URL(fileURLWithPath: temporary.path).lastPathComponent
            #expect(name.hasPrefix(".r.json.") && name.hasSuffix(".tmp"))
            #expect(!name.contains(".\(getpid()).tmp"), "the pid is not the name")
            #expect(CleanupRegistry.pending.contains(temporary.path))
        }
        // What the SIGINT/SIGTERM handler and the exit handler run, limited to this
        // test's folder: tests run in parallel, and another test's temporary file in
        // its own folder must survive.
        (out.path + "/").withCString { CleanupRegistry.removeAll(under: $0) }
        #expect(!FileManager.default.fileExists(atPath: first.path) && !FileManager.default.fileExists(atPath: second.path))
        first.discard()
        second.discard()
        #expect(!CleanupRegistry.pending.contains(first.path))
    }

    /// The handlers of SIGINT, SIGTERM and SIGHUP are the C function of
    /// `CTemporaryFiles`, which allocates nothing. A handler written in Swift
    /// instantiated type metadata (and so called `malloc`) on its first run; a signal
    /// that arrived while the process was inside `malloc` aborted it with a corrupt
    /// heap and left the temporary file behind (about 1 run in 60 under load).
    @Test func theSignalHandlersAreAsyncSignalSafeC() {
        CleanupRegistry.installHandlers()
        let expected = unsafeBitCast(maillage_temporary_files_signal_handler as @convention(c) (Int32) -> Void, to: UnsafeRawPointer.self)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            var installed = sigaction()
            #expect(sigaction(signalNumber, nil, &installed) == 0)
            #if canImport(Glibc)
            let handler = installed.__sigaction_handler.sa_handler
            #else
            let handler = installed.__sigaction_u.__sa_handler
            #endif
            #expect(handler.map { unsafeBitCast($0, to: UnsafeRawPointer.self) } == expected, "signal \(signalNumber)")
        }
    }

    @Test func writesReplaceWholeAndFailuresLeaveNothing() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("r.txt").path
        try OutputFile.write(Array("one\n".utf8), to: target)
        try OutputFile.write(Array("two\n".utf8), to: target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "two\n")
        // /dev/full: the error is reported.
        #expect(throws: OutputError(path: "/dev/full", reason: "No space left on device (the disk is full)")) {
            try OutputFile.write(Array("x".utf8), to: "/dev/full")
        }
        // A prepared output: its temporary file exists until the write.
        let prepared = out.appendingPathComponent("p.txt").path
        try OutputFile.prepare(prepared)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".p.txt.") }.count == 1)
        try OutputFile.write(Array("p".utf8), to: prepared)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out.path)) == ["r.txt", "p.txt"])
        // Two outputs on one file.
        #expect(throws: OutputError.self) { try OutputFile.refuseSameDestination([target, out.path + "/./r.txt"]) }
        #expect(throws: OutputError.self) { try OutputFile.refuseSameDestination([out.path + "/new.csv", out.path + "/../" + out.lastPathComponent + "/new.csv"]) }
        try OutputFile.refuseSameDestination([target, prepared, "-"])
    }

    @Test func streamedOutputsArriveWholeInChunksAndFailuresAreReported() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("s.graphml").path
        try OutputFile.write(Array("old\n".utf8), to: target)
        // Small pieces across several chunks, a piece longer than a chunk, non-ASCII text.
        var expected = ""
        let long = String(repeating: "é", count: ChunkedOutput.chunkSize)   // 2 MiB of UTF-8
        try OutputFile.stream(to: target) { output in
            for i in 0..<150_000 {
                let line = "<node id=\"a\(i)\">coopération \(i)</node>\n"
                output.write(line)
                expected += line
                if i == 70_000 {
                    output.write(long)
                    expected += long
                }
            }
            #expect(output.byteCount == expected.utf8.count)
        }
        #expect(expected.utf8.count > 3 * ChunkedOutput.chunkSize)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == expected)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: out.path)) == ["s.graphml"])
        // A full disk: reported once, after the writer returns.
        #expect(throws: OutputError(path: "/dev/full", reason: "No space left on device (the disk is full)")) {
            try OutputFile.stream(to: "/dev/full") { output in
                for _ in 0..<3 { output.write(long) }
                #expect(output.failure != 0)
            }
        }
        // A path that cannot be written: refused before the writer runs.
        var ran = false
        #expect(throws: OutputError.self) { try OutputFile.stream(to: out.path) { _ in ran = true } }
        #expect(!ran)
    }

    /// A write refused by the system says why in French too, not in the C library's
    /// English (« impossible d'écrire /proc/x.csv : No such file or directory »).
    @Test func systemReasonsAreInFrench() throws {
        for code in [EACCES, EROFS, ENOSPC, ENOENT, ENOTDIR, EIO] {
            let error = OutputFile.failure("x.csv", code)
            #expect(!error.frenchReason.contains(String(cString: strerror(code))), "\(error.frenchReason)")
            #expect(error.reason.hasPrefix(String(cString: strerror(code))))
        }
        #expect(OutputFile.failure("x.csv", ENOENT).text.fr == "impossible d'écrire x.csv : fichier ou dossier introuvable")
        #expect(OutputFile.failure("x.csv", EROFS).text.fr
                == "impossible d'écrire x.csv : système de fichiers en lecture seule (le dossier n'est pas accessible en écriture : choisissez un autre chemin pour -o)")
        do {
            try OutputFile.write(Array("a".utf8), to: "/proc/maillage-test-\(UUID().uuidString).csv")
            Issue.record("/proc takes no new file")
        } catch {
            #expect(!error.text.fr.contains("No such file") && !error.text.fr.contains("Permission denied"), "\(error.text.fr)")
        }
    }

    @Test func aDatasetFolderIsNeverWrittenInto() throws {
        let out = try Self.folder()
        defer { try? FileManager.default.removeItem(at: out) }
        try Data("cooperation,actor\n".utf8).write(to: out.appendingPathComponent("memberships.csv"))
        let error = #expect(throws: OutputError.self) { try OutputFile.resolve(out.appendingPathComponent("actors.csv").path) }
        #expect(error?.description.hasPrefix("refusing to write") == true)
        // …unless writing a dataset (synth), which replaces links instead of following them.
        let link = out.appendingPathComponent("actors.csv").path
        let victim = out.appendingPathComponent("victim.txt")
        try Data("keep".utf8).write(to: victim)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim.path)
        try OutputFile.write(Array("id\n".utf8), to: link, datasetFile: true)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
        #expect(try String(contentsOfFile: link, encoding: .utf8) == "id\n")
    }
}

/// Issue 19, item 15: the one CSV quoter and its formula guard.
@Suite struct CSVQuotingTests {
    @Test(arguments: [
        ("=1+1", "'=1+1"), ("+33 6 12", "'+33 6 12"), ("@SUM(A1)", "'@SUM(A1)"), ("-inf", "'-inf"), ("-nan", "'-nan"),
        ("+infinity", "'+infinity"), ("＝HYPERLINK(\"x\")", "\"'＝HYPERLINK(\"\"x\"\")\""), ("\r=cmd", "\"'\r=cmd\""),
        ("\t=x", "\"'\t=x\""), ("  =x", "\"'  =x\""), ("－1", "'－1"), ("＠x", "'＠x"), ("＋x", "'＋x"),
        ("-3", "-3"), ("-2.5e-3", "-2.5e-3"), ("+1.5", "+1.5"), ("Coop", "Coop"), ("a;b", "\"a;b\""), ("", ""),
        ("a \"b\"", "\"a \"\"b\"\"\""), ("- tiret", "'- tiret"),
    ])
    func formulaGuard(_ input: String, _ expected: String) {
        #expect(CSVQuoting.cell(input) == expected)
        var bytes: [UInt8] = []
        CSVQuoting.append(input, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test func datasetFilesAreNotGuarded() {
        #expect(CSVQuoting.cell("=x", guardFormula: false) == "=x")
        #expect(CSVQuoting.cell(" x", guardFormula: false) == "\" x\"")
    }
}

/// The memory budget's syntax.
@Suite struct MemoryBudgetTests {
    @Test func parsing() {
        #expect(MemoryBudget(parsing: "4G")?.bytes == 4 << 30)
        #expect(MemoryBudget(parsing: "512MiB")?.bytes == 512 << 20)
        #expect(MemoryBudget(parsing: "1.5GB")?.bytes == 3 << 29)
        #expect(MemoryBudget(parsing: "1000")?.bytes == 1000)
        #expect(MemoryBudget(parsing: "lots") == nil)
        #expect(MemoryBudget(parsing: "-1G") == nil)
        #expect(MemoryBudget(parsing: "1e30T") == nil)
        #expect(MemoryBudget.standard.description == "4 GiB")
        #expect(MemoryBudget.format(11_600_000_000) == "10.8 GiB")
    }
}
