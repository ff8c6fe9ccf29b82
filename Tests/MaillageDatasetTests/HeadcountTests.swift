import Foundation
import Testing
@testable import MaillageDataset
import MaillageModel

/// Actors' headcounts (``HeadcountCells``, ``Headcount``): counts, bands as people write
/// them and INSEE's codes of SIRENE, read from the actors table, totalled and written back.
@Suite struct HeadcountTests {
    private func read(_ text: String, asCode: Bool = false) -> Headcount? {
        if case .headcount(let h, _) = HeadcountCells.read(text, asCode: asCode) { return h }
        return nil
    }

    /// INSEE's codes of the bands, SIRENE since 2019, as its files and spreadsheets write them.
    @Test func inseeBandCodes() {
        #expect(read("NN", asCode: true) == Headcount(exactly: 0))
        #expect(read("00", asCode: true) == Headcount(exactly: 0))
        #expect(read("01", asCode: true) == Headcount(lower: 1, upper: 2))
        #expect(read("1", asCode: true) == Headcount(lower: 1, upper: 2), "a leading zero a spreadsheet dropped")
        #expect(read("03", asCode: true) == Headcount(lower: 6, upper: 9))
        #expect(read("11", asCode: true) == Headcount(lower: 10, upper: 19))
        #expect(read("11.0", asCode: true) == Headcount(lower: 10, upper: 19), "a number cell")
        #expect(read("32", asCode: true) == Headcount(lower: 250, upper: 499))
        #expect(read("53", asCode: true) == Headcount(lower: 10_000, upper: nil))
        #expect(read("13", asCode: true) == nil, "no band 13")
        #expect(read("11") == Headcount(exactly: 11), "a count in an « Effectif » column")
        #expect(HeadcountCells.bands.count == 16)
    }

    /// Bands and counts as observatories' lists and INSEE's labels write them.
    @Test(arguments: [
        ("12", 12, 12), ("12 salariés", 12, 12), ("0", 0, 0), ("1 250", 1250, 1250), ("1.250", 1250, 1250), ("1\u{202F}250", 1250, 1250),
        ("10 à 19", 10, 19), ("10 à 19 salariés", 10, 19), ("de 10 à 19 salariés", 10, 19), ("10-19", 10, 19), ("10 – 19", 10, 19),
        ("1 ou 2 salariés", 1, 2), ("entre 20 et 49 salariés", 20, 49), ("1 000 à 1 999 salariés", 1000, 1999),
        ("moins de 10", 0, 9), ("< 10", 0, 9), ("aucun", 0, 0), ("Pas de salarié", 0, 0),
        ("Unité non employeuse (pas de salarié au cours de l'année de référence et pas d'effectif au 31/12)", 0, 0),
        ("0 salarié (n'ayant pas d'effectif au 31/12 mais ayant employé des salariés au cours de l'année de référence)", 0, 0),
        ("10 to 19 employees", 10, 19),
    ])
    func bandsAndCounts(_ text: String, _ lower: Int, _ upper: Int) {
        #expect(read(text) == Headcount(lower: lower, upper: upper), "\(text)")
    }

    /// Open bands: no upper end.
    @Test func openBands() {
        for text in ["10 000 salariés et plus", "250 et plus", "250+", "plus de 250", "≥ 250", "> 250 salariés", "au moins 250", "250 or more"] {
            let h = read(text)
            #expect(h?.upper == nil && (h?.lower == 250 || h?.lower == 10_000), "\(text)")
        }
    }

    /// A fraction (full-time equivalents) is the nearest whole count, said rounded.
    @Test func fractionsAreRounded() {
        #expect(HeadcountCells.read("12,5", asCode: false) == .headcount(Headcount(exactly: 13), rounded: true))
        #expect(HeadcountCells.read("3.2 ETP", asCode: false) == .headcount(Headcount(exactly: 3), rounded: true))
        #expect(HeadcountCells.read("12.0", asCode: false) == .headcount(Headcount(exactly: 12), rounded: false))
    }

    /// Yes/no answers, words, reversed bands and negative counts are not headcounts.
    @Test func otherTextsAreNotRead() {
        for text in ["oui", "non", "beaucoup", "", "19 à 10", "-3", "12 bénévoles", "2022-2023 : 12", "environ", "10 à 19 à 29"] {
            #expect(HeadcountCells.read(text, asCode: false) == .unreadable, "\(text)")
        }
    }

    /// An « Effectif » column of codes is read as codes only when one value is written as
    /// no count would be.
    @Test func aColumnOfCodes() {
        #expect(HeadcountCells.isBandCodeColumn(["NN", "11", "", "12"]))
        #expect(HeadcountCells.isBandCodeColumn(["01", "03", "21"]))
        #expect(!HeadcountCells.isBandCodeColumn(["11", "12", "21"]), "could be counts")
        #expect(!HeadcountCells.isBandCodeColumn(["0", "12", "21"]), "0 is a count")
        #expect(!HeadcountCells.isBandCodeColumn(["03", "15"]), "15 is no code")
        #expect(!HeadcountCells.isBandCodeColumn([]))
    }

    /// Midpoints, codes, labels and totals.
    @Test func estimatesCodesLabelsAndTotals() {
        #expect(Headcount(lower: 10, upper: 19).estimate == 14.5)
        #expect(Headcount(lower: 10_000, upper: nil).estimate == 10_000)
        #expect(Headcount(exactly: 12).code == "12" && Headcount(lower: 10, upper: 19).code == "10-19" && Headcount(lower: 250, upper: nil).code == "250+")
        #expect(Language.fr.label(Headcount(lower: 10, upper: 19, year: 2022)) == "10 à 19 salariés (2022)")
        #expect(Language.fr.label(Headcount(exactly: 1)) == "1 salarié")
        #expect(Language.fr.label(Headcount(lower: 1, upper: 2)) == "1 ou 2 salariés", "INSEE's words")
        #expect(Language.fr.label(Headcount(exactly: 0)) == "aucun salarié")
        #expect(Language.en.label(Headcount(lower: 250, upper: nil)) == "250 employees or more")
        var total = HeadcountTotal([Headcount(exactly: 12), Headcount(lower: 10, upper: 19)])
        #expect(total.actors == 2 && total.lower == 22 && total.upper == 31)
        #expect(Language.fr.total(lower: total.lower, upper: total.upper) == "entre 22 et 31 salariés")
        total.add(Headcount(lower: 250, upper: nil))
        #expect(total.lower == 272 && total.upper == nil)
        #expect(Language.en.total(lower: total.lower, upper: total.upper) == "at least 272 employees")
        #expect(HeadcountTotal([Headcount]()).isEmpty)
    }

    /// A SIRENE extract with the establishment's band, its year and the legal unit's band:
    /// the establishment's is read, the legal unit's where it is unreadable; a list with counts and
    /// labels mixed; both written back and read again.
    @Test func anActorsTableGivesItsHeadcounts() throws {
        let stock = """
            siret;denominationUniteLegale;trancheEffectifsUniteLegale;trancheEffectifsEtablissement;anneeEffectifsEtablissement
            77567227200017;COMMUNAUTE EMMAUS D ARRAS;12;11;2022
            42345678900019;RESSOURCERIE DU TERNOIS;NN;NN;2021
            30234567300016;MUTUELLE DU NORD;53;xx;20x2

            """
        let memberships = "SIRET;Réseau\n77567227200017;CRESS\n42345678900019;CRESS\n30234567300016;CRESS\n"
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(stock.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("COMMUNAUTE EMMAUS D ARRAS")?.employees == Headcount(lower: 10, upper: 19, year: 2022))
        #expect(dataset.actor("RESSOURCERIE DU TERNOIS")?.employees == Headcount(exactly: 0, year: 2021))
        #expect(dataset.actor("MUTUELLE DU NORD")?.employees == Headcount(lower: 10_000, upper: nil, legalUnit: "302345673"),
                "the establishment's band is unreadable: the legal unit's is read")
        #expect(result.printed.contains {
            $0.hasPrefix("Structures.csv:1:") && $0.contains("warning: 2 INSEE headcount band codes read as the actors' headcount (« trancheEffectifsEtablissement »): here \"11\", 10 to 19 employees")
        }, "\(result.printed)")
        #expect(result.printed.contains {
            $0.hasPrefix("Structures.csv:1:") && $0.contains("warning: 1 INSEE headcount band code read as the actors' legal unit's headcount (« trancheEffectifsUniteLegale »): here \"53\"")
        }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("is not read") || $0.contains("counted once in totals") }, "one establishment per legal unit: nothing shared\n\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("Structures.csv:4:") && $0.contains("1 unreadable headcount, not read") }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") || $0.contains("SIRENE fields") }, "\(result.printed)")
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.printed)")

        let list = "Structure;Effectif;Réseau\nLa Fabrique;12;CRESS\nLe Relais;10 à 19 salariés;CRESS\nLa Cantine;12,5;CRESS\nLe Garage;oui;CRESS\n"
        let second = try SpreadsheetConventionsTests.load(["Adhérents.csv": Array(list.utf8)])
        let members = try #require(second.dataset, "\(second.printed)")
        #expect(members.actor("La Fabrique")?.employees == Headcount(exactly: 12), "the memberships table's own column")
        #expect(members.actor("Le Relais")?.employees == Headcount(lower: 10, upper: 19))
        #expect(members.actor("La Cantine")?.employees == Headcount(exactly: 13))
        #expect(members.actor("Le Garage")?.employees == nil)
        #expect(second.printed.contains { $0.contains("1 headcount with a fraction (full-time equivalents?) read as the nearest whole number: here \"12,5\"") }, "\(second.printed)")
        #expect(second.printed.contains { $0.contains("1 unreadable headcount, not read") && $0.contains("\"oui\"") }, "\(second.printed)")

        // A member list's band column: its codes said at its own header cell.
        let banded = "Structure;Tranche d'effectif;Réseau\nLa Fabrique;11;CRESS\nLe Relais;NN;CRESS\n"
        let third = try SpreadsheetConventionsTests.load(["Adhérents.csv": Array(banded.utf8)])
        #expect(third.dataset?.actor("La Fabrique")?.employees == Headcount(lower: 10, upper: 19))
        #expect(third.printed.contains { $0.hasPrefix("Adhérents.csv:1:11: warning: 2 INSEE headcount band codes") }, "\(third.printed)")

        // A member list's « Effectif » is the structure's, « Nombre de membres » the network's.
        let both = "Structure;Réseau;Nombre de membres;Effectif\nA;R1;25;12\nB;R1;25;3\nC;R2;8;\n"
        let fourth = try #require(try SpreadsheetConventionsTests.load(["membres.csv": Array(both.utf8)]).dataset)
        #expect(fourth.actor("A")?.employees == Headcount(exactly: 12) && fourth.actor("C")?.employees == nil)
        #expect(fourth.cooperations.first { $0.id == "R1" }?.declaredMembers == 25)

        for (index, dataset) in [dataset, members].enumerated() {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-headcount-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try DatasetWriter.write(dataset, to: folder)
            let written = try String(contentsOf: folder.appendingPathComponent("actors.csv"), encoding: .utf8)
            #expect(written.components(separatedBy: "\n")[0].hasSuffix(index == 1 ? ",employees,employees_year" : ",employees,employees_year,legal_unit_employees"),
                    "\(written)")
            let again = try #require(DatasetLoader.load(folder: folder).dataset)
            #expect(again.actors == dataset.actors)
        }
    }

    /// Establishments given their legal unit's band (SIRENE's `trancheEffectifsUniteLegale`
    /// alone, or where the establishment's is empty): they share it, a total adds it once,
    /// a panel says whose it is, and the written dataset keeps it apart so that reading it
    /// back shares it again.
    @Test func aLegalUnitsHeadcountIsCountedOnce() throws {
        let stock = """
            siret;denominationUniteLegale;trancheEffectifsEtablissement;anneeEffectifsEtablissement;trancheEffectifsUniteLegale;anneeEffectifsUniteLegale;Commune
            77567227200017;LES JARDINS ARRAS;;;21;2021;Arras
            77567227200025;LES JARDINS LENS;;;21;2021;Lens
            77567227200033;LES JARDINS BETHUNE;;;21;2021;Béthune
            40483304800022;SCOP ENERGIE;03;2022;01;2021;Lens
            51234567800011;SCIC HABITAT;;;12;;Arras

            """
        let memberships = "SIRET;Réseau\n77567227200017;CRESS\n77567227200025;CRESS\n77567227200033;CRESS\n40483304800022;CRESS\n51234567800011;CRESS\n"
        let result = try SpreadsheetConventionsTests.load(["Établissements.csv": Array(stock.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let jardins = Headcount(lower: 50, upper: 99, year: 2021, legalUnit: "775672272")
        #expect(dataset.actor("LES JARDINS LENS")?.employees == jardins, "the legal unit's band with its year")
        #expect(dataset.actor("SCOP ENERGIE")?.employees == Headcount(lower: 6, upper: 9, year: 2022), "the establishment's own band first, with its year")
        #expect(dataset.actor("SCIC HABITAT")?.employees == Headcount(lower: 20, upper: 49, legalUnit: "512345678"))
        let total = dataset.employees
        #expect(total.actors == 5 && total.shared == 2)
        #expect(total.lower == 50 + 6 + 20 && total.upper == 99 + 9 + 49, "the legal unit once, not three times")
        #expect(HeadcountTotal.byGroup(dataset.actors, groupOf: [0, 1, 0, 1, 1], count: 2).map(\.lower) == [50, 50 + 6 + 20],
                "once per group in which it has establishments")
        #expect(Language.fr.label(jardins) == "50 à 99 salariés (unité légale, 2021)")
        // The results say whose headcount it is, so that a spreadsheet adds it once per SIREN.
        let columns = RegistrationColumns(dataset.actors)
        #expect(columns.keys == ["siret", "employees", "employees_legal_unit"], "\(columns.keys)")
        #expect(dataset.actor("LES JARDINS LENS").map(columns.values(of:)) == ["77567227200025", "50-99", "775672272"])
        #expect(dataset.actor("SCOP ENERGIE").map(columns.values(of:)) == ["40483304800022", "6-9", ""])
        #expect(Language.fr.label(Headcount(lower: 50, upper: 99, legalUnit: "775672272")) == "50 à 99 salariés (unité légale)")
        #expect(result.printed.contains {
            $0.hasPrefix("Établissements.csv:1:") && $0.contains("warning: 4 establishments with no headcount of their own take their legal unit's (« trancheEffectifsUniteLegale »): their 2 legal units (SIREN) are each counted once in totals")
        }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("is not read") }, "\(result.printed)")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-headcount-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DatasetWriter.write(dataset, to: folder)
        let again = try #require(DatasetLoader.load(folder: folder).dataset)
        #expect(again.actors == dataset.actors)
        #expect(again.employees == total)

        // Without a SIRET on some rows, their legal unit's band cannot be shared: each row
        // counts it, and one warning says so.
        let partly = "Nom;SIRET;Effectif de l'unité légale;Réseau\nA;77567227200017;35;R\nB;77567227200025;35;R\nC;;12;R\n"
        let second = try SpreadsheetConventionsTests.load(["Adhérents.csv": Array(partly.utf8)])
        let members = try #require(second.dataset, "\(second.printed)")
        #expect(members.actor("A")?.employees == Headcount(exactly: 35, legalUnit: "775672272"), "a count: the header names no band")
        #expect(members.actor("C")?.employees == Headcount(exactly: 12))
        #expect(members.employees.lower == 35 + 12)
        #expect(second.printed.contains { $0.contains("1 legal unit headcount with no SIRET or SIREN to tie it to a company") && $0.contains("\"12\"") },
                "\(second.printed)")
    }

    /// Full-time equivalents (« ETP »): read beside the headcount, totalled, said as a
    /// reader says them, written back and read again; an unreadable cell in one warning.
    @Test func fullTimeEquivalentsAreReadBesideTheHeadcount() throws {
        for (text, value) in [("12", 12.0), ("9,5", 9.5), ("2.75", 2.75), ("1 234,5", 1234.5), ("12,5 ETP", 12.5), ("0,8 etp", 0.8)] {
            #expect(HeadcountColumns.fullTimeEquivalents(text) == value, "\(text)")
        }
        for text in ["beaucoup", "-3", "10 à 19", "1,2,3", ",5", "12,"] {
            #expect(HeadcountColumns.fullTimeEquivalents(text) == nil, "\(text)")
        }
        #expect(FullTimeEquivalentTotal.code(2.75) == "2.75" && FullTimeEquivalentTotal.code(9.5) == "9.5" && FullTimeEquivalentTotal.code(14) == "14")
        #expect(FullTimeEquivalentTotal.code(0.05) == "0.05")
        #expect(Language.fr.fullTimeEquivalents(1234.5) == "1\u{202F}234,5 ETP" || Language.fr.fullTimeEquivalents(1234.5) == "1 234,5 ETP"
                || Language.fr.fullTimeEquivalents(1234.5) == "1\u{00A0}234,5 ETP", "\(Language.fr.fullTimeEquivalents(1234.5))")
        #expect(Language.en.fullTimeEquivalents(0.75) == "0.75 FTE")

        let list = "Structure;Réseau;Effectif;Nb ETP\nLa Fabrique;COORACE;12;9,5\nLe Relais;COORACE;10 à 19;14\nLa Cantine;COORACE;;2.75\nLe Garage;COORACE;3;beaucoup\n"
        let result = try SpreadsheetConventionsTests.load(["Adhérents.csv": Array(list.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("La Fabrique")?.fullTimeEquivalents == 9.5 && dataset.actor("La Fabrique")?.employees == Headcount(exactly: 12))
        #expect(dataset.actor("La Cantine")?.fullTimeEquivalents == 2.75 && dataset.actor("La Cantine")?.employees == nil)
        #expect(dataset.actor("Le Garage")?.fullTimeEquivalents == nil)
        #expect(dataset.fullTimeEquivalents.actors == 3 && dataset.fullTimeEquivalents.sum == 26.25)
        #expect(result.printed.contains { $0.hasPrefix("Adhérents.csv:5:") && $0.contains("1 unreadable full-time equivalent, not read") && $0.contains("\"beaucoup\"") },
                "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") }, "\(result.printed)")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-fte-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DatasetWriter.write(dataset, to: folder)
        let written = try String(contentsOf: folder.appendingPathComponent("actors.csv"), encoding: .utf8)
        #expect(written.components(separatedBy: "\n")[0].hasSuffix(",employees,employees_year,fte"), "\(written)")
        let again = try #require(DatasetLoader.load(folder: folder).dataset)
        #expect(again.actors == dataset.actors)
    }

    /// « 12 ETP » in an « Effectif » column counts jobs, not people: read as the
    /// structure's full-time equivalents (its « ETP » cell, when filled, wins), said once.
    @Test func fullTimeEquivalentsInTheHeadcountColumnAreReadAsSuch() throws {
        let list = "Structure;Réseau;Effectif;ETP\nAsso A;PTCE;12 ETP;\nAsso B;PTCE;5;\nAsso C;PTCE;3,5 etp;4\nAsso D;PTCE;8 salariés;\n"
        let result = try SpreadsheetConventionsTests.load(["Adhérents.csv": Array(list.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("Asso A")?.employees == nil && dataset.actor("Asso A")?.fullTimeEquivalents == 12)
        #expect(dataset.actor("Asso B")?.employees == Headcount(exactly: 5) && dataset.actor("Asso B")?.fullTimeEquivalents == nil)
        #expect(dataset.actor("Asso C")?.employees == nil && dataset.actor("Asso C")?.fullTimeEquivalents == 4)
        #expect(dataset.actor("Asso D")?.employees == Headcount(exactly: 8))
        #expect(result.printed.contains(
            "Adhérents.csv:2:13: warning: 2 headcounts written in full-time equivalents read as the structure's FTE, not as a number of employees: here \"12 ETP\""),
            "\(result.printed)")
        for text in ["12 ETP", "9,5 FTE", "3 équivalents temps plein"] { #expect(HeadcountColumns.saysFullTimeEquivalents(text), "\(text)") }
        for text in ["12", "12 salariés", "10 à 19"] { #expect(!HeadcountColumns.saysFullTimeEquivalents(text), "\(text)") }
    }
}
