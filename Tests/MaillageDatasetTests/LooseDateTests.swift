import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Dates written from memory: doubted, seasons, one of two years, starts too vague to date.
@Suite struct LooseDateTests {
    typealias Loose = LoaderRun.LooseDate

    static func year(_ y: Int) -> Loose { .approximate(PartialDate(year: y)!) }
    static func month(_ y: Int, _ m: Int) -> Loose { .approximate(PartialDate(year: y, month: m)!) }

    @Test func aDoubtedDateCountsAsTheDateItGives() {
        for text in ["vers 2018", "Vers 2018", "vers  2018", "environ 2018", "env. 2018", "env 2018", "~2018", "~ 2018", "≈ 2018",
                     "ca. 2018", "circa 2018", "2018?", "2018 ?", "2018 ??", "2018 (?)", "2018 (à confirmer)", "2018 à confirmer",
                     "2018 environ", "2018, environ", "2018 (env.)", "aux alentours de 2018", "autour de 2018", "probablement 2018",
                     "peut-être en 2018", "courant 2018", "dans le courant de l'année 2018", "vers le milieu de 2018", "2018 (approx.)",
                     "vers\u{00A0}2018", "2018 de mémoire", "around 2018", "2018 (TBC)"] {
            #expect(LoaderRun.looseDate(text, openEnd: false) == Self.year(2018), "\(text)")
            #expect(LoaderRun.looseDate(text, openEnd: true) == Self.year(2018), "\(text)")
        }
        // The plain date under the doubt keeps its precision.
        #expect(LoaderRun.looseDate("vers mars 2019", openEnd: false) == Self.month(2019, 3))
        #expect(LoaderRun.looseDate("03/2019 ?", openEnd: false) == Self.month(2019, 3))
        #expect(LoaderRun.looseDate("mi-mars 2019", openEnd: false) == Self.month(2019, 3))
        #expect(LoaderRun.looseDate("mi-2021", openEnd: false) == Self.year(2021))
        #expect(LoaderRun.looseDate("vers le 14/03/2019", openEnd: false) == .approximate(PartialDate(year: 2019, month: 3, day: 14)!))
        #expect(LoaderRun.looseDate("depuis 2015 environ", openEnd: false) == Self.year(2015))
    }

    @Test func aSeasonIsAStartsFirstMonthAndAnEndsLast() {
        #expect(LoaderRun.looseDate("printemps 2021", openEnd: false) == Self.month(2021, 3))
        #expect(LoaderRun.looseDate("printemps 2021", openEnd: true) == Self.month(2021, 5))
        #expect(LoaderRun.looseDate("Été 2020", openEnd: false) == Self.month(2020, 6))
        #expect(LoaderRun.looseDate("à l'automne 2019", openEnd: true) == Self.month(2019, 11))
        #expect(LoaderRun.looseDate("au printemps-2021", openEnd: false) == Self.month(2021, 3))
        #expect(LoaderRun.looseDate("rentrée 2019", openEnd: false) == Self.month(2019, 9))
        #expect(LoaderRun.looseDate("à la rentrée 2019", openEnd: true) == Self.month(2019, 9))
        #expect(LoaderRun.looseDate("vers l'été 2021", openEnd: false) == Self.month(2021, 6))
        #expect(LoaderRun.looseDate("automne 2019 ?", openEnd: false) == Self.month(2019, 9))
        // Winter may start in the December before: its year.
        #expect(LoaderRun.looseDate("hiver 2021", openEnd: false) == Self.year(2021))
        #expect(LoaderRun.looseDate("printemps", openEnd: false) == nil)
        #expect(LoaderRun.looseDate("printemps 21", openEnd: false) == nil)
    }

    @Test func ofTwoYearsAStartTakesTheFirstAndAnEndTheLast() {
        #expect(LoaderRun.looseDate("2019 ou 2020", openEnd: false) == Self.year(2019))
        #expect(LoaderRun.looseDate("2020 ou 2019", openEnd: false) == Self.year(2019))
        #expect(LoaderRun.looseDate("2019 ou 2020", openEnd: true) == Self.year(2020))
        #expect(LoaderRun.looseDate("2019 ou 2020 ?", openEnd: true) == Self.year(2020))
        #expect(LoaderRun.looseDate("Cocagne ou COORACE", openEnd: false) == nil)
    }

    @Test func aStartTooVagueToDateIsNoDateButAnEndStaysAnError() {
        for text in ["années 2010", "Les années 90", "début des années 2000", "2010s", "avant 2018", "Avant le 1er mars 2019",
                     "depuis toujours", "Membre fondateur", "fondatrice", "Depuis la création", "dès le début", "de longue date",
                     "avant 2018 ?"] {
            #expect(LoaderRun.looseDate(text, openEnd: false) == .undated, "\(text)")
            #expect(LoaderRun.looseDate(text, openEnd: true) == nil, "\(text)")
        }
        #expect(LoaderRun.looseDate("années 2015", openEnd: false) == nil)
        #expect(LoaderRun.looseDate("avant", openEnd: false) == nil)
    }

    @Test func whatIsNoLooseDateIsLeftToThePlainReadingOrItsError() {
        for text in ["2018", "mars 2019", "vers", "?", "Cocagne", "2018 Cocagne", "vers Lens", "environ", "2018 (Lens)",
                     "ancien membre", "2 018 ?", String(repeating: "vers ", count: 20) + "2018"] {
            #expect(LoaderRun.looseDate(text, openEnd: false) == nil, "\(text)")
        }
    }

    @Test func aMemberListReadsLooseDatesAndSaysSoOnceEach() throws {
        let csv = """
            Structure;Commune;Réseau;Adhérent depuis;Fin d'adhésion
            Jardins de Cocagne Arras;Arras;COORACE;vers 2018;
            Envie Lens;Lens;COORACE;2020?;
            La Ressourcerie du Ternois;Saint-Pol-sur-Ternoise;CRESS Hauts-de-France;printemps 2021;
            SCOP Le Chantier;Béthune;CRESS Hauts-de-France;2018-2019;2022
            Épicerie solidaire du Béthunois;Béthune;COORACE;fin 2019;été 2023
            Boutique Solidaire;Boulogne-sur-Mer;CRESS Hauts-de-France;2019 (à confirmer);
            Tiers-lieu La Fabrique;Arras;COORACE;années 2010;
            Le Relais;Bruay-la-Buissière;CRESS Hauts-de-France;Membre fondateur;

            """
        let result = try SpreadsheetConventionsTests.load(["adhesions.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        func membership(_ actor: String) throws -> Membership { try #require(dataset.memberships.first { $0.actor == actor }) }
        #expect(try membership("Jardins de Cocagne Arras").since == PartialDate(year: 2018))
        #expect(try membership("Envie Lens").since == PartialDate(year: 2020))
        #expect(try membership("La Ressourcerie du Ternois").since == PartialDate(year: 2021, month: 3))
        #expect(try membership("Boutique Solidaire").since == PartialDate(year: 2019))
        // « Fin d'adhésion » ends the membership; a season as an end is its last month.
        #expect(try membership("Épicerie solidaire du Béthunois").until == PartialDate(year: 2023, month: 8))
        #expect(try membership("SCOP Le Chantier").until == PartialDate(year: 2022))
        #expect(try membership("Tiers-lieu La Fabrique").since == nil)
        #expect(try membership("Le Relais").since == nil)
        let warnings = result.printed.filter { $0.contains("approximate date") || $0.contains("too vague") || $0.contains("read as a start") }
        #expect(warnings == [
            "adhesions.csv:2:40: warning: \"vers 2018\" read as 2018: an approximate date counts as the date it gives, a season as its first month (a start) or its last (an end); likewise \"2020?\" (2020), \"printemps 2021\" (2021-03) (and 2 more)",
            "adhesions.csv:5:48: warning: \"2018-2019\" read as a start in 2018 (the end comes from the end column, which is filled)",
            "adhesions.csv:8:38: warning: \"années 2010\": too vague for a start date, read as an empty cell (the row counts from the beginning; write a year to date it); likewise \"Membre fondateur\"",
        ], "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") }, "\(result.printed)")
    }

    @Test func anEndTooVagueToDateStaysAnError() throws {
        let csv = """
            Structure;Réseau;Depuis;Jusqu'à
            Envie Lens;COORACE;2015;années 2010

            """
        let result = try SpreadsheetConventionsTests.load(["adhesions.csv": Array(csv.utf8)])
        #expect(result.dataset == nil)
        #expect(result.printed.contains { $0.hasPrefix("adhesions.csv:2:") && $0.contains("must be a date") && $0.contains("années 2010") },
                "\(result.printed)")
    }
}
