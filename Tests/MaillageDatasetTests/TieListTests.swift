import Foundation
import MaillageModel
import MaillageWorkbook
import Testing
@testable import MaillageDataset

/// Lists of ties (``TieList``): a partnership survey or an edge list, one row per pair of
/// actors, read as two-member cooperations with every message at its cell.
@Suite struct TieListTests {
    static func load(_ files: [String: [UInt8]]) throws -> DatasetLoadResult {
        try SpreadsheetConventionsTests.load(files)
    }

    /// The survey as Excel saves it in French: Windows-1252, `;`, CRLF, numbered ends.
    @Test func aPartnershipListFromExcelLoadsAsTwoMemberCooperations() throws {
        let result = try Self.load([
            "Partenariats 2024.csv": SpreadsheetConventionsTests.cp1252(
                "Structure 1;Structure 2;Type de partenariat;Année;Fin\r\n"
                    + "CIAS de Lens;Régie de quartier;Convention;2019;\r\n"
                    + "Régie de quartier;Jardin de Cocagne;Mutualisation;2021;2023\r\n"
                    + "CIAS de Lens;Régie de quartier;Chantier commun;2022;\r\n"),
        ])
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.name).sorted() == ["CIAS de Lens", "Jardin de Cocagne", "Régie de quartier"])
        #expect(dataset.cooperations.map(\.id) == ["CIAS de Lens+Régie de quartier", "Régie de quartier+Jardin de Cocagne", "CIAS de Lens+Régie de quartier-2"])
        let first = dataset.cooperations[0], second = dataset.cooperations[1]
        #expect(first.name == "CIAS de Lens – Régie de quartier")
        #expect(first.form == .unknown && first.summary == "Convention", "a type that is no form is kept as the summary")
        #expect(second.form == .mutualisation && second.summary.isEmpty)
        #expect(first.started == PartialDate(year: 2019) && second.ended == PartialDate(year: 2023))
        #expect(dataset.memberships.count == 6)
        // The pair listed twice shares two cooperations: its tie weighs 2.
        let cias = try #require(dataset.actors.firstIndex { $0.name == "CIAS de Lens" })
        let regie = try #require(dataset.actors.firstIndex { $0.name == "Régie de quartier" })
        let shared = Set(dataset.memberships.filter { $0.actor == dataset.actors[cias].id }.map(\.cooperation))
            .intersection(dataset.memberships.filter { $0.actor == dataset.actors[regie].id }.map(\.cooperation))
        #expect(shared.count == 2)
        #expect(result.printed.contains {
            $0 == "Partenariats 2024.csv:1:1: warning: read as a list of ties: one row per pair of actors (\"Structure 1\" and \"Structure 2\"), each pair a cooperation of the two"
        }, "\(result.printed)")
    }

    /// Gephi's edge list: Source, Target, Weight; the weight is said not to be read.
    @Test func anEdgeListReadsAndItsWeightIsExplained() throws {
        let result = try Self.load(["edges.csv": Array("Source,Target,Weight,Id\na,b,3,1\nb,c,1,2\n".utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.count == 2 && dataset.actors.count == 3)
        #expect(result.printed.contains { $0.hasPrefix("edges.csv:1:15: warning: column \"Weight\" is not read: a tie's weight is the number of cooperations the pair shares") },
                "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("edges.csv:1:22: warning: column \"Id\" is not read: a measure or a column a network program") },
                "an edge list's Id numbers its edges: \(result.printed)")
        #expect(result.diagnostics.contains { $0.message(in: .fr).hasPrefix("colonne « Weight » non lue : le poids d'un lien est le nombre de coopérations") })
    }

    /// A survey: each structure names its partners (several in one cell), its own commune
    /// describes it; a total row, an empty partner and a structure naming itself.
    @Test func aSurveyOfPartnersWithTheStructuresOwnColumns() throws {
        let result = try Self.load([
            "liens.csv": Array("""
                Enquête partenariats 2024;;
                Structure;Partenaires;Commune
                CIAS de Lens;Régie de quartier | Jardin de Cocagne;Lens
                Régie de quartier;Jardin de Cocagne;Liévin
                Jardin de Cocagne;;Lens
                Épicerie solidaire;épicerie  solidaire;Avion
                Total;4;

                """.utf8),
        ])
        #expect(result.printed.contains("liens.csv:2:1: warning: read as a list of ties: one row per actor (\"Structure\") and its partners (\"Partenaires\"), each pair a cooperation of the two"),
                "\(result.printed)")
        #expect(result.printed.contains("liens.csv:5:1: warning: \"Jardin de Cocagne\" names no partner: no tie on this row, but the structure counts among the actors"), "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("liens.csv:6:20: warning: a tie of an actor with itself is not read") }, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("liens.csv:7:1: warning: total row not read") }, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("liens.csv:1:1: warning: 1 line above the header") || $0.hasPrefix("liens.csv:1:1: warning: a line above the header") },
                "\(result.printed)")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.printed)")
        // Without those rows, the rest reads: three ties, the structures located in their communes.
        let fixed = try Self.load(["liens.csv": Array("""
            Structure;Partenaires;Commune
            CIAS de Lens;Régie de quartier | Jardin de Cocagne;Lens
            Régie de quartier;Jardin de Cocagne;Liévin

            """.utf8)])
        let dataset = try #require(fixed.dataset, "\(fixed.printed)")
        #expect(dataset.cooperations.count == 3)
        #expect(dataset.actor("CIAS de Lens")?.territories == ["Lens"])
        #expect(dataset.actor("Régie de quartier")?.territories == ["Liévin"])
    }

    /// A survey's wide form: the structure, then one column per partner it names
    /// (« Partenaire 1 », « Partenaire 2 »…), some left empty; not a pair of partners.
    @Test func aSurveyWithOnePartnerPerColumn() throws {
        let result = try Self.load(["reponses.csv": Array("""
            Horodateur;Structure;Partenaire 1;Partenaire 2;Partenaire 3;Commune
            2024-03-01 10:12;CIAS de Lens;Régie de quartier;Jardin de Cocagne;;Lens
            2024-03-02 09:40;Régie de quartier;Jardin de Cocagne;;;Liévin
            2024-03-02 11:05;Épicerie solidaire;;;;Avion

            """.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id) == ["CIAS de Lens+Régie de quartier", "CIAS de Lens+Jardin de Cocagne", "Régie de quartier+Jardin de Cocagne"])
        #expect(dataset.actor("Épicerie solidaire")?.territories == ["Avion"], "a structure without partners is still an actor, from its own columns")
        #expect(result.printed.contains { $0.hasPrefix("reponses.csv:1:1: warning: read as a list of ties: one row per actor (\"Structure\") and its partners (\"Partenaire 1\" to \"Partenaire 3\")") },
                "\(result.printed)")
        #expect(result.printed.contains("reponses.csv:4:18: warning: \"Épicerie solidaire\" names no partner: no tie on this row, but the structure counts among the actors"), "\(result.printed)")
        #expect(result.printed.contains("reponses.csv:1:1: warning: column \"Horodateur\" is not read: the row's history in the database or form the table comes from"), "\(result.printed)")
    }

    /// A workbook sheet « Liens » with « Partenaire A » and « Partenaire B »: messages name
    /// the sheet's cells.
    @Test func aWorkbookSheetOfTiesIsLocatedByItsCells() throws {
        let folder = try ScratchFolder("tie-list-workbook")
        defer { folder.remove() }
        let sheet = TestWorkbook.row(1, ["Partenaire A", "Partenaire B", "Nature", "Début"])
            + TestWorkbook.row(2, ["Mairie de Die", "Biocoop", "mutualisation", "2019"])
            + TestWorkbook.row(3, ["Biocoop", "", "appui", "2020"])
        try folder.write(["reseau.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Liens", data: sheet)])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("reseau.xlsx"))
        #expect(result.printed.contains("reseau.xlsx[Liens]!B3: error: empty \"Partenaire B\" cell: every row of a list of ties joins two actors"),
                "\(result.printed)")
    }

    /// Gephi's spreadsheet pair, as its data laboratory exports it: « nodes.csv » is the
    /// actors table (`Id`, `Label`), « edges.csv » the ties between ids. The pairs are
    /// named by the labels, an edge's `Label` names its cooperation, the edge directions
    /// and the measures Gephi added are said not read, by what they are.
    @Test func gephisNodesAndEdgesTables() throws {
        let result = try Self.load([
            "nodes.csv": Array("Id,Label,timeset,modularity_class,Degree\n1,Recyclerie,,0,1\n2,Mairie de Die,,0,2\n3,DLA 26,,1,1\n4,Jardin,,2,0\n".utf8),
            "edges.csv": Array("Source,Target,Type,Id,Label,timeset,Weight\n1,2,Undirected,0,Tiers-lieu,,1.0\n2,3,Undirected,1,,,2.0\n".utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.name) == ["Tiers-lieu", "Mairie de Die – DLA 26"])
        #expect(dataset.cooperations.allSatisfy { $0.summary.isEmpty }, "« Undirected » is no summary")
        #expect(dataset.actors.count == 4 && dataset.actor("1")?.name == "Recyclerie", "the isolated node stays an actor")
        #expect(result.printed.contains(
            "edges.csv:1:15: warning: column \"Type\" is not read: it says whether each edge is directed (Gephi), not what kind of cooperation it is; a cooperation joins its members both ways"),
            "\(result.printed)")
        #expect(result.printed.contains(
            "nodes.csv:1:10: warning: columns not read: \"timeset\", \"modularity_class\", \"Degree\", measures or columns a network program (Gephi, Maillage) adds; Maillage computes its own on these data (`maillage centrality`, `maillage clusters`)"),
            "Gephi's columns in one warning: \(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("edges.csv:1:20: warning: columns not read: \"Id\", \"timeset\", measures") }, "\(result.printed)")
        #expect(result.printed.count == 5, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") }, "\(result.printed)")
    }

    /// Kumu's connections file without its elements file: From and To are the two ends.
    @Test func aKumuConnectionsFileAloneIsAListOfTies() throws {
        let result = try Self.load(["Connections.csv": Array("From,To,Type\nMairie,Biocoop,mutualisation\nBiocoop,DLA,\n".utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.count == 2 && dataset.actors.count == 3)
        #expect(dataset.cooperations[0].form == .mutualisation)
        #expect(result.printed.contains { $0.hasPrefix("Connections.csv:1:1: warning: read as a list of ties") }, "\(result.printed)")
        #expect(result.fingerprint.count == 64)
    }

    /// A memberships table stays one: a cooperation column beside two actor columns, or
    /// an actor column without a partner column, is not a list of ties.
    @Test func membershipsTablesAreNotTieLists() throws {
        let result = try Self.load(["memberships.csv": Array("cooperation,actor,role\nc1,a1,porteur\nc1,a2,membre\n".utf8)])
        #expect(!result.hasErrors && !result.printed.contains { $0.contains("list of ties") }, "\(result.printed)")
        let withProject = try Self.load(["memberships.csv": Array("Projet,Structure 1,Structure 2\nc1,a1,a2\n".utf8)])
        #expect(!withProject.printed.contains { $0.contains("list of ties") })
    }

    /// A DLA's list of accompaniments in a workbook beside its list of structures: the
    /// « Accompagnateur » column names the adviser of each pair, who has that role, the
    /// year starts the cooperation and the theme says what it is about; a funder's
    /// column likewise gives the role `financeur`.
    @Test func aListOfAccompanimentsGivesTheAdviserItsRole() throws {
        let structures = "<sheetData>" + TestWorkbook.row(1, ["Nom de la structure", "Statut juridique", "Commune", "SIRET", "Chargé(e) de mission"])
            + TestWorkbook.row(2, ["Les Jardins d'Arras", "Association", "Arras", "44123456700012", "Prénom Nom"])
            + TestWorkbook.row(3, ["Ressourcerie du Ternois", "SCIC", "Saint-Pol-sur-Ternoise", "38912345600025", ""]) + "</sheetData>"
        let accompaniments = "<sheetData>" + TestWorkbook.row(1, ["Structure accompagnée", "Accompagnateur", "Année", "Thème"])
            + TestWorkbook.row(2, ["Les Jardins d'Arras", "DLA 62", "2021", "Stratégie"])
            + TestWorkbook.row(3, ["Ressourcerie du Ternois", "DLA 62", "2022", "Financement"])
            + TestWorkbook.row(4, ["Les Jardins d'Arras", "France Active", "2023", ""]) + "</sheetData>"
        let folder = try ScratchFolder("accompaniments")
        defer { folder.remove() }
        try folder.write(["dla.xlsx": try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Structures", data: structures), TestWorkbook.Sheet(name: "Accompagnements 2021-2023", data: accompaniments),
        ])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("dla.xlsx"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.name) == [
            "Les Jardins d'Arras – DLA 62 (accompagnement)", "Ressourcerie du Ternois – DLA 62 (accompagnement)",
            "Les Jardins d'Arras – France Active (accompagnement)",
        ])
        #expect(dataset.cooperations.map(\.summary) == ["Stratégie", "Financement", ""])
        #expect(dataset.cooperations.allSatisfy { $0.form == .appui }, "an accompaniment is support: form appui")
        #expect(dataset.cooperations[1].started == PartialDate(year: 2022))
        #expect(dataset.memberships.map { "\($0.actor)/\($0.role.rawValue)" } == [
            "Les Jardins d'Arras/membre", "DLA 62/accompagnateur", "Ressourcerie du Ternois/membre", "DLA 62/accompagnateur",
            "Les Jardins d'Arras/membre", "France Active/accompagnateur",
        ])
        // The advisers, named nowhere else, are support structures; the structures keep theirs.
        #expect(dataset.actor("DLA 62")?.kind == .appui && dataset.actor("France Active")?.kind == .appui)
        #expect(dataset.actor("Les Jardins d'Arras")?.kind == .structure)
        let french = result.diagnostics.map { $0.description(in: .fr) }
        #expect(french.contains { $0.contains("2 acteurs sans type qui n'accompagnent que d'autres structures (« DLA 62 », « France Active ») comptés comme structures d'appui") },
                "\(french)")
        #expect(french.contains(
            "dla.xlsx[Accompagnements 2021-2023]!A1: avertissement: lu comme une liste de liens : une ligne par acteur (« Structure accompagnée ») et son accompagnateur (« Accompagnateur »), chaque paire une coopération à deux où « Accompagnateur » a le rôle accompagnateur"),
                "\(french)")
        // The SIRET keys the structures (its made-up numbers fail their check, said once), the
        // staff member's name is personal data, said by its header as written.
        #expect(french.contains(
            "dla.xlsx[Structures]!D2: avertissement: 2 SIRET ou SIREN dont la clé de contrôle est fausse (une faute de frappe ?), lus tels quels : ici « 44123456700012 »"),
                "\(french)")
        #expect(french.contains { $0.hasPrefix("dla.xlsx[Structures]!E1: avertissement: la colonne « Chargé(e) de mission » semble contenir des données personnelles") },
                "\(french)")

        let list = try Self.load(["dla.csv": Array("Structure accompagnée;Accompagnateur\nRégie;DLA 62\nJardin;DLA 62\n".utf8)])
        #expect(list.printed.contains(
            "dla.csv: warning: actors.csv is absent: 3 actors are known only by their id (kind \"unknown\", but 1 counted as support structure)"),
            "\(list.printed)")

        let grants = try Self.load(["subventions.csv": Array("Structure financée;Financeur;Année\nLes Jardins;Fondation de France;2024\n".utf8)])
        let funded = try #require(grants.dataset, "\(grants.printed)")
        #expect(funded.memberships.map(\.role) == [.membre, .financeur])
        #expect(funded.cooperations.map(\.name) == ["Les Jardins – Fondation de France (financement)"])
        #expect(funded.cooperations.map(\.form) == [.unknown])
    }
}
