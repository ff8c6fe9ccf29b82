import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A member list keeps its former members and candidates with a status beside each:
/// the network as it stands counts neither.
@Suite struct MembershipStandingTests {
    @Test func statusWordsAreReadAsTheyAreWritten() {
        for text in ["Adhérent", "adhérente", "Membre actif", "Actif", "À jour de cotisation", "Oui", "en cours"] {
            #expect(MembershipStanding.standing(text) == .current, "\(text)")
        }
        for text in ["Ancien adhérent", "ANCIENNE ADHERENTE", "Ex-adhérent", "Radié", "Démissionnaire", "Non renouvelée", "Non", "Inactif",
                     "N'est plus adhérent"] {
            #expect(MembershipStanding.standing(text) == .ended, "\(text)")
        }
        for text in ["En attente", "Adhésion en cours", "Candidat", "Prospect"] { #expect(MembershipStanding.standing(text) == .pending, "\(text)") }
        for text in ["Association", "2019", "Porteur", ""] { #expect(MembershipStanding.standing(text) == nil, "\(text)") }
    }

    @Test func aPlainStatusOfFormerMembersAndCandidatesLeavesThemOut() throws {
        let csv = """
            Structure;Commune;Réseau;Statut
            Jardins de Cocagne Arras;Arras;COORACE;Adhérent
            Envie Lens;Lens;COORACE;Ancien adhérent
            La Ressourcerie du Ternois;Saint-Pol-sur-Ternoise;CRESS;Adhérente
            SCOP Le Chantier;Béthune;CRESS;Radié
            Épicerie solidaire;Béthune;COORACE;En attente
            Le Relais;Bruay-la-Buissière;COORACE;

            """
        let result = try SpreadsheetConventionsTests.load(["adherents.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map(\.actor) == ["Jardins de Cocagne Arras", "La Ressourcerie du Ternois", "Le Relais"])
        // The structures stay actors: the list describes them.
        #expect(dataset.actors.count == 6)
        #expect(result.printed.filter { $0.contains("not read") && $0.contains("Statut") } == [
            "adherents.csv:3:25: warning: \"Statut\": 3 memberships not read, 2 ended (\"Ancien adhérent\", \"Radié\") and 1 not begun yet (\"En attente\"): the network as it stands does not count them (the structure stays an actor when a table describes it); an end date (until) keeps an ended membership in the history",
        ], "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("not read as the cooperations' status") }, "\(result.printed)")
    }

    @Test func aNamedStatusColumnKeepsDatedEndsAndUnknownWords() throws {
        let csv = """
            Structure;Réseau;Statut adhésion;Jusqu'à
            Jardins de Cocagne Arras;COORACE;Adhérent;
            Envie Lens;COORACE;Ancien adhérent;2022
            SCOP Le Chantier;CRESS;Bof;
            Le Relais;CRESS;Ancien membre;

            """
        let result = try SpreadsheetConventionsTests.load(["adherents.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map(\.actor) == ["Jardins de Cocagne Arras", "Envie Lens", "SCOP Le Chantier"])
        #expect(dataset.memberships.first { $0.actor == "Envie Lens" }?.until == PartialDate(year: 2022))
        #expect(result.printed.contains(
            "adherents.csv:4:24: warning: \"Statut adhésion\": \"Bof\" does not say whether the membership is current, ended or not begun: read as current; write \"Adhérent\", \"Ancien adhérent\" or \"En attente\""),
            "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("adherents.csv:5:") && $0.contains("1 membership not read, ended (\"Ancien membre\")") }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") }, "\(result.printed)")
    }

    /// Beside a list of networks, a status says not which membership it is of: not read.
    @Test func aStatusBesideAListOfNetworksIsNotRead() throws {
        let csv = "Structure;Réseaux d'appartenance;Statut\nEnvie Lens;COORACE, CRESS;Adhérent\nLe Relais;CRESS;Ancien adhérent\n"
        let result = try SpreadsheetConventionsTests.load(["adherents.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.count == 3)
        #expect(result.printed.contains { $0.hasPrefix("adherents.csv:1:34: warning: column \"Statut\" not read: each row names a list of networks") },
                "\(result.printed)")
    }

    /// « Ancien membre » where the role goes, « COORACE (ancien adhérent) » in a list of networks.
    @Test func aStatusWrittenAsARoleOrAsANoteLeavesTheMembershipOut() throws {
        let roles = try SpreadsheetConventionsTests.load(["adherents.csv": Array(
            "Structure;Réseau;Rôle;Jusqu'à\nEnvie Lens;COORACE;Ancien membre;\nLe Relais;COORACE;membre;\nGarage;COORACE;Ex-adhérent;2021\n".utf8)])
        let dataset = try #require(roles.dataset, "\(roles.printed)")
        #expect(dataset.memberships.map { "\($0.actor)/\($0.role.rawValue)/\($0.until?.description ?? "-")" } == ["Le Relais/membre/-", "Garage/membre/2021"])
        #expect(roles.printed.contains { $0.hasPrefix("adherents.csv:2:20: warning: \"Rôle\": 1 membership not read, ended (\"Ancien membre\")") }, "\(roles.printed)")
        let notes = try SpreadsheetConventionsTests.load(["adherents.csv": Array(
            "Structure;Réseaux d'appartenance\nEnvie Lens;COORACE (ancien adhérent), CRESS\nLe Relais;COORACE, CRESS\nGarage;URSCOP (ex)\n".utf8)])
        let listed = try #require(notes.dataset, "\(notes.printed)")
        #expect(listed.memberships.map { "\($0.actor)/\($0.cooperation)" } == ["Envie Lens/CRESS", "Le Relais/COORACE", "Le Relais/CRESS"])
        #expect(listed.actor("Garage") != nil, "a member list's structure stays an actor")
        #expect(notes.printed.contains(
            "adherents.csv:2:12: warning: \"COORACE (ancien adhérent)\": a membership ended or not begun, not read (and 1 more); the network as it stands does not count it"),
            "\(notes.printed)")
    }

    @Test func aStatusOfLegalFormsOrCooperationStatusesIsReadAsBefore() throws {
        let legal = try SpreadsheetConventionsTests.load(["adherents.csv": Array("Structure;Réseau;Statut\nEnvie Lens;COORACE;SAS\nLe Relais;CRESS;Association\n".utf8)])
        let dataset = try #require(legal.dataset, "\(legal.printed)")
        #expect(dataset.memberships.count == 2)
        #expect(dataset.actor("Envie Lens")?.legalForm == "SAS")
        let status = try SpreadsheetConventionsTests.load(["projets.csv": Array("Coopération;Structure;Statut\nPTCE;Envie Lens;en construction\nPTCE;Le Relais;en construction\n".utf8)])
        let projects = try #require(status.dataset, "\(status.printed)")
        #expect(projects.memberships.count == 2)
        #expect(projects.cooperations.first?.status == .enConstruction)
    }
}
