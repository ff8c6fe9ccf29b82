import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// How people lay a list out in a spreadsheet before anyone asks for a dataset: a
/// title and a date above the header, a total row under the data, two names in one
/// header cell (« Réseau / coopération »). Each used to stop the load.
@Suite struct SheetLayoutTests {
    static func load(_ files: [String: [UInt8]]) throws -> DatasetLoadResult {
        let folder = try ScratchFolder("sheet-layout")
        defer { folder.remove() }
        try folder.write(files)
        // One file is loaded as the dataset; several, as a folder.
        return DatasetLoader.load(folder: files.count == 1 ? folder.url.appendingPathComponent(files.keys.sorted()[0]) : folder.url)
    }

    /// A title in A1 alone (so not as wide as the header), a note in A2, a blank row,
    /// then the header in row 4 and a total row at the bottom.
    static let titled: [UInt8] = {
        let rows = TestWorkbook.row(1, ["Pôle territorial de coopération économique — Boulonnais"])
            + TestWorkbook.row(2, ["Liste des adhésions au 31/12/2025"])
            + TestWorkbook.row(4, ["Structure", "Statut juridique", "Réseau / coopération", "Rôle", "Adhésion depuis"])
            + TestWorkbook.row(5, ["Recyclerie du Portel", "SCIC", "PTCE Boulonnais", "Porteur", "2019"])
            + TestWorkbook.row(6, ["Coop'Bâtir", "SCOP", "PTCE Boulonnais", "Membre", "2021"])
            + TestWorkbook.row(7, ["Coop'Bâtir", "SCOP", "Circuit court Opale", "Membre", "2022"])
            + TestWorkbook.row(9, ["Total", "", "", "3", ""])
        return (try? TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Adhérents 2025", data: rows)])) ?? []
    }()

    @Test func aTitleAboveTheHeaderAndATotalRowBelowAreSkippedWithAWarning() throws {
        let result = try Self.load(["ptce.xlsx": Self.titled])
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.memberships.count == 3)
        #expect(Set(dataset.cooperations.map(\.id)) == ["PTCE Boulonnais", "Circuit court Opale"])
        #expect(dataset.memberships.first?.role == .porteur)
        #expect(dataset.memberships.first?.since != nil, "« Adhésion depuis » is the since column")
        #expect(result.printed.contains { $0.contains("[Adhérents 2025]!A1") && $0.contains("2 rows above the header (row 4) are not read") },
                "\(result.printed)")
        #expect(result.printed.contains { $0.contains("[Adhérents 2025]!A9") && $0.contains("total row not read") }, "\(result.printed)")
        #expect(!dataset.actors.contains { $0.id == "Total" })
    }

    @Test func aCSVWithATitleLineReadsFromItsHeader() throws {
        let csv = "Adhérents du réseau;;\r\n;;\r\nStructure;Coopération;Rôle\r\nBiocoop;Pôle alimentaire;membre\r\nMairie de Die;Pôle alimentaire;porteur\r\nTOTAL;;2\r\n"
        let result = try Self.load(["adherents.csv": Array(csv.utf8)])
        #expect(!result.hasErrors, "\(result.printed)")
        #expect(result.dataset?.memberships.count == 2)
        #expect(result.printed.contains { $0.hasPrefix("adherents.csv:1:") && $0.contains("2 lines above the header (line 3) are not read") },
                "\(result.printed)")
    }

    /// Merged cells above the header that group its columns (« Projet » over « Nom du
    /// projet | Année », « Acteurs » over « Porteur | Partenaires »): the header is the row
    /// below, in a workbook (a merged cell's text in every cell it covers) as in the CSV
    /// saved from it (the text once, then blanks). The group row used to be taken for the
    /// header, and the real header for a cooperation named « Nom du projet ».
    @Test func aGroupRowOfMergedCellsAboveTheHeaderIsSkipped() throws {
        let rows = TestWorkbook.row(1, ["Projet", "", "Acteurs", "", "Suivi"])
            + TestWorkbook.row(2, ["Nom du projet", "Année", "Porteur", "Partenaires", "Commentaire"])
            + TestWorkbook.row(3, ["Recyclerie du Ternois", "2021", "Ternois Solidaire", "Mairie de Saint-Pol\nDLA 62", "ok"])
            + TestWorkbook.row(4, ["Garage solidaire", "2022", "Garage Solidaire Arrageois", "DLA 62", ""])
        let merged = "<sheetData>\(rows)</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:B1\"/><mergeCell ref=\"C1:D1\"/></mergeCells>"
        let workbook = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Projets 2024", data: merged)])
        let csv = "Projet;;Acteurs;;Suivi\r\nNom du projet;Année;Porteur;Partenaires;Commentaire\r\n"
            + "Recyclerie du Ternois;2021;Ternois Solidaire;\"Mairie de Saint-Pol\nDLA 62\";ok\r\nGarage solidaire;2022;Garage Solidaire Arrageois;DLA 62;\r\n"
        for (name, bytes) in [("projets.xlsx", workbook), ("projets.csv", Array(csv.utf8))] {
            let result = try Self.load([name: bytes])
            #expect(!result.hasErrors, "\(result.printed)")
            let dataset = try #require(result.dataset)
            #expect(Set(dataset.cooperations.map(\.name)) == ["Recyclerie du Ternois", "Garage solidaire"], "\(name)")
            #expect(dataset.memberships.count == 5, "\(name)")
            #expect(dataset.memberships.filter { $0.role == .porteur }.count == 2, "\(name)")
            #expect(dataset.cooperations.first { $0.name == "Garage solidaire" }?.started != nil, "« Année » is the start, \(name)")
            #expect(result.printed.contains { $0.contains("1 row above the header (row 2) is not read") || $0.contains("1 line above the header (line 2) is not read") },
                    "\(result.printed)")
        }
        // A memberships table under a group row: « Coopération » and « Structure » over four columns.
        let memberships = "Coopération;;Structure;\r\ncoopération;forme;acteur;rôle\r\nPôle réemploi;PTCE;Ressourcerie;porteur\r\nPôle réemploi;PTCE;Ville de Lens;financeur\r\n"
        let result = try Self.load(["adhesions.csv": Array(memberships.utf8)])
        #expect(!result.hasErrors, "\(result.printed)")
        #expect(result.dataset?.memberships.count == 2 && result.dataset?.actors.count == 2, "\(result.printed)")
        #expect(result.dataset?.memberships.first?.role == .porteur)
    }

    /// A header row followed by data rows is the header, even when its first data row
    /// fills more cells than it (an unnamed column): only a row that is a header too can
    /// take its place.
    @Test func aHeaderWithAnUnnamedColumnStaysTheHeader() throws {
        let csv = "coopération;acteur;\r\nPôle réemploi;Ressourcerie;note\r\nPôle réemploi;Ville de Lens;\r\n"
        let result = try Self.load(["adhesions.csv": Array(csv.utf8)])
        #expect(result.dataset?.memberships.count == 2, "\(result.printed)")
        #expect(Table.namedColumns(["Projet", "Projet", "Acteurs", "Acteurs", "Suivi"]) == 3)
        #expect(Table.namedColumns(["Projet", "", "Acteurs", " ", "Suivi"]) == 3)
        #expect(Table.namedColumns(["coopération", "acteur", "rôle"]) == 3)
    }

    @Test func anActorCalledTotalIsStillAnActor() throws {
        let csv = "Structure;Coopération\nTotal;Pôle alimentaire\nBiocoop;Pôle alimentaire\n"
        let result = try Self.load(["adherents.csv": Array(csv.utf8)])
        #expect(result.dataset?.memberships.count == 2, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("total row") })
    }

    @Test func twoNamesOfOneColumnInOneHeaderCell() {
        #expect(TableSchema.memberships.column(named: "réseau / coopération") == "cooperation")
        #expect(TableSchema.memberships.column(named: "structure ou organisme") == "actor")
        #expect(TableSchema.actors.column(named: "statut / forme juridique") == "legal_form")
        // Two different columns, or an unknown part: no guess.
        #expect(TableSchema.memberships.column(named: "structure / coopération") == nil)
        #expect(TableSchema.memberships.column(named: "réseau / x") == "cooperation")
        #expect(TableSchema.memberships.column(named: "a / b") == nil)
    }

    @Test func aHeaderFarBelowIsNotLookedFor() throws {
        // Eleven lines of notes: the first line is taken as the header, as before, and its error said.
        let csv = (1...11).map { "note \($0);" }.joined(separator: "\n") + "\nStructure;Coopération\nBiocoop;Pôle\n"
        let result = try Self.load(["adherents.csv": Array(csv.utf8)])
        #expect(result.hasErrors)
        #expect(result.printed.contains { $0.hasPrefix("adherents.csv:1:") && $0.contains("missing required column") }, "\(result.printed)")
    }
}

extension SheetLayoutTests {
    @Test func oneCooperationIsSingular() throws {
        let result = try Self.load(["adherents.csv": Array("Structure;Coopération\nBiocoop;Pôle\n".utf8)])
        #expect(result.printed.contains { $0.contains("1 cooperation is known only by its id") }, "\(result.printed)")
        #expect(result.printed.contains { $0.contains("1 actor is known only by its id") }, "\(result.printed)")
    }
}

/// Actor columns in the memberships table (``InlineActorColumns``).
extension SheetLayoutTests {
    static let oneSheet = "Structure;Statut juridique;Commune;Projet;Rôle\n"
        + "Recyclerie du Portel;SCIC;Le Portel;PTCE Boulonnais;porteur\n"
        + "Coop'Bâtir;SCOP;Saint-Martin-Boulogne;PTCE Boulonnais;membre\n"
        + "Mairie de Wimereux;;Wimereux;PTCE Boulonnais;financeur\n"
        + "Coop'Bâtir;;Saint-Martin-Boulogne;Circuit court Opale;membre\n"
        + "Mairie de Wimereux;Mairie;;Circuit court Opale;partenaire\n"

    @Test func actorColumnsInAOneSheetListDescribeTheActors() throws {
        let result = try Self.load(["adherents.csv": Array(Self.oneSheet.utf8)])
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.count == 3)
        #expect(dataset.actor("Recyclerie du Portel")?.legalForm == "SCIC")
        #expect(dataset.actor("Recyclerie du Portel")?.kind == .structure, "the kind follows the legal form")
        #expect(dataset.actor("Mairie de Wimereux")?.legalForm == "Mairie", "the first non-empty value, from a later row")
        #expect(dataset.actor("Mairie de Wimereux")?.kind == .collectivite)
        #expect(dataset.actor("Coop'Bâtir")?.territories == ["Saint-Martin-Boulogne"])
        #expect(dataset.territory("Wimereux")?.level == .commune)
        #expect(dataset.memberships.count == 5)
        // Read, so neither unknown nor "actors.csv is absent".
        #expect(!result.printed.contains { $0.contains("unknown column") || $0.contains("actors.csv is absent") }, "\(result.printed)")
    }

    /// « Coopération | Forme | Statut | Structure | Rôle | Type »: each row repeats its
    /// cooperation's form and status, which give the cooperations table; « Type » stays
    /// the structure's kind. These columns used to be « colonne inconnue », every form
    /// « non renseignée ».
    @Test func cooperationColumnsInAOneSheetListDescribeTheCooperations() throws {
        let csv = "Coopération;Forme;Statut;Date de début;Structure;Rôle;Type\r\n"
            + "Pôle réemploi;PTCE;en cours;2019;Ressourcerie;porteur;association\r\n"
            + "Pôle réemploi;;en cours;2019;Ville de Lens;financeur;collectivité\r\n"
            + "Mobilité;groupement;en construction;2021;Garage solidaire;porteur;association\r\n"
            + "Mobilité;mutualisation;en construction;2021;Ville de Lens;partenaire;collectivité\r\n"
        let result = try Self.load(["projets.csv": Array(csv.utf8)])
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.cooperations.count == 2 && dataset.memberships.count == 4)
        let byName = Dictionary(uniqueKeysWithValues: dataset.cooperations.map { ($0.name, $0) })
        #expect(byName["Pôle réemploi"]?.form == .regroupement, "PTCE is a regroupement d'acteurs")
        #expect(byName["Mobilité"]?.form == .regroupement, "the first non-empty value is kept")
        #expect(byName["Mobilité"]?.status == .enConstruction && byName["Pôle réemploi"]?.status == .active)
        #expect(dataset.actor("Ville de Lens")?.kind == .collectivite, "« Type » describes the structure")
        #expect(dataset.memberships.allSatisfy { $0.since != nil }, "« Date de début » stays the membership's start")
        #expect(result.printed.contains { $0.hasPrefix("projets.csv:5:10:") && $0.contains("another value for the same cooperation") },
                "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") || $0.contains("cooperations.csv is absent") }, "\(result.printed)")
    }

    /// « Terminée » as a status: the cooperation is over, which its end date says; without
    /// one, it counts as active, with one warning asking for it. It was an error that
    /// stopped the analysis.
    @Test func aStatusSayingTheCooperationIsOverAsksWhenItEnded() throws {
        let files: [String: [UInt8]] = [
            "cooperations.csv": Array("id,name,status,ended\nc1,Pôle,Terminée,\nc2,Garage,achevé,2022\nc3,Épicerie,clôturé,\nc4,Mobilité,en cours,\n".utf8),
            "memberships.csv": Array("cooperation,actor\nc1,a\nc1,b\nc2,a\nc2,c\nc3,b\nc3,c\nc4,a\nc4,d\n".utf8),
        ]
        let result = try Self.load(files)
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.cooperations.allSatisfy { $0.status == .active })
        #expect(dataset.cooperations.first { $0.id == "c2" }?.ended != nil)
        let said = result.printed.filter { $0.contains("is over, but has no end date") }
        #expect(said.count == 1 && said[0].hasPrefix("cooperations.csv:2:") && said[0].contains("(and 1 more)"), "\(result.printed)")
    }

    /// « Type » means the actors' kind beside « Structure », and the cooperations' form when
    /// its values are forms: « Coopération | Type | Structure » with « mutualisation » was
    /// three errors (unknown actor kinds).
    @Test func aTypeColumnOfFormsDescribesTheCooperations() throws {
        let forms = "Coopération;Type;Structure;Rôle\r\nPôle réemploi;mutualisation;Ressourcerie;porteur\r\n"
            + "Pôle réemploi;mutualisation;Ville de Lens;financeur\r\nMobilité;partenariat;Garage solidaire;porteur\r\nMobilité;appui;Ville de Lens;\r\n"
        let result = try Self.load(["projets.csv": Array(forms.utf8)])
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.cooperations.map(\.form) == [.mutualisation, .partenariat])
        #expect(dataset.actors.allSatisfy { $0.kind == .unknown })
        let kinds = "Structure;Type;Coopération\r\nRessourcerie;association;Pôle réemploi\r\nVille de Lens;collectivité;Pôle réemploi\r\nCentre;appui;Pôle réemploi\r\n"
        let actors = try #require(try Self.load(["adherents.csv": Array(kinds.utf8)]).dataset)
        #expect(actors.actors.map(\.kind) == [.structure, .collectivite, .appui])
        #expect(actors.cooperations.map(\.form) == [.unknown])
    }

    /// A « Statut » that speaks of the membership (« adhérent », « ancien adhérent ») is
    /// not the cooperations' status but where each membership stands (``MembershipStanding``):
    /// the former member is left out, one warning, no error. Another value there is the
    /// cooperations' status refused, as before.
    @Test func aColumnWhoseValuesAreNotTheCooperationsIsNotReadAsTheirs() throws {
        let csv = "Réseau;Structure;Statut\r\nCoorace;Ressourcerie;adhérent\r\nCoorace;Garage solidaire;ancien adhérent\r\n"
        let result = try Self.load(["reseaux.csv": Array(csv.utf8)])
        #expect(!result.hasErrors, "\(result.printed)")
        #expect(result.dataset?.memberships.map(\.actor) == ["Ressourcerie"])
        #expect(result.dataset?.cooperations.first?.status == .active)
        #expect(result.printed.filter { $0.contains("Statut") } == [
            "reseaux.csv:3:26: warning: \"Statut\": 1 membership not read, ended (\"ancien adhérent\"): the network as it stands does not count it (the structure stays an actor when a table describes it); an end date (until) keeps an ended membership in the history",
        ], "\(result.printed)")
        let other = try Self.load(["reseaux.csv": Array("Réseau;Structure;Statut\r\nCoorace;Ressourcerie;adhérent\r\nCoorace;Garage solidaire;à voir\r\n".utf8)])
        #expect(other.dataset?.memberships.count == 2)
        #expect(other.printed.contains { $0.hasPrefix("reseaux.csv:2:") && $0.contains("not read as the cooperations' status") && $0.contains("\"adhérent\" is not one") },
                "\(other.printed)")
    }

    @Test func anActorWhoseRowsDisagreeIsReportedAtTheLaterCell() throws {
        let csv = Self.oneSheet + "Coop'Bâtir;SCIC;Saint-Martin-Boulogne;Territoire zéro chômeur;membre\n"
        let result = try Self.load(["adherents.csv": Array(csv.utf8)])
        #expect(result.dataset?.actor("Coop'Bâtir")?.legalForm == "SCOP", "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("adherents.csv:7:12:") && $0.contains("another value for the same actor: \"SCIC\" here, \"SCOP\" on line 3, which is kept") },
                "\(result.printed)")
    }

    /// A name of no letter or digit (« ??? » left by a lossy export, « — », emoji) is an
    /// actor of the list like the others: described by its row, not "not in the file".
    @Test func aNameWithoutLettersIsDescribedByItsRow() throws {
        let csv = Self.oneSheet + "???;SCIC;Wimereux;Circuit court Opale;membre\n" + "🌱🌱;Association;;Circuit court Opale;membre\n"
        let result = try Self.load(["adherents.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("???")?.legalForm == "SCIC", "\(result.printed)")
        #expect(dataset.actor("???")?.kind == .structure)
        #expect(dataset.actor("???")?.territories == ["Wimereux"])
        #expect(dataset.actor("🌱🌱")?.kind == .structure)
        #expect(dataset.actors.count == 5)
        #expect(!result.printed.contains { $0.contains("is not in adherents.csv") }, "\(result.printed)")
    }

    /// A lookup that found nothing leaves `#N/A` (an error cell of the workbook, text in a
    /// CSV export): an error at each such cell of a column that is read, never an actor,
    /// a cooperation or a commune named « #N/A »; in a column that is not read, nothing.
    @Test func formulaErrorValuesAreRefusedAtTheirCells() throws {
        let rows = TestWorkbook.row(1, ["Structure", "Coopération", "Commune", "Remarques"])
            + TestWorkbook.row(2, ["Alpha", "PTCE", "Arras", ""])
            + "<row r=\"3\"><c r=\"A3\" t=\"e\"><f>VLOOKUP(X3,B:B,1,0)</f><v>#N/A</v></c>"
            + "<c r=\"B3\" t=\"inlineStr\"><is><t>PTCE</t></is></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Beta</t></is></c><c r=\"B4\" t=\"e\"><v>#REF!</v></c>"
            + "<c r=\"C4\" t=\"e\"><v>#N/A</v></c><c r=\"D4\" t=\"e\"><v>#DIV/0!</v></c></row>"
        let workbook = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Participations", data: rows)])
        let result = try Self.load(["liste.xlsx": workbook])
        #expect(result.dataset == nil, "\(result.printed)")
        let errors = result.errors.map(\.description)
        #expect(errors.contains { $0.hasPrefix("liste.xlsx[Participations]!A3: error: \"#N/A\" in column \"Structure\": a spreadsheet formula's error value") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("liste.xlsx[Participations]!B4: error: \"#REF!\" in column \"Coopération\"") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("liste.xlsx[Participations]!C4: error: \"#N/A\" in column \"Commune\"") }, "\(errors)")
        #expect(!errors.contains { $0.contains("#DIV/0!") }, "a column that is not read: \(errors)")
        #expect(result.errors.first { $0.position.sheet == "Participations" && $0.line == 3 }?.message(in: .fr)
                == "« #N/A » dans la colonne « Structure » : la valeur d'erreur d'une formule du tableur, pas une donnée ; corrigez la formule ou videz la cellule")
        // The same list saved as CSV by French Excel.
        let csv = "Structure;Coopération;Rôle\nAlpha;PTCE;porteur\n#N/A;PTCE;membre\nBeta;#VALEUR!;membre\nGamma;PTCE;Err:502\nEric;PTCE;membre\n"
        let fromCSV = try Self.load(["liste.csv": Array(csv.utf8)])
        #expect(Set(fromCSV.errors.filter { $0.message.contains("error value") }.map { "\($0.line):\($0.column)" }) == ["3:1", "4:6", "5:12"],
                "\(fromCSV.printed)")
    }

    /// A workbook written by a program keeps its formulas without the values a spreadsheet
    /// computes: such a cell reads as empty, and a warning at the first says why and what
    /// to do, so « cellule vide » on a cell Excel shows full is explained.
    @Test func formulasWithoutAComputedValueAreExplained() throws {
        let rows = TestWorkbook.row(1, ["Structure", "Coopération"])
            + TestWorkbook.row(2, ["Alpha", "PTCE"])
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Beta</t></is></c><c r=\"B3\"><f>B2</f></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>Gamma</t></is></c><c r=\"B4\" t=\"str\"><f>B2</f><v>PTCE</v></c></row>"
            + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>Delta</t></is></c><c r=\"B5\"><f t=\"shared\" si=\"0\"/></c></row>"
            + "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>Epsilon</t></is></c><c r=\"B6\"><f>B2</f><v/></c></row>"
            + "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>Zeta</t></is></c><c r=\"B7\" t=\"str\"><f>B2</f><v></v></c></row>"
        let workbook = try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Participations", data: rows)])
        let result = try Self.load(["liste.xlsx": workbook])
        #expect(result.printed.contains {
            $0.hasPrefix("liste.xlsx[Participations]!B3: warning: formula without a computed value (and 2 more cells in this sheet): the workbook was written by a program")
        }, "\(result.printed)")
        #expect(result.diagnostics.contains { $0.message(in: .fr).hasPrefix("formule sans valeur calculée (et 2 autres cellules dans cette feuille) : le classeur a été écrit par un programme") })
        #expect(result.printed.contains("liste.xlsx[Participations]!B3: warning: \"Beta\" has nothing under \"Coopération\": no membership on this row (and 3 more)"),
                "the cell still reads as empty: \(result.printed)")
        #expect(!result.printed.contains { $0.contains("!B4:") }, "a formula with its value is read as that value")
    }

    @Test func withAnActorsTableTheMembershipsColumnsAreNotRead() throws {
        let result = try Self.load([
            "participations.csv": Array(Self.oneSheet.utf8),
            "acteurs.csv": Array("Structure;Type\nRecyclerie du Portel;SCOP\nCoop'Bâtir;SCOP\nMairie de Wimereux;Collectivité\n".utf8),
        ])
        #expect(result.dataset?.actor("Recyclerie du Portel")?.legalForm == "SCOP", "the actors table wins: \(result.printed)")
        #expect(result.printed.contains { $0.contains("unknown column \"statut juridique\"") }, "\(result.printed)")
    }

    @Test func actorColumnsInATitledSheet() throws {
        let result = try Self.load(["ptce.xlsx": Self.titled])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("Coop'Bâtir")?.legalForm == "SCOP", "\(result.printed)")
    }
}

extension SheetLayoutTests {
    /// The same layout saved by LibreOffice: a workbook of two sheets named after their
    /// tables, each with a title above its header.
    @Test func aLibreOfficeWorkbookWithTitlesOnEachSheet() throws {
        let ods = try TestWorkbook.ods([
            ("Participations", [["Réseau ESS du Diois — 2025"], [], ["Structure", "Coopération", "Rôle"],
                                ["Biocoop", "Pôle alimentaire", "membre"], ["Mairie de Die", "Pôle alimentaire", "porteur"]], nil),
            ("Acteurs", [["Annuaire"], ["Nom", "Type", "Commune"], ["Biocoop", "SCIC", "Die"], ["Mairie de Die", "Collectivité", "Die"]], nil),
        ])
        let result = try Self.load(["reseau.ods": ods])
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actor("Biocoop")?.legalForm == "SCIC")
        #expect(dataset.actor("Mairie de Die")?.kind == .collectivite)
        #expect(dataset.memberships.count == 2)
        #expect(result.printed.contains { $0.contains("[Participations]!A1") && $0.contains("1 row above the header (row 3) is not read") }, "\(result.printed)")
        #expect(result.printed.contains { $0.contains("[Acteurs]!A1") && $0.contains("1 row above the header (row 2) is not read") }, "\(result.printed)")
    }
}

/// Cross tables of memberships (``MembershipMatrix``).
extension SheetLayoutTests {
    static let crossTable = "Adhésions 2025;;;;;;\n;;;;;;\n"
        + "Structure;Statut juridique;Commune;PTCE Boulonnais;Réseau des recycleries;Territoire zéro chômeur;Remarques\n"
        + "Recyclerie du Portel;SCIC;Le Portel;x;porteur;non;à relancer\n"
        + "Coop Bâtir;SCOP;Outreau;X;;membre;\n"
        + "Mairie de Wimereux;Mairie;Wimereux;financeur;0;oui;\n"
        + "CRESS HdF;Association;Lille;animateur;x;✓;tête de réseau\n"
        + "Total;;;4;2;3;\n"

    @Test func aCrossTableIsReadAsMemberships() throws {
        let result = try Self.load(["tableau.csv": Array(Self.crossTable.utf8)])
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.memberships.count == 9, "\(dataset.memberships)")
        #expect(Set(dataset.cooperations.map(\.id)) == ["PTCE Boulonnais", "Réseau des recycleries", "Territoire zéro chômeur"])
        #expect(dataset.memberships.contains { $0.actor == "Recyclerie du Portel" && $0.cooperation == "Réseau des recycleries" && $0.role == .porteur })
        #expect(dataset.memberships.contains { $0.actor == "Mairie de Wimereux" && $0.cooperation == "PTCE Boulonnais" && $0.role == .financeur })
        #expect(!dataset.memberships.contains { $0.actor == "Recyclerie du Portel" && $0.cooperation == "Territoire zéro chômeur" }, "« non » is no membership")
        #expect(!dataset.memberships.contains { $0.actor == "Mairie de Wimereux" && $0.cooperation == "Réseau des recycleries" }, "« 0 » is no membership")
        #expect(dataset.actor("Coop Bâtir")?.legalForm == "SCOP")
        #expect(dataset.actor("Mairie de Wimereux")?.kind == .collectivite)
        #expect(dataset.territory("Lille")?.level == .commune)
        #expect(dataset.actor("Total") == nil)
        #expect(result.printed.contains { $0.hasPrefix("tableau.csv:3:1:") && $0.contains("read as a cross table: one column per cooperation (3 columns") },
                "\(result.printed)")
        #expect(result.printed.contains { $0.contains("column \"Remarques\" is not read") }, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("tableau.csv:8:1:") && $0.contains("total row not read") }, "\(result.printed)")
        // A membership's problem points to its cell: « spectatrice » is no role.
        let bad = Self.crossTable.replacingOccurrences(of: "Coop Bâtir;SCOP;Outreau;X", with: "Coop Bâtir;SCOP;Outreau;spectatrice")
        let refused = try Self.load(["tableau.csv": Array(bad.utf8)])
        #expect(refused.printed.contains { $0.contains("column \"PTCE Boulonnais\" is not read") }, "a column with free text is not a cooperation: \(refused.printed)")
    }

    @Test func aCrossTableInAWorkbook() throws {
        let rows = TestWorkbook.row(1, ["Structure", "PTCE", "Recycleries"]) + TestWorkbook.row(2, ["A", "x", ""])
            + TestWorkbook.row(3, ["B", "x", "porteur"])
        let result = try Self.load(["reseau.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Feuil1", data: rows)])])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.count == 3)
        #expect(result.printed.contains { $0.contains("reseau.xlsx[Feuil1]!A1") && $0.contains("read as a cross table") }, "\(result.printed)")
    }

    @Test func aListWithoutMarkedColumnsIsNotACrossTable() throws {
        let result = try Self.load(["liste.csv": Array("Structure;Remarques\nA;bien\nB;à voir\n".utf8)])
        #expect(result.hasErrors)
        #expect(result.printed.contains { $0.contains("missing required column \"cooperation\"") }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("cross table") })
    }
}
