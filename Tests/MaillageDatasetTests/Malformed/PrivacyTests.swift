import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Personal data: what ``ContactDetails`` recognises (and leaves alone), which
/// column names the loader flags, and ``Dataset/redacted()``.
@Suite struct PrivacyTests {
    @Test func findsEmailsAndPhoneNumbers() {
        let cases: [(String, [ContactDetails.Kind])] = [
            ("jean.dupont@example.org", [.email]),
            ("Écrire à contact+ess@apes-hdf.org.", [.email]),
            ("03 21 12 34 56", [.phone]),
            ("tél. 03.21.12.34.56 ou 0612345678", [.phone, .phone]),
            ("06-12-34-56-78", [.phone]),
            ("+33 3 21 12 34 56", [.phone]),
            ("+33 (0)3 21 12 34 56", [.phone]),
            ("0612345678@example.org", [.email]),
            ("a@b.fr, 03 21 12 34 56", [.email, .phone]),
        ]
        for (text, kinds) in cases {
            #expect(ContactDetails.find(in: text).map(\.kind) == kinds, "\(text)")
        }
    }

    @Test func leavesFiguresAndAddressesAlone() {
        for text in [
            "2015", "62000 Arras", "SIRET 123 456 789 00012", "SIREN 012 345 678", "01/02/2015", "01.02.2015",
            "20 acteurs", "+3", "+33", "x@y", "@apes", "nom@domaine", "a@b.c", "https://www.apes-hdf.org",
            "0012345678", "1 200", "ref-0612345678x", "03 21 12 34", "id0321123456",
        ] {
            #expect(ContactDetails.find(in: text).isEmpty, "\(text)")
        }
    }

    @Test func redactingReplacesEachDetailOnly() {
        #expect(ContactDetails.redacting("Contact : marie@example.fr ou 03 21 12 34 56.") == "Contact : [redacted] ou [redacted].")
        #expect(ContactDetails.redacting("Rien à cacher — été") == "Rien à cacher — été")
        #expect(ContactDetails.redacting("é+33 3 21 12 34 56é") == "é+33 3 21 12 34 56é", "glued to letters: not a number on its own")
    }

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

    @Test func redactedIDsNeverCollideAndFollowEveryReference() {
        let dataset = Dataset(
            name: "d",
            actors: [Actor(id: "redacted-1"), Actor(id: "x@example.org", territories: ["t@example.org"])],
            cooperations: [Cooperation(id: "c", territories: ["t@example.org"])],
            memberships: [Membership(cooperation: "c", actor: "redacted-1"), Membership(cooperation: "c", actor: "x@example.org")],
            territories: [Territory(id: "t@example.org", level: .commune), Territory(id: "child", parent: "t@example.org")],
            provenance: "Données : ops@example.org, 03 21 12 34 56")
        let redacted = dataset.redacted()
        #expect(redacted.actors.map(\.id) == ["redacted-1", "redacted-3"])
        #expect(redacted.territories.map(\.id) == ["redacted-2", "child"])
        #expect(redacted.territories[1].parent == "redacted-2")
        #expect(redacted.actors[1].territories == ["redacted-2"])
        #expect(redacted.cooperations[0].territories == ["redacted-2"])
        #expect(redacted.memberships.map(\.actor) == ["redacted-1", "redacted-3"])
        #expect(redacted.provenance == "Données : [redacted], [redacted]")
        #expect(redacted.territory("child", isWithin: "redacted-2"))
    }
}
