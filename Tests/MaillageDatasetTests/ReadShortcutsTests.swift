import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// The loader's shortcuts give what the general path gives: controlled values matched
/// by their bytes (``ControlledValueCache``), cells skipped by the personal-data scan
/// (``CellChecks/mayHoldContactDetails(_:)``).
@Suite struct ReadShortcutsTests {
    @Test func aCachedSpellingGivesTheSameMatchAndUnknownOnesAreNeverKept() {
        var cache = ControlledValueCache<ActorKind>()
        let spelling = Array("Association".utf8)
        let match = ValueSynonyms.actorKinds.match("Association")
        #expect(match != nil)
        spelling.withUnsafeBufferPointer { bytes in
            #expect(cache.match(for: bytes) == nil)
            if let match { cache.remember(bytes, match) }
            #expect(cache.match(for: bytes)?.value == match?.value)
            #expect(cache.match(for: bytes)?.legalForm == match?.legalForm)
        }
        Array("association".utf8).withUnsafeBufferPointer { #expect(cache.match(for: $0) == nil, "another spelling is another entry") }
    }

    @Test func everyUnknownValueIsStillReportedWhereItIs() throws {
        let folder = try ScratchFolder("shortcuts")
        defer { folder.remove() }
        try folder.write([
            "actors.csv": Array("id,kind\na1,association\na2,zzz\na3,association\na4,zzz\n".utf8),
            "memberships.csv": Array("cooperation,actor,role\nc1,a1,porteur\nc1,a2,chef\nc1,a3,porteur\nc1,a4,chef\n".utf8),
        ])
        let result = DatasetLoader.load(folder: folder.url)
        let errors = result.printed.filter { $0.contains("error") }
        #expect(errors.filter { $0.contains("unknown actor kind \"zzz\"") }.map { String($0.prefix(13)) } == ["actors.csv:3:", "actors.csv:5:"], "\(result.printed)")
        #expect(errors.filter { $0.contains("unknown role \"chef\"") }.count == 2, "\(result.printed)")
    }

    @Test func cellsSkippedByTheScanHoldNoContactDetail() {
        let samples = [
            "A000001", "C000001", "2013", "Région Hauts-de-France", "06 12 34 56 78", "0612345678", "+33 6 12 34 56 78",
            "contact@example.org", "tel. 03.21.00.00.00", "123456789", "12 34 56 78 9", "a+b", "SIRET 123 456 789 00012",
        ]
        for text in samples {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { bytes in
                if !CellChecks.mayHoldContactDetails(bytes) {
                    #expect(ContactDetails.find(inUTF8: bytes).isEmpty, "\(text)")
                }
            }
        }
        var phone = "appeler le 06 12 34 56 78"
        phone.withUTF8 { #expect(CellChecks.mayHoldContactDetails($0)) }
        var id = "A000001"
        id.withUTF8 { #expect(!CellChecks.mayHoldContactDetails($0)) }
    }
}
