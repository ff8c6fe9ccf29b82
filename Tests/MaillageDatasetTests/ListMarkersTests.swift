import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Lists typed in one cell as people type them: bullets (« - Cocagne », « • COORACE »),
/// numbers (« 1) Cocagne 2) COORACE »), « Cocagne et COORACE » for two networks named
/// alone elsewhere (``ListMarkers``, ``TickedAnswers``).
@Suite struct ListMarkersTests {
    @Test func bulletsAndNumbersAreNoPartOfAName() {
        for (written, name) in [("- Cocagne", "Cocagne"), ("-Cocagne", "Cocagne"), ("• COORACE", "COORACE"), ("* APES", "APES"),
                                ("– Réseau", "Réseau"), ("1) Cocagne", "Cocagne"), ("2. COORACE", "COORACE"), ("3- APES", "APES"),
                                ("a) Cocagne", "Cocagne"), ("→ 1 Toit 2 Âges", "1 Toit 2 Âges")] {
            #expect(ListMarkers.unmarked(written) == name, "\(written)")
        }
        for kept in ["-5 %", "1 Toit 2 Âges", "3 Moulins", "A) Cocagne", "Cocagne", "-", "2024.", "Pas-de-Calais Actif", "1.5 ETP"] {
            #expect(ListMarkers.unmarked(kept) == kept, "\(kept)")
        }
        #expect("Cocagne et COORACE".containsBytes(" et ") && !"Cocagne".containsBytes(" et ") && "é et à".containsBytes("et") && "x".containsBytes(""))
        #expect(!"et".containsBytes(" et ") && " et ".containsBytes(" et "))
        #expect("  Cocagne \t".trimmingSpaces() == "Cocagne" && "Cocagne".trimmingSpaces() == "Cocagne" && "   ".trimmingSpaces() == "")
        #expect(ListMarkers.numberedItems("1) Cocagne 2) COORACE 3) Mouvement associatif") == ["Cocagne", "COORACE", "Mouvement associatif"])
        #expect(ListMarkers.numberedItems("1. Cocagne, 2. COORACE") == ["Cocagne", "COORACE"])
        #expect(ListMarkers.numberedItems("1) Cocagne") == nil)
        #expect(ListMarkers.numberedItems("1 Toit 2 Âges") == nil)
        #expect(ListMarkers.numberedItems("1) Cocagne 3) COORACE") == nil)
    }

    @Test func aMemberListsBulletsNumbersAndJoinedNamesGiveOneCooperationEach() throws {
        let rows = [
            "Structure;Réseaux d'appartenance",
            "Asso A;\"- Cocagne\n- COORACE\"",
            "Asso B;\"• Cocagne\n• Mouvement Associatif\"",
            "Asso C;Cocagne et COORACE",
            "Asso D;COORACE + Mouvement Associatif",
            "Asso E;Cocagne, COORACE, etc.",
            "Asso F;1) Cocagne 2) COORACE",
            "Asso G;COORACE",
            "Asso H;Mouvement Associatif",
            "Asso I;Emploi et Solidarité",
        ]
        let folder = try ScratchFolder("list-markers")
        defer { folder.remove() }
        try folder.write(["bullets.csv": Array((rows.joined(separator: "\n") + "\n").utf8)])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("bullets.csv"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Set(dataset.cooperations.map(\.id)) == ["Cocagne", "COORACE", "Mouvement Associatif", "Emploi et Solidarité"],
                "\(dataset.cooperations.map(\.id))")
        #expect(dataset.memberships.filter { $0.actor == "Asso F" }.map(\.cooperation) == ["Cocagne", "COORACE"])
        #expect(result.printed.contains(
            "bullets.csv:6:8: warning: \"Cocagne et COORACE\" read as 2 cooperations, \"Cocagne\", \"COORACE\", each named alone elsewhere in the table (and 1 more)"),
            "\(result.printed)")
    }

    /// « Cocagne (depuis 2019) », « Mouvement Associatif (MA) »: the cooperation named so
    /// elsewhere, the note not read; « APES (Lille) » stays apart; « COORACE (adhésion en
    /// cours) » is a membership not begun, left out.
    @Test func aNoteInParenthesesAfterANameKnownElsewhereIsNotPartOfIt() throws {
        #expect(ParentheticalNote.isAcronym("MA", of: "Mouvement Associatif"))
        #expect(ParentheticalNote.isAcronym("FAS", of: "Fédération des acteurs de la solidarité"))
        #expect(!ParentheticalNote.isAcronym("Lille", of: "APES"))
        for note in ["depuis 2019", "2021", "adhésion en cours", "ancien membre", "?", "à confirmer"] { #expect(ParentheticalNote.isNote(note), "\(note)") }
        for place in ["Lille", "SCIC", "Pas-de-Calais", "Hauts-de-France"] { #expect(!ParentheticalNote.isNote(place), "\(place)") }
        let csv = "Structure;Réseaux\nAsso A;Cocagne (depuis 2019), COORACE\nAsso B;Cocagne\nAsso C;COORACE (adhésion en cours)\n"
            + "Asso D;Mouvement Associatif (MA)\nAsso E;Mouvement Associatif\nAsso F;APES (Lille)\nAsso G;APES\nAsso H;France Active (2020)\nAsso I;France Active (2022)\n"
        let folder = try ScratchFolder("parenthetical-notes")
        defer { folder.remove() }
        try folder.write(["notes.csv": Array(csv.utf8)])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("notes.csv"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Set(dataset.cooperations.map(\.id)) == ["Cocagne", "COORACE", "Mouvement Associatif", "APES (Lille)", "APES", "France Active"],
                "\(dataset.cooperations.map(\.id))")
        #expect(result.printed.contains(
            "notes.csv:2:8: warning: \"Cocagne (depuis 2019)\" read as \"Cocagne\", the cooperation of that name elsewhere in the table: the note in parentheses is no part of the name (and 3 more)"),
            "\(result.printed)")
        // A membership not begun yet is no membership of the network as it stands.
        #expect(!dataset.memberships.contains { $0.actor == "Asso C" })
        #expect(result.printed.contains(
            "notes.csv:4:8: warning: \"COORACE (adhésion en cours)\": a membership ended or not begun, not read; the network as it stands does not count it"),
            "\(result.printed)")
    }

    /// « Cocagne (depuis 2019) », « CRESS (jusqu'en 2021) », « COORACE (2018-2022) »: the note
    /// dates that membership, in a column added for it or the table's own.
    @Test func aNoteInParenthesesDatesItsMembership() throws {
        #expect(ParentheticalNote.dates(of: "Cocagne (depuis 2019)") == (PartialDate(year: 2019), nil))
        #expect(ParentheticalNote.dates(of: "Cocagne (2021)") == (PartialDate(year: 2021), nil))
        #expect(ParentheticalNote.dates(of: "CRESS (jusqu'en 2021)") == (nil, PartialDate(year: 2021)))
        #expect(ParentheticalNote.dates(of: "CRESS (sortie en 2020)") == (nil, PartialDate(year: 2020)))
        #expect(ParentheticalNote.dates(of: "COORACE (2018-2022)") == (PartialDate(year: 2018), PartialDate(year: 2022)))
        #expect(ParentheticalNote.dates(of: "Cocagne (dès mars 2020)") == (PartialDate(year: 2020, month: 3), nil))
        #expect(ParentheticalNote.dates(of: "APES (Lille)") == (nil, nil))
        let csv = "Structure;Réseaux d'appartenance;Depuis\nEnvie Lens;Cocagne (depuis 2019), CRESS;2015\nLe Relais;Cocagne, CRESS (jusqu'en 2021);\n"
            + "Recyclerie;COORACE (2018-2022), CRESS;\nGarage;COORACE, Cocagne;\n"
        let result = try SpreadsheetConventionsTests.load(["liste.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map { "\($0.actor)/\($0.cooperation)/\($0.since?.description ?? "-")/\($0.until?.description ?? "-")" } == [
            "Envie Lens/Cocagne/2019/-", "Envie Lens/CRESS/2015/-", "Le Relais/Cocagne/-/-", "Le Relais/CRESS/-/2021",
            "Recyclerie/COORACE/2018/2022", "Recyclerie/CRESS/-/-", "Garage/COORACE/-/-", "Garage/Cocagne/-/-",
        ])
        #expect(result.printed.contains(
            "liste.csv:2:12: warning: \"Cocagne (depuis 2019)\": the note in parentheses dates the membership (since 2019) (and 2 more)"),
            "\(result.printed)")
    }

    /// A list that names a network twice for many structures (« - CRESS\n- CRESS ») gets one
    /// warning for its duplicate memberships, with how many, not one per row.
    @Test func duplicateMembershipsAreSaidOnce() throws {
        let rows = ["Structure;Réseaux"] + (1...12).map { "Asso \($0);\"CRESS\nCRESS\"" }
        let folder = try ScratchFolder("duplicate-memberships")
        defer { folder.remove() }
        try folder.write(["liste.csv": Array((rows.joined(separator: "\n") + "\n").utf8)])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("liste.csv"))
        #expect(result.dataset?.memberships.count == 12)
        let duplicates = result.printed.filter { $0.contains("duplicate membership") }
        #expect(duplicates == ["liste.csv:2:1: warning: duplicate membership of \"Asso 1\" in \"CRESS\" (first on line 2); this row is ignored (and 11 more duplicate memberships, ignored likewise)"],
                "\(result.printed)")
    }

    /// Kinds and roles as member lists write them: « Asso loi 1901 », « Fablab », « Collectif
    /// citoyen » are structures; « Observateur », « Invité », « Membre associé » partners.
    @Test func shortenedKindsAndObserverRolesAreRead() {
        for kind in ["Asso", "Asso loi 1901", "Collectif citoyen", "Fablab", "Fab lab", "Repair café", "Épicerie solidaire", "AMAP"] {
            #expect(ValueSynonyms.actorKinds.match(kind)?.value == .structure, "\(kind)")
        }
        for role in ["Observateur", "Invitée", "Membre associé"] { #expect(ValueSynonyms.roles.match(role)?.value == .partenaire, "\(role)") }
        #expect(ValueSynonyms.roles.match("Membre actif")?.value == .membre)
        // A public HLM office or an HLM company: either way a housing body with a public mission, not a commercial company.
        for kind in ["Bailleur social", "OPH", "ESH", "Office public de l'habitat"] {
            #expect(ValueSynonyms.actorKinds.match(kind)?.value == .institution, "\(kind)")
        }
        for role in ["Bénévole", "Usager", "Bénéficiaire", "Salariée"] { #expect(ValueSynonyms.roles.match(role)?.value == .membre, "\(role)") }
        for role in ["Membre d'honneur", "Parrain", "Expert", "Prestataire"] { #expect(ValueSynonyms.roles.match(role)?.value == .partenaire, "\(role)") }
        // Two roles in one cell: the one that engages most; a negation still reads nothing.
        #expect(ValueSynonyms.roles.reading("Financeur et membre")?.match.value == .financeur)
        #expect(ValueSynonyms.roles.reading("Membre et financeur")?.match.value == .financeur)
        #expect(ValueSynonyms.roles.reading("Porteur / membre")?.match.value == .porteur)
        #expect(ValueSynonyms.roles.reading("Partenaire, animatrice")?.match.value == .animateur)
        #expect(ValueSynonyms.roles.reading("Non membre, financeur") == nil)
        #expect(ValueSynonyms.actorKinds.reading("Association / Mairie") == nil, "kinds have no precedence")
    }
}
