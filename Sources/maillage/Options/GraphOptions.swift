import ArgumentParser
import MaillageGraph
import MaillageModel

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

    /// The scope filters as a value.
    var scope: Scope { Scope(territory: territory, kinds: Set(kinds), forms: Set(forms)) }
}
