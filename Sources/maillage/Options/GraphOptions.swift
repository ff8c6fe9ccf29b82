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
    @Option(help: "Weight of a tie between two actors: count (shared cooperations), newman or jaccard.")
    var projection: Projection = .count

    @Option(help: "Keep only actors located in this territory or below it (territory id).")
    var territory: String?

    @Option(name: .customLong("kind"), parsing: .singleValue, help: "Keep only actors of this kind (repeatable).")
    var kinds: [ActorKind] = []

    @Option(name: .customLong("form"), parsing: .singleValue, help: "Keep only cooperations of this form (repeatable).")
    var forms: [CooperationForm] = []

    // Projection limits (issue 19, item 3): the policy is ProjectionLimits (MaillageGraph).
    @Option(name: .customLong("max-cooperation-size"), help: ArgumentHelp(
        "Keep cooperations of more than N members out of the projected graph (they stay in --mode bipartite and the maps).", valueName: "N"))
    var maxCooperationSize: Int?

    @Option(name: .customLong("memory-budget"), help: ArgumentHelp(
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
