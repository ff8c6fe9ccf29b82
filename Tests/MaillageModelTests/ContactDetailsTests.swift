import Testing
import MaillageModel

/// What ``ContactDetails`` recognises as e-mail addresses and phone numbers, and what
/// it leaves alone.
@Suite struct ContactDetailsTests {
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
}
