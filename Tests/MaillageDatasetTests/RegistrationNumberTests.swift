import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// SIRET, SIREN and RNA numbers, and acronyms, as keys between an observatory's tables:
/// a list of structures extracted from SIRENE and memberships that give the number, or a
/// name written otherwise, or an acronym.
@Suite struct RegistrationNumberTests {
    // Valid numbers (Luhn): SIREN 775672272 with its establishments 00017 and 00025,
    // 423456789 (00019), 512345679 (00017), 302345673 (00016), 078123452 (00019).

    @Test func numbersAreReadAsPeopleAndSpreadsheetsWriteThem() {
        func read(_ text: String) -> RegistrationNumber.Reading { RegistrationNumber.read(text) }
        #expect(read("775 672 272 00017") == .number(RegistrationNumber(register: .siret, value: "77567227200017", checks: true)))
        #expect(read("775.672.272.00017") == .number(RegistrationNumber(register: .siret, value: "77567227200017", checks: true)))
        #expect(read("77567227200017.0") == .number(RegistrationNumber(register: .siret, value: "77567227200017", checks: true)))
        #expect(read(" 775672272 ") == .number(RegistrationNumber(register: .siren, value: "775672272", checks: true)))
        // A number cell drops the leading zero: restored when the key then checks.
        #expect(read("7812345200019") == .number(RegistrationNumber(register: .siret, value: "07812345200019", checks: true)))
        #expect(read("78123452") == .number(RegistrationNumber(register: .siren, value: "078123452", checks: true)))
        #expect(read("w623001234") == .number(RegistrationNumber(register: .rna, value: "W623001234", checks: true)))
        // A typo: read as written, its check failing.
        #expect(read("77567227200018") == .number(RegistrationNumber(register: .siret, value: "77567227200018", checks: false)))
        // La Poste's establishments: digits summing to a multiple of 5.
        #expect(read("35600000000010") == .number(RegistrationNumber(register: .siret, value: "35600000000010", checks: true)))
        #expect(read("7,75672E+13") == .lostDigits)
        #expect(read("7.75672e13") == .lostDigits)
        #expect(read("12345") == .invalid)
        #expect(read("Emmaüs Arras") == .invalid)
        #expect(read("") == .empty)
        #expect(RegistrationNumber(register: .siret, value: "77567227200017", checks: true).written == "775 672 272 00017")
        #expect(RegistrationNumber(register: .siret, value: "77567227200017", checks: true).siren == "775672272")
    }

    /// The structures of a SIRENE extract, in capitals, keyed on SIRET.
    static let structures = """
        SIRET;Raison sociale;Sigle;Commune
        775 672 272 00017;COMMUNAUTE EMMAUS D ARRAS;;Arras
        42345678900019;RESSOURCERIE DU TERNOIS;;Saint-Pol-sur-Ternoise
        51234567900017;SCOP ATELIER BOIS DE L ARTOIS;SABA;Béthune
        30234567300016;MUTUELLE DU NORD PAS DE CALAIS;MNPC;Arras

        """

    @Test func membershipsKeyedOnSIRETFindTheirStructures() throws {
        let memberships = """
            SIRET;Réseau;Année d'adhésion
            77567227200017;Réseau des ressourceries;2015
            423 456 789 00019;Réseau des ressourceries;2018
            51234567900017;URSCOP Hauts-de-France;2010
            30234567300016;CRESS Hauts-de-France;2008
            77567227200017;CRESS Hauts-de-France;2016

            """
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(Self.structures.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.count == 4, "\(dataset.actors.map(\.id))")
        let emmaus = dataset.memberships.filter { $0.actor == "COMMUNAUTE EMMAUS D ARRAS" }.map(\.cooperation).sorted()
        #expect(emmaus == ["CRESS Hauts-de-France", "Réseau des ressourceries"])
        #expect(dataset.memberships.contains { $0.actor == "RESSOURCERIE DU TERNOIS" && $0.cooperation == "Réseau des ressourceries" })
        #expect(!result.printed.contains { $0.contains("not in") || $0.contains("is not read") }, "\(result.printed)")
    }

    @Test func aNameWrittenOtherwiseIsFoundByItsNumberAndTheNumberWins() throws {
        let memberships = """
            Structure;SIRET;Réseau
            Emmaüs Arras;77567227200017;CRESS Hauts-de-France
            Communauté Emmaüs d'Arras;775 672 272 00017;Réseau des ressourceries
            Les Compagnons d'Emmaüs;77567227200017;Réseau Cocagne
            RESSOURCERIE DU TERNOIS;51234567900017;Réseau des ressourceries
            Jardins de Lens;;Réseau des ressourceries

            """
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(Self.structures.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let emmaus = dataset.memberships.filter { $0.actor == "COMMUNAUTE EMMAUS D ARRAS" }.map(\.cooperation).sorted()
        #expect(emmaus == ["CRESS Hauts-de-France", "Réseau Cocagne", "Réseau des ressourceries"])
        // The ternois row gives the SCOP's SIRET: the number wins, and it is said.
        #expect(dataset.memberships.contains { $0.actor == "SCOP ATELIER BOIS DE L ARTOIS" && $0.cooperation == "Réseau des ressourceries" })
        #expect(!dataset.memberships.contains { $0.actor == "RESSOURCERIE DU TERNOIS" })
        #expect(dataset.actors.count == 5, "Jardins de Lens, with no number, is a new actor")
        #expect(result.printed.contains(
            "Adhésions.csv:2:1: warning: 2 memberships name their structure otherwise than the actors table and are found by their number (SIRET, SIREN or RNA): here \"Emmaüs Arras\", SIRET 775 672 272 00017, read as \"COMMUNAUTE EMMAUS D ARRAS\""),
            "\(result.printed)")
        #expect(result.printed.contains(
            "Adhésions.csv:5:1: warning: 1 membership names one structure and gives another's number; the number wins: here \"RESSOURCERIE DU TERNOIS\" with SIRET 512 345 679 00017, that of \"SCOP ATELIER BOIS DE L ARTOIS\", read as the latter. Check the name or the number"),
            "\(result.printed)")
    }

    @Test func twoRowsWithOneSIRETAreOneStructure() throws {
        let structures = Self.structures + "77567227200017;Emmaüs Arras (boutique);;Arras\n"
        let memberships = """
            Structure;Réseau
            Emmaüs Arras (boutique);CRESS Hauts-de-France
            COMMUNAUTE EMMAUS D ARRAS;Réseau des ressourceries

            """
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(structures.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.count == 4, "\(dataset.actors.map(\.id))")
        let emmaus = dataset.memberships.filter { $0.actor == "COMMUNAUTE EMMAUS D ARRAS" }.map(\.cooperation).sorted()
        #expect(emmaus == ["CRESS Hauts-de-France", "Réseau des ressourceries"], "\(result.printed)")
        #expect(result.printed.contains(
            "Structures.csv:6:16: warning: \"Emmaüs Arras (boutique)\" has the same SIRET (775 672 272 00017) as \"COMMUNAUTE EMMAUS D ARRAS\" (line 2): the same structure, read under that name; \"Emmaüs Arras (boutique)\" stands for it too, and what this row says of the structure (kind, municipality…) is ignored"),
            "\(result.printed)")
    }

    @Test func aSIRENFindsItsOnlyEstablishmentAndSaysWhenThereAreSeveral() throws {
        let structures = Self.structures + "77567227200025;EMMAUS ARRAS BOUTIQUE;;Arras\n"
        let memberships = """
            SIREN;Réseau
            423456789;Réseau des ressourceries
            775672272;CRESS Hauts-de-France

            """
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(structures.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.contains { $0.actor == "RESSOURCERIE DU TERNOIS" && $0.cooperation == "Réseau des ressourceries" })
        #expect(dataset.memberships.contains { $0.actor == "COMMUNAUTE EMMAUS D ARRAS" && $0.cooperation == "CRESS Hauts-de-France" })
        #expect(dataset.actors.count == 5)
        #expect(result.printed.contains(
            "Adhésions.csv:3:1: warning: 1 membership gives the SIREN of a structure with several establishments: here 775 672 272, 2 establishments in the actors table (\"COMMUNAUTE EMMAUS D ARRAS\", \"EMMAUS ARRAS BOUTIQUE\"); read as the first. Give the establishment's SIRET (14 digits)"),
            "\(result.printed)")
    }

    @Test func anAcronymNamesItsStructureWhenNoOtherHasIt() throws {
        let structures = Self.structures + "45678912200011;MAISON DE L ECONOMIE SOLIDAIRE;SABA;Lens\n"
        let memberships = """
            Structure;Réseau
            MNPC;CRESS Hauts-de-France
            SABA;URSCOP Hauts-de-France

            """
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(structures.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.contains { $0.actor == "MUTUELLE DU NORD PAS DE CALAIS" && $0.cooperation == "CRESS Hauts-de-France" })
        // Two structures have « SABA »: neither is chosen.
        #expect(dataset.memberships.contains { $0.actor == "SABA" }, "\(dataset.memberships)")
        #expect(result.printed.contains(
            "Adhésions.csv:2:1: warning: \"MNPC\" read as \"MUTUELLE DU NORD PAS DE CALAIS\", whose acronym it is"), "\(result.printed)")
    }

    /// A member list with no actors table: the two spellings of one SIRET are one structure.
    @Test func aMemberListKeyedOnSIRETMergesSpellings() throws {
        let memberships = """
            Structure;SIRET;Réseau
            Emmaüs Arras;77567227200017;CRESS Hauts-de-France
            Communauté Emmaüs d'Arras;77567227200017;Réseau des ressourceries
            Ressourcerie du Ternois;42345678900019;Réseau des ressourceries

            """
        let result = try SpreadsheetConventionsTests.load(["Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.count == 2, "\(dataset.actors.map(\.id))\n\(result.printed)")
        #expect(dataset.memberships.filter { $0.actor == "Emmaüs Arras" }.count == 2, "\(dataset.memberships)")
    }

    @Test func numbersThatCannotServeAreSaidOncePerTableAtTheirFirstCell() throws {
        let structures = """
            SIRET;Raison sociale
            7,75672E+13;COMMUNAUTE EMMAUS D ARRAS
            4,23457E+13;RESSOURCERIE DU TERNOIS
            12345;SCOP ATELIER BOIS DE L ARTOIS
            30234567300017;MUTUELLE DU NORD PAS DE CALAIS

            """
        let memberships = """
            Structure;SIRET;Réseau
            MUTUELLE DU NORD PAS DE CALAIS;30234567300017;CRESS Hauts-de-France
            COMMUNAUTE EMMAUS D ARRAS;;CRESS Hauts-de-France

            """
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(structures.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.count == 4)
        #expect(result.printed.contains(
            "Structures.csv:2:1: warning: 2 unreadable SIRET or SIREN numbers: the spreadsheet wrote them in scientific notation (here \"7,75672E+13\"), losing the last digits; format the column as Text and copy the numbers again from their source. These structures are matched by name"),
            "\(result.printed)")
        #expect(result.printed.contains(
            "Structures.csv:4:1: warning: 1 number that is neither a SIRET (14 digits), a SIREN (9 digits) nor an RNA number (W and 9 characters), not read: here \"12345\""),
            "\(result.printed)")
        // The typo is said once, where the actors table gives it.
        #expect(result.printed.filter { $0.contains("check digit") }.count == 1, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("Structures.csv:5:1: warning: 1 SIRET or SIREN number whose check digit is wrong") }, "\(result.printed)")
    }

    /// A cooperations table's SIRET (a PTCE's own) is not a key: reported, not read.
    @Test func aCooperationsSIRETIsNotRead() throws {
        let cooperations = "Coopération;SIRET;Forme\nPTCE Artois;77567227200017;Regroupement\n"
        let memberships = "Structure;Coopération\nRESSOURCERIE DU TERNOIS;PTCE Artois\n"
        let result = try SpreadsheetConventionsTests.load([
            "Structures.csv": Array(Self.structures.utf8), "Coopérations.csv": Array(cooperations.utf8), "Adhésions.csv": Array(memberships.utf8),
        ])
        #expect(result.dataset != nil, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("Coopérations.csv:1:13: warning: column \"SIRET\" is not read: Maillage does not use these administrative codes here") },
                "\(result.printed)")
    }

    /// The numbers stay on the actors, fill an actor that had none from the memberships,
    /// and survive the writer.
    @Test func numbersAreKeptOnTheActorsAndWrittenBack() throws {
        let structures = """
            SIRET;RNA;Raison sociale
            775 672 272 00017;W623001234;COMMUNAUTE EMMAUS D ARRAS
            42345678900019;;RESSOURCERIE DU TERNOIS
            ;;SCOP ATELIER BOIS DE L ARTOIS

            """
        let memberships = """
            Structure;SIRET;Réseau
            SCOP ATELIER BOIS DE L ARTOIS;51234567900017;URSCOP
            Les Jardins de Lens;30234567300016;CRESS
            Jardins de Lens (les);30234567300016;Réseau Cocagne
            COMMUNAUTE EMMAUS D ARRAS;;CRESS

            """
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(structures.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("COMMUNAUTE EMMAUS D ARRAS")?.siret == "77567227200017")
        #expect(dataset.actor("COMMUNAUTE EMMAUS D ARRAS")?.rna == "W623001234")
        #expect(dataset.actor("SCOP ATELIER BOIS DE L ARTOIS")?.siret == "51234567900017", "filled from the memberships")
        #expect(dataset.actor("Les Jardins de Lens")?.siret == "30234567300016")
        #expect(dataset.actor("Jardins de Lens (les)") == nil, "the second spelling is found by its SIRET")
        #expect(dataset.memberships.filter { $0.actor == "Les Jardins de Lens" }.count == 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-siret-written-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DatasetWriter.write(dataset, to: folder)
        let written = try String(contentsOf: folder.appendingPathComponent("actors.csv"), encoding: .utf8)
        #expect(written.hasPrefix("id,name,kind,legal_form,sector,territories,website,siret,siren,rna\n"), "\(written)")
        let again = try #require(DatasetLoader.load(folder: folder).dataset)
        #expect(again.actors == dataset.actors)
        #expect(again.contentFingerprint == dataset.contentFingerprint)
    }

    /// A SIRENE extract as INSEE's files name its fields: every field Maillage uses is read,
    /// the others are said together, and the memberships find the structures by acronym,
    /// name or SIRET.
    @Test func aSireneExtractReadsUnderItsOwnFieldNames() throws {
        let stock = """
            siren,siret,denominationUniteLegale,sigleUniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,codePostalEtablissement,libelleCommuneEtablissement,codeCommuneEtablissement,dateCreationEtablissement,identifiantAssociationUniteLegale,economieSocialeSolidaireUniteLegale,trancheEffectifsUniteLegale
            775672272,77567227200017,COMMUNAUTE EMMAUS D ARRAS,,9220,88.99B,62000,ARRAS,62041,1985-03-01,W623001234,O,12
            423456789,42345678900019,RESSOURCERIE DU TERNOIS,RDT,9220,38.32Z,62130,SAINT-POL-SUR-TERNOISE,62767,2009-06-15,W623004567,O,11
            302345673,30234567300016,MUTUELLE DU NORD PAS DE CALAIS,MNPC,8210,65.12Z,62000,ARRAS,62041,1950-01-01,,O,21

            """
        let memberships = "Structure;Réseau\nRDT;Réseau des ressourceries\n77567227200017;Réseau des ressourceries\nMNPC;CRESS\n"
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(stock.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let emmaus = try #require(dataset.actor("COMMUNAUTE EMMAUS D ARRAS"))
        #expect(emmaus.siret == "77567227200017" && emmaus.siren == "775672272" && emmaus.rna == "W623001234")
        #expect(emmaus.kind == .structure && emmaus.legalForm == "Association déclarée")
        #expect(emmaus.sector == "Action sociale sans hébergement")
        #expect(emmaus.founded?.description == "1985-03-01")
        #expect(emmaus.insee == "62041")
        #expect(emmaus.employees == Headcount(lower: 20, upper: 49, legalUnit: "775672272"), "the legal unit's band, alone")
        #expect(dataset.actor("RESSOURCERIE DU TERNOIS")?.sector == "Collecte, traitement et élimination des déchets ; récupération")
        #expect(dataset.actors.count == 3, "\(dataset.actors.map(\.id))")
        #expect(Set(dataset.memberships.map(\.actor)) == ["RESSOURCERIE DU TERNOIS", "COMMUNAUTE EMMAUS D ARRAS", "MUTUELLE DU NORD PAS DE CALAIS"])
        #expect(result.printed.contains(
            "Structures.csv:1:84: warning: 3 NAF codes read as the sector of the actors that have none, that of their division (« activitePrincipaleUniteLegale »): here 88.99B, \"Action sociale sans hébergement\""),
            "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("SIRENE field") }, "every field read: \(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") }, "\(result.printed)")
    }

    /// The Annuaire des Entreprises' answers (recherche-entreprises.api.gouv.fr) flattened
    /// into a table, as `pandas.json_normalize` writes them: the head office's SIRET,
    /// place and coordinates, the ESS flag, the dates, the legal unit's band and its year
    /// read; `nom_complet` beside `nom_raison_sociale` and the other fields said unread.
    @Test func theAnnuaireDesEntreprisesFieldsAreRead() throws {
        let stock = """
            siren,nom_complet,nom_raison_sociale,sigle,nature_juridique,activite_principale,tranche_effectif_salarie,annee_tranche_effectif_salarie,categorie_entreprise,date_creation,date_fermeture,etat_administratif,siege.siret,siege.adresse,siege.code_postal,siege.libelle_commune,siege.commune,siege.departement,siege.latitude,siege.longitude,siege.est_siege,complements.est_ess,complements.est_siae,complements.identifiant_association,nombre_etablissements_ouverts
            775672272,COMMUNAUTE EMMAUS D ARRAS (EMMAUS ARRAS),COMMUNAUTE EMMAUS D ARRAS,EMMAUS ARRAS,9220,88.99B,12,2022,PME,1985-03-01,,A,77567227200017,12 RUE DES ROSATI 62000 ARRAS,62000,ARRAS,62041,62,50.2910,2.7775,true,true,true,W623001234,2
            423456789,SCOP ENERGIE CITOYENNE,SCOP ENERGIE CITOYENNE,,5458,35.11Z,11,2021,PME,2009-06-15,2024-12-31,C,42345678900019,,62130,SAINT-POL-SUR-TERNOISE,62767,62,50.38,2.33,true,false,false,,1

            """
        let memberships = "siren;Réseau\n775672272;CRESS\n423456789;CRESS\n"
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(stock.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        let emmaus = try #require(dataset.actor("COMMUNAUTE EMMAUS D ARRAS"), "\(dataset.actors.map(\.id))")
        #expect(emmaus.name == "Communauté Emmaüs d'Arras")
        #expect(emmaus.siret == "77567227200017" && emmaus.siren == "775672272" && emmaus.rna == "W623001234")
        #expect(emmaus.insee == "62041" && emmaus.coordinate != nil)
        #expect(emmaus.founded?.description == "1985-03-01")
        #expect(emmaus.employees == Headcount(lower: 20, upper: 49, year: 2022))
        #expect(dataset.territory(emmaus.territories.first ?? "")?.name == "Arras", "\(emmaus.territories)")
        let scop = try #require(dataset.actor("SCOP ENERGIE CITOYENNE"))
        #expect(scop.kind == .structure, "a SCOP by its legal category (5458)")
        #expect(scop.closed?.description == "2024-12-31")
        #expect(result.printed.contains("Structures.csv:1:7: warning: column \"nom_complet\" is not read: column \"nom_raison_sociale\" already gives name"),
                "\(result.printed)")
        #expect(result.printed.contains {
            $0.contains("columns not read: \"categorie_entreprise\", \"etat_administratif\", \"siege.est_siege\", \"complements.est_siae\", \"nombre_etablissements_ouverts\", SIRENE fields")
        }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") || $0.contains("administrative codes") }, "\(result.printed)")
    }

    /// A legal unit's field beside its establishment's twin: the establishment's is read,
    /// the other said unread, in either order (``WeakerTwin``).
    @Test func theEstablishmentsFieldWinsOverItsLegalUnitsTwin() throws {
        for header in ["siret;denominationUniteLegale;activitePrincipaleUniteLegale;activitePrincipaleEtablissement",
                       "siret;denominationUniteLegale;activitePrincipaleEtablissement;activitePrincipaleUniteLegale"] {
            let unitFirst = header.hasSuffix("Etablissement")
            let row = unitFirst ? "77567227200017;EMMAUS ARRAS;94.99Z;88.99B" : "77567227200017;EMMAUS ARRAS;88.99B;94.99Z"
            let result = try SpreadsheetConventionsTests.load([
                "Structures.csv": Array("\(header)\n\(row)\n".utf8), "Adhésions.csv": Array("SIRET;Réseau\n77567227200017;CRESS\n".utf8),
            ])
            let dataset = try #require(result.dataset, "\(result.printed)")
            #expect(dataset.actors.first?.sector == "Action sociale sans hébergement", "the establishment's 88.99B")
            #expect(result.printed.contains {
                $0.contains("warning: column \"activitePrincipaleUniteLegale\" is not read: column \"activitePrincipaleEtablissement\", the establishment's rather than the legal unit's, is read instead")
            }, "\(result.printed)")
        }
    }
}
