import MaillageModel
import Testing
@testable import MaillageDataset

/// INSEE's catégorie juridique codes (``LegalCategoryCodes``): read as SIRENE exports write
/// them, with their labels and kinds; other numbers not read.
@Suite struct LegalCategoryCodesTests {
    /// Codes observatories' lists hold, with INSEE's labels and their kinds.
    @Test(arguments: [
        ("9220", "Association déclarée", ActorKind.structure),
        ("5458", "SARL coopérative de production (SCOP)", .structure),
        ("5558", "SA coopérative de production (SCOP) à conseil d'administration", .structure),
        ("6316", "Coopérative d'utilisation de matériel agricole en commun (CUMA)", .structure),
        ("6317", "Société coopérative agricole", .structure),
        ("9223", "Groupement d'employeurs", .structure),
        ("9300", "Fondation", .structure),
        ("8210", "Mutuelle", .structure),
        ("6411", "Société d'assurance à forme mutuelle", .structure),
        ("5710", "SAS, société par actions simplifiée", .entreprise),
        ("5499", "Société à responsabilité limitée (sans autre indication)", .entreprise),
        ("1000", "Entrepreneur individuel", .entreprise),
        ("6540", "Société civile immobilière", .entreprise),
        ("6220", "Groupement d'intérêt économique (GIE)", .entreprise),
        ("9224", "Association d'avocats à responsabilité professionnelle individuelle", .entreprise),
        ("8420", "Syndicat patronal", .entreprise),
        ("7210", "Commune et commune nouvelle", .collectivite),
        ("7220", "Département", .collectivite),
        ("7230", "Région", .collectivite),
        ("7346", "Communauté de communes", .collectivite),
        ("7348", "Communauté d'agglomération", .collectivite),
        ("7344", "Métropole", .collectivite),
        ("7354", "Syndicat mixte fermé", .collectivite),
        ("7361", "Centre communal d'action sociale", .collectivite),
        ("7367", "Centre Intercommunal d'action sociale (CIAS)", .collectivite),
        ("7381", "Organisme consulaire", .institution),
        ("7120", "Service central d'un ministère", .institution),
        ("7364", "Établissement d'hospitalisation", .institution),
        ("7331", "Établissement public local d'enseignement", .institution),
        ("8110", "Régime général de la Sécurité Sociale", .institution),
        ("8450", "Ordre professionnel ou assimilé", .institution),
        ("6596", "Caisse de crédit agricole mutuel", .financeur),
        ("8410", "Syndicat de salariés", .teteDeReseau),
        ("9110", "Syndicat de copropriété", .unknown),
    ])
    func codesGiveTheirLabelsAndKinds(_ code: String, _ label: String, _ kind: ActorKind) throws {
        let read = try #require(LegalCategoryCodes.read(code))
        #expect(read.code == code)
        #expect(read.label == label)
        #expect(read.kind == kind, "\(code) \(label)")
    }

    /// The ways an export or a spreadsheet writes a code.
    @Test func writtenWithALabelOrAsANumberCell() throws {
        for text in ["9220 - Association déclarée", "9220 – Association déclarée", "9220 Association déclarée", "9220-Association déclarée",
                     "9220.0", "9220,0", " 9220 ", "\u{A0}9220.00\t"] {
            let read = try #require(LegalCategoryCodes.read(text), "\(text)")
            #expect(read.code == "9220" && read.label == "Association déclarée" && read.kind == .structure, "\(text)")
        }
        // The label after the code is not checked: the code says.
        #expect(LegalCategoryCodes.read("5458 - SCOP SARL")?.label == "SARL coopérative de production (SCOP)")
    }

    /// A code missing from the table reads with its family; niveau II and I codes read alone.
    @Test func familiesAndClasses() throws {
        let unknownAssociation = try #require(LegalCategoryCodes.read("9229"))
        #expect(unknownAssociation.code == "9229" && unknownAssociation.label == "Association loi 1901 ou assimilé")
        #expect(unknownAssociation.kind == .structure)
        // Codes of older editions (SASU, SARL unipersonnelle) read with their families.
        #expect(LegalCategoryCodes.read("5720")?.label == "Société par actions simplifiée")
        #expect(LegalCategoryCodes.read("5498")?.kind == .entreprise)
        let family = try #require(LegalCategoryCodes.read("92"))
        #expect(family.label == "Association loi 1901 ou assimilé" && family.kind == .structure)
        #expect(LegalCategoryCodes.read("72")?.kind == .collectivite)
        #expect(LegalCategoryCodes.read("72.0")?.label == "Collectivité territoriale")
        let level = try #require(LegalCategoryCodes.read("9"))
        #expect(level.label == "Groupement de droit privé")
        #expect(LegalCategoryCodes.read("5")?.kind == .entreprise)
    }

    /// Years, postcodes, words, three-digit numbers and codes of no family are not read.
    @Test func otherTextsAreNotCodes() {
        for text in ["2015", "62041", "abc", "", "   ", "920", "20", "2015 - Rapport", "9220A", "9220 €", "9220.5", "9220 -", "92200",
                     "1000,5", "-9220", "9220/9221"] {
            #expect(LegalCategoryCodes.read(text) == nil, "\(text)")
        }
    }

    /// Four in five of the non-empty values, one at least.
    @Test func aColumnOfCodes() {
        #expect(LegalCategoryCodes.isCodeColumn(values: ["9220", "5458", "", "7210 - Commune et commune nouvelle", "9300.0"]))
        #expect(LegalCategoryCodes.isCodeColumn(values: ["9220", "9220", "9220", "9220", "inconnu"]), "four in five")
        #expect(!LegalCategoryCodes.isCodeColumn(values: ["9220", "9220", "9220", "inconnu", "inconnu"]))
        #expect(!LegalCategoryCodes.isCodeColumn(values: ["", "  "]), "no value")
        #expect(!LegalCategoryCodes.isCodeColumn(values: []))
        #expect(!LegalCategoryCodes.isCodeColumn(values: ["62000", "62100", "59000"]), "postcodes")
        #expect(!LegalCategoryCodes.isCodeColumn(values: ["2015", "2016", "2017"]), "years")
        #expect(!LegalCategoryCodes.isCodeColumn(values: ["Association", "SCIC", "Commune"]))
    }

    /// The table: codes of four digits, sorted, once each, every one in an existing family;
    /// the exceptions name codes of the table.
    @Test func theTableIsWellFormed() {
        let codes = LegalCategoryCodes.codes.map(\.code)
        #expect(codes.count == 260)
        #expect(codes == codes.sorted() && Set(codes).count == codes.count)
        let families = Set(LegalCategoryCodes.families.map(\.code))
        #expect(families.count == 39)
        #expect(LegalCategoryCodes.classes.count == 10)
        for (code, label) in LegalCategoryCodes.codes {
            #expect(code.count == 4 && code.allSatisfy(\.isWholeNumber), "\(code)")
            #expect(families.contains(String(code.prefix(2))), "\(code) has no family")
            #expect(label == label.trimmingSpaces() && !label.contains("  ") && !label.isEmpty, "\(code)")
        }
        for family in families { #expect(codes.contains { $0.hasPrefix(family) }, "family \(family) has no code") }
        let exceptions = LegalCategoryCodes.exceptions.flatMap(\.codes)
        #expect(Set(exceptions).count == exceptions.count, "a code listed twice")
        for code in exceptions {
            #expect(codes.contains(code), "exception \(code) is not in the table")
            let family = LegalCategoryCodes.families.first { $0.code == code.prefix(2) }
            #expect(family?.kind != LegalCategoryCodes.kind(of: code), "exception \(code) has its family's kind")
        }
    }

    /// Every label that the loader's legal-form synonyms recognise means there the kind the
    /// table gives it.
    @Test func labelsAgreeWithTheLegalFormSynonyms() {
        let labels = LegalCategoryCodes.codes.map { ($0.code, $0.label) }
            + LegalCategoryCodes.families.map { ($0.code, $0.label) } + LegalCategoryCodes.classes.map { ($0.code, $0.label) }
        var recognised = 0
        var mismatches: [String] = []
        for (code, label) in labels {
            guard let synonym = ValueSynonyms.actorKinds.match(label)?.value else { continue }
            recognised += 1
            let kind = LegalCategoryCodes.read(code)?.kind
            if kind != synonym { mismatches.append("\(code) \(label): table \(kind.map(\.rawValue) ?? "nil"), synonyms \(synonym.rawValue)") }
        }
        #expect(recognised > 5)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    /// A SIRENE extract: the codes in their own column beside their labels, or in the legal
    /// form's column alone, give each actor its legal form and kind.
    @Test func aSireneExtractReadsItsCodesAsLegalFormsAndKinds() throws {
        let structures = """
            SIRET;Raison sociale;Catégorie juridique;Libellé catégorie juridique
            77567227200017;COMMUNAUTE EMMAUS D ARRAS;9220;Association déclarée
            42345678900019;SCOP ATELIER BOIS;5458;
            51234567900017;COMMUNE D ARRAS;7210;
            30234567300016;SARL DUPONT;5499.0;
            45678912200011;CLUB 2015;2015;

            """
        let memberships = "SIRET;Réseau\n77567227200017;CRESS\n42345678900019;CRESS\n51234567900017;CRESS\n30234567300016;CRESS\n45678912200011;CRESS\n"
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(structures.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("COMMUNAUTE EMMAUS D ARRAS")?.legalForm == "Association déclarée")
        #expect(dataset.actor("COMMUNAUTE EMMAUS D ARRAS")?.kind == .structure)
        #expect(dataset.actor("SCOP ATELIER BOIS")?.legalForm == "SARL coopérative de production (SCOP)")
        #expect(dataset.actor("SCOP ATELIER BOIS")?.kind == .structure)
        #expect(dataset.actor("COMMUNE D ARRAS")?.kind == .collectivite)
        #expect(dataset.actor("SARL DUPONT")?.kind == .entreprise)
        #expect(dataset.actor("CLUB 2015")?.kind == .unknown)
        #expect(result.printed.contains(
            "Structures.csv:1:22: warning: 4 INSEE legal category codes read as the legal form and the kind of actor (« Catégorie juridique »): here 9220, \"Association déclarée\", structure"),
            "\(result.printed)")
        #expect(result.printed.contains(
            "Structures.csv:6:26: warning: 1 legal category code unknown to INSEE's nomenclature, not read: here \"2015\""), "\(result.printed)")

        // The codes in the legal form's own column.
        let coded = "Nom;Forme juridique\nFondation de l'Artois;9300\nMairie de Lens;Commune\n"
        let second = try SpreadsheetConventionsTests.load(["Structures.csv": Array(coded.utf8), "Adhésions.csv": Array("Structure;Réseau\nFondation de l'Artois;CRESS\n".utf8)])
        let read = try #require(second.dataset, "\(second.printed)")
        #expect(read.actor("Fondation de l'Artois")?.legalForm == "Fondation")
        #expect(read.actor("Fondation de l'Artois")?.kind == .structure)
        #expect(read.actor("Mairie de Lens")?.kind == .collectivite)
    }
}
