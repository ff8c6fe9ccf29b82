import Foundation
import MaillageDataset
import MaillageModel
import Testing

/// Checks the bundled dataset `Datasets/pas-de-calais-2015` against the booklet it
/// encodes (CDESS du Pas-de-Calais, 2015, « La coopération dans le Pas-de-Calais, la
/// richesse des pratiques »): the number of cards per form, actors by kind, the
/// members of cards chosen across the five forms, the counts the booklet gives
/// without names, and a load free of any diagnostic.
@Suite struct PasDeCalaisDatasetTests {
    /// `Datasets/pas-de-calais-2015`.
    static let folder = Repository.bundledDataset

    static func load() throws -> Dataset {
        let result = DatasetLoader.load(folder: folder)
        return try #require(result.dataset, "\(result.diagnostics.map(\.description))")
    }

    /// The membership list of one cooperation, as actor id → role.
    static func members(of cooperation: String, in dataset: Dataset) -> [String: MembershipRole] {
        var members: [String: MembershipRole] = [:]
        for m in dataset.memberships where m.cooperation == cooperation { members[m.actor] = m.role }
        return members
    }

    @Test func loadsWithoutAnyDiagnostic() throws {
        let result = DatasetLoader.load(folder: Self.folder)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(!result.hasErrors)
        let dataset = try #require(result.dataset)
        #expect(dataset.provenance.contains("harmonisation et simplification administrative"))
    }

    @Test func twentyCardsGroupedByFormAsInTheBooklet() throws {
        let dataset = try Self.load()
        #expect(dataset.cooperations.count == 20)
        let byForm = Dictionary(grouping: dataset.cooperations, by: \.form).mapValues { $0.map(\.id) }
        #expect(byForm[.mutualisation] == ["addse-ehpad-st-antoine", "aafp-vitalite-services"])
        #expect(byForm[.partenariat] == [
            "droit-de-cite-partenariats", "espace-36-reciprocite", "apf-hebergement-saint-omer", "mahra-partenariats",
        ])
        #expect(byForm[.collectif] == [
            "collectif-7-vallees", "collectif-artois-insertion", "club-ai-lens",
            "collectif-centres-sociaux-boulonnais", "conseil-local-ess-artois-ternois",
        ])
        #expect(byForm[.regroupement] == [
            "filiere-circuits-courts-lys-romane", "eco-habitat-loos", "eco-quartier-alouettes", "bou-sol",
            "toerana-habitat-cooperative", "pc3e-pole", "eco-pole-alimentaire-audruicq",
        ])
        #expect(byForm[.appui] == ["galilee-appui", "caso-animation-collectifs"])
        #expect(byForm[.unknown] == nil)
        #expect(dataset.cooperations.allSatisfy { $0.source.hasPrefix("Livret CDESS 2015") && !$0.summary.isEmpty })
    }

    @Test func actorsByKind() throws {
        let dataset = try Self.load()
        #expect(dataset.actors.count == 85)
        let counts = Dictionary(grouping: dataset.actors, by: \.kind).mapValues(\.count)
        #expect(counts == [
            .structure: 44, .collectivite: 12, .teteDeReseau: 7, .appui: 7,
            .financeur: 4, .entreprise: 6, .institution: 5,
        ])
    }

    @Test func membershipsByRole() throws {
        let dataset = try Self.load()
        #expect(dataset.memberships.count == 89)
        let counts = Dictionary(grouping: dataset.memberships, by: \.role).mapValues(\.count)
        #expect(counts == [
            .porteur: 17, .animateur: 8, .membre: 44, .partenaire: 8, .financeur: 6, .accompagnateur: 6,
        ])
    }

    @Test func mutualisationOfThreeHomeCareServices() throws {
        let dataset = try Self.load()
        #expect(Self.members(of: "aafp-vitalite-services", in: dataset) == [
            "aafp-boulogne": .porteur, "aafp-saint-omer": .porteur, "vitalite-services": .porteur,
        ])
    }

    @Test func apfPartnershipNamesEachPartnerWithItsPart() throws {
        let dataset = try Self.load()
        // « APF sur de la gestion, Renaissance sur de l'expertise, CAPEB sur du financement
        // de l'aménagement, CASO sur du fonctionnement, ARS dans le cadre du CLS, CRESS sur de
        // l'accompagnement de projet »; the tenant is a person, not an actor.
        #expect(Self.members(of: "apf-hebergement-saint-omer", in: dataset) == [
            "apf-npdc": .porteur, "renaissance": .partenaire, "capeb": .financeur, "caso": .financeur,
            "ars-npdc": .partenaire, "cress-npdc": .accompagnateur,
        ])
        #expect(dataset.actor("capeb")?.kind == .entreprise)
        #expect(dataset.actor("ars-npdc")?.kind == .institution)
    }

    @Test func collectivesOfInsertionStructuresWithTheirDLA() throws {
        let dataset = try Self.load()
        #expect(Self.members(of: "collectif-artois-insertion", in: dataset) == [
            "regain": .membre, "aidera": .membre, "coin-familial": .membre, "restos-du-coeur-62-beaurains": .membre,
            "eve-ecourt": .membre, "air-ervillers": .membre, "brif-bapaume": .membre, "dla": .accompagnateur,
        ])
        #expect(Self.members(of: "club-ai-lens", in: dataset) == [
            "apsa-coupdmain": .membre, "sapih-insertion": .membre, "aiaac": .membre,
            "interaction-lievin": .membre, "relais-vermellois": .membre, "dla": .accompagnateur,
        ])
        // One DLA row for the three « DLA collectif » cards.
        let dlaCards = Set(dataset.memberships.filter { $0.actor == "dla" }.map(\.cooperation))
        #expect(dlaCards == ["collectif-artois-insertion", "club-ai-lens", "collectif-centres-sociaux-boulonnais"])
        #expect(dataset.cooperation("club-ai-lens")?.started == PartialDate(year: 2010))
    }

    @Test func coAnimatedCollectiveOfTheSevenValleys() throws {
        let dataset = try Self.load()
        #expect(Self.members(of: "collectif-7-vallees", in: dataset) == [
            "pays-des-7-vallees": .animateur, "apes": .animateur,
        ])
    }

    @Test func regroupementsWithCompaniesFundersAndAuthorities() throws {
        let dataset = try Self.load()
        #expect(Self.members(of: "toerana-habitat-cooperative", in: dataset) == [
            "toerana-habitat": .porteur, "a-petits-pas": .membre, "sarl-floret": .membre,
            "urscop": .accompagnateur, "federation-scop-btp": .partenaire, "cabestan": .partenaire,
            "grands-ensemble": .partenaire, "cigales": .financeur, "autonomie-solidarite": .financeur,
            "region-npdc": .financeur, "fidess": .financeur,
        ])
        #expect(Self.members(of: "pc3e-pole", in: dataset) == [
            "pc3e": .porteur, "apes": .animateur,
            "solis": .membre, "energethic": .membre, "enercoop-npdc-picardie": .membre,
            "batisseurs-economie-solidaire": .membre, "coherence-energies": .membre,
            "toerana-habitat": .membre, "capvent": .membre, "cooperative-baraka": .membre, "gecco": .membre,
            "a-petits-pas": .membre, "cigales": .membre,
        ])
        #expect(Self.members(of: "eco-habitat-loos", in: dataset) == [
            "apes": .animateur, "act-environnement": .membre, "cigales": .membre,
            "habitat-developpement": .membre, "apsa-coupdmain": .membre, "iep-vie-active": .membre,
            "pact-62": .membre, "cd2e": .membre, "ville-loos-en-gohelle": .membre, "departement-62": .membre,
        ])
        #expect(dataset.actor("toerana-habitat")?.legalForm == "SCIC")
        #expect(dataset.actor("sarl-floret")?.legalForm == "SARL")
        #expect(dataset.actor("gie-producteurs-lys-romane")?.legalForm == "GIE")
    }

    @Test func supportStructuresAnimateTheirOwnCards() throws {
        let dataset = try Self.load()
        #expect(Self.members(of: "galilee-appui", in: dataset) == ["galilee": .animateur])
        #expect(Self.members(of: "caso-animation-collectifs", in: dataset) == ["caso": .animateur])
    }

    /// The nine cards not checked above, each against an independent second reading of
    /// the booklet (a reviewer's list written before opening the dataset).
    @Test func remainingCardsMatchAnIndependentReading() throws {
        let dataset = try Self.load()
        // « ADDSE Desvres et EHPAD St-Antoine »: the two structures of the title.
        #expect(Self.members(of: "addse-ehpad-st-antoine", in: dataset) == [
            "addse": .porteur, "ehpad-st-antoine": .porteur,
        ])
        // Single-structure partenariat cards: partners are only categories.
        #expect(Self.members(of: "droit-de-cite-partenariats", in: dataset) == ["droit-de-cite": .porteur])
        #expect(Self.members(of: "espace-36-reciprocite", in: dataset) == ["espace-36": .porteur])
        #expect(Self.members(of: "mahra-partenariats", in: dataset) == ["mahra-le-toit": .porteur])
        // « composé de 5 centres » + « La sollicitation d'un DLA collectif ».
        #expect(Self.members(of: "collectif-centres-sociaux-boulonnais", in: dataset) == [
            "cs-eclate-st-martin": .membre, "centre-audrey-bartier": .membre, "cs-caf-boulogne": .membre,
            "cs-espace-carnot": .membre, "cs-outreau": .membre, "dla": .accompagnateur,
        ])
        // « La volonté des élus des 2 EPCI … Artois-Lys et Artois-Flandres »; GIE of producers;
        // « EPCI, Collèges, Conseil départemental ».
        #expect(Self.members(of: "filiere-circuits-courts-lys-romane", in: dataset) == [
            "ccal": .porteur, "ccaf": .porteur, "gie-producteurs-lys-romane": .membre, "departement-62": .membre,
        ])
        // Artois Comm « rôle de facilitateur et d'animateur », the town, the office du tourisme,
        // and the consultancy Extracité « sollicité pour étudier ».
        #expect(Self.members(of: "eco-quartier-alouettes", in: dataset) == [
            "artois-comm": .animateur, "ville-bruay-la-buissiere": .membre,
            "office-tourisme-bruay": .membre, "extracite": .accompagnateur,
        ])
        // « La structure porteuse : … (APMC) », « le Crédit municipal » in the third college.
        #expect(Self.members(of: "bou-sol", in: dataset) == [
            "apmc": .porteur, "agglo-boulonnais": .partenaire, "credit-municipal": .membre,
        ])
        // « Une alliance d'origine : CCRA, Terre d'Opale, Angès Jardins et le regard bienveillant
        // du Pays » + the planned shared steering with the Réseau des jardins de Cocagne.
        #expect(Self.members(of: "eco-pole-alimentaire-audruicq", in: dataset) == [
            "ccra": .porteur, "terre-d-opale": .porteur, "anges-jardins": .porteur,
            "pays-du-calaisis": .partenaire, "reseau-jardins-cocagne": .partenaire,
        ])
        // With the tests above, all twenty cards' lists are checked; none is empty.
        #expect(dataset.cooperations.allSatisfy { !Self.members(of: $0.id, in: dataset).isEmpty })
    }

    /// Where a card prints a structure's town, the actor is located in that commune.
    @Test func structuresAreLocatedInTheTownsTheCardsPrint() throws {
        let dataset = try Self.load()
        let printedTowns: [String: String] = [
            "addse": "desvres", "ehpad-st-antoine": "desvres", "aafp-boulogne": "boulogne-sur-mer",
            "aafp-saint-omer": "saint-omer", "vitalite-services": "saint-omer", "droit-de-cite": "billy-montigny",
            "espace-36": "saint-omer", "regain": "arras", "aidera": "arras", "coin-familial": "arras",
            "restos-du-coeur-62-beaurains": "beaurains", "eve-ecourt": "ecourt-saint-quentin",
            "air-ervillers": "ervillers", "brif-bapaume": "bapaume", "apsa-coupdmain": "lens",
            "sapih-insertion": "henin-beaumont", "aiaac": "courrieres", "interaction-lievin": "lievin",
            "relais-vermellois": "vermelles", "cs-eclate-st-martin": "saint-martin-boulogne",
            "centre-audrey-bartier": "wimereux", "cs-caf-boulogne": "boulogne-sur-mer",
            "cs-espace-carnot": "le-portel", "cs-outreau": "outreau",
            "ville-loos-en-gohelle": "loos-en-gohelle", "ville-bruay-la-buissiere": "bruay-la-buissiere",
        ]
        for (actor, town) in printedTowns {
            #expect(dataset.actor(actor)?.territories == [town], "\(actor)")
            #expect(dataset.territory(town)?.level == .commune, "\(town)")
        }
        // The seven ACI are « du Pays d'Artois »: their towns lie within it.
        for town in ["arras", "beaurains", "ecourt-saint-quentin", "ervillers", "bapaume"] {
            #expect(dataset.territory(town, isWithin: "pays-artois"), "\(town)")
        }
    }

    @Test func countsWithoutNamesAreDeclaredSizesOnly() throws {
        let dataset = try Self.load()
        let declared = Dictionary(uniqueKeysWithValues: dataset.cooperations.compactMap { c in
            c.declaredMembers.map { (c.id, $0) }
        })
        #expect(declared == [
            "droit-de-cite-partenariats": 21, "collectif-7-vallees": 20, "conseil-local-ess-artois-ternois": 200,
        ])
        // The declared 200 are not invented: the card names only its animator.
        #expect(Self.members(of: "conseil-local-ess-artois-ternois", in: dataset) == ["afp2i": .animateur])
    }

    @Test func statusAndStartYears() throws {
        let dataset = try Self.load()
        let building = dataset.cooperations.filter { $0.status == .enConstruction }.map(\.id)
        #expect(building == ["eco-habitat-loos", "eco-quartier-alouettes"])
        let started = Dictionary(uniqueKeysWithValues: dataset.cooperations.compactMap { c in c.started.map { (c.id, $0.description) } })
        #expect(started == ["club-ai-lens": "2010", "pc3e-pole": "2010"])
    }

    @Test func resourceActorsOfTheBookletAreListedWithoutInventedMemberships() throws {
        let dataset = try Self.load()
        let withMembership = Set(dataset.memberships.map(\.actor))
        let unattached = dataset.actors.map(\.id).filter { !withMembership.contains($0) }
        #expect(Set(unattached) == ["coorace", "avise", "labo-ess", "rtes", "pas-de-calais-actif", "cci", "chambre-metiers"])
        #expect(dataset.actor("pas-de-calais-actif")?.kind == .financeur)
        #expect(dataset.actor("cress-npdc")?.kind == .teteDeReseau)
        #expect(dataset.actor("cigales")?.kind == .financeur)
    }

    @Test func territoriesFormTheAdministrativeHierarchyOf2015() throws {
        let dataset = try Self.load()
        #expect(dataset.territories.count == 46)
        let levels = Dictionary(grouping: dataset.territories, by: \.level).mapValues(\.count)
        #expect(levels == [.region: 4, .departement: 3, .pays: 7, .epci: 10, .commune: 22])
        #expect(dataset.ancestry(ofTerritory: "billy-montigny").map(\.id) == [
            "billy-montigny", "ca-lens-lievin", "pas-de-calais", "nord-pas-de-calais",
        ])
        #expect(dataset.ancestry(ofTerritory: "desvres").map(\.id) == [
            "desvres", "cc-desvres-samer", "pays-boulonnais", "pas-de-calais", "nord-pas-de-calais",
        ])
        #expect(dataset.territory("ca-saint-omer", isWithin: "pays-audomarois"))
        #expect(dataset.territory("cc-artois-lys", isWithin: "pays-lys-romane"))
        #expect(dataset.cooperations.allSatisfy { !$0.territories.isEmpty })
        let inPasDeCalais = dataset.territoryAndDescendants("pas-de-calais")
        #expect(dataset.cooperations.filter { $0.territories.contains(where: inPasDeCalais.contains) }.count == 18)
    }

    @Test func noPersonalContactData() throws {
        let dataset = try Self.load()
        let texts = dataset.actors.flatMap { [$0.name, $0.website, $0.sector] }
            + dataset.cooperations.flatMap { [$0.name, $0.summary, $0.source] }
            + [dataset.provenance]
        #expect(texts.allSatisfy { !$0.contains("@") })
    }
}
