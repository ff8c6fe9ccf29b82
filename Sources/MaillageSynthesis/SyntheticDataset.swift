import MaillageModel
import MaillageSupport

/// A synthetic, national-scale ESS cooperation dataset, deterministic for a seed —
/// the data `maillage synth` writes and the benchmarks run on.
///
/// What it holds, at 200,000 actors (proportionally less below; the counts of
/// territories never go below one région, one département, one EPCI):
/// - **Territories**: the real régions (13) and départements (96) of metropolitan
///   France, with their INSEE codes as ids (`R32`, `D62`), and ~1,250 fictitious EPCI
///   (`E62-01`, "Communauté de communes du Val de Canche"), each with its parent.
///   Actors are spread over départements in proportion to their population, and over
///   a département's EPCI by a rank rule (the first, an agglomération or a métropole,
///   is the largest).
/// - **Actors** of every kind: in each EPCI the EPCI itself and communes
///   (collectivités, ~8 %), ESS structures (~78 %, in 15 sectors), businesses (~10 %),
///   support structures, funders and local institutions; in each département its
///   Département, DLA, "… Actif" fund, DDETS, chambers, CAF, CAPEB and sector networks;
///   in each région its Région, CRESS, URSCOP, Mouvement associatif, France Active,
///   ARS, DREETS, incubator and sector networks. Nearly every actor is located in one
///   EPCI (4 % of ESS structures in two neighbouring ones); hubs are located in their
///   département or région. Ordinary actors have a heavy-tailed activity weight
///   (Pareto of index 2), so some take part in many cooperations.
/// - **Cooperations** (~0.55 per actor) with heavy-tailed sizes — most 2–8 members,
///   some 20–50, a very few 100–300 (a conseil local de l'ESS) — whose members come
///   mostly from the cooperation's own territory and sector, and whose hubs
///   (collectivités, têtes de réseau, appui structures, funders) join many of them.
///   See `CooperationDrawing` for the rules.
/// - **Names** that read as French (fictitious places, evocative association names,
///   businesses named after common surnames); no person is named. Web addresses use
///   the reserved `.example` domain.
/// - **Provenance**: a README text stating the generator, the seed and the figures.
///
/// The same `(actors, seed)` gives the same dataset, bit for bit, on every platform
/// (the SplitMix64 generator of MaillageSupport, no transcendental functions, no iteration over
/// hashed collections).
///
/// ```swift
/// let dataset = SyntheticDataset.generate(actors: 20_000, seed: 1)
/// dataset.actors.count          // 20000
/// ```
public enum SyntheticDataset {
    /// The smallest number of actors the generator accepts (room for the hubs of one
    /// région, one département and one EPCI, and their members).
    public static let minimumActors = 100

    /// Memory needed per actor while generating and writing (measured: about 1.1 KiB per
    /// actor at 50,000 and 200,000 actors, 241 MiB at 200,000; rounded up to 2 KiB).
    public static let bytesPerActor = 2_048

    /// The memory `generate(actors:seed:)` and writing the result need, estimated.
    public static func estimatedBytes(actors: Int) -> Int {
        let (bytes, overflow) = max(0, actors).multipliedReportingOverflow(by: bytesPerActor)
        return overflow ? Int.max : bytes + (32 << 20)
    }

    /// The most actors that fit in `budget`.
    public static func largestActorCount(within budget: MemoryBudget) -> Int {
        max(0, (budget.bytes - (32 << 20)) / bytesPerActor)
    }

    /// Cooperations drawn per actor.
    static let cooperationsPerActor = 0.55

    /// Generates the dataset.
    /// - Parameters:
    ///   - actorCount: number of actors, at least ``minimumActors``; exactly this many are made.
    ///   - seed: any value; each seed gives a different, reproducible dataset.
    /// - Returns: a dataset satisfying the invariants of `Dataset` (unique ids, known
    ///   references, a territory forest, unique memberships), named `synthese-N-graine-S`.
    /// - Complexity: O(A log A + M log A) for A actors and M memberships; about a
    ///   second for 200,000 actors.
    public static func generate(actors actorCount: Int, seed: UInt64) -> Dataset {
        precondition(actorCount >= minimumActors, "at least \(minimumActors) actors")
        let world = SyntheticWorld(actorCount: actorCount, seed: seed)
        var drawing = CooperationDrawing(world: world, seed: seed)
        drawing.draw(count: Int((cooperationsPerActor * Double(actorCount)).rounded()))

        let actorIDs = world.actors.map(\.id)
        let cooperationIDs = drawing.cooperations.map(\.id)
        var memberships: [Membership] = []
        memberships.reserveCapacity(drawing.memberActor.count)
        for i in drawing.memberActor.indices {
            memberships.append(Membership(
                cooperation: cooperationIDs[Int(drawing.memberCooperation[i])],
                actor: actorIDs[Int(drawing.memberActor[i])], role: drawing.memberRole[i]))
        }
        let provenance = readme(
            actors: world.actors, cooperations: drawing.cooperations.count, memberships: memberships.count,
            world: world, seed: seed)
        return Dataset(
            name: "synthese-\(actorCount)-graine-\(seed)", actors: world.actors, cooperations: drawing.cooperations,
            memberships: memberships, territories: world.territories, provenance: provenance)
    }

    /// The README (provenance) of a generated dataset.
    static func readme(actors: [Actor], cooperations: Int, memberships: Int, world: SyntheticWorld, seed: UInt64) -> String {
        var kindCounts = [Int](repeating: 0, count: ActorKind.allCases.count)
        for actor in actors {
            if let k = ActorKind.allCases.firstIndex(of: actor.kind) { kindCounts[k] += 1 }
        }
        let kinds = ActorKind.allCases.enumerated()
            .filter { kindCounts[$0.offset] > 0 }
            .map { "| \($0.element.label) | \(kindCounts[$0.offset]) |" }
            .joined(separator: "\n")
        return """
            # Jeu de données synthétique Maillage

            Généré par `maillage synth --actors \(actors.count) --seed \(seed)`. Les mêmes paramètres
            redonnent exactement les mêmes fichiers.

            **Aucune donnée réelle.** Les régions et départements sont ceux de la France
            métropolitaine (codes INSEE, populations arrondies servant à répartir les acteurs) ;
            les EPCI, communes, acteurs et coopérations sont fictifs. Les noms d'organisations
            sont composés à partir de mots courants ; aucune personne n'est nommée ; les sites web
            utilisent le domaine réservé `.example`.

            - Couverture : \(world.regions.count) région(s), \(world.departements.count) département(s), \(world.epcis.count) EPCI.
            - Acteurs : \(actors.count) ; coopérations : \(cooperations) ; participations : \(memberships).
            - Tailles des coopérations à queue lourde : la plupart de 2 à 8 membres, certaines de 20 à 50,
              quelques-unes de 100 à 300 (conseils locaux de l'ESS, forums).
            - Licence : domaine public (CC0 1.0).

            | type d'acteur | nombre |
            |---|---|
            \(kinds)

            """
    }
}
