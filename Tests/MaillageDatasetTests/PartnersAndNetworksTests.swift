import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A survey that asks both whom each structure works with and which networks it belongs
/// to, as Google Forms, LimeSurvey and Framaforms export it: each row read as ties and as
/// memberships.
@Suite struct PartnersAndNetworksTests {
    /// The memberships of `actor`, as cooperation names, sorted.
    static func networks(of actor: String, in dataset: Dataset) -> [String] {
        dataset.memberships.filter { $0.actor == actor }.compactMap { membership in
            dataset.cooperations.first { $0.id == membership.cooperation }
        }.filter { !$0.id.contains("+") }.map(\.name).sorted()
    }

    /// Google Forms: the partners and the networks each in one cell, joined by commas.
    @Test func aFormsExportGivesTiesAndMemberships() throws {
        let csv = """
            Horodateur,Nom de la structure,Avec quelles structures coopérez-vous ?,À quels réseaux votre structure adhère-t-elle ?
            12/03/2025 10:09:00,Ressourcerie de l'Artois,"APES, DLA du Pas-de-Calais","CRESS Hauts-de-France, APES"
            12/03/2025 11:52:00,Chantier Les Jardins,Ressourcerie de l'Artois,"APES, COORACE"
            13/03/2025 09:20:00,Centre social Carnot,Chantier Les Jardins,

            """
        let result = try SpreadsheetConventionsTests.load(["Réponses.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.filter { $0.id.contains("+") }.map(\.id) == [
            "Ressourcerie de l'Artois+APES", "Ressourcerie de l'Artois+DLA du Pas-de-Calais",
            "Chantier Les Jardins+Ressourcerie de l'Artois", "Centre social Carnot+Chantier Les Jardins",
        ])
        #expect(Self.networks(of: "Ressourcerie de l'Artois", in: dataset) == ["APES", "CRESS Hauts-de-France"])
        #expect(Self.networks(of: "Chantier Les Jardins", in: dataset) == ["APES", "COORACE"])
        #expect(Self.networks(of: "Centre social Carnot", in: dataset) == [])
        // APES is both a partner and a network: one actor (named « APES ») and one cooperation,
        // which the actor heads, tied so to the network's members.
        #expect(dataset.actors.filter { $0.id == "APES" }.count == 1)
        #expect(dataset.memberships.filter { $0.cooperation == "APES" }.map(\.actor).sorted() == ["APES", "Chantier Les Jardins", "Ressourcerie de l'Artois"])
        #expect(dataset.memberships.first { $0.cooperation == "APES" && $0.actor == "APES" }?.role == .animateur)
        #expect(dataset.links.count == dataset.memberships.count)
        #expect(result.printed.contains(
            "Réponses.csv: warning: \"APES\" is both a network of the list and an actor: the actor is added as the animateur of its network, which ties it to its members; if they are two distinct structures, give them different names"),
            "\(result.printed)")
        #expect(result.printed.contains(
            "Réponses.csv:1:72: warning: each row read twice: the partners of \"Nom de la structure\" (\"Avec quelles structures coopérez-vous ?\"), one two-member cooperation per pair, and its networks (\"À quels réseaux votre structure adhère-t-elle ?\"), one membership in each"),
            "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") }, "\(result.printed)")
        // The networks' cells keep their own positions.
        let coorace = try #require(dataset.memberships.first { $0.cooperation == "COORACE" })
        #expect(coorace.actor == "Chantier Les Jardins")
    }

    /// A network named like an actor heads it only when the lists alone make the
    /// cooperations: a cooperations table says who takes part in what, and a network of
    /// one member is no network to head.
    @Test func aNetworkNamedLikeAnActorIsHeadedByItOnlyWithoutACooperationsTable() throws {
        let memberships = """
            coopération;structure
            APES;Ressourcerie
            APES;Garage solidaire
            URSCOP;Ressourcerie
            Ressourcerie+APES;Ressourcerie
            Ressourcerie+APES;APES
            Ressourcerie+URSCOP;Ressourcerie
            Ressourcerie+URSCOP;URSCOP

            """
        let listed = try SpreadsheetConventionsTests.load(["memberships.csv": Array(memberships.utf8)])
        let lists = try #require(listed.dataset, "\(listed.printed)")
        #expect(lists.memberships.filter { $0.cooperation == "APES" }.map(\.actor).sorted() == ["APES", "Garage solidaire", "Ressourcerie"])
        #expect(lists.memberships.filter { $0.cooperation == "URSCOP" }.map(\.actor) == ["Ressourcerie"], "one member: no network to head")
        let cooperations = "id;nom;forme\nAPES;APES;collectif\nURSCOP;URSCOP;collectif\nRessourcerie+APES;R – A;partenariat\nRessourcerie+URSCOP;R – U;partenariat\n"
        let described = try SpreadsheetConventionsTests.load(["memberships.csv": Array(memberships.utf8), "cooperations.csv": Array(cooperations.utf8)])
        let table = try #require(described.dataset, "\(described.printed)")
        #expect(table.memberships.filter { $0.cooperation == "APES" }.map(\.actor).sorted() == ["Garage solidaire", "Ressourcerie"])
        #expect(!described.printed.contains { $0.contains("both a network") })
    }

    /// Framaforms (Drupal Webform): the form's title, « Détails de la soumission » and the
    /// networks question above the header, one column per network marked « X », the
    /// « Autre » column written in; the submission's details said in one warning.
    @Test func aFramaformsExportReadsTheQuestionAboveItsOptions() throws {
        let rows = [
            ["Enquête coopérations 2025", "", "", "", "", "", "", "", "", "", "", ""],
            ["Détails de la soumission", "", "", "", "", "", "", "", "À quels réseaux votre structure adhère-t-elle ?", "", "", ""],
            ["Numéro de série", "SID", "Heure de soumission", "Brouillon", "Adresse IP", "Nom d'utilisateur", "Nom de la structure",
             "Avec quelles structures coopérez-vous ?", "CRESS Hauts-de-France", "APES", "COORACE", "Autre"],
            ["1", "101", "12/03/2025 - 10:02", "0", "82.64.1.2", "Anonyme", "Ressourcerie de l'Artois", "APES, DLA du Pas-de-Calais", "X", "X", "", ""],
            ["2", "102", "12/03/2025 - 11:40", "0", "82.64.1.3", "Anonyme", "Chantier Les Jardins", "Ressourcerie de l'Artois", "", "X", "X", ""],
            ["3", "103", "13/03/2025 - 09:15", "0", "82.64.1.4", "Anonyme", "Centre social Carnot", "Chantier Les Jardins", "", "", "",
             "Fédération des centres sociaux, Mouvement associatif"],
        ]
        let csv = rows.map { $0.map { "\"\($0)\"" }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        let result = try SpreadsheetConventionsTests.load(["framaforms.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.networks(of: "Ressourcerie de l'Artois", in: dataset) == ["APES", "CRESS Hauts-de-France"])
        #expect(Self.networks(of: "Chantier Les Jardins", in: dataset) == ["APES", "COORACE"])
        #expect(Self.networks(of: "Centre social Carnot", in: dataset) == ["Fédération des centres sociaux", "Mouvement associatif"])
        #expect(dataset.cooperations.filter { $0.id.contains("+") }.count == 4)
        let printed = result.printed
        #expect(printed.contains(
            "framaforms.csv:1:1: warning: 2 lines above the header (line 3) are not read: a title or a note (except \"À quels réseaux votre structure adhère-t-elle ?\", the question above its answers)"),
            "\(printed)")
        #expect(printed.contains(
            "framaforms.csv:3:1: warning: columns not read: \"Numéro de série\", \"SID\", \"Heure de soumission\", \"Brouillon\", the row's history in the database or form the table comes from"),
            "\(printed)")
        #expect(printed.filter { $0.contains("columns \"Adresse IP\", \"Nom d'utilisateur\" look like personal data") }.count == 1,
                "the IP address and the user name, in one warning: \(printed)")
        #expect(!printed.contains { $0.contains("is not read in a list of ties") }, "\(printed)")
    }

    /// The same Framaforms export opened in a spreadsheet and saved as a workbook: the
    /// sheet's table is as wide as its header, not as the line of questions above it.
    @Test func aFramaformsWorkbookIsAsWideAsItsHeader() throws {
        let folder = try ScratchFolder("framaforms")
        defer { folder.remove() }
        let data = "<sheetData>" + TestWorkbook.row(1, ["Enquête coopérations 2025"])
            + TestWorkbook.row(2, ["Détails de la soumission", "", "", "", "À quels réseaux adhérez-vous ?"])
            + TestWorkbook.row(3, ["Numéro de série", "SID", "Nom de la structure", "Avec quelles structures coopérez-vous ?", "CRESS", "APES", "Autre"])
            + TestWorkbook.row(4, ["1", "101", "Ressourcerie", "APES, DLA 62", "X", "X", ""])
            + TestWorkbook.row(5, ["2", "102", "Chantier Les Jardins", "Ressourcerie", "", "X", "Réseau Cocagne"])
            + "</sheetData>"
        try folder.write(["export.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuille1", data: data)])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("export.xlsx"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.networks(of: "Ressourcerie", in: dataset) == ["APES", "CRESS"])
        #expect(Self.networks(of: "Chantier Les Jardins", in: dataset) == ["APES", "Réseau Cocagne"])
        #expect(!result.printed.contains { $0.contains("without a header") }, "\(result.printed)")
    }

    /// LimeSurvey: the networks question's options in the header, « Oui » where ticked.
    @Test func aLimeSurveyExportReadsTheOptionsBesideThePartners() throws {
        let csv = """
            ID de la réponse;Nom de votre structure;Vos partenaires;Vos réseaux [URSCOP];Vos réseaux [CRESS];Vos réseaux [Autre]
            1;Scop Bois;Mairie de Die;Oui;;
            2;Mairie de Die;Scop Bois | Biocoop;;Oui;Réseau Cocagne

            """
        let result = try SpreadsheetConventionsTests.load(["results-survey.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.networks(of: "Scop Bois", in: dataset) == ["URSCOP"])
        #expect(Self.networks(of: "Mairie de Die", in: dataset) == ["CRESS", "Réseau Cocagne"])
        #expect(dataset.cooperations.filter { $0.id.contains("+") }.map(\.id) == ["Scop Bois+Mairie de Die", "Mairie de Die+Biocoop"])
    }

    /// Only one network's option ticked by anyone: still named by its option.
    @Test func aSingleTickedNetworkIsNamedByItsOption() {
        let headers = ["Structure", "Vos réseaux [URSCOP]", "Vos réseaux [CRESS]", "Couleur [Bleu]"]
        #expect(MembershipMatrix.optionNames(headers, marked: [1, 3]) == ["Structure", "URSCOP", "CRESS", "Couleur [Bleu]"])
    }

    /// A list of structures with a partners column and no network column stays a tie list,
    /// and a record above the header that asks no network question is not read.
    @Test func aTieListWithoutNetworksIsNotSplit() throws {
        var diagnostics: [Diagnostic] = []
        let grid = try #require(CSVFile.parse(Array("Structure;Partenaires\nA;B\nC;D\n".utf8), encoding: .auto, file: "t.csv", diagnostics: &diagnostics))
        #expect(PartnersAndNetworks.split(grid, file: "t.csv", diagnostics: &diagnostics) == nil)
        let noQuestion = try #require(CSVFile.parse(Array("Groupe;;;\nStructure;Partenaires;CRESS;APES\nA;B;X;\nC;D;;X\n".utf8),
                                                    encoding: .auto, file: "t.csv", diagnostics: &diagnostics))
        #expect(PartnersAndNetworks.split(noQuestion, file: "t.csv", diagnostics: &diagnostics) == nil)
        #expect(PartnersAndNetworks.namesNetworks("Réseaux d'appartenance"))
        #expect(PartnersAndNetworks.namesNetworks("De quels collectifs êtes-vous membre ?"))
        #expect(!PartnersAndNetworks.namesNetworks("Avec quelles structures coopérez-vous ?"))
    }

    /// A form's own options for the kind of structure, read by their words when they say
    /// plainly what they are; a warning says how each was read, once per spelling.
    @Test func aFormsKindOptionsAreReadByTheirWords() throws {
        let vocabulary = ValueSynonyms.actorKinds
        #expect(vocabulary.match("Structure d'insertion")?.value == .structure)
        #expect(vocabulary.match("Autre")?.value == .unknown)
        #expect(vocabulary.match("Entreprise hors ESS")?.value == .entreprise)
        #expect(vocabulary.reading("Coopérative (SCOP, SCIC…)")?.match.value == .structure)
        #expect(vocabulary.reading("Réseau / fédération")?.match.value == .teteDeReseau)
        #expect(vocabulary.reading("Structure de l'accompagnement")?.match.value == .appui)
        #expect(vocabulary.reading("Structure de l'accompagnement")?.part == "accompagnement")
        #expect(vocabulary.reading("Association d'éducation populaire")?.match.legalForm == "Association")
        // Two kinds named, or a negation: no reading.
        #expect(vocabulary.reading("Mairie ou association") == nil)
        #expect(vocabulary.reading("Ancienne association") == nil)
        #expect(vocabulary.reading("Particulier") == nil)
        #expect(ValueSynonyms.roles.reading("Non membre") == nil)
        #expect(ValueSynonyms.roles.reading("Membre du CA")?.match.value == .membre)

        let result = try SpreadsheetConventionsTests.load([
            "actors.csv": Array("id,kind\nA,Structure de l'accompagnement\nB,Structure de l'accompagnement\nC,Particulier\n".utf8),
            "memberships.csv": Array("cooperation,actor\nP,A\nP,B\nP,C\n".utf8),
        ])
        #expect(result.dataset == nil)
        #expect(result.printed.filter { $0.contains("read as \"appui\"") } == [
            "actors.csv:2:3: warning: \"Structure de l'accompagnement\" read as \"appui\" (from \"accompagnement\"); write \"appui\" to say it plainly",
        ], "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("actors.csv:4:3: error: unknown actor kind \"Particulier\"") }, "\(result.printed)")
    }
}
