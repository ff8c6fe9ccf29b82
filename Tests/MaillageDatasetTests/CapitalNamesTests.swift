import Foundation
import Testing
@testable import MaillageDataset
import MaillageModel

/// Names written in capitals, as SIRENE gives them, shown in the usual case
/// (``CapitalNames``); their ids kept as written.
@Suite struct CapitalNamesTests {
    @Test(arguments: [
        ("COMMUNAUTE EMMAUS D ARRAS", "Communauté Emmaüs d'Arras"),
        ("L ATELIER DU VELO SOLIDAIRE", "L'Atelier du Vélo Solidaire"),
        ("ASSOCIATION D'AIDE A DOMICILE", "Association d'Aide à Domicile"),
        ("SCOP ENERGIE CITOYENNE", "SCOP Énergie Citoyenne"),
        ("RESSOURCERIE DU TERNOIS (SAINT-POL-SUR-TERNOISE)", "Ressourcerie du Ternois (Saint-Pol-sur-Ternoise)"),
        ("ESAT LES ATELIERS DE L'ARTOIS", "ESAT les Ateliers de l'Artois"),
        ("UNION REGIONALE DES SCOP HAUTS-DE-FRANCE", "Union Régionale des SCOP Hauts-de-France"),
        ("CMPP PAYS DE BETHUNE", "CMPP Pays de Béthune"),
        ("MUTUELLE DU NORD 2024", "Mutuelle du Nord 2024"),
        ("ASSOCIATION DES PARENTS D ELEVES", "Association des Parents d'Élèves"),
        ("REGIE DE QUARTIER DE LENS", "Régie de Quartier de Lens"),
    ])
    func aNameInCapitalsIsShownInTheUsualCase(_ written: String, _ shown: String) {
        #expect(CapitalNames.usualCase(written) == shown)
    }

    /// Acronyms, short names and names already in mixed case are kept; in a table of
    /// names in capitals, one long word suffices.
    @Test func acronymsAndMixedCaseAreKept() {
        for kept in ["CRESS HDF", "DLA 62", "URSCOP", "APES", "SCIC HABITAT", "Emmaüs France", "Maison de santé", "ADMR DU PAS"] {
            #expect(CapitalNames.usualCase(kept) == nil, "\(kept)")
        }
        #expect(CapitalNames.usualCase("SCIC HABITAT", inCapitalsTable: true) == "SCIC Habitat")
        #expect(CapitalNames.usualCase("ENVIE", inCapitalsTable: true) == "Envie")
        #expect(CapitalNames.usualCase("CRESS HDF", inCapitalsTable: true) == nil)
    }

    /// A SIRENE extract: its names shown in the usual case, one warning with the first,
    /// ids unchanged so that memberships by name still find their actors; `keepsCapitals`
    /// keeps them; a mixed list rewrites only its names in capitals of two long words.
    @Test func theLoaderShowsSireneNamesInTheUsualCase() throws {
        let actors = "denominationUniteLegale;siret\nCOMMUNAUTE EMMAUS D ARRAS;77567227200017\nSCIC HABITAT;51234567800011\nAPES;42345678900019\n"
        let memberships = "Structure;Réseau\nCOMMUNAUTE EMMAUS D ARRAS;RESEAU DES RESSOURCERIES\nSCIC HABITAT;RESEAU DES RESSOURCERIES\nAPES;CRESS\n"
        let files = ["Structures.csv": Array(actors.utf8), "Adhésions.csv": Array(memberships.utf8)]
        let result = try SpreadsheetConventionsTests.load(files)
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("COMMUNAUTE EMMAUS D ARRAS")?.name == "Communauté Emmaüs d'Arras")
        #expect(dataset.actor("SCIC HABITAT")?.name == "SCIC Habitat", "a table in capitals: one long word suffices")
        #expect(dataset.actor("APES")?.name == "APES")
        #expect(dataset.cooperations.first { $0.id == "RESEAU DES RESSOURCERIES" }?.name == "Réseau des Ressourceries")
        #expect(dataset.cooperations.first { $0.id == "CRESS" }?.name == "CRESS")
        #expect(result.printed.contains {
            $0.hasPrefix("Structures.csv: warning: 2 actor names written in capitals (as SIRENE and many registers give them) shown in the usual case")
                && $0.contains("here \"COMMUNAUTE EMMAUS D ARRAS\" becomes \"Communauté Emmaüs d'Arras\"")
        }, "\(result.printed)")

        let folder = try ScratchFolder("capitals")
        defer { folder.remove() }
        try folder.write(files)
        let kept = try #require(DatasetLoader.load(folder: folder.url, options: LoadOptions(keepsCapitals: true)).dataset)
        #expect(kept.actor("COMMUNAUTE EMMAUS D ARRAS")?.name == "COMMUNAUTE EMMAUS D ARRAS")

        let list = "Structure;Réseau\nEmmaüs Arras;CRESS\nLe Relais;CRESS\nLa Fabrique;CRESS\nMAISON DE SANTE DE BERCK;CRESS\nENVIE;CRESS\n"
        let mixed = try #require(try SpreadsheetConventionsTests.load(["Adhérents.csv": Array(list.utf8)]).dataset)
        #expect(mixed.actor("MAISON DE SANTE DE BERCK")?.name == "Maison de Santé de Berck")
        #expect(mixed.actor("ENVIE")?.name == "ENVIE", "a mixed list: one long word could be an acronym")
    }
}
