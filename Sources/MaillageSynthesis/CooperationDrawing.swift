import MaillageModel
import MaillageSupport

/// Draws the cooperations of a synthetic dataset and their members over a
/// ``SyntheticWorld``.
///
/// For each cooperation, in order:
/// 1. a size: 2–8 members for most (probability ∝ s^−1.2), 9–19 for 10 %, 20–50 for
///    3 %, and 100–300 (a conseil local de l'ESS, a forum) for 0.06 %;
/// 2. an anchor actor drawn nationally by activity weight, whose EPCI, département or
///    région (by size: small ones mostly local, large ones départemental or
///    régional) becomes the cooperation's territory;
/// 3. a form (by size), a sector, and a porteur from the anchor's EPCI and sector (a
///    support structure for the `appui` form);
/// 4. hubs, each with a probability set by the territory level, the sector and the
///    form: the EPCI, the département and the région as collectivités, the DLA, the
///    département's "… Actif" fund, the sector's networks, the CRESS, the regional
///    heads of network, funders and institutions;
/// 5. ordinary members up to the size: 85–95 % from the cooperation's own territory
///    (the rest from the enclosing one), 55 % of them from its sector.
///
/// Finally every ordinary actor left without a cooperation joins one of its EPCI
/// (of its sector when one is found), so that isolated actors are rare.
struct CooperationDrawing {
    enum Level: Int { case epci = 0, departement = 1, region = 2 }

    let world: SyntheticWorld
    let seed: UInt64
    let actorCount: Int
    var rng: SplitMix64

    // Output, as compact columns.
    var cooperations: [Cooperation] = []
    var memberCooperation: [Int32] = []
    var memberActor: [Int32] = []
    var memberRole: [MembershipRole] = []

    /// The cooperation that last took each actor (to keep memberships unique).
    private var stamp: [Int32]
    private var membershipCount: [Int32]
    /// EPCI-level cooperations of each EPCI.
    private var cooperationsOfEPCI: [[Int32]]
    /// Members of the cooperation being drawn.
    private var members: [Int] = []
    private var roles: [MembershipRole] = []

    init(world: SyntheticWorld, seed: UInt64) {
        self.world = world
        self.seed = seed
        self.actorCount = world.actors.count
        self.rng = SplitMix64.stream(seed, 2)
        stamp = [Int32](repeating: -1, count: world.actors.count)
        membershipCount = [Int32](repeating: 0, count: world.actors.count)
        cooperationsOfEPCI = [[Int32]](repeating: [], count: world.epcis.count)
    }

    /// Draws `count` cooperations, then places isolated actors.
    mutating func draw(count: Int) {
        cooperations.reserveCapacity(count)
        let idWidth = max(6, String(count).count)
        var attempts = 0
        while cooperations.count < count && attempts < 2 * count + 10 {
            attempts += 1
            drawCooperation(idWidth: idWidth)
        }
        placeIsolatedActors()
    }

    // MARK: - Sizes, levels, forms

    /// Relative weights of sizes 2…8 (∝ s^−1.2).
    private static let smallSizeWeights: [Double] = [0.4353, 0.2677, 0.1895, 0.1450, 0.1165, 0.0969, 0.0824]

    private mutating func drawSize() -> Int {
        let u = rng.nextUnitDouble()
        if u < 0.0006 {
            let v = rng.nextUnitDouble()
            return 100 + Int(200 * v * v)
        }
        if u < 0.0306 {
            let v = rng.nextUnitDouble()
            return 20 + Int(31 * v * v.squareRoot())
        }
        if u < 0.1306 { return rng.nextInt(in: 9...19) }
        var w = rng.nextUnitDouble() * Self.smallSizeWeights.reduce(0, +)
        for (k, weight) in Self.smallSizeWeights.enumerated() {
            if w < weight { return k + 2 }
            w -= weight
        }
        return 8
    }

    private mutating func drawLevel(size: Int) -> Level {
        let u = rng.nextUnitDouble()
        let (epci, departement): (Double, Double)
        switch size {
        case 100...: (epci, departement) = (0, 0.75)
        case 20...: (epci, departement) = (0.25, 0.5)
        case 9...: (epci, departement) = (0.5, 0.4)
        default: (epci, departement) = (0.78, 0.19)
        }
        if u < epci { return .epci }
        return u < epci + departement ? .departement : .region
    }

    private mutating func drawForm(size: Int) -> CooperationForm {
        let table: [(CooperationForm, Double)]
        switch size {
        case 100...: table = [(.collectif, 0.5), (.regroupement, 0.5)]
        case 20...: table = [(.collectif, 0.45), (.regroupement, 0.35), (.appui, 0.2)]
        case 9...: table = [(.collectif, 0.3), (.partenariat, 0.25), (.regroupement, 0.25), (.appui, 0.2)]
        default: table = [(.mutualisation, 0.35), (.partenariat, 0.45), (.appui, 0.1), (.regroupement, 0.05), (.collectif, 0.05)]
        }
        var u = rng.nextUnitDouble()
        for (form, p) in table {
            if u < p { return form }
            u -= p
        }
        return table[table.count - 1].0
    }

    // MARK: - One cooperation

    private mutating func add(_ actor: Int, _ role: MembershipRole, cooperation c: Int32) {
        guard actor >= 0, stamp[actor] != c else { return }
        stamp[actor] = c
        members.append(actor)
        roles.append(role)
    }

    /// Adds hub `actor` with probability `p`, keeping room for at least one ordinary member.
    private mutating func maybe(_ actor: Int, _ p: Double, _ role: MembershipRole, size: Int, cooperation c: Int32) {
        guard actor >= 0, members.count < size - 1 || size <= 2 && members.count < size else { return }
        if rng.chance(p) { add(actor, role, cooperation: c) }
    }

    private mutating func drawCooperation(idWidth: Int) {
        let c = Int32(cooperations.count)
        let size = drawSize()
        guard let anchor = world.drawWeighted(in: 0..<actorCount, &rng) else { return }
        let e = Int(world.epciOf[anchor])
        guard e >= 0 else { return }
        let epci = world.epcis[e]
        let d = epci.departement
        let departement = world.departements[d]
        let r = departement.region
        let region = world.regions[r]
        let level = drawLevel(size: size)
        let scope: Range<Int>, enclosing: Range<Int>, territoryID: String, territoryName: String, local: Double
        switch level {
        case .epci: (scope, enclosing, territoryID, territoryName, local) = (epci.range, departement.range, epci.territory, epci.place, 0.85)
        case .departement: (scope, enclosing, territoryID, territoryName, local) = (departement.range, region.range, departement.territory, departement.name, 0.9)
        case .region: (scope, enclosing, territoryID, territoryName, local) = (region.range, 0..<actorCount, region.territory, region.name, 0.95)
        }
        let form = drawForm(size: size)
        var sector = SyntheticWorld.drawSector(&rng)
        members.removeAll(keepingCapacity: true)
        roles.removeAll(keepingCapacity: true)

        // Porteur.
        if form == .appui {
            if rng.chance(0.6), let a = world.drawWeighted(in: epci.appui, &rng) {
                add(a, .porteur, cooperation: c)
            } else {
                add(departement.hubs.dla, .porteur, cooperation: c)
            }
        } else if let p = world.drawInSector(sector, in: epci.range, &rng) {
            add(p, .porteur, cooperation: c)
            if world.sector[p] >= 0 { sector = Int(world.sector[p]) }
        }
        guard !members.isEmpty else { return }

        // Hubs.
        let huge = size >= 100
        let L = level.rawValue
        let dh = departement.hubs, rh = region.hubs
        func pick(_ p: [Double]) -> Double { p[L] }
        let funderRole: MembershipRole = rng.chance(0.4) ? .financeur : .partenaire
        maybe(epci.collectivite, huge ? 0.3 : pick([0.22, 0.06, 0.02]), funderRole, size: size, cooperation: c)
        maybe(dh.collectivite, huge ? 0.8 : pick([0.05, 0.25, 0.08]), funderRole, size: size, cooperation: c)
        maybe(rh.collectivite, huge ? 0.6 : pick([0.01, 0.04, 0.3]), funderRole, size: size, cooperation: c)
        maybe(dh.dla, huge ? 0.7 : pick([0.05, 0.10, 0.05]), .accompagnateur, size: size, cooperation: c)
        maybe(dh.actif, huge ? 0.6 : pick([0.03, 0.06, 0.05]), .financeur, size: size, cooperation: c)
        let networkRole: MembershipRole = rng.chance(0.3) ? .animateur : .partenaire
        maybe(dh.networks[sector], huge ? 0.5 : pick([0.08, 0.25, 0.10]), networkRole, size: size, cooperation: c)
        maybe(rh.networks[sector], huge ? 0.5 : pick([0.02, 0.08, 0.30]), networkRole, size: size, cooperation: c)
        maybe(rh.cress, huge ? 0.9 : pick([0.004, 0.03, 0.25]), huge ? .animateur : .partenaire, size: size, cooperation: c)
        maybe(rh.mouvementAssociatif, huge ? 0.6 : pick([0.003, 0.02, 0.10]), .partenaire, size: size, cooperation: c)
        maybe(rh.urscop, huge ? 0.4 : pick([0.01, 0.02, 0.06]), .accompagnateur, size: size, cooperation: c)
        maybe(rh.franceActive, huge ? 0.4 : pick([0.005, 0.02, 0.10]), .financeur, size: size, cooperation: c)
        maybe(rh.incubateur, huge ? 0.4 : pick([0.005, 0.02, 0.06]), .accompagnateur, size: size, cooperation: c)
        switch SectorCatalog.sectors[sector].short {
        case "insertion":
            maybe(dh.ddets, pick([0.12, 0.25, 0.1]), funderRole, size: size, cooperation: c)
            maybe(rh.dreets, pick([0.01, 0.04, 0.2]), .financeur, size: size, cooperation: c)
        case "agriculture", "alimentation":
            maybe(dh.agriculture, pick([0.1, 0.2, 0.1]), .partenaire, size: size, cooperation: c)
        case "éducation populaire":
            maybe(dh.caf, pick([0.12, 0.2, 0.1]), .financeur, size: size, cooperation: c)
        case "santé", "services à la personne":
            maybe(rh.ars, pick([0.03, 0.1, 0.25]), funderRole, size: size, cooperation: c)
        case "habitat":
            maybe(dh.capeb, pick([0.08, 0.15, 0.1]), .partenaire, size: size, cooperation: c)
        default:
            break
        }
        if form == .regroupement {
            maybe(dh.cci, 0.15, .partenaire, size: size, cooperation: c)
            maybe(dh.metiers, 0.12, .partenaire, size: size, cooperation: c)
        }
        if huge {
            for network in dh.networks where network >= 0 { maybe(network, 0.3, .membre, size: size, cooperation: c) }
        }

        // Ordinary members.
        let inSector = form == .regroupement ? 0.3 : (form == .appui ? 0.5 : 0.55)
        var tries = 0
        while members.count < size && tries < 4 * size + 20 {
            tries += 1
            let range = rng.chance(local) ? scope : enclosing
            let candidate = rng.chance(inSector)
                ? world.drawInSector(sector, in: range, &rng) : world.drawWeighted(in: range, &rng)
            guard let x = candidate else { continue }
            let kind = world.actors[x].kind
            let role: MembershipRole = rng.chance(kind == .structure ? 0.15 : 0.4) ? .partenaire : .membre
            add(x, role, cooperation: c)
        }
        guard members.count >= 2 else {
            for m in members { stamp[m] = -1 }
            return
        }
        if members.count >= 5, roles[1] == .membre, rng.chance(0.25) { roles[1] = .animateur }

        // Commit.
        for (m, role) in zip(members, roles) {
            memberCooperation.append(c)
            memberActor.append(Int32(m))
            memberRole.append(role)
            membershipCount[m] += 1
        }
        if level == .epci { cooperationsOfEPCI[e].append(c) }
        cooperations.append(describe(
            index: Int(c), idWidth: idWidth, form: form, sector: sector, size: members.count,
            territoryID: territoryID, territoryName: territoryName, level: level))
    }

    // MARK: - Description

    private static let pooling = [
        "Mutualisation d'un poste de comptable", "Mutualisation de locaux", "Véhicule utilitaire partagé",
        "Groupement d'achats", "Emploi partagé de chargé de communication", "Atelier partagé",
        "Logiciel de gestion mutualisé", "Cuisine partagée", "Mutualisation de la paie",
    ]
    private static let bigGatherings = [
        "Conseil local de l'ESS", "Forum de l'ESS", "Mois de l'ESS", "Réseau des acteurs de l'ESS", "Pôle ESS",
    ]

    private mutating func describe(
        index: Int, idWidth: Int, form: CooperationForm, sector k: Int, size: Int,
        territoryID: String, territoryName: String, level: Level
    ) -> Cooperation {
        var id = String(index + 1)
        id = "C" + String(repeating: "0", count: max(0, idWidth - id.count)) + id
        let sector = SectorCatalog.sectors[k]
        let name: String
        if size >= 100 {
            name = rng.pick(Self.bigGatherings) + " — " + territoryName
        } else {
            switch form {
            case .mutualisation: name = rng.pick(Self.pooling) + " — " + territoryName
            case .partenariat: name = rng.pick(sector.projects) + " — " + territoryName
            case .collectif: name = "Collectif " + sector.short + " — " + territoryName
            case .regroupement:
                name = (rng.chance(0.3) ? "Pôle territorial de coopération économique " : (rng.chance(0.5) ? "Groupement " : "Plateforme "))
                    + sector.short + " — " + territoryName
            case .appui, .unknown: name = "Accompagnement collectif " + sector.short + " — " + territoryName
            }
        }
        let building = rng.chance(0.1)
        let started: Int
        if building {
            started = 2023 + rng.nextInt(below: 3)
        } else {
            let v = rng.nextUnitDouble()
            started = 2024 - Int(30 * v * v)
        }
        let where_: String
        switch level {
        case .epci: where_ = "à l'échelle de l'EPCI"
        case .departement: where_ = "à l'échelle du département"
        case .region: where_ = "à l'échelle de la région"
        }
        let summary = "Coopération de type « \(form.label) » réunissant \(size) acteurs du secteur « \(sector.name) », \(where_) (\(territoryName))."
        return Cooperation(
            id: id, name: name, form: form, sector: sector.name, territories: [territoryID],
            declaredMembers: size >= 100 ? ((size + 5) / 10) * 10 : nil,
            status: building ? .enConstruction : .active, started: String(started), summary: summary,
            source: "maillage synth --actors \(actorCount) --seed \(seed)")
    }

    // MARK: - Isolated actors

    private mutating func placeIsolatedActors() {
        var rng = SplitMix64.stream(seed, 3)
        for a in 0..<actorCount where membershipCount[a] == 0 && world.weight[a] > 0 {
            let e = Int(world.epciOf[a])
            guard e >= 0 else { continue }
            let candidates = cooperationsOfEPCI[e]
            guard !candidates.isEmpty else { continue }
            var chosen = rng.pick(candidates)
            let sector = world.sector[a]
            if sector >= 0 {
                for _ in 0..<6 {
                    let c = rng.pick(candidates)
                    if cooperations[Int(c)].sector == SectorCatalog.sectors[Int(sector)].name { chosen = c; break }
                }
            }
            memberCooperation.append(chosen)
            memberActor.append(Int32(a))
            memberRole.append(.membre)
            membershipCount[a] += 1
        }
    }
}
