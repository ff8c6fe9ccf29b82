import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Company forms in the social and solidarity economy (``ESSMembership``): SIRENE's ESS
/// flag, and a cooperative's name on a company form (a SCOP or SCIC as an SAS, 5710).
@Suite struct ESSMembershipTests {
    @Test func flagsAndNames() {
        for text in ["O", "o", "oui", "Oui", "yes", "x", "1", "VRAI"] { #expect(ESSMembership.flag(text) == .yes, "\(text)") }
        for text in ["N", "non", "No", "0", "faux"] { #expect(ESSMembership.flag(text) == .no, "\(text)") }
        #expect(ESSMembership.flag("  ") == .empty)
        #expect(ESSMembership.flag("peut-être") == .unreadable)
        for name in ["SCOP ENERGIE", "Scic Bois-Énergie", "Coopérative d'activité", "CUMA DE LA VALLEE", "L'ATELIER (SCOP)"] {
            #expect(ESSMembership.namesACooperative(name), "\(name)")
        }
        for name in ["SCOPELLITI SARL", "Garage Dupont", "Escopette", "Co-opération"] { #expect(!ESSMembership.namesACooperative(name), "\(name)") }
    }

    /// A SIRENE extract: the flag « O » makes an SAS an ESS structure, « N » leaves it a
    /// company, a cooperative's name does without the flag, a kind given is kept.
    @Test func aSireneExtractCountsItsESSCompaniesAsStructures() throws {
        let stock = """
            siret;denominationUniteLegale;categorieJuridiqueUniteLegale;economieSocialeSolidaireUniteLegale;Type
            77567227200017;ATELIER BOIS;5710;O;
            40483304800022;SCOP ENERGIE;5710;;
            44306184100047;GARAGE DUPONT;5710;N;
            42345678900019;LA CANTINE;9220;O;
            51234567900017;LE RELAIS;5710;peut-être;
            30234567300016;SCIC DU PAYS;5710;O;entreprise

            """
        let memberships = "Réseau;SIRET\nCRESS;77567227200017\nCRESS;40483304800022\nCRESS;44306184100047\nCRESS;42345678900019\nCRESS;51234567900017\nCRESS;30234567300016\n"
        let result = try SpreadsheetConventionsTests.load(["Structures.csv": Array(stock.utf8), "Adhésions.csv": Array(memberships.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("ATELIER BOIS")?.kind == .structure)
        #expect(dataset.actor("SCOP ENERGIE")?.kind == .structure)
        #expect(dataset.actor("GARAGE DUPONT")?.kind == .entreprise)
        #expect(dataset.actor("LA CANTINE")?.kind == .structure)
        #expect(dataset.actor("LE RELAIS")?.kind == .entreprise)
        #expect(dataset.actor("SCIC DU PAYS")?.kind == .entreprise, "the kind given wins")
        #expect(dataset.actor("ATELIER BOIS")?.legalForm == "SAS, société par actions simplifiée", "the legal form stays INSEE's")
        #expect(result.printed.contains {
            $0.hasPrefix("Structures.csv:2:") && $0.contains("warning: 1 actor counted as ESS organisation, column « economieSocialeSolidaireUniteLegale » saying it is in the ESS: here \"ATELIER BOIS\"")
        }, "\(result.printed)")
        #expect(result.printed.contains {
            $0.hasPrefix("Structures.csv:3:") && $0.contains("1 actor of a company form whose name says a cooperative (SCOP, SCIC, CUMA) counted as ESS organisation: here \"SCOP ENERGIE\"")
        }, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("Structures.csv:6:") && $0.contains("1 unreadable value") && $0.contains("\"peut-être\"") }, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("SIRENE field") || $0.contains("unknown column") }, "\(result.printed)")
    }
}
