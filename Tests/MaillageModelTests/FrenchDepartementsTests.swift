import Testing
import MaillageModel

/// The reference table of départements and régions, and how postal codes and INSEE
/// commune codes name a département.
@Suite struct FrenchDepartementsTests {
    @Test func the101DepartementsAndTheir18Regions() {
        let all = FrenchDepartements.all
        #expect(all.count == 101)
        #expect(Set(all.map(\.code)).count == 101)
        #expect(Set(all.map(\.region)).count == 18)
        #expect(all.allSatisfy { $0.name != $0.code })
        #expect(FrenchDepartements.departement(code: "62")?.name == "Pas-de-Calais")
        #expect(FrenchDepartements.departement(code: "62")?.region == "Hauts-de-France")
        #expect(FrenchDepartements.departement(code: "2a")?.name == "Corse-du-Sud")
        #expect(FrenchDepartements.departement(code: "976")?.region == "Mayotte")
        #expect(FrenchDepartements.departement(code: "20") == nil)
        #expect(FrenchDepartements.departement(code: "975") == nil)
    }

    @Test func postalCodesAsSpreadsheetCellsHoldThem() {
        #expect(FrenchDepartements.readPostalCode("62000") == .code("62000", restoredZero: false))
        #expect(FrenchDepartements.readPostalCode("62 000") == .code("62000", restoredZero: false))
        #expect(FrenchDepartements.readPostalCode("62000 Arras") == .code("62000", restoredZero: false))
        #expect(FrenchDepartements.readPostalCode("62008 CEDEX") == .code("62008", restoredZero: false))
        #expect(FrenchDepartements.readPostalCode("62000, Arras") == .code("62000", restoredZero: false))
        #expect(FrenchDepartements.readPostalCode("1500") == .code("01500", restoredZero: true))
        #expect(FrenchDepartements.readPostalCode("abc") == .notACode)
        #expect(FrenchDepartements.readPostalCode("620000") == .notACode)
        #expect(FrenchDepartements.readPostalCode("62-000") == .notACode)
        #expect(FrenchDepartements.readPostalCode("F-62000") == .notACode)
        #expect(FrenchDepartements.readPostalCode("62000.5") == .notACode)
    }

    @Test func theAddressHoldsThePostalCodeBeforeTheTown() {
        #expect(FrenchDepartements.postalCode(inAddress: "12 rue des Augustins, 62000 Arras") == "62000")
        #expect(FrenchDepartements.postalCode(inAddress: "BP 60012 62001 Arras Cedex") == "62001")
        #expect(FrenchDepartements.postalCode(inAddress: "3 place du Marché 20200 Bastia") == "20200")
        #expect(FrenchDepartements.postalCode(inAddress: "12 rue des Augustins") == nil)
        #expect(FrenchDepartements.postalCode(inAddress: "12345") == nil)
        #expect(FrenchDepartements.postalCode(inAddress: "Zone 123456 Arras") == nil)
        #expect(FrenchDepartements.postalCode(inAddress: "") == nil)
    }

    @Test func thePostalCodeGivesTheDepartementOfItsOffice() {
        func code(_ postal: String) -> String? { FrenchDepartements.departement(ofPostalCode: postal)?.code }
        #expect(code("62000") == "62")
        #expect(code("01500") == "01")
        #expect(code("75011") == "75")
        // Corsica: 200xx–201xx Corse-du-Sud, 202xx–206xx Haute-Corse.
        #expect(code("20000") == "2A")
        #expect(code("20190") == "2A")
        #expect(code("20200") == "2B")
        #expect(code("20600") == "2B")
        #expect(code("20700") == nil)
        // Overseas: three digits; the collectivités are no département.
        #expect(code("97100") == "971")
        #expect(code("97411") == "974")
        #expect(code("97600") == "976")
        #expect(code("97133") == nil)
        #expect(code("97150") == nil)
        #expect(code("97500") == nil)
        #expect(code("98000") == nil)
        #expect(code("00100") == nil)
        #expect(code("96000") == nil)
        #expect(code("6200") == nil)
    }

    @Test func theINSEECodeGivesTheCommunesDepartement() {
        func code(_ insee: String) -> String? { FrenchDepartements.departement(ofCommuneCode: insee)?.code }
        #expect(code("62041") == "62")
        #expect(code("2A004") == "2A")
        #expect(code("2b033") == "2B")
        #expect(code("97411") == "974")
        #expect(code("97502") == nil)
        #expect(code("98000") == nil)
        #expect(code("6204") == nil)
    }
}
