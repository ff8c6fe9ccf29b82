import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A DLA follow-up sheet: the structure accompanied, its accompaniment, start and end
/// dates as date cells, as text (« 03/2021 ») or saying the accompaniment goes on.
@Suite struct FollowUpSheetTests {
    static func text(_ reference: String, _ value: String) -> String {
        "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(TestWorkbook.escape(value))</t></is></c>"
    }

    @Test func anEndDateSayingTheSpanGoesOnIsNoEnd() throws {
        let folder = try ScratchFolder("follow-up")
        defer { folder.remove() }
        func sheet(start: String) -> String {
            "<sheetData>" + TestWorkbook.row(1, ["Structure accompagnée", "Projet", "Date de début", "Date de fin"])
                + "<row r=\"2\">\(Self.text("A2", "Ateliers du Bocage"))\(Self.text("B2", "DLA collectif"))<c r=\"C2\" s=\"1\"><v>44256</v></c><c r=\"D2\" s=\"1\"><v>44469</v></c></row>"
                + "<row r=\"3\">\(Self.text("A3", "Solidarité Textile"))\(Self.text("B3", "DLA collectif"))\(Self.text("C3", start))\(Self.text("D3", "en cours"))</row>"
                + "<row r=\"4\">\(Self.text("A4", "Envie Nord"))\(Self.text("B4", "DLA collectif"))\(Self.text("C4", "2021"))\(Self.text("D4", "À ce jour"))</row>"
                + "<row r=\"5\">\(Self.text("A5", "Régie"))\(Self.text("B5", "DLA collectif"))\(Self.text("C5", "2021"))\(Self.text("D5", "-"))</row>"
                + "</sheetData>"
        }
        try folder.write(["suivi.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Suivi DLA", data: sheet(start: "03/2021"))])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("suivi.xlsx"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.map { $0.since?.description } == ["2021-03-01", "2021-03", "2021", "2021"])
        #expect(dataset.memberships.map { $0.until?.description } == ["2021-09-30", nil, nil, nil])
        #expect(!result.printed.contains { $0.contains("must be a date") }, "\(result.printed)")
        // A start cannot go on: « en cours » there is still an error at its cell.
        try folder.write(["suivi.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Suivi DLA", data: sheet(start: "en cours"))])])
        let wrong = DatasetLoader.load(folder: folder.url.appendingPathComponent("suivi.xlsx"))
        #expect(wrong.diagnostics.contains {
            $0.description(in: .fr) == "suivi.xlsx[Suivi DLA]!C3: erreur: « Date de début » doit être une date — une année (2019), un mois (2019-03) ou un jour (2019-03-14) — pas « en cours »"
        }, "\(wrong.printed)")
    }

    /// A span of years in the start column (« 2019-2021 », « 2018 à 2022 », « 2021/2022 »),
    /// the end column empty: a start and an end, said once; « depuis 2020 » and « jusqu'en
    /// 2022 » are those years; a month (« 2019-03 ») stays a month, a span whose end comes
    /// first and « après 2019 » are errors at their cell, named as the header writes them.
    @Test func aSpanOfYearsInOneCellGivesAStartAndAnEnd() throws {
        let result = try SpreadsheetConventionsTests.load(["Partenariats.csv": Array("""
            Structure 1;Structure 2;Année;Fin
            A;B;2019-2021;
            A;C;2018 à 2022;
            B;C;de 2021/2022;
            C;D;depuis 2020;jusqu'en 2023
            D;E;2019-03;
            E;F;2019 – 2021;2020

            """.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map { $0.started?.description } == ["2019", "2018", "2021", "2020", "2019-03", "2019"])
        #expect(dataset.cooperations.map { $0.ended?.description } == ["2021", "2022", "2022", "2023", nil, "2020"])
        #expect(result.diagnostics.map { $0.description(in: .fr) }.contains(
            "Partenariats.csv:2:5: avertissement: « 2019-2021 » lu comme un début en 2019 et une fin en 2021 (et 3 autres périodes)"), "\(result.printed)")
        let wrong = try SpreadsheetConventionsTests.load(["Partenariats.csv": Array("Structure 1;Structure 2;Année\nA;B;2021-2019\nA;C;après 2019\n".utf8)])
        let french = wrong.diagnostics.map { $0.description(in: .fr) }
        #expect(french.contains { $0.hasPrefix("Partenariats.csv:2:5: erreur: « Année » doit être une date") && $0.contains("pas « 2021-2019 »") }, "\(french)")
        #expect(french.contains { $0.hasPrefix("Partenariats.csv:3:5: erreur: « Année » doit être une date") }, "\(french)")
    }
}

/// Quarters and half-years in date cells: a start's first month, an end's last.
@Suite struct PeriodDateTests {
    @Test func aQuarterStartsOnItsFirstMonthAndEndsOnItsLast() throws {
        #expect(LoaderRun.period("T1 2021")! == (2021, 1, 3))
        #expect(LoaderRun.period("2021-T3")! == (2021, 7, 9))
        #expect(LoaderRun.period("Q4 2020")! == (2020, 10, 12))
        #expect(LoaderRun.period("S2 2021")! == (2021, 7, 12))
        #expect(LoaderRun.period("1er trimestre 2022")! == (2022, 1, 3))
        #expect(LoaderRun.period("2e semestre 2019")! == (2019, 7, 12))
        #expect(LoaderRun.period("second semestre 2019")! == (2019, 7, 12))
        #expect(LoaderRun.period("T5 2021") == nil)
        #expect(LoaderRun.period("3e semestre 2021") == nil)
        #expect(LoaderRun.period("T1") == nil)
        #expect(LoaderRun.period("Lens 2021") == nil)
        let csv = """
            Coopération;Structure;Forme;Début;Fin
            Plateforme mobilité;Mairie de Lens;mutualisation;T1 2021;T2 2022
            Plateforme mobilité;Recyclerie;mutualisation;T1 2021;T2 2022
            Tiers-lieu;Recyclerie;partenariat;2e semestre 2020;

            """
        let result = try SpreadsheetConventionsTests.load(["suivi.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        // « Début » and « Fin » beside « Structure » date each membership.
        let lens = try #require(dataset.memberships.first { $0.actor == "Mairie de Lens" })
        #expect(lens.since == PartialDate(year: 2021, month: 1))
        #expect(lens.until == PartialDate(year: 2022, month: 6))
        #expect(dataset.memberships.first { $0.cooperation == "Tiers-lieu" }?.since == PartialDate(year: 2020, month: 7))
        #expect(result.printed.filter { $0.contains("a start takes the period's first month") } == [
            "suivi.csv:2:50: warning: \"T1 2021\" read as 2021-01 (its first month, a start; a start takes the period's first month, an end its last) (and 4 more)",
        ], "\(result.printed)")
    }
}
