import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A list of projects with their members by role (« Projet | Porteur | Partenaires »),
/// as a call for projects or a project directory is kept (``CooperationMemberColumns``):
/// one cooperation per row, one membership per actor named, with the column's role.
@Suite struct CooperationMemberColumnsTests {
    static func load(_ name: String, _ bytes: [UInt8]) throws -> DatasetLoadResult {
        try ListedCooperationsTests.load(name, bytes)
    }

    static func roles(_ dataset: Dataset, of cooperation: String) -> [String: MembershipRole] {
        let names = Dictionary(uniqueKeysWithValues: dataset.actors.map { ($0.id, $0.name) })
        return Dictionary(dataset.memberships.filter { $0.cooperation == cooperation }.map { (names[$0.actor] ?? $0.actor, $0.role) },
                          uniquingKeysWith: { a, _ in a })
    }

    /// Excel's French CSV: each column's actors with its role, the other columns describing the project.
    @Test func aProjectListGivesEachActorNamedItsColumnsRole() throws {
        let result = try Self.load("Projets 2024.csv", SpreadsheetConventionsTests.cp1252(
            "Projet;Porteur;Partenaires;Financeurs;Année de démarrage;Statut;Budget\r\n"
                + "Plateforme mobilité;Scop Les Compagnons;Trait d'Union, Régie Bagatelle;Région Occitanie;2021;en cours;12000\r\n"
                + "Recyclerie Ariège;Le Relais Ariège;Mutuelle 09 / Fondation Ostéo;;2022;;\r\n"
                + "Pôle alimentaire;Pôle Sud, Est;;;2023;;\r\n"))
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.cooperations.map(\.id) == ["Plateforme mobilité", "Recyclerie Ariège", "Pôle alimentaire"])
        #expect(Self.roles(dataset, of: "Plateforme mobilité") == [
            "Scop Les Compagnons": .porteur, "Trait d'Union": .partenaire, "Régie Bagatelle": .partenaire, "Région Occitanie": .financeur,
        ])
        #expect(Self.roles(dataset, of: "Recyclerie Ariège") == ["Le Relais Ariège": .porteur, "Mutuelle 09": .partenaire, "Fondation Ostéo": .partenaire])
        // A singular header keeps a comma: « Pôle Sud, Est » is one carrier.
        #expect(Self.roles(dataset, of: "Pôle alimentaire") == ["Pôle Sud, Est": .porteur])
        let mobility = try #require(dataset.cooperation("Plateforme mobilité"))
        #expect(mobility.started == PartialDate(year: 2021) && mobility.status == .active)
        #expect(dataset.cooperation("Recyclerie Ariège")?.started == PartialDate(year: 2022))
        #expect(result.printed.contains(
            "Projets 2024.csv:1:1: warning: read as a list of cooperations and their members: one row per cooperation (\"Projet\"), its members by role: \"Porteur\" (porteur), \"Partenaires\" (partenaire), \"Financeurs\" (financeur)"),
                "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("Projets 2024.csv:1:65: warning: column \"Budget\" is not read in a list of cooperations and their members") },
                "\(result.printed)")
        // Each membership's messages point to its cell: the second partner of row 2.
        #expect(dataset.memberships.count == 8)
    }

    /// Numbered partner columns, a project on two rows, a project without members, and
    /// members without a project.
    @Test func rowsThatRepeatOrMissSayWhere() throws {
        let result = try Self.load("appel-a-projets.csv", Array("""
            Nom du projet,Structure porteuse,Partenaire 1,Partenaire 2,Membres
            Cantine locale,Mairie de Die,Jardins du Val,,
            Recyclerie,Ressourcerie du Diois,,,
            cantine locale,,Biocoop Die,,"Épicerie solidaire, Cinéma"
            ,Association X,Y,,

            """.utf8))
        #expect(result.hasErrors)
        #expect(result.printed.contains("appel-a-projets.csv:5:1: error: empty \"Nom du projet\" cell: which cooperation do these members take part in?"),
                "\(result.printed)")
        #expect(result.printed.contains(
            "appel-a-projets.csv:4:1: warning: cooperation \"cantine locale\" comes again (first line 2): one cooperation, its members added, its first row describing it"),
                "\(result.printed)")
        #expect(result.printed.contains { $0.contains("warning: cooperation \"Recyclerie\" names no member") } == false, "it has a carrier")

        let fine = try Self.load("appel-a-projets.csv", Array("""
            Nom du projet,Structure porteuse,Partenaire 1,Partenaire 2,Membres
            Cantine locale,Mairie de Die,Jardins du Val,,
            Veille sociale,,,,
            cantine locale,,Biocoop Die,,"Épicerie solidaire, Cinéma"

            """.utf8))
        let dataset = try #require(fine.dataset, "\(fine.printed)")
        #expect(dataset.cooperations.map(\.id) == ["Cantine locale", "Veille sociale"])
        #expect(Self.roles(dataset, of: "Cantine locale") == [
            "Mairie de Die": .porteur, "Jardins du Val": .partenaire, "Biocoop Die": .partenaire, "Épicerie solidaire": .membre, "Cinéma": .membre,
        ])
        #expect(fine.printed.contains("appel-a-projets.csv:3:1: warning: cooperation \"Veille sociale\" names no member: kept, without ties"), "\(fine.printed)")
    }

    /// A member list beside a project sheet in one workbook: both read, the member list's
    /// networks split (the project sheet is no cooperations table), actors met in both one.
    @Test func aMemberListAndAProjectSheetInOneWorkbook() throws {
        let members = """
            <sheetData>\(TestWorkbook.row(1, ["Nom de la structure", "Statut juridique", "Code postal", "Réseaux"]))\
            \(TestWorkbook.row(2, ["Scop Les Compagnons", "SCOP", "11400", "URSCOP Occitanie ; Coorace"]))\
            \(TestWorkbook.row(3, ["Trait d'Union", "Association", "31000", "Coorace, France Active"]))\
            \(TestWorkbook.row(4, ["Mutuelle 09", "Mutuelle", "09000", ""]))</sheetData>
            """
        let projects = """
            <sheetData>\(TestWorkbook.row(1, ["Projet", "Porteur", "Partenaires", "Statut"]))\
            \(TestWorkbook.row(2, ["Plateforme mobilité", "Scop Les Compagnons", "Trait d'Union, Mutuelle 09", "en cours"]))</sheetData>
            """
        let result = try Self.load("annuaire.xlsx", try TestWorkbook.xlsx([
            TestWorkbook.Sheet(name: "Adhérents 2024", data: members), TestWorkbook.Sheet(name: "Projets", data: projects),
        ]))
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.name).sorted() == ["Mutuelle 09", "Scop Les Compagnons", "Trait d'Union"])
        #expect(Set(dataset.cooperations.map(\.id)) == ["URSCOP Occitanie", "Coorace", "France Active", "Plateforme mobilité"])
        #expect(Self.roles(dataset, of: "Plateforme mobilité") == ["Scop Les Compagnons": .porteur, "Trait d'Union": .partenaire, "Mutuelle 09": .partenaire])
        #expect(dataset.actors.first { $0.name == "Scop Les Compagnons" }?.legalForm == "SCOP")
    }

    /// A « Coopérations » sheet with member columns and no memberships table: its rows are
    /// the cooperations (their id and name from its own columns), its member columns the memberships.
    @Test func aCooperationsSheetWithMemberColumns() throws {
        let data = """
            <sheetData>\(TestWorkbook.row(1, ["Identifiant", "Nom", "Forme", "Porteur", "Partenaires", "Début"]))\
            \(TestWorkbook.row(2, ["mob", "Plateforme mobilité", "partenariat", "Scop A", "B, C", "2021"]))\
            \(TestWorkbook.row(3, ["rec", "Recyclerie", "mutualisation", "D", "", ""]))</sheetData>
            """
        let result = try Self.load("cooperations.xlsx", try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Coopérations", data: data)]))
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.cooperations.map(\.id) == ["mob", "rec"])
        let mobility = try #require(dataset.cooperation("mob"))
        #expect(mobility.name == "Plateforme mobilité" && mobility.form == .partenariat && mobility.started == PartialDate(year: 2021))
        #expect(Self.roles(dataset, of: "mob") == ["Scop A": .porteur, "B": .partenaire, "C": .partenaire])
        #expect(Self.roles(dataset, of: "rec") == ["D": .porteur])
        #expect(result.printed.contains { $0.contains("read as a list of cooperations and their members: one row per cooperation (\"Identifiant\")") },
                "\(result.printed)")
    }

    /// A grid of `rows` of text, the first the header.
    static func grid(_ rows: [[String]]) -> MappedGrid {
        MappedGrid(header: rows[0], records: rows.dropFirst().map { $0.map { MappedGrid.Cell(text: $0, position: .file) } }, origin: .file)
    }

    /// A memberships table with a partner column: the structure with its row's role, its partners beside it.
    @Test func aStructureColumnWithItsRoleAndPartners() throws {
        let found = try #require(CooperationMemberColumns.header(in: Self.grid([["Projet", "Structure", "Rôle", "Partenaires"], ["A", "B", "porteur", "C"]])))
        #expect(found.members.map(\.role) == [.membre, .partenaire] && found.roleColumn == 2)
        let result = try Self.load("projets.csv", Array("""
            Projet;Structure;Rôle;Partenaires
            Plateforme mobilité;Scop Les Compagnons;porteuse;Trait d'Union, Régie Bagatelle
            Recyclerie;Le Relais;;Mutuelle 09
            Recyclerie;Emmaüs;président;

            """.utf8))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Self.roles(dataset, of: "Plateforme mobilité") == ["Scop Les Compagnons": .porteur, "Trait d'Union": .partenaire, "Régie Bagatelle": .partenaire])
        #expect(Self.roles(dataset, of: "Recyclerie") == ["Le Relais": .membre, "Mutuelle 09": .partenaire, "Emmaüs": .porteur])
        #expect(result.printed.contains(
            "projets.csv:1:1: warning: read as a list of cooperations and their members: one row per cooperation (\"Projet\"), its members by role: \"Structure\" (\"Rôle\"), \"Partenaires\" (partenaire)"),
                "\(result.printed)")
    }

    /// What stays as it was: a memberships table with a role column, and a list of ties.
    @Test func otherLayoutsAreNotTakenForIt() throws {
        #expect(CooperationMemberColumns.header(in: Self.grid([["Coopération", "Structure", "Rôle"], ["A", "B", "porteur"]])) == nil)
        #expect(CooperationMemberColumns.header(in: Self.grid([["Structure", "Partenaires"], ["A", "B"]])) == nil)
        #expect(CooperationMemberColumns.header(in: Self.grid([["Projet", "Porteur"], ["A", "B"]]))?.members.map(\.role) == [.porteur])
        // A column of numbers is a count, not a list of members.
        #expect(CooperationMemberColumns.header(in: Self.grid([["Projet", "Porteur", "Membres"], ["A", "B", "12"]]))?.members.map(\.role) == [.porteur])
        // « Acteurs » beside a role column lists members too.
        #expect(CooperationMemberColumns.header(in: Self.grid([["Projet", "Porteur", "Acteurs"], ["A", "B", "C"]]))?.members.map(\.role) == [.porteur, .membre])
        let table = try Self.load("participations.csv", Array("Coopération,Structure,Rôle\nA,B,porteur\nA,C,\n".utf8))
        #expect(!table.printed.contains { $0.contains("list of cooperations and their members") })
        #expect(table.dataset?.memberships.count == 2)
    }

    /// A DLA's follow-up sheet as kept: a title, a group row over « Intitulé | Forme |
    /// Démarrage » and « Structure porteuse | Partenaires | Financeurs », Excel's month
    /// format, a status saying a project is over, a total row. « Intitulé » beside member
    /// columns names the project; every column is read.
    @Test func aFollowUpSheetWithAGroupRowAndATitleColumn() throws {
        let csv = "Suivi des coopérations — DLA 62;;;;;;\r\n;;;;;;\r\n"
            + "Projet;;;Acteurs;;;Suivi\r\n"
            + "Intitulé;Forme;Démarrage;Structure porteuse;Partenaires;Financeurs;Statut\r\n"
            + "Recyclerie du Ternois;Mutualisation;janv.-21;Ternois Solidaire;\"Mairie de Saint-Pol ; CC du Ternois\";Région;En cours\r\n"
            + "Garage solidaire;PTCE;mars-19;Garage Solidaire Arrageois;DLA 62, CC du Ternois;;Terminé\r\n"
            + "Total;;;;;;2 projets\r\n"
        let result = try Self.load("suivi.csv", Array(csv.utf8))
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.cooperations.map(\.name) == ["Recyclerie du Ternois", "Garage solidaire"])
        #expect(dataset.cooperations.map(\.form) == [.mutualisation, .regroupement])
        #expect(dataset.cooperations.map { $0.started?.description } == ["2021-01", "2019-03"])
        #expect(Self.roles(dataset, of: "Recyclerie du Ternois") == [
            "Ternois Solidaire": .porteur, "Mairie de Saint-Pol": .partenaire, "CC du Ternois": .partenaire, "Région": .financeur])
        #expect(result.printed.contains { $0.hasPrefix("suivi.csv:1:") && $0.contains("3 lines above the header (line 4)") }, "\(result.printed)")
        #expect(result.printed.contains { $0.contains("is over, but has no end date") })
        #expect(!result.printed.contains { $0.contains("not read") && $0.contains("Projet") }, "\(result.printed)")
        // « Intitulé » names the project only beside member columns.
        #expect(CooperationMemberColumns.header(in: Self.grid([["Intitulé", "Commune"], ["A", "Lens"]])) == nil)
    }

    /// « Ville de Lens (financeur) » in one project and « Ville de Lens » in another are one
    /// actor, with that role in the first; parentheses that name no role stay in the name.
    /// In a list of ties, a funder's or an adviser's role noted so is its role in the pair.
    @Test func aRoleInParenthesesAfterANameIsItsRole() throws {
        let result = try Self.load("projets.csv", Array(("Projet;Porteur;Partenaires\r\n"
            + "Recyclerie;Ternois Solidaire;Ville de Lens (financeur), CAF (partenaire technique), DLA 62 (accompagnement)\r\n"
            + "Garage;Garage solidaire (SCIC);Ville de Lens\r\n").utf8))
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(Set(dataset.actors.map(\.id)) == ["Ternois Solidaire", "Ville de Lens", "CAF", "DLA 62", "Garage solidaire (SCIC)"])
        #expect(Self.roles(dataset, of: "Recyclerie") == ["Ternois Solidaire": .porteur, "Ville de Lens": .financeur, "CAF": .partenaire,
                                                          "DLA 62": .accompagnateur])
        #expect(Self.roles(dataset, of: "Garage")["Ville de Lens"] == .partenaire)
        #expect(result.printed.contains { $0.hasPrefix("projets.csv:2:") && $0.contains("\"Ville de Lens (financeur)\" read as \"Ville de Lens\", role financeur (and 2 more names") },
                "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("likely the same actor") })
        let ties = try #require(try Self.load("liens.csv", Array("Structure;Partenaires\r\nRessourcerie;Ville de Lens (financeur), CAF (partenaire)\r\nGarage;Ville de Lens\r\n".utf8)).dataset)
        #expect(Set(ties.actors.map(\.id)) == ["Ressourcerie", "Ville de Lens", "CAF", "Garage"])
        #expect(ties.memberships.contains { $0.actor == "Ville de Lens" && $0.role == .financeur })
        #expect(RoleNote.split("APES (Lille)") == ("APES (Lille)", nil) && RoleNote.split("(financeur)") == ("(financeur)", nil))
    }

    /// A memberships table whose rows hold « groupement » (a form) and « porteur » (a
    /// role): its header is the first row, so no data row below is taken for a project
    /// list's header. It was, and the table shrank to one membership.
    @Test func dataRowsBelowATablesHeaderAreNeverAHeader() throws {
        let csv = "Coopération;Forme;Date de début;Structure;Rôle\r\n"
            + "Pôle réemploi;PTCE;2019;Ressourcerie;porteur\r\nPôle réemploi;PTCE;2019;Ville de Lens;financeur\r\n"
            + "Mobilité;groupement;2021;Garage solidaire;porteur\r\nMobilité;groupement;2021;Ville de Lens;partenaire\r\n"
        #expect(CooperationMemberColumns.header(in: Self.grid(csv.split(separator: "\r\n").map { $0.split(separator: ";").map(String.init) })) == nil)
        let result = try Self.load("adhesions.csv", Array(csv.utf8))
        #expect(!result.hasErrors, "\(result.printed)")
        #expect(result.dataset?.memberships.count == 4 && result.dataset?.cooperations.count == 2, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("list of cooperations and their members") })
    }
}
