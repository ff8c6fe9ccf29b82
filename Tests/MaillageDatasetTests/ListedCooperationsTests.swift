import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A member list whose last column lists each structure's networks (« Réseaux
/// d'appartenance »: « Emmaüs France ; Réseau des recycleries »), as a CRESS keeps it:
/// one membership per network listed (``ListedCooperations``).
@Suite struct ListedCooperationsTests {
    /// Loads one file named `name` holding `bytes`.
    static func load(_ name: String, _ bytes: [UInt8]) throws -> DatasetLoadResult {
        let folder = try ScratchFolder("listed-cooperations")
        defer { folder.remove() }
        try folder.write([name: bytes])
        return DatasetLoader.load(folder: folder.url.appendingPathComponent(name))
    }

    /// The CRESS list: a merged title row, a date, a blank row, then the header.
    static let memberList: String = """
        <sheetData>\(TestWorkbook.row(1, ["Liste des adhérents de la CRESS"]))\(TestWorkbook.row(2, ["Mise à jour : 31/12/2025"]))\
        \(TestWorkbook.row(4, ["Raison sociale", "SIRET", "Forme juridique", "Code postal", "Commune", "Réseaux d'appartenance"]))\
        \(TestWorkbook.row(5, ["Les Ateliers du Bocage", "44123456700012", "Association", "62000", "Arras", "Emmaüs France ; Réseau des recycleries"]))\
        \(TestWorkbook.row(6, ["Terre de Liens", "38912345600025", "SCIC", "59000", "Lille", "Réseau des recycleries, Coop de France"]))\
        \(TestWorkbook.row(7, ["Envie Nord", "41234567800044", "SAS", "59100", "Roubaix", ""]))\
        \(TestWorkbook.row(8, ["Mutuelle du Littoral", "77712345600055", "Mutuelle", "62200", "Boulogne-sur-Mer", "Coop de France\nURSCOP"]))\
        </sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells>
        """

    @Test func aMemberListGivesOneMembershipPerNetworkListed() throws {
        let result = try Self.load("adherents.xlsx", try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Adhérents", data: Self.memberList)]))
        let dataset = try #require(result.dataset, "\(result.printed)")
        let pairs = dataset.memberships.map { "\($0.cooperation)/\($0.actor)" }
        #expect(pairs == [
            "Emmaüs France/Les Ateliers du Bocage", "Réseau des recycleries/Les Ateliers du Bocage",
            "Réseau des recycleries/Terre de Liens", "Coop de France/Terre de Liens",
            "Coop de France/Mutuelle du Littoral", "URSCOP/Mutuelle du Littoral",
        ])
        // The structure in no network is still an actor, described by its row.
        #expect(dataset.actors.count == 4)
        #expect(dataset.actor("Envie Nord")?.legalForm == "SAS")
        #expect(dataset.actor("Terre de Liens")?.legalForm == "SCIC")
        #expect(result.printed.contains("adherents.xlsx[Adhérents]!A1: warning: 2 rows above the header (row 4) are not read: a title or a note"),
                "\(result.printed)")
        #expect(result.diagnostics.contains {
            $0.description(in: .fr) == "adherents.xlsx[Adhérents]!F7: avertissement: « Envie Nord » n'a rien dans « Réseaux d'appartenance » : pas de participation sur cette ligne"
        }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("duplicate") })
        // The SIRET column keys the structures; its made-up numbers fail their check, said once.
        #expect(result.diagnostics.contains {
            $0.description(in: .fr) == "adherents.xlsx[Adhérents]!B5: avertissement: 4 SIRET ou SIREN dont la clé de contrôle est fausse (une faute de frappe ?), lus tels quels : ici « 44123456700012 »"
        }, "\(result.printed)")
    }

    /// The same list without its networks column: the message says which header to add.
    @Test func aListWithoutNetworksSaysWhichColumnToAdd() throws {
        let data = "<sheetData>" + TestWorkbook.row(1, ["Raison sociale", "Commune"]) + TestWorkbook.row(2, ["Envie Nord", "Roubaix"]) + "</sheetData>"
        let result = try Self.load("adherents.xlsx", try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Adhérents", data: data)]))
        #expect(result.dataset == nil)
        #expect(result.diagnostics.contains {
            $0.description(in: .fr).hasPrefix(
                "adherents.xlsx[Adhérents]!A1: erreur: colonne obligatoire « coopération » absente de l'en-tête : nommez-la par exemple « Coopération », « Projet », « Réseau », « Réseaux d'appartenance » (trouvé : ")
        }, "\(result.diagnostics.map { $0.description(in: .fr) })")
    }

    /// As Excel saves it in France: Windows-1252, `;`, CRLF; the list cell quoted.
    @Test func aListedCellInAnExcelCSVIsSplitAndErrorsPointToItsCell() throws {
        let text = "Raison sociale;Réseaux;Rôle\r\nLes Ateliers;\"Emmaüs France ; Réseau des recycleries\";Porteur\r\nEnvie;\"Emmaüs France;#N/A\";\r\n"
        let result = try Self.load("Adherents.csv", SpreadsheetConventionsTests.cp1252(text))
        #expect(result.dataset == nil)
        // A lookup error in a list stays an error, at the cell that lists it.
        #expect(result.printed.contains { $0.hasPrefix("Adherents.csv:3:7: error:") && $0.contains("#N/A") }, "\(result.printed)")
        let fixed = try Self.load("Adherents.csv", SpreadsheetConventionsTests.cp1252(text.replacingOccurrences(of: ";#N/A", with: "")))
        let dataset = try #require(fixed.dataset, "\(fixed.printed)")
        #expect(dataset.memberships.map(\.cooperation) == ["Emmaüs France", "Réseau des recycleries", "Emmaüs France"])
        #expect(dataset.memberships.map(\.role) == [.porteur, .porteur, .membre], "each membership keeps its row's role")
    }

    /// A singular « Coopération » or « Réseau » header: a cell is split at « ; », « | » and
    /// line breaks, never at « , » (a name may hold one), with a warning at the first cell
    /// split; an empty cell gives no membership; a table whose cells each name one
    /// cooperation is not rebuilt.
    /// Under a list header, a slash between spaces separates two networks too; one without spaces is part of a name.
    @Test func aSlashBetweenSpacesSeparatesNetworks() throws {
        let result = try Self.load("adherents.csv", Array("Structure;Réseaux\nRégie Bagatelle;CNLRQ / Coorace\nScop A;URSCOP/SCIC Occitanie\n".utf8))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map { "\($0.cooperation)/\($0.actor)" } == ["CNLRQ/Régie Bagatelle", "Coorace/Régie Bagatelle", "URSCOP/SCIC Occitanie/Scop A"])
    }

    @Test func aSingularCooperationHeaderSplitsOnlyAtSemicolonsAndBars() throws {
        let result = try Self.load("memberships.csv", Array("Structure,Coopération\na1,\"Pôle Sud, Est\"\na2,Pôle Sud ; TZCLD\na3,\na4,A | B\n".utf8))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map { "\($0.cooperation)/\($0.actor)" } == ["Pôle Sud, Est/a1", "Pôle Sud/a2", "TZCLD/a2", "A/a4", "B/a4"])
        #expect(result.diagnostics.map { $0.description(in: .fr) }.contains(
            "memberships.csv:3:4: avertissement: « Coopération » : « Pôle Sud ; TZCLD » nomme plusieurs coopérations, lues une par une (et 1 autre cellule) ; une coopération dont le nom contient « ; » s'écrit dans une table des coopérations"),
                "\(result.printed)")
        #expect(result.printed.contains("memberships.csv:4:4: warning: \"a3\" has nothing under \"Coopération\": no membership on this row"), "\(result.printed)")
        // The structure in none stays an actor, isolated.
        #expect(dataset.actors.map(\.id) == ["a1", "a2", "a3", "a4"], "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("error") }, "\(result.printed)")
        // The format's own column holds ids: « c; d » is one.
        var diagnostics: [Diagnostic] = []
        let plain = MappedGrid(header: ["cooperation", "actor"], records: [[.init(text: "c; d", position: .file), .init(text: "a", position: .file)]], origin: .file)
        #expect(ListedCooperations.read(plain, file: "m.csv", diagnostics: &diagnostics) == nil)
        let named = MappedGrid(header: ["Projet", "Structure"], records: [[.init(text: "c, d", position: .file), .init(text: "a", position: .file)]], origin: .file)
        #expect(ListedCooperations.read(named, file: "m.csv", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.isEmpty)
    }

    /// With a cooperations table the cells are ids, read as written.
    @Test func withACooperationsTableTheCellsAreIds() throws {
        let result = try SpreadsheetConventionsTests.load([
            "memberships.csv": Array("cooperation,actor\nPôle Sud ; TZCLD,a1\nPôle Sud ; TZCLD,a2\n".utf8),
            "cooperations.csv": Array("id,name,form\nPôle Sud ; TZCLD,Pôle Sud,partenariat\n".utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map(\.cooperation) == ["Pôle Sud ; TZCLD", "Pôle Sud ; TZCLD"])
    }
}

/// A member list whose « Réseaux » cells give each structure's role after the network:
/// « CRESS (administrateur) » is the CRESS, not a network of its own.
@Suite struct ListedRolesTests {
    @Test func aRoleInParenthesesAfterAListedNetworkIsTheStructuresRole() throws {
        let csv = "Structure;Commune;Réseaux d'appartenance\nRecyclerie;Arras;CRESS (présidente), URSCOP\n"
            + "Jardin;Lens;CRESS, Réseau Cocagne (membre fondateur)\nAtelier;Lens;\nGarage;Berck;Garage solidaire (SCIC)\n"
        let result = try ListedCooperationsTests.load("adherents.csv", Array(csv.utf8))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Set(dataset.cooperations.map(\.id)) == ["CRESS", "URSCOP", "Réseau Cocagne", "Garage solidaire (SCIC)"],
                "parentheses naming no role stay in the name")
        #expect(dataset.memberships.map { "\($0.actor) \($0.cooperation) \($0.role.rawValue)" } == [
            "Recyclerie CRESS porteur", "Recyclerie URSCOP membre", "Jardin CRESS membre", "Jardin Réseau Cocagne membre",
            "Garage Garage solidaire (SCIC) membre",
        ])
        #expect(result.printed.contains(
            "adherents.csv:2:18: warning: \"CRESS (présidente)\" read as \"CRESS\", role porteur (and 1 more name followed by a role in parentheses)"),
            "\(result.printed)")
        // The role column added for the notes is none of the file's: no message names it.
        #expect(!result.printed.contains { $0.contains("rôle") || $0.contains("role\"") }, "\(result.printed)")
    }

    /// Under a singular header with a role column, the note gives that row's role.
    @Test func aRoleNoteReplacesTheRowsRole() throws {
        let csv = "Structure;Réseau;Rôle\nRecyclerie;CRESS (administrateur);porteur\nJardin;CRESS;porteur\n"
        let result = try ListedCooperationsTests.load("adherents.csv", Array(csv.utf8))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map { "\($0.actor) \($0.cooperation) \($0.role.rawValue)" } == ["Recyclerie CRESS membre", "Jardin CRESS porteur"])
    }
}
