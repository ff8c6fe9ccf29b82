import Foundation
import MaillageModel
import MaillageSynthesis
import Testing
@testable import MaillageDataset

@Suite("Dataset writer")
struct DatasetWriterTests {
    /// A fresh folder under the temporary directory whose last component is `name`.
    static func scratchFolder(_ name: String) throws -> URL {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        return parent.appendingPathComponent(name)
    }

    static func expectSame(_ a: Dataset, _ b: Dataset) {
        #expect(a.name == b.name)
        #expect(a.actors == b.actors)
        #expect(a.cooperations == b.cooperations)
        #expect(a.memberships == b.memberships)
        #expect(a.territories == b.territories)
        #expect(a.provenance == b.provenance)
    }

    /// Every awkward value the format has to carry: delimiters, quotes, line breaks,
    /// accents, a leading quote, unknown kinds and forms, declared sizes, both statuses.
    static let awkward = Dataset(
        name: "awkward",
        actors: [
            Actor(id: "a1", name: "Association \"Le Relais\", Arras", kind: .structure, legalForm: "association",
                  sector: "Insertion; emploi", territories: ["arras", "pdc"], website: "https://relais.example"),
            Actor(id: "a2", name: "Régie\nde quartier", kind: .teteDeReseau, territories: ["pdc"]),
            Actor(id: "a 3", name: "\"Guillemets\" en tête", kind: .unknown),
            Actor(id: "a4", name: "CRESS", kind: .collectivite, legalForm: "EPCI", sector: "", territories: [], website: ""),
        ],
        cooperations: [
            Cooperation(id: "c1", name: "Mutualisation, \"paie\"", form: .mutualisation, sector: "Services", territories: ["arras"],
                        declaredMembers: 200, status: .enConstruction, started: "2014", summary: "Ligne 1\nLigne 2; fin",
                        source: "livret, p. 12"),
            Cooperation(id: "c2", form: .unknown, declaredMembers: 0),
        ],
        memberships: MembershipRole.allCases.enumerated().map { i, role in
            Membership(cooperation: i % 2 == 0 ? "c1" : "c2", actor: ["a1", "a2", "a 3", "a4", "a1", "a2"][i], role: role)
        },
        territories: [
            Territory(id: "pdc", name: "Pas-de-Calais", level: .departement),
            Territory(id: "arras", name: "Communauté urbaine d'Arras, \"CUA\"", level: .epci, parent: "pdc"),
        ],
        provenance: "# Provenance\n\nÉcrit à la main ; « guillemets ».\n")

    @Test("awkward values survive a write and a load, with no diagnostic")
    func awkwardRoundTrip() throws {
        // Unique (cooperation, actor) pairs only: the loader keeps one of a repeated pair.
        var seen = Set<String>()
        var dataset = Self.awkward
        let unique = dataset.memberships.filter { seen.insert($0.cooperation + "|" + $0.actor).inserted }
        dataset = Dataset(name: dataset.name, actors: dataset.actors, cooperations: dataset.cooperations, memberships: unique,
                          territories: dataset.territories, provenance: dataset.provenance)
        let folder = try Self.scratchFolder("awkward")
        try DatasetWriter.write(dataset, to: folder)
        let loaded = DatasetLoader.load(folder: folder)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics)")
        let back = try #require(loaded.dataset)
        Self.expectSame(back, dataset)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["README.md", "actors.csv", "cooperations.csv", "memberships.csv", "territories.csv"])
    }

    @Test("a synthetic dataset survives a write and a load, with no diagnostic")
    func syntheticRoundTrip() throws {
        let dataset = SyntheticDataset.generate(actors: 2_000, seed: 3)
        let folder = try Self.scratchFolder(dataset.name)
        try DatasetWriter.write(dataset, to: folder)
        let loaded = DatasetLoader.load(folder: folder)
        #expect(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.prefix(3))")
        let back = try #require(loaded.dataset)
        Self.expectSame(back, dataset)
    }

    @Test("writing the same dataset twice gives the same bytes")
    func reproducibleBytes() throws {
        let dataset = SyntheticDataset.generate(actors: 500, seed: 9)
        let a = try Self.scratchFolder("a"), b = try Self.scratchFolder("b")
        try DatasetWriter.write(dataset, to: a)
        try DatasetWriter.write(SyntheticDataset.generate(actors: 500, seed: 9), to: b)
        for file in ["README.md", "actors.csv", "cooperations.csv", "memberships.csv", "territories.csv"] {
            let x = FileManager.default.contents(atPath: a.appendingPathComponent(file).path)
            let y = FileManager.default.contents(atPath: b.appendingPathComponent(file).path)
            #expect(x != nil && x == y, "\(file)")
        }
    }

    @Test("empty tables and provenance are not written, and stale files of those names are removed")
    func staleFilesRemoved() throws {
        let folder = try Self.scratchFolder("stale")
        try DatasetWriter.write(SyntheticDataset.generate(actors: 300, seed: 1), to: folder)
        let bare = Dataset(
            name: "stale", actors: [Actor(id: "x"), Actor(id: "y")], cooperations: [Cooperation(id: "k")],
            memberships: [Membership(cooperation: "k", actor: "x"), Membership(cooperation: "k", actor: "y")], territories: [])
        try DatasetWriter.write(bare, to: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["actors.csv", "cooperations.csv", "memberships.csv"])
        let loaded = DatasetLoader.load(folder: folder)
        #expect(loaded.diagnostics.isEmpty)
        Self.expectSame(try #require(loaded.dataset), bare)
    }

    @Test("values the format cannot carry back are refused before anything is written")
    func refusesPipesInMultiValues() throws {
        let folder = try Self.scratchFolder("refused")
        let bad = Dataset(
            name: "refused", actors: [Actor(id: "x", territories: ["a|b"])], cooperations: [Cooperation(id: "k")],
            memberships: [Membership(cooperation: "k", actor: "x")], territories: [Territory(id: "a|b")])
        #expect(throws: DatasetWriteError.self) { try DatasetWriter.write(bad, to: folder) }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test("cells are quoted only when needed, quotes doubled (RFC 4180)")
    func quoting() {
        func cell(_ value: String) -> String {
            var buffer = CSVBuffer(capacity: 16)
            buffer.cell(value)
            return String(decoding: buffer.bytes, as: UTF8.self)
        }
        #expect(cell("plain text") == "plain text")
        #expect(cell("Régie") == "Régie")
        #expect(cell("a,b") == "\"a,b\"")
        #expect(cell("a;b") == "\"a;b\"")
        #expect(cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(cell("two\nlines") == "\"two\nlines\"")
        #expect(cell(" padded") == "\" padded\"")
        #expect(cell("") == "")
        var buffer = CSVBuffer(capacity: 16)
        buffer.integer(0); buffer.comma(); buffer.integer(1_234_567); buffer.comma(); buffer.integer(-42)
        #expect(String(decoding: buffer.bytes, as: UTF8.self) == "0,1234567,-42")
    }
}
