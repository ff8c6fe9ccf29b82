import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Personal data in loaded datasets: which column names the loader flags, and
/// ``Dataset/redacted()`` on the personal-data fixture (``ContactDetails`` itself is
/// tested with the model).
@Suite struct PrivacyTests {
    @Test func contactColumnNames() {
        for name in ["email", "E-mail", "Adresse mail", "courriel", "Téléphone", "tel", "tél.", "phone_number", "Contact", "contacts", "portable", "fax"] {
            #expect(CellChecks.isContactColumn(name), "\(name)")
        }
        for name in ["website", "hotel", "name", "telecom", "mailing_list_size", "sector", "territories"] {
            #expect(!CellChecks.isContactColumn(name), "\(name)")
        }
    }

    @Test func redactedDatasetKeepsTheGraphAndDropsContacts() throws {
        let loaded = try #require(DatasetLoader.load(folder: fixture("malformed-corpus/personal-data")).dataset)
        #expect(loaded.actors.contains { !$0.website.isEmpty })
        let redacted = loaded.redacted()
        #expect(redacted.actors.allSatisfy { $0.website.isEmpty })
        #expect(redacted.actors.map(\.id) == ["a1", "a2", "redacted-1"])
        #expect(redacted.actors.map(\.name) == ["Alpha", "Beta", "Jeanne Durand ([redacted])"])
        #expect(redacted.cooperations.map(\.summary) == ["Contact : [redacted] ou [redacted]", "Tél. [redacted]"])
        #expect(redacted.memberships.map(\.actor) == ["a1", "a2", "a2", "redacted-1"])
        #expect(redacted.memberships.map(\.cooperation) == loaded.memberships.map(\.cooperation))
        #expect(redacted.memberships.map(\.role) == loaded.memberships.map(\.role))
        let everything = redacted.actors.map { "\($0)" } + redacted.cooperations.map { "\($0)" } + redacted.memberships.map { "\($0)" } + [redacted.provenance]
        for text in everything {
            #expect(!text.contains("@"), "\(text)")
            #expect(!text.contains("example.org"), "\(text)")
            #expect(ContactDetails.find(in: text).isEmpty, "\(text)")
        }
    }
}
