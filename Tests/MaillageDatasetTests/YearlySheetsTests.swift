import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// One sheet (or file) of memberships per year (``YearlySheets``): each membership once,
/// dated by the years it appears in, so `--at` gives each year's network.
@Suite struct YearlySheetsTests {
    static func sheet(_ name: String, _ rows: [[String]]) -> TestWorkbook.Sheet {
        TestWorkbook.Sheet(name: name, data: "<sheetData>" + rows.enumerated().map { TestWorkbook.row($0.offset + 1, $0.element) }.joined() + "</sheetData>")
    }

    static func load(_ sheets: [TestWorkbook.Sheet]) throws -> DatasetLoadResult {
        let folder = try ScratchFolder("yearly-sheets")
        defer { folder.remove() }
        try folder.write(["reseau.xlsx": try TestWorkbook.xlsx(sheets)])
        return DatasetLoader.load(folder: folder.url.appendingPathComponent("reseau.xlsx"))
    }

    /// A structure first listed in 2023 is not in the 2022 network (not an isolated actor
    /// there) and joins in 2023; one the actors sheet dates keeps its own date.
    @Test func structuresAreInTheNetworkTheYearsTheyAreListed() throws {
        let result = try Self.load([
            Self.sheet("2022", [["Structure", "Coopération"], ["A", "Pôle"], ["B", "Pôle"]]),
            Self.sheet("2023", [["Structure", "Coopération"], ["A", "Pôle"], ["B", "Pôle"], ["C", "Pôle"], ["D", "Tiers-lieu"], ["E", "Tiers-lieu"]]),
            Self.sheet("Acteurs", [["Structure", "Date de création"], ["D", "1998"]]),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let before = dataset.asOf(try #require(PartialDate(year: 2022)))
        #expect(before.actors.map(\.id).sorted() == ["A", "B", "D"], "D was founded in 1998; C and E are first listed in 2023")
        #expect(before.cooperations.map(\.id) == ["Pôle"], "Tiers-lieu is first listed in 2023")
        #expect(dataset.actor("C")?.founded == PartialDate(year: 2023) && dataset.actor("C")?.closed == nil)
        #expect(dataset.actor("D")?.founded == PartialDate(year: 1998))
    }

    /// A member list by year in a file whose name says no network: the years are not read
    /// as three cooperations « 2022 », « 2023 », « 2024 », but as the years of one network's
    /// members, named after the file, with a warning that asks for its name.
    @Test func aMemberListByYearInAFileNamingNoNetwork() throws {
        let result = try SpreadsheetConventionsTests.load(["Liste.csv": Array("Structure;Commune;2022;2023;2024\nRecyclerie;Arras;x;x;x\nGarage;Lens;x;;\nJardin;Liévin;;x;x\n".utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id) == ["Liste"])
        #expect(dataset.memberships.map { "\($0.actor) \($0.since?.description ?? "") \($0.until?.description ?? "")" } == [
            "Recyclerie 2022 ", "Garage 2022 2022", "Jardin 2023 ",
        ])
        #expect(result.printed.contains(
            "Liste.csv:1:1: warning: no cooperation column, and the sheet's or file's name does not say which network these are the members of: each row is read as a member of \"Liste\"; name the file after the network (\"Adhérents COORACE.csv\") or add a « Réseau » column"),
            "\(result.printed)")
    }

    /// The year a sheet's name holds, if one and only one.
    @Test func aSheetsYear() {
        #expect(YearlySheets.year(ofSheet: "2023") == 2023)
        #expect(YearlySheets.year(ofSheet: "Partenariats 2024") == 2024)
        #expect(YearlySheets.year(ofSheet: "Matrice_2022") == 2022)
        #expect(YearlySheets.year(ofSheet: "Feuil1") == nil)
        #expect(YearlySheets.year(ofSheet: "2019-2021") == nil)
        #expect(YearlySheets.year(ofSheet: "Réseau 62") == nil)
        #expect(YearlySheets.years(of: ["2023", "2023"]) == nil, "two sheets of one year are no yearly workbook")
    }

    /// « Partenariats 2022 » to « Partenariats 2024 », lists of ties: each pair is one
    /// cooperation dated by the years it is listed in; a year's network is that year's sheet.
    @Test func oneListOfTiesPerYear() throws {
        let header = ["Structure 1", "Structure 2"]
        let result = try Self.load([
            Self.sheet("Partenariats 2022", [header, ["A", "B"], ["B", "C"]]),
            Self.sheet("Partenariats 2023", [header, ["A", "B"]]),
            Self.sheet("Partenariats 2024", [header, ["A", "B"], ["C", "D"], ["B", "C"]]),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id) == ["A+B", "B+C", "C+D"])
        #expect(dataset.memberships.count == 6, "each membership once, not once a year")
        #expect(dataset.cooperation("C+D")?.started == PartialDate(year: 2024))
        #expect(dataset.cooperation("A+B")?.ended == nil, "still there in the last year")
        func pairs(at year: Int) throws -> [String] {
            let then = dataset.asOf(try #require(PartialDate(year: year)))
            return then.cooperations.filter { cooperation in then.memberships.contains { $0.cooperation == cooperation.id } }.map(\.id)
        }
        #expect(try pairs(at: 2022) == ["A+B", "B+C"])
        #expect(try pairs(at: 2024) == ["A+B", "B+C", "C+D"])
        #expect(result.printed.contains(
            "reseau.xlsx: warning: workbook read as one sheet per year (2022, 2023, 2024): each membership counts once, present from the first year it appears in to the last, and so does each structure without a founding date; `--at YEAR` gives one year's network, `maillage compare DATASET --at A --at B` what changed"),
            "\(result.printed)")
        #expect(result.printed.contains("reseau.xlsx: warning: 2 memberships are missing from a year between two where they appear: read as present throughout"),
                "B–C is missing in 2023: \(result.printed)")
    }

    /// A pair written « B, A » one year and « A, B » the next is one cooperation, named in
    /// the order of the names.
    @Test func aPairWrittenTheOtherWayRoundIsTheSamePair() throws {
        let header = ["Structure 1", "Structure 2"]
        let result = try Self.load([
            Self.sheet("2023", [header, ["Mairie", "Biocoop"]]),
            Self.sheet("2024", [header, ["Biocoop", "Mairie"]]),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id) == ["Biocoop+Mairie"] && dataset.cooperations.map(\.name) == ["Biocoop – Mairie"])
        #expect(dataset.cooperations[0].ended == nil && dataset.memberships.count == 2)
    }

    /// Member lists per year: a structure that left has its membership's end, one that
    /// joined its start.
    @Test func oneMemberListPerYear() throws {
        let header = ["Structure", "Réseau"]
        let result = try Self.load([
            Self.sheet("2023", [header, ["Recyclerie", "COORACE"], ["Garage", "COORACE"]]),
            Self.sheet("2024", [header, ["Recyclerie", "COORACE"], ["Jardin", "COORACE"]]),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let byActor = Dictionary(uniqueKeysWithValues: dataset.memberships.map { ($0.actor, $0) })
        #expect(byActor["Garage"]?.until == PartialDate(year: 2023) && byActor["Jardin"]?.since == PartialDate(year: 2024))
        #expect(byActor["Recyclerie"]?.until == nil)
        #expect(dataset.asOf(try #require(PartialDate(year: 2024))).memberships.map(\.actor).sorted() == ["Jardin", "Recyclerie"])
    }

    /// A folder of one file per year, named for the memberships.
    @Test func oneFilePerYear() throws {
        let result = try SpreadsheetConventionsTests.load([
            "Liens 2023.csv": Array("Structure 1;Structure 2\nA;B\nB;C\n".utf8),
            "Liens 2024.csv": Array("Structure 1;Structure 2\nA;B\nC;D\n".utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.count == 3 && dataset.memberships.count == 6)
        #expect(dataset.cooperation("B+C")?.ended == PartialDate(year: 2023))
        #expect(result.printed.contains { $0.hasPrefix("Liens 2023.csv: warning: folder read as one file per year (2023, 2024)") }, "\(result.printed)")
    }

    /// Year columns beside a member list (``YearColumns``): each row dated by the years it
    /// marks; a row with none, and one with a gap, said once each.
    @Test func yearColumnsDateEachMembership() throws {
        let result = try SpreadsheetConventionsTests.load(["adhesions.csv": Array("""
            Adhérents par année
            Structure;Réseau;Année 2022;Année 2023;Année 2024
            Recyclerie;COORACE;x;x;x
            Garage;COORACE;x;;
            Jardin;CRESS;;oui;1
            Épicerie;CRESS;x;non;x
            Régie;CRESS;;;

            """.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let byActor = Dictionary(uniqueKeysWithValues: dataset.memberships.map { ($0.actor, $0) })
        #expect(byActor["Garage"]?.since == PartialDate(year: 2022) && byActor["Garage"]?.until == PartialDate(year: 2022))
        #expect(byActor["Jardin"]?.since == PartialDate(year: 2023) && byActor["Jardin"]?.until == nil)
        #expect(byActor["Régie"]?.since == nil, "no year marked: no date")
        #expect(dataset.asOf(try #require(PartialDate(year: 2023))).memberships.map(\.actor).sorted() == ["Jardin", "Recyclerie", "Régie", "Épicerie"])
        // A structure is in the network the years it is listed: Jardin not before 2023, Garage not after 2022.
        #expect(dataset.asOf(try #require(PartialDate(year: 2022))).actors.map(\.id).sorted() == ["Garage", "Recyclerie", "Régie", "Épicerie"])
        #expect(dataset.asOf(try #require(PartialDate(year: 2024))).actors.map(\.id).sorted() == ["Jardin", "Recyclerie", "Régie", "Épicerie"])
        #expect(dataset.actor("Garage")?.founded == PartialDate(year: 2022) && dataset.actor("Garage")?.closed == PartialDate(year: 2022))
        #expect(dataset.actor("Régie")?.lifespan.isUndated == true)
        for expected in [
            "adhesions.csv:2:1: warning: year columns (2022 to 2024) read as the years of each membership: each row present from the first year marked to the last when before 2024, and so does each structure without a founding date; `--at YEAR` gives one year's network",
            "adhesions.csv:1:1: warning: 1 line above the header (line 2) is not read: a title or a note",
            "adhesions.csv:7:1: warning: 1 row with no year marked: read with no date, present at any date",
            "adhesions.csv:6:16: warning: 1 row unmarked in a year between two marked ones: read as present throughout",
        ] {
            #expect(result.printed.contains(expected), "\(expected)\n\(result.printed)")
        }
        #expect(!result.printed.contains { $0.contains("unknown column") }, "\(result.printed)")
    }

    /// A network's member list by year, with no cooperation column, given as the dataset:
    /// the file names the network, each row one of its members, dated by its years.
    @Test func aNetworksMembersByYearInAFileNamedAfterIt() throws {
        let folder = try ScratchFolder("network-years")
        defer { folder.remove() }
        try folder.write(["Adhérents COORACE.csv": Array("Structure;Commune;2022;2023;2024\nRecyclerie;Arras;x;x;x\nGarage;Lens;x;;\n".utf8)])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("Adhérents COORACE.csv"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id) == ["COORACE"])
        #expect(dataset.memberships.first { $0.actor == "Garage" }?.until == PartialDate(year: 2022))
        #expect(dataset.actor("Garage")?.territories == ["Lens"])
        #expect(result.printed.contains(
            "Adhérents COORACE.csv:1:1: warning: no cooperation column: each row is a member of \"COORACE\", the network the sheet or file is named after"),
            "\(result.printed)")
    }

    /// A network's fees year by year: « Non payée », « Radié », « 0 € » mark no membership that year.
    @Test func feesPaidYearByYearDateEachMembership() throws {
        let folder = try ScratchFolder("fees")
        defer { folder.remove() }
        try folder.write(["Adhérents COORACE.csv": Array("""
            Structure;Commune;Cotisation 2022;Cotisation 2023;Cotisation 2024
            Recyclerie;Arras;Payée;Payée;Payée
            Garage;Lens;Payée;Non payée;0 €
            Jardin;Liévin;;Payée;50 €
            Épicerie;Béthune;Payée;Radiée;

            """.utf8)])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("Adhérents COORACE.csv"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        func life(_ actor: String) -> String {
            let m = dataset.memberships.first { $0.actor == actor }
            return "\(m?.since.map(\.description) ?? "-")…\(m?.until.map(\.description) ?? "-")"
        }
        #expect(["Recyclerie", "Garage", "Jardin", "Épicerie"].map(life) == ["2022…-", "2022…2022", "2023…-", "2022…2022"])
    }

    /// A header's year alone, or with « Année », « En », « Adhérent »; not a département.
    @Test func yearColumnHeaders() {
        #expect(YearColumns.year(ofHeader: "2023") == 2023)
        #expect(YearColumns.year(ofHeader: "Année 2024") == 2024)
        #expect(YearColumns.year(ofHeader: "Adhérent en 2022") == 2022)
        #expect(YearColumns.year(ofHeader: "Cotisation 2024") == 2024)
        #expect(YearColumns.year(ofHeader: "Cotisation payée 2023") == 2023)
        #expect(YearColumns.year(ofHeader: "Adhésion 2022") == 2022)
        #expect(YearColumns.year(ofHeader: "Budget 2023") == nil)
        #expect(YearColumns.year(ofHeader: "Réseau 62") == nil)
    }

    /// « Matrice 2023 », « Matrice 2024 »: adjacency matrices, each pair one cooperation
    /// across the years.
    @Test func oneAdjacencyMatrixPerYear() throws {
        let header = ["", "A", "B", "C"]
        let result = try Self.load([
            Self.sheet("Matrice 2023", [header, ["A", "", "1", ""], ["B", "1", "", "1"], ["C", "", "1", ""]]),
            Self.sheet("Matrice 2024", [header, ["A", "", "1", "1"], ["B", "1", "", ""], ["C", "1", "", ""]]),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id) == ["A+B", "B+C", "A+C"])
        #expect(dataset.cooperation("B+C")?.ended == PartialDate(year: 2023) && dataset.cooperation("A+C")?.started == PartialDate(year: 2024))
    }
}
