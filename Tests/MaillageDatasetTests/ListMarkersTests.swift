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
}
