import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// The bundled booklet's identity choices, made explicit (issue 15, item 8): its
/// memberships name each « DLA collectif » and Cigales mention by its own id, and
/// `aliases.csv` merges them into the one DLA and the one regional Cigales actor.
@Suite struct BookletIdentityTests {
    static let booklet = WorkbookLoadingTests.booklet

    static let merges: [String: [String]] = [
        "dla": ["dla-collectif-artois-insertion", "dla-club-ai-lens", "dla-centres-sociaux-boulonnais"],
        "cigales": ["cigale-eco-habitat-loos", "clubs-cigales-toerana", "cigales-pc3e"],
    ]

    @Test func theMergesAreInTheAliasesTableAndLoadSilently() throws {
        let result = DatasetLoader.load(folder: Self.booklet)
        #expect(result.diagnostics.isEmpty, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(Set(result.aliases.map(\.id)) == Set(Self.merges.keys))
        for (id, mentions) in Self.merges {
            #expect(Set(result.aliases.filter { $0.id == id }.map(\.alias)) == Set(mentions))
            #expect(dataset.memberships.filter { $0.actor == id }.count == 3, "\(id)")
            for mention in mentions { #expect(dataset.actorIndex[mention] == nil) }
        }
    }

    /// The merges change nothing of the content: the same tables with the merged ids
    /// written in memberships.csv and no aliases table load to the same content.
    @Test func theAliasesTableKeepsTheContentOfTheMergedDataset() throws {
        let folder = try ScratchFolder("booklet-merged")
        defer { folder.remove() }
        var files: [String: [UInt8]] = [:]
        for name in ["actors.csv", "cooperations.csv", "territories.csv", "memberships.csv"] {
            files[name] = [UInt8](try Data(contentsOf: Self.booklet.appendingPathComponent(name)))
        }
        var memberships = String(decoding: try #require(files["memberships.csv"]), as: UTF8.self)
        for (id, mentions) in Self.merges {
            for mention in mentions { memberships = memberships.replacingOccurrences(of: ",\(mention),", with: ",\(id),") }
        }
        files["memberships.csv"] = Array(memberships.utf8)
        try folder.write(files)
        let merged = try #require(DatasetLoader.load(folder: folder.url).dataset)
        let booklet = try #require(DatasetLoader.load(folder: Self.booklet).dataset)
        #expect(booklet.contentFingerprint == merged.contentFingerprint)
    }

    /// Ignoring the aliases table (`--no-aliases`) keeps every mention apart.
    @Test func ignoringTheAliasesKeepsTheMentionsApart() throws {
        let result = DatasetLoader.load(folder: Self.booklet, options: LoadOptions(ignoresAliases: true))
        let dataset = try #require(result.dataset)
        #expect(result.aliases.isEmpty)
        #expect(result.warnings.count == 7)
        #expect(result.printed.contains(
            "memberships.csv: warning: 3 actors of no stated kind that only support others (\"dla-collectif-artois-insertion\", \"dla-club-ai-lens\", \"dla-centres-sociaux-boulonnais\") counted as support structures (appui); give their kind in the actors table if it is otherwise"),
            "the DLA mentions only support: \(result.printed)")
        #expect(dataset.actor("dla-club-ai-lens")?.kind == .appui && dataset.actor("cigales-pc3e")?.kind == .unknown)
        for (id, mentions) in Self.merges {
            #expect(dataset.memberships.filter { $0.actor == id }.isEmpty)
            for mention in mentions { #expect(dataset.memberships.filter { $0.actor == mention }.count == 1) }
        }
        #expect(dataset.actors.count == 85 + 6)
    }
}
