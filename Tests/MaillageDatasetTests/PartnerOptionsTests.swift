import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A survey whose partners question lists the known structures to tick, one column per
/// structure (LimeSurvey's « Question [Option] », Framaforms' question above its options):
/// each ticked cell is a tie with that structure, not a membership in a cooperation named
/// after it.
@Suite struct PartnerOptionsTests {
    /// The partners of `actor`: the other member of each two-member cooperation, sorted.
    static func partners(of actor: String, in dataset: Dataset) -> [String] {
        let mine = Set(dataset.memberships.filter { $0.actor == actor }.map(\.cooperation))
        return dataset.memberships.filter { mine.contains($0.cooperation) && $0.actor != actor && $0.cooperation.contains("+") }
            .map(\.actor).sorted()
    }

    /// LimeSurvey: « Avec quelles structures coopérez-vous ? [APES] » … marked « Oui »,
    /// and « [Autre] » written in.
    @Test func aLimeSurveyChecklistGivesOneTiePerTickedStructure() throws {
        let csv = """
            Nom de la structure;Commune;Avec quelles structures coopérez-vous ? [APES];Avec quelles structures coopérez-vous ? [Emmaüs Arras];Avec quelles structures coopérez-vous ? [Les Jardins de Lens];Avec quelles structures coopérez-vous ? [Autre]
            Ressourcerie du Ternois;Saint-Pol-sur-Ternoise;Oui;Oui;Non;
            Emmaüs Arras;Arras;Oui;;Oui;Secours populaire, Restos du cœur
            Les Jardins de Lens;Lens;;Oui;;
            APES;Lille;;;;

            """
        let result = try SpreadsheetConventionsTests.load(["enquete.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.partners(of: "Ressourcerie du Ternois", in: dataset) == ["APES", "Emmaüs Arras"])
        #expect(Self.partners(of: "Emmaüs Arras", in: dataset) == ["APES", "Les Jardins de Lens", "Ressourcerie du Ternois", "Restos du cœur", "Secours populaire"])
        #expect(Self.partners(of: "APES", in: dataset) == ["Emmaüs Arras", "Ressourcerie du Ternois"])
        // No cooperation named after a ticked structure: every cooperation is a pair.
        #expect(dataset.cooperations.allSatisfy { $0.id.contains("+") }, "\(dataset.cooperations.map(\.id))")
        #expect(dataset.cooperations.count == 6, "Emmaüs Arras and Les Jardins de Lens named each other: one tie")
        #expect(dataset.actors.first { $0.id == "APES" }?.territories.isEmpty == false, "APES's own row describes it")
        #expect(result.printed.contains(
            "enquete.csv:1:29: warning: \"Avec quelles structures coopérez-vous ?\" read as a list of partners to tick: one ticked cell per partner (3 structures, from \"APES\" to \"Les Jardins de Lens\"), and the names written under \"Other\""),
            "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("cross table") || $0.contains("adjacency matrix") }, "\(result.printed)")
    }

    /// Framaforms: both questions above their options, the partners' and the networks',
    /// the options marked « X »; both questions named as read in the title-lines warning.
    @Test func aFramaformsExportReadsBothChecklists() throws {
        let rows = [
            ["Enquête coopérations 2026", "", "", "", "", "", "", "", "", ""],
            ["Détails de la soumission", "", "", "", "Avec quelles structures travaillez-vous ?", "", "", "", "À quels réseaux adhérez-vous ?", ""],
            ["Numéro de série", "SID", "Heure de soumission", "Nom de la structure", "APES", "Emmaüs Arras", "Les Jardins de Lens", "Autre",
             "CRESS Hauts-de-France", "URSCOP"],
            ["1", "11", "03/12/2026 - 10:00", "Ressourcerie du Ternois", "X", "X", "", "", "X", ""],
            ["2", "12", "03/12/2026 - 10:05", "Emmaüs Arras", "X", "", "X", "Secours populaire", "X", "X"],
            ["3", "13", "03/12/2026 - 10:07", "Les Jardins de Lens", "", "X", "", "", "", "X"],
            ["4", "14", "03/12/2026 - 10:09", "APES", "", "", "", "", "X", ""],
        ]
        let csv = rows.map { $0.map { "\"\($0)\"" }.joined(separator: ";") }.joined(separator: "\n") + "\n"
        let result = try SpreadsheetConventionsTests.load(["framaforms.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.partners(of: "Emmaüs Arras", in: dataset) == ["APES", "Les Jardins de Lens", "Ressourcerie du Ternois", "Secours populaire"])
        #expect(PartnersAndNetworksTests.networks(of: "Emmaüs Arras", in: dataset) == ["CRESS Hauts-de-France", "URSCOP"])
        #expect(PartnersAndNetworksTests.networks(of: "APES", in: dataset) == ["CRESS Hauts-de-France"])
        #expect(result.printed.contains(
            "framaforms.csv:1:1: warning: 2 lines above the header (line 3) are not read: a title or a note (except \"Avec quelles structures travaillez-vous ?\" and \"À quels réseaux adhérez-vous ?\", the questions above their answers)"),
            "\(result.printed)")
    }

    /// Google Forms' checkbox grid (« Grille de cases à cocher »): one row per structure,
    /// one column per form, each cell what was ticked on that row. A filled cell is a tie
    /// with the row's structure, described by what it says: a form of cooperation when it
    /// names one, else the pair's summary; « Jamais » is no tie; the question asking
    /// « sous quelle forme » is still the partners question; « Autres partenaires » beside
    /// it names more partners.
    @Test func aGoogleFormsGridGivesOneTiePerFilledCellDescribedByItsAnswers() throws {
        let q = "Avec quelles structures coopérez-vous, et sous quelle forme ?"
        let csv = """
            Horodateur,Nom de votre structure,Commune,"\(q) [APES]","\(q) [CRESS Hauts-de-France]","\(q) [Emmaüs Arras]","\(q) [Ressourcerie du Ternois]",Autres partenaires
            2024/03/04 10:12:01 UTC+1,Ressourcerie du Ternois,Saint-Pol-sur-Ternoise,"Projet commun, Échange d'informations",Jamais,Mutualisation,,Secours populaire
            2024/03/04 11:02:44 UTC+1,Emmaüs Arras,Arras,Échange d'informations,,,"Mutualisation, Projet commun",
            2024/03/05 09:40:13 UTC+1,Jardin de Cocagne,Lens,,"Adhésion, Jamais",,,

            """
        let result = try SpreadsheetConventionsTests.load(["reponses.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.partners(of: "Ressourcerie du Ternois", in: dataset) == ["APES", "Emmaüs Arras", "Secours populaire"], "« Jamais » is no tie")
        #expect(Self.partners(of: "Emmaüs Arras", in: dataset) == ["APES", "Ressourcerie du Ternois"])
        #expect(Self.partners(of: "Jardin de Cocagne", in: dataset) == ["CRESS Hauts-de-France"])
        func pair(_ a: String, _ b: String) -> Cooperation? {
            let of = { (x: String) in Set(dataset.memberships.filter { $0.actor == x }.map(\.cooperation)) }
            return of(a).intersection(of(b)).first.flatMap { id in dataset.cooperations.first { $0.id == id } }
        }
        let pooled = try #require(pair("Ressourcerie du Ternois", "Emmaüs Arras"))
        #expect(pooled.form == .mutualisation, "the first declaration's answer, a form")
        #expect(dataset.cooperations.filter { $0.id.contains("Ternois") && $0.id.contains("Emmaüs") }.count == 1, "named by both: one tie")
        let project = try #require(pair("Ressourcerie du Ternois", "APES"))
        #expect(project.form == .unknown && project.summary == "Projet commun, Échange d'informations")
        #expect(pair("Jardin de Cocagne", "CRESS Hauts-de-France")?.summary == "Adhésion", "the no answer left out of what the tie says")
        #expect(result.printed.contains(
            "reponses.csv:1:43: warning: \"\(q.excerpt)\" read as a grid: one filled cell per partner (4 structures, from \"APES\" to \"Ressourcerie du Ternois\"), what it says describing the tie (\"Projet commun\", \"Échange d'informations\", \"Mutualisation\", \"Adhésion\"); \"Jamais\": no tie"),
            "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("error") || $0.contains("(réponse)") }, "\(result.printed)")
    }

    /// LimeSurvey's array (one answer per row, « Régulièrement », « Occasionnellement »,
    /// « Jamais »), read as a grid too.
    @Test func aLimeSurveyArrayOfFrequenciesIsAGrid() throws {
        let csv = """
            Nom de la structure;Avec quelles structures travaillez-vous ? [APES];Avec quelles structures travaillez-vous ? [URSCOP];Avec quelles structures travaillez-vous ? [Autre]
            Ressourcerie;Régulièrement;Jamais;
            Garage solidaire;Occasionnellement;Régulièrement;Secours populaire
            Atelier vélo;Oui;;

            """
        let result = try SpreadsheetConventionsTests.load(["enquete.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.partners(of: "Ressourcerie", in: dataset) == ["APES"])
        #expect(Self.partners(of: "Garage solidaire", in: dataset) == ["APES", "Secours populaire", "URSCOP"])
        #expect(Self.partners(of: "Atelier vélo", in: dataset) == ["APES"], "a bare mark among the answers is a tie that says nothing more")
        #expect(Set(dataset.cooperations.map(\.summary)) == ["Régulièrement", "Occasionnellement", ""])
    }

    /// Option columns holding numbers (projects counted), or more distinct answers than a
    /// grid has, are neither ticks nor a grid; a networks checklist is not partners.
    @Test func onlyAPartnersChecklistOfMarksOrAnswersIsRead() {
        let counted = CooperationMemberColumnsTests.grid([
            ["Nom de la structure", "Avec quelles structures coopérez-vous ? [APES]", "Avec quelles structures coopérez-vous ? [URSCOP]"],
            ["Ressourcerie", "3", ""],
        ])
        var diagnostics: [Diagnostic] = []
        #expect(PartnerOptions.read(counted, file: "f.csv", diagnostics: &diagnostics) == nil)
        let free = CooperationMemberColumnsTests.grid(
            [["Nom de la structure", "Avec quelles structures coopérez-vous ? [APES]"]] + (1...(PartnerOptions.answerLimit + 1)).map { ["Structure \($0)", "Réponse \($0)"] })
        #expect(PartnerOptions.read(free, file: "f.csv", diagnostics: &diagnostics) == nil)
        let networks = CooperationMemberColumnsTests.grid([
            ["Nom de la structure", "À quels réseaux adhérez-vous ? [APES]", "À quels réseaux adhérez-vous ? [URSCOP]"],
            ["Ressourcerie", "Oui", ""],
        ])
        #expect(PartnerOptions.read(networks, file: "f.csv", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.isEmpty)
    }
}
