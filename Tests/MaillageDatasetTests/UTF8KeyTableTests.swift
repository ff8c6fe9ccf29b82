import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// The byte-keyed first look at ids (``UTF8KeyTable``) and the loader's use of it: a
/// membership row reads the same whether its ids are found by their bytes or by string.
@Suite struct UTF8KeyTableTests {
    @Test func findsEveryKeyStoredAndNothingElse() {
        var table = UTF8KeyTable(capacity: 3)
        let ids = (0..<5_000).map { "A\($0)" } + ["", "é", "0123456789abcdef"]
        for (n, id) in ids.enumerated() { table.insert(id, value: Int32(n)) }
        #expect(table.count == ids.count)
        for (n, id) in ids.enumerated() { #expect(table.value(for: id) == Int32(n), "\(id)") }
        #expect(table.value(for: "A5000") == nil)
        #expect(table.value(for: "a0") == nil)
        #expect(table.value(for: "A0 ") == nil, "bytes compare exactly, trailing space included")
        #expect(table.value(for: "0123456789abcde") == nil, "a prefix is another key")
    }

    @Test func keysOverSixteenBytesAreNeverStoredSoAlwaysMissed() {
        var table = UTF8KeyTable()
        table.insert("0123456789abcdefg", value: 1)
        #expect(table.count == 0)
        #expect(table.value(for: "0123456789abcdefg") == nil)
    }

    @Test func anotherSpellingOfAnIdMissesByBytes() {
        var table = UTF8KeyTable()
        table.insert("Coop\u{E9}", value: 7)  // é precomposed
        #expect(table.value(for: "Coop\u{E9}") == 7)
        #expect(table.value(for: "Coope\u{301}") == nil, "e + combining acute: equal as strings, not as bytes")
    }

    static func load(_ files: [String: String]) throws -> DatasetLoadResult { try ScratchFolder.load(files, label: "keys") }

    @Test func membershipsReadTheSameByBytesOrByString() throws {
        // Plain ids (found by bytes), a quoted one, one with spaces to trim, a long one,
        // one in another Unicode spelling (found by string), and a new one.
        let long = "actor-with-a-rather-long-identifier"
        let result = try Self.load([
            "actors.csv": "id,name\na1,Alpha\nCoop\u{E9},Beta\n\(long),Gamma\n",
            "cooperations.csv": "id,name\nc1,Un\nc2,Deux\n",
            "memberships.csv": "cooperation,actor,role\nc1,a1,porteur\n\"c1\",Coope\u{301},membre\nc2 , a1 ,membre\nc2,\(long),\nc2,a9,membre\nc1,\"a1\",financeur\n",
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.map(\.id) == ["a1", "Coop\u{E9}", long, "a9"])
        #expect(dataset.memberships.map { "\($0.cooperation) \($0.actor) \($0.role.rawValue)" } == [
            "c1 a1 porteur", "c1 Coop\u{E9} membre", "c2 a1 membre", "c2 \(long) membre", "c2 a9 membre",
        ])
        #expect(dataset.links.map { [$0.cooperation, $0.actor] } == [[0, 0], [0, 1], [1, 0], [1, 2], [1, 3]])
        #expect(result.printed.contains { $0.contains("memberships.csv:6:4: warning: actor \"a9\" is not in actors.csv") }, "\(result.printed)")
        #expect(result.printed.contains { $0.contains("memberships.csv:7:1: warning: duplicate membership of \"Alpha\" (a1) in \"Un\" (c1)") }, "\(result.printed)")
    }

    @Test func anIdHoldingABarIsStillReportedWhenItIsKnown() throws {
        // Never stored: the actors table reports it, and memberships naming it too.
        let result = try Self.load([
            "actors.csv": "id,name\na|1,Alpha\n",
            "memberships.csv": "cooperation,actor\nc1,a|1\n",
        ])
        #expect(result.dataset == nil)
        #expect(result.printed.contains { $0.hasPrefix("memberships.csv:2:4: error:") && $0.contains("\"a|1\" holds \"|\"") }, "\(result.printed)")
    }
}
