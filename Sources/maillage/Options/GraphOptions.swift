import MaillageSupport
import ArgumentParser
import MaillageGraph
import MaillageModel

extension Projection: ExpressibleByArgument {}
extension ActorKind: ExpressibleByArgument {}
extension CooperationForm: ExpressibleByArgument {}

/// Whether measures are computed on the projected graph of actors or on the
/// two-mode network of actors and cooperations.
enum GraphMode: String, ExpressibleByArgument, CaseIterable {
    case projected, bipartite
}

/// Which graph the analysis runs on: projection, weighting, mode and scope
/// filters (DESIGN §3), shared by every analysis command.
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

    /// Applies the scope to `dataset`, failing clearly on an unknown territory.
    func scoped(_ dataset: Dataset) throws -> Dataset {
        if let territory, dataset.territory(territory) == nil {
            throw CommandFailure("unknown territory \"\(territory)\" for --territory; known ids are listed by `maillage summary --format csv`")
        }
        return scope.isAll ? dataset : scope.apply(to: dataset)
    }

    /// The parameters as they go into `meta`.
    var metaParameters: [(String, JSONValue)] {
        [
            ("projection", .string(projection.rawValue)),
            ("scope", .object([
                ("territory", .string(territory)),
                ("kind", .array(kinds.map { .string($0.rawValue) })),
                ("form", .array(forms.map { .string($0.rawValue) })),
            ])),
        ]
    }
}
