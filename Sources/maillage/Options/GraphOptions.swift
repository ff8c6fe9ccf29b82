import ArgumentParser
import MaillageGraph
import MaillageModel
import MaillageSupport

extension Projection: ExpressibleByArgument {}
extension ActorKind: ExpressibleByArgument {}
extension CooperationForm: ExpressibleByArgument {}

/// Which graph the analysis runs on: the projection and the scope filters (see the
/// Graphs article of the documentation), shared by every analysis command.
struct GraphOptions: ParsableArguments {
    @Option(help: .localized(
        "Poids d'un lien entre deux acteurs : count (coopérations communes), newman ou jaccard.",
        "Weight of a tie between two actors: count (shared cooperations), newman or jaccard."))
    var projection: Projection = .count

    @Option(help: .localized(
        "Ne garder que les acteurs situés dans ce territoire ou en dessous (identifiant de territoire).",
        "Keep only actors located in this territory or below it (territory id)."))
    var territory: String?

    @Option(name: .customLong("kind"), parsing: .singleValue, help: .localized(
        "Ne garder que les acteurs de ce type (répétable).", "Keep only actors of this kind (repeatable)."))
    var kinds: [ActorKind] = []

    @Option(name: .customLong("form"), parsing: .singleValue, help: .localized(
        "Ne garder que les coopérations de cette forme (répétable).", "Keep only cooperations of this form (repeatable)."))
    var forms: [CooperationForm] = []

    // Projection limits (issue 19, item 3): the policy is ProjectionLimits (MaillageGraph).
    @Option(name: .customLong("max-cooperation-size"), help: .localized(
        "Écarter du graphe projeté les coopérations de plus de N membres (elles restent en --mode bipartite et sur les cartes).",
        "Keep cooperations of more than N members out of the projected graph (they stay in --mode bipartite and the maps).", valueName: "N"))
    var maxCooperationSize: Int?

    @Option(name: .customLong("memory-budget"), help: .localized(
        "Mémoire que le graphe projeté peut occuper, par exemple 8G (4G par défaut, ou $MAILLAGE_MEMORY_BUDGET).",
        "Memory the projected graph may take, e.g. 8G (default 4G, or $MAILLAGE_MEMORY_BUDGET).", valueName: "SIZE"))
    var memoryBudget: String?

    func validate() throws {
        if let maxCooperationSize, maxCooperationSize < 2 { throw UsageError.make("--max-cooperation-size doit valoir au moins 2", "--max-cooperation-size must be at least 2") }
        if let memoryBudget, MemoryBudget(parsing: memoryBudget) == nil {
            throw UsageError.make("--memory-budget \(memoryBudget) : donnez une taille comme 512M, 8G ou 16GiB", "--memory-budget \(memoryBudget): give a size such as 512M, 8G or 16GiB")
        }
    }

    /// The projection limits these options set.
    var limits: ProjectionLimits {
        ProjectionLimits(budget: memoryBudget.flatMap(MemoryBudget.init(parsing:)) ?? .fromEnvironment, maxCooperationSize: maxCooperationSize)
    }
    // End of projection limits.

    /// The scope filters as a value.
    var scope: Scope { Scope(territory: territory, kinds: Set(kinds), forms: Set(forms)) }
}
