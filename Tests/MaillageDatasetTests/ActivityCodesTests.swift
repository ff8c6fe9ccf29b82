import Testing
@testable import MaillageDataset

/// INSEE's NAF rév. 2 codes (``ActivityCodes``): read as SIRENE exports write them, with
/// their divisions and sections; other texts not read.
@Suite struct ActivityCodesTests {
    /// Codes observatories' lists hold, with their divisions and sections and INSEE's labels.
    @Test(arguments: [
        ("88.99B", "88", "Action sociale sans hébergement", "Q", "Santé humaine et action sociale"),
        ("88.10A", "88", "Action sociale sans hébergement", "Q", "Santé humaine et action sociale"),
        ("87.30A", "87", "Hébergement médico-social et social", "Q", "Santé humaine et action sociale"),
        ("94.99Z", "94", "Activités des organisations associatives", "S", "Autres activités de services"),
        ("38.32Z", "38", "Collecte, traitement et élimination des déchets ; récupération", "E",
         "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution"),
        ("85.59A", "85", "Enseignement", "P", "Enseignement"),
        ("93.12Z", "93", "Activités sportives, récréatives et de loisirs", "R", "Arts, spectacles et activités récréatives"),
        ("56.10A", "56", "Restauration", "I", "Hébergement et restauration"),
        ("01.13Z", "01", "Culture et production animale, chasse et services annexes", "A", "Agriculture, sylviculture et pêche"),
        ("64.19Z", "64", "Activités des services financiers, hors assurance et caisses de retraite", "K", "Activités financières et d'assurance"),
        ("84.11Z", "84", "Administration publique et défense ; sécurité sociale obligatoire", "O", "Administration publique"),
        ("78.20Z", "78", "Activités liées à l'emploi", "N", "Activités de services administratifs et de soutien"),
        ("97.00Z", "97", "Activités des ménages en tant qu'employeurs de personnel domestique", "T",
         "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre"),
        ("99.00Z", "99", "Activités des organisations et organismes extraterritoriaux", "U", "Activités extra-territoriales"),
    ])
    func codesGiveTheirDivisionsAndSections(_ code: String, _ division: String, _ divisionLabel: String, _ section: String,
                                            _ sectionLabel: String) throws {
        let read = try #require(ActivityCodes.read(code))
        #expect(read.code == code)
        #expect(read.division == division && read.divisionLabel == divisionLabel, "\(code)")
        #expect(read.section == section && read.sectionLabel == sectionLabel, "\(code)")
    }

    /// The ways an export or a spreadsheet writes a code.
    @Test func writtenWithoutItsDotInLowerCaseOrWithALabel() throws {
        for text in ["88.99B", "8899B", "88.99b", "8899b", " 88.99B ", "\u{A0}8899B\t",
                     "88.99B - Action sociale sans hébergement n.c.a.", "88.99B – Action sociale sans hébergement n.c.a.",
                     "8899B : Action sociale sans hébergement n.c.a.", "88.99B Action sociale sans hébergement n.c.a.",
                     "88.99B-Action sociale sans hébergement n.c.a.", "8899B (Action sociale sans hébergement n.c.a.)"] {
            let read = try #require(ActivityCodes.read(text), "\(text)")
            #expect(read.code == "88.99B" && read.division == "88" && read.section == "Q", "\(text)")
        }
        // The label after the code is not checked: the code says.
        #expect(ActivityCodes.read("94.99Z - Association sportive")?.divisionLabel == "Activités des organisations associatives")
    }

    /// A class without its letter reads only with its dot and a label after a dash or a colon.
    @Test func classesWithTheirLabels() throws {
        let read = try #require(ActivityCodes.read("88.99 - Autres actions sociales sans hébergement n.c.a."))
        #expect(read.code == "88.99" && read.division == "88" && read.section == "Q")
        #expect(ActivityCodes.read("38.32 : Récupération de déchets triés")?.code == "38.32")
        for text in ["88.99", "8899", "88,99", "12.50", "8899 - Autres actions sociales", "88.99 Autres actions sociales", "45.20 %",
                     "88.99 -"] {
            #expect(ActivityCodes.read(text) == nil, "\(text)")
        }
    }

    /// Postcodes, catégories juridiques, years, words, NAF rév. 1 codes and codes of no
    /// division are not read.
    @Test func otherTextsAreNotCodes() {
        for text in ["62041", "9220", "2015", "2015-2016", "", "   ", "abc", "Action sociale", "04.10Z", "40.00Z", "0410Z", "89.99Z",
                     "00.00Z", "85.3K", "853K", "88.9B", "888.99B", "88.999B", "88.99BB", "88.99B2", "88.99 B", "88-99B", "88.99B -",
                     "B88.99", "8 8.99B", "88.99B/94.99Z", "٨٨.٩٩B"] {
            #expect(ActivityCodes.read(text) == nil, "\(text)")
        }
    }

    /// Four in five of the non-empty values, one at least.
    @Test func aColumnOfCodes() {
        #expect(ActivityCodes.isCodeColumn(values: ["88.99B", "9499Z", "", "38.32Z - Récupération de déchets triés", "85.59a"]))
        #expect(ActivityCodes.isCodeColumn(values: ["88.99B", "88.99B", "88.99B", "88.99B", "inconnu"]), "four in five")
        #expect(!ActivityCodes.isCodeColumn(values: ["88.99B", "88.99B", "88.99B", "inconnu", "inconnu"]))
        #expect(!ActivityCodes.isCodeColumn(values: ["", "  "]), "no value")
        #expect(!ActivityCodes.isCodeColumn(values: []))
        #expect(!ActivityCodes.isCodeColumn(values: ["62000", "62100", "59000"]), "postcodes")
        #expect(!ActivityCodes.isCodeColumn(values: ["9220", "5458", "7210"]), "catégories juridiques")
        #expect(!ActivityCodes.isCodeColumn(values: ["12.50", "35.00", "18.75"]), "amounts")
        #expect(!ActivityCodes.isCodeColumn(values: ["Association", "SCIC", "Commune"]))
    }

    /// The table: 21 sections in order, 88 divisions sorted, once each, each in one section
    /// of the table, every section with a division; the divisions of a section in a row.
    @Test func theTableIsWellFormed() {
        let sections = ActivityCodes.sections.map(\.code)
        #expect(sections.count == 21)
        #expect(sections == (UnicodeScalar("A").value...UnicodeScalar("U").value).map { String(UnicodeScalar($0)!) })
        let divisions = ActivityCodes.divisions.map(\.code)
        #expect(divisions.count == 88)
        #expect(divisions == divisions.sorted() && Set(divisions).count == divisions.count)
        for (code, label, section) in ActivityCodes.divisions {
            #expect(code.count == 2 && code.allSatisfy { $0.isASCII && $0.isWholeNumber }, "\(code)")
            #expect(sections.filter { $0 == section }.count == 1, "\(code) is in no section of the table")
            #expect(label == label.trimmingSpaces() && !label.contains("  ") && !label.isEmpty && !label.contains("’"), "\(code)")
        }
        for (code, label) in ActivityCodes.sections {
            #expect(ActivityCodes.divisions.contains { $0.section == code }, "section \(code) has no division")
            #expect(label == label.trimmingSpaces() && !label.contains("  ") && !label.isEmpty && !label.contains("’"), "\(code)")
        }
        let order = ActivityCodes.divisions.map(\.section)
        #expect(order == order.sorted(), "the sections of the divisions follow the sections' order")
        // The divisions of a few sections, as INSEE groups them.
        #expect(ActivityCodes.divisions.filter { $0.section == "Q" }.map(\.code) == ["86", "87", "88"])
        #expect(ActivityCodes.divisions.filter { $0.section == "C" }.count == 24)
        #expect(ActivityCodes.divisions.filter { $0.section == "S" }.map(\.code) == ["94", "95", "96"])
        // Every division reads from a code of its own.
        for code in divisions { #expect(ActivityCodes.read("\(code).00Z")?.division == code, "\(code)") }
    }
}
