import MaillageModel
import MaillageSupport

/// The territories and actors of a synthetic dataset, laid out so that every
/// territory's actors form one contiguous range of actor indices: région hubs, then
/// for each of its départements the département hubs, then for each of its EPCI the
/// EPCI itself, its communes, its ESS structures sorted by sector, its businesses, its
/// support structures, funders and local institutions.
///
/// Ordinary actors (everyone but the hubs) carry an activity weight; drawing a member
/// "from a territory" is drawing an index of its range with probability proportional
/// to that weight, by binary search in one prefix-sum array. Hubs (collectivités,
/// têtes de réseau, DLA, funders and institutions of départements and régions, the
/// EPCI themselves) have weight 0: they join cooperations through the rules of
/// ``CooperationDrawing``.
struct SyntheticWorld {
    struct RegionHubs {
        var collectivite = -1, cress = -1, urscop = -1, mouvementAssociatif = -1
        var franceActive = -1, ars = -1, dreets = -1, incubateur = -1
        /// The sector's regional network, per sector index (−1 when the sector has none).
        var networks: [Int] = []
    }

    struct DepartementHubs {
        var collectivite = -1, dla = -1, actif = -1, ddets = -1, cci = -1, agriculture = -1
        var metiers = -1, caf = -1, capeb = -1
        var networks: [Int] = []
    }

    struct Region {
        var territory: String
        var name: String
        var range: Range<Int> = 0..<0
        var hubs = RegionHubs()
    }

    struct Departement {
        var territory: String
        var name: String
        var region: Int
        var range: Range<Int> = 0..<0
        var hubs = DepartementHubs()
    }

    struct EPCI {
        var territory: String
        var name: String
        /// Its main place, used in cooperation names.
        var place: String
        var departement: Int
        var range: Range<Int> = 0..<0
        var collectivite = -1
        /// Absolute start of each sector's structures, `sectors.count + 1` entries.
        var sectorStarts: [Int] = []
        var appui: Range<Int> = 0..<0
    }

    var territories: [Territory] = []
    var regions: [Region] = []
    var departements: [Departement] = []
    var epcis: [EPCI] = []

    var actors: [Actor] = []
    /// Activity weight of each actor for ordinary draws (0 for hubs).
    var weight: [Double] = []
    /// Sector index of ESS structures and sector networks, −1 otherwise.
    var sector: [Int16] = []
    /// EPCI index of the actor, −1 for département and région hubs.
    var epciOf: [Int32] = []
    /// `prefix[i]` = Σ weight[0..<i]; `actors.count + 1` entries.
    var prefix: [Double] = []

    /// Share of each kind among an EPCI's ordinary actors: communes, businesses,
    /// support structures, funders, institutions, ESS structures.
    static let localShares: [Double] = [0.08, 0.10, 0.015, 0.007, 0.015, 0.783]

    /// Builds the world for `actorCount` actors (at least ``SyntheticDataset/minimumActors``).
    init(actorCount: Int, seed: UInt64) {
        var rng = SplitMix64.stream(seed, 1)
        let sectors = SectorCatalog.sectors

        // How many départements and EPCI: ~96 and ~1,250 at 200,000 actors.
        let departementTarget = min(FrenchGeography.departementCount, max(1, Int((96.0 * Double(actorCount) / 200_000).rounded())))
        let epciTarget = max(departementTarget, Int((1250.0 * Double(actorCount) / 200_000).rounded()))
        var chosen: [(region: FrenchRegion, departements: [FrenchDepartement])] = []
        var taken = 0
        for region in FrenchGeography.regions where taken < departementTarget {
            let part = Array(region.departements.prefix(departementTarget - taken))
            chosen.append((region, part))
            taken += part.count
        }
        let flatDepartements = chosen.flatMap(\.departements)
        let epciPerDepartement = apportion(
            epciTarget, weights: flatDepartements.map { Double($0.population).squareRoot() }, minimum: 1)

        let regionNetworkCount = sectors.filter { $0.regionNetwork != nil }.count
        let departementNetworkCount = sectors.filter { $0.departementNetwork != nil }.count
        let hubCount = chosen.count * (8 + regionNetworkCount) + flatDepartements.count * (9 + departementNetworkCount) + epciTarget
        let ordinary = max(epciTarget, actorCount - hubCount)
        let ordinaryPerDepartement = apportion(
            ordinary, weights: flatDepartements.map { Double($0.population) }, minimum: 1)

        actors.reserveCapacity(actorCount)
        let idWidth = max(6, String(actorCount).count)
        var usedPlaces = Set<String>()

        func uniquePlace() -> String {
            var place = PlaceNames.place(&rng)
            var tries = 0
            while usedPlaces.contains(place) && tries < 30 {
                place = PlaceNames.place(&rng)
                tries += 1
            }
            usedPlaces.insert(place)
            return place
        }

        func addActor(
            _ name: String, _ kind: ActorKind, legalForm: String, sector sectorName: String = "", sectorIndex: Int = -1,
            territory: [String], epci: Int, weight w: Double, website: Bool
        ) -> Int {
            let index = actors.count
            var id = String(index + 1)
            id = "A" + String(repeating: "0", count: max(0, idWidth - id.count)) + id
            let site = website ? "https://" + PlaceNames.slug(name) + ".example" : ""
            actors.append(Actor(
                id: id, name: name, kind: kind, legalForm: legalForm, sector: sectorName, territories: territory, website: site))
            weight.append(w)
            sector.append(Int16(sectorIndex))
            epciOf.append(Int32(epci))
            return index
        }

        func activity(_ scale: Double) -> Double {
            // Pareto tail of index 2: 1/√U, capped at 30; mean about 2.
            let u = 1 - rng.nextUnitDouble()  // (0, 1]
            return scale * min(30, 1 / u.squareRoot())
        }

        var departementCursor = 0
        for (regionSource, regionDepartements) in chosen {
            let regionIndex = regions.count
            let regionID = "R" + regionSource.code
            territories.append(Territory(id: regionID, name: regionSource.name, level: .region))
            var region = Region(territory: regionID, name: regionSource.name)
            let regionStart = actors.count
            let rName = regionSource.name, roName = regionSource.ofName
            let rt = [regionID]
            var rh = RegionHubs()
            rh.collectivite = addActor("Région " + rName, .collectivite, legalForm: "région", territory: rt, epci: -1, weight: 0, website: true)
            rh.cress = addActor("CRESS " + rName, .teteDeReseau, legalForm: "association", territory: rt, epci: -1, weight: 0, website: true)
            rh.urscop = addActor("Union régionale des Scop et Scic " + roName, .teteDeReseau, legalForm: "association", territory: rt, epci: -1, weight: 0, website: true)
            rh.mouvementAssociatif = addActor("Le Mouvement associatif " + rName, .teteDeReseau, legalForm: "association", territory: rt, epci: -1, weight: 0, website: true)
            rh.franceActive = addActor("France Active " + rName, .financeur, legalForm: "association", territory: rt, epci: -1, weight: 0, website: true)
            rh.ars = addActor("ARS " + rName, .institution, legalForm: "établissement public", territory: rt, epci: -1, weight: 0, website: true)
            rh.dreets = addActor("DREETS " + rName, .institution, legalForm: "service de l'État", territory: rt, epci: -1, weight: 0, website: false)
            rh.incubateur = addActor("Incubateur ESS " + rName, .appui, legalForm: "association", territory: rt, epci: -1, weight: 0, website: true)
            rh.networks = sectors.enumerated().map { k, s in
                guard let template = s.regionNetwork else { return -1 }
                let name = template.substituting { $0 == "oR" ? roName : ($0 == "R" ? rName : nil) }
                return addActor(name, .teteDeReseau, legalForm: "association", sector: s.name, sectorIndex: k, territory: rt, epci: -1, weight: 0, website: true)
            }
            region.hubs = rh

            for departementSource in regionDepartements {
                let d = departementCursor
                departementCursor += 1
                let departementID = "D" + departementSource.code
                territories.append(Territory(id: departementID, name: departementSource.name, level: .departement, parent: regionID))
                var departement = Departement(territory: departementID, name: departementSource.name, region: regionIndex)
                let departementStart = actors.count
                let dName = departementSource.name, doName = departementSource.ofName
                let dt = [departementID]
                var dh = DepartementHubs()
                dh.collectivite = addActor("Département " + doName, .collectivite, legalForm: "département", territory: dt, epci: -1, weight: 0, website: true)
                dh.dla = addActor("DLA " + doName, .appui, legalForm: "association", territory: dt, epci: -1, weight: 0, website: true)
                dh.actif = addActor(dName + " Actif", .financeur, legalForm: "association", territory: dt, epci: -1, weight: 0, website: true)
                dh.ddets = addActor("DDETS " + doName, .institution, legalForm: "service de l'État", territory: dt, epci: -1, weight: 0, website: false)
                dh.cci = addActor("CCI " + dName, .institution, legalForm: "chambre consulaire", territory: dt, epci: -1, weight: 0, website: true)
                dh.agriculture = addActor("Chambre d'agriculture " + doName, .institution, legalForm: "chambre consulaire", territory: dt, epci: -1, weight: 0, website: true)
                dh.metiers = addActor("Chambre de métiers et de l'artisanat " + doName, .institution, legalForm: "chambre consulaire", territory: dt, epci: -1, weight: 0, website: true)
                dh.caf = addActor("CAF " + doName, .institution, legalForm: "organisme de sécurité sociale", territory: dt, epci: -1, weight: 0, website: true)
                dh.capeb = addActor("CAPEB " + doName, .entreprise, legalForm: "syndicat professionnel", territory: dt, epci: -1, weight: 0, website: true)
                dh.networks = sectors.enumerated().map { k, s in
                    guard let template = s.departementNetwork else { return -1 }
                    return addActor(template.substituting { $0 == "D" ? doName : nil }, .teteDeReseau, legalForm: "association",
                                    sector: s.name, sectorIndex: k, territory: dt, epci: -1, weight: 0, website: true)
                }
                departement.hubs = dh

                let epciCount = epciPerDepartement[d]
                let rankWeights = (0..<epciCount).map { k in 1 / (Double(k) + 1).squareRoot() }
                let epciSizes = apportion(ordinaryPerDepartement[d], weights: rankWeights, minimum: 1)
                let populous = departementSource.population >= 1000
                for rank in 0..<epciCount {
                    let e = epcis.count
                    let place = uniquePlace()
                    let number = String(rank + 1)
                    let epciID = "E" + departementSource.code + "-" + (number.count < 2 ? "0" + number : number)
                    let epciName = PlaceNames.epci(place: place, rank: rank, populous: populous, &rng)
                    territories.append(Territory(id: epciID, name: epciName, level: .epci, parent: departementID))
                    var epci = EPCI(territory: epciID, name: epciName, place: place, departement: d)
                    let et = [epciID]
                    let start = actors.count
                    epci.collectivite = addActor(epciName, .collectivite, legalForm: "EPCI", territory: et, epci: e, weight: 0, website: true)
                    let size = epciSizes[rank]
                    let kinds = apportion(size, weights: Self.localShares)
                    // Communes: the main place first.
                    var places: [String] = []
                    for k in 0..<kinds[0] {
                        let communePlace = k == 0 ? place : PlaceNames.place(&rng)
                        places.append(communePlace)
                        _ = addActor("Commune " + PlaceNames.of(communePlace), .collectivite, legalForm: "commune",
                                     territory: et, epci: e, weight: activity(0.6), website: rng.chance(0.5))
                    }
                    if places.isEmpty { places.append(place) }
                    // ESS structures, sorted by sector so that each sector is a contiguous range.
                    var structureSectors = (0..<kinds[5]).map { _ in Self.drawSector(&rng) }
                    structureSectors.sort()
                    var starts = [Int](repeating: 0, count: sectors.count + 1)
                    var position = actors.count
                    var s = 0
                    for k in 0..<sectors.count {
                        starts[k] = position
                        while s < structureSectors.count && structureSectors[s] == k {
                            let (template, legalForm) = rng.pick(sectors[k].structures)
                            let name = PlaceNames.fill(template, place: rng.pick(places), &rng)
                            // A few structures also act in a neighbouring EPCI of the département.
                            var located = et
                            if rng.chance(0.04), epciCount > 1 {
                                let other = rank + (rank + 1 < epciCount ? 1 : -1)
                                let otherNumber = String(other + 1)
                                located.append("E" + departementSource.code + "-" + (otherNumber.count < 2 ? "0" + otherNumber : otherNumber))
                            }
                            _ = addActor(name, .structure, legalForm: legalForm, sector: sectors[k].name, sectorIndex: k,
                                         territory: located, epci: e, weight: activity(1), website: rng.chance(0.3))
                            s += 1
                            position += 1
                        }
                    }
                    starts[sectors.count] = position
                    epci.sectorStarts = starts
                    for _ in 0..<kinds[1] {
                        let business = rng.pick(SectorCatalog.businessSectors)
                        let (template, legalForm) = rng.pick(business.templates)
                        _ = addActor(PlaceNames.fill(template, place: rng.pick(places), &rng), .entreprise, legalForm: legalForm,
                                     sector: business.sector, territory: et, epci: e, weight: activity(0.5), website: rng.chance(0.2))
                    }
                    let appuiStart = actors.count
                    for _ in 0..<kinds[2] {
                        let (template, legalForm) = rng.pick(Self.localAppui)
                        _ = addActor(PlaceNames.fill(template, place: rng.pick(places), &rng), .appui, legalForm: legalForm,
                                     territory: et, epci: e, weight: activity(3), website: rng.chance(0.5))
                    }
                    epci.appui = appuiStart..<actors.count
                    for _ in 0..<kinds[3] {
                        let (template, legalForm) = rng.pick(Self.localFunders)
                        _ = addActor(PlaceNames.fill(template, place: rng.pick(places), &rng), .financeur, legalForm: legalForm,
                                     territory: et, epci: e, weight: activity(2), website: rng.chance(0.3))
                    }
                    for _ in 0..<kinds[4] {
                        let (template, legalForm) = rng.pick(Self.localInstitutions)
                        _ = addActor(PlaceNames.fill(template, place: rng.pick(places), &rng), .institution, legalForm: legalForm,
                                     territory: et, epci: e, weight: activity(2), website: rng.chance(0.3))
                    }
                    epci.range = start..<actors.count
                    epcis.append(epci)
                }
                departement.range = departementStart..<actors.count
                departements.append(departement)
            }
            region.range = regionStart..<actors.count
            regions.append(region)
        }

        prefix = [Double](repeating: 0, count: actors.count + 1)
        for i in actors.indices { prefix[i + 1] = prefix[i] + weight[i] }
    }

    /// A sector index drawn by the sectors' shares.
    static func drawSector(_ rng: inout SplitMix64) -> Int {
        var u = rng.nextUnitDouble()
        for (k, s) in SectorCatalog.sectors.enumerated() {
            if u < s.share { return k }
            u -= s.share
        }
        return SectorCatalog.sectors.count - 1
    }

    static let localAppui: [(String, String)] = [
        ("Cabinet {N} Conseil", "SARL"), ("Couveuse d'entreprises {P}", "association"),
        ("Coopérative d'activités et d'emploi {N}", "SCOP"), ("Boutique de gestion {P}", "association"),
        ("Maison de l'économie solidaire {P}", "association"),
    ]
    static let localFunders: [(String, String)] = [
        ("Club Cigales {P}", "association"), ("Fonds de dotation {N}", "fonds de dotation"),
        ("Plateforme d'initiative locale {P}", "association"), ("Club d'investisseurs solidaires {N}", "association"),
    ]
    static let localInstitutions: [(String, String)] = [
        ("Mission locale {P}", "association"), ("Agence France Travail {P}", "établissement public"),
        ("Maison France services {P}", "établissement public"), ("Lycée professionnel {N}", "établissement public"),
        ("Centre communal d'action sociale {oP}", "établissement public"),
    ]

    /// Index of an actor drawn from `range` with probability proportional to its
    /// weight, or nil when the range holds no weight.
    /// - Complexity: O(log |range|).
    func drawWeighted(in range: Range<Int>, _ rng: inout SplitMix64) -> Int? {
        guard !range.isEmpty else { return nil }
        let low = prefix[range.lowerBound], high = prefix[range.upperBound]
        guard high > low else { return nil }
        let u = low + rng.nextUnitDouble() * (high - low)
        var a = range.lowerBound, b = range.upperBound - 1
        while a < b {
            let m = (a + b + 1) / 2
            if prefix[m] <= u { a = m } else { b = m - 1 }
        }
        while weight[a] == 0 && a > range.lowerBound { a -= 1 }
        return weight[a] > 0 ? a : nil
    }

    /// An actor of `range` in sector `k`: a weighted draw in the range picks an EPCI,
    /// then a weighted draw among that EPCI's structures of the sector (the first
    /// draw itself when the EPCI has none).
    func drawInSector(_ k: Int, in range: Range<Int>, _ rng: inout SplitMix64) -> Int? {
        guard let x = drawWeighted(in: range, &rng) else { return nil }
        let e = Int(epciOf[x])
        guard e >= 0 else { return x }
        let starts = epcis[e].sectorStarts
        return drawWeighted(in: starts[k]..<starts[k + 1], &rng) ?? x
    }
}
