import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// What the messages about a header say to someone who wrote it in a spreadsheet: its
/// own words, never an internal key, and no error for columns that are not read.
@Suite struct HeaderMessagesTests {
    /// A title merged over the row, with no header below it that the loader knows: the
    /// missing columns are said, the title's spread cells are no duplicate columns.
    @Test func aMergedTitleIsNoDuplicateColumn() throws {
        let data = "<sheetData>" + TestWorkbook.row(1, ["Suivi 2025"]) + TestWorkbook.row(2, ["Qui", "Quoi", "Quand"])
            + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>"
        let result = try ListedCooperationsTests.load("suivi.xlsx", try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuil1", data: data)]))
        #expect(result.dataset == nil)
        #expect(!result.printed.contains { $0.contains("duplicate") }, "\(result.printed)")
        #expect(result.printed.filter { $0.contains("error: missing required column") }.count == 2, "\(result.printed)")
        // Two « Remarques » apart: the second is said ignored, as the first, not refused.
        let twice = try SpreadsheetConventionsTests.load(["memberships.csv": Array("Remarques,cooperation,actor,Remarques\nx,c,a,y\n".utf8)])
        #expect(twice.dataset != nil, "\(twice.printed)")
        #expect(twice.printed.contains("memberships.csv:1:29: warning: duplicate column \"remarques\" is ignored, as column 1 of the header is"), "\(twice.printed)")
    }

    /// « Adhérent » (a yes/no column) beside « Structure »: both name the actor.
    @Test func aDuplicateColumnIsNamedAsWrittenInFrench() throws {
        let result = try SpreadsheetConventionsTests.load(["memberships.csv": Array("Structure;Projet;Adhérent\nEnvie;PTCE;VRAI\n".utf8)])
        #expect(result.diagnostics.contains {
            $0.description(in: .fr) == "memberships.csv:1:18: erreur: colonne « Adhérent » en double : la colonne 1 de l'en-tête donne déjà « structure » ; renommez ou retirez l'une des deux"
        }, "\(result.diagnostics.map { $0.description(in: .fr) })")
    }

    /// Values and tables are said in French: « type non renseigné », not « unknown »; a
    /// workbook's user reads « pas de table des acteurs », not a file name they never made.
    @Test func missingActorsAreSaidInFrench() throws {
        let result = try SpreadsheetConventionsTests.load([
            "memberships.csv": Array("Structure;Projet\nEnvie;PTCE\nCIAS;PTCE\n".utf8),
            "actors.csv": Array("Nom;Type\nEnvie;Association\n".utf8),
        ])
        let french = result.diagnostics.map { $0.description(in: .fr) }
        #expect(french.contains("memberships.csv:3:1: avertissement: l'acteur « CIAS » n'est pas dans actors.csv : son identifiant lui sert de nom, type non renseigné"), "\(french)")
        #expect(french.contains("memberships.csv: avertissement: pas de table des coopérations (cooperations.csv, ou une feuille « Coopérations ») : 1 coopération n'est connue que par son identifiant (forme non renseignée)"), "\(french)")
    }

    /// « Nom » beside « Réseau » with no « Structure »: the member's name, said once; a
    /// list of people (« Nom | Prénom »), a header with its own structure column or two
    /// bare names keep their reading, and a table of cooperations is not taken for one.
    @Test func aBareNameBesideACooperationIsTheMember() throws {
        for (file, text) in [("Adhérents.csv", "Nom;Réseau;Effectif\nLa Fabrique;CRESS;12\nLe Relais;CRESS;3\n"),
                             ("Feuil1.csv", "Nom;Réseaux d'appartenance\nLa Fabrique;CRESS, APES\nLe Relais;APES\n")] {
            let result = try SpreadsheetConventionsTests.load([file: Array(text.utf8)])
            let dataset = try #require(result.dataset, "\(result.printed)")
            #expect(Set(dataset.actors.map(\.id)) == ["La Fabrique", "Le Relais"], "\(result.printed)")
            #expect(result.diagnostics.contains {
                $0.description(in: .fr) == "\(file):1:1: avertissement: colonne « Nom » lue comme la structure membre, à côté de la coopération ; nommez-la « Structure » pour le dire"
            }, "\(result.diagnostics.map { $0.description(in: .fr) })")
        }
        let result = try SpreadsheetConventionsTests.load(["Adhérents.csv": Array("Nom;Réseau;Effectif\nLa Fabrique;CRESS;12\n".utf8)])
        #expect(result.dataset?.actor("La Fabrique")?.employees == Headcount(exactly: 12), "the row's own actor columns are read")
        let schema = TableSchema.memberships
        #expect(schema.bareNameActorColumn(["Nom", "Réseau"]) == 0)
        #expect(schema.bareNameActorColumn(["Réseau", "Nom", "Commune"]) == 1)
        #expect(schema.bareNameActorColumn(["Nom", "Prénom", "Réseau"]) == nil, "a person's name")
        #expect(schema.bareNameActorColumn(["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom", "À quels réseaux adhérez-vous ?"]) == nil,
                "Microsoft Forms: the person who answered")
        #expect(schema.bareNameActorColumn(["Nom", "Structure", "Réseau"]) == nil, "the structure is named")
        #expect(schema.bareNameActorColumn(["Nom", "Libellé", "Réseau"]) == nil, "two candidates")
        #expect(schema.bareNameActorColumn(["Nom", "Forme", "Secteur"]) == nil, "no cooperation column")
        #expect(TableSchema.cooperations.bareNameActorColumn(["Nom", "Réseau"]) == nil)
        let cooperations = try SpreadsheetConventionsTests.load([
            "memberships.csv": Array("Structure;Projet\nEnvie;PTCE\n".utf8), "cooperations.csv": Array("Nom;Forme\nPTCE;collectif\n".utf8),
        ])
        #expect(cooperations.dataset?.cooperations.first?.form == .collectif, "\(cooperations.printed)")
    }

    /// A database export's headers: a column's name with an identifier word before or
    /// after it (`groupement_siren`, `id_projet`, `departement_code`), « Groupement » for
    /// the cooperation; a word that names nothing stays unknown.
    @Test func aDatabaseExportsHeadersReadAsTheColumnsTheyName() throws {
        #expect(TableSchema.memberships.column(named: "groupement_siren") == "cooperation")
        #expect(TableSchema.memberships.column(named: "adherent_siren") == "actor")
        #expect(TableSchema.memberships.column(named: "id_projet") == "cooperation")
        #expect(TableSchema.memberships.column(named: "acteur_id") == "actor")
        #expect(TableSchema.actors.column(named: "nom_structure") == "name")
        #expect(TableSchema.actors.column(named: "departement_code") == "territories:departement")
        #expect(TableSchema.actors.column(named: "code_insee") == "insee", "an alias is read as it is first")
        #expect(TableSchema.memberships.column(named: "siren") == "siren" && TableSchema.memberships.column(named: "id") == nil)
        #expect(TableSchema.actors.column(named: "Nom (sigle)") == "acronym")
        // Columns not read, said by what they are.
        #expect(UnreadColumns.kind(of: "finess_ej") == .administrativeIdentifier && UnreadColumns.kind(of: "Catégorie FINESS") == .administrativeIdentifier)
        #expect(UnreadColumns.kind(of: "created_at") == .recordHistory && UnreadColumns.kind(of: "Saisi par") == .recordHistory)
        #expect(UnreadColumns.kind(of: "Remarques") == .note && UnreadColumns.kind(of: "geo_mode") == nil)
        #expect(["N°", "#", "N° d'ordre", "No"].allSatisfy { UnreadColumns.kind(of: $0) == .rowNumber })
        #expect(UnreadColumns.kind(of: "Numéro adhérent") == nil)
        let result = try SpreadsheetConventionsTests.load(["adhesions.csv": Array("groupement_siren,adherent_siren\n200000172,200001402\n200000172,200024016\n".utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map(\.cooperation) == ["200000172", "200000172"])
    }
}
