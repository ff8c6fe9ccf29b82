import MaillageModel

/// The scope filters (`--territory`, `--kind`, `--form`; Graphs article of the documentation), applied to a dataset
/// before any graph is built.
///
/// - `territory`: keeps the actors located in that territory or in any territory below it
///   (`Dataset.territoryAndDescendants(_:)`); nil keeps every actor.
/// - `kinds`: keeps the actors of those kinds; empty keeps every kind.
/// - `forms`: keeps the cooperations of those forms; empty keeps every form.
///
/// A membership is kept only when both its actor and its cooperation are kept. The
/// territory table is unchanged, and the cooperation table loses only the cooperations
/// excluded by `forms` (a cooperation left without members stays, as an isolated node
/// of the two-mode network). Table order is preserved.
///
/// ```swift
/// let scoped = Scope(territory: "artois", kinds: [.structure]).apply(to: dataset)
/// ```
public struct Scope: Sendable, Equatable {
    public var territory: String?
    public var kinds: Set<ActorKind>
    public var forms: Set<CooperationForm>

    /// No filter: ``apply(to:)`` returns the dataset's content unchanged.
    public static let all = Scope()

    public init(territory: String? = nil, kinds: Set<ActorKind> = [], forms: Set<CooperationForm> = []) {
        self.territory = territory
        self.kinds = kinds
        self.forms = forms
    }

    /// Whether this scope filters nothing.
    public var isAll: Bool { territory == nil && kinds.isEmpty && forms.isEmpty }

    /// The dataset restricted to this scope.
    /// - Complexity: O(A·t + C + M + T) for A actors located in t territories each,
    ///   C cooperations, M memberships and T territories.
    public func apply(to dataset: Dataset) -> Dataset {
        let places = territory.map { dataset.territoryAndDescendants($0) }
        let actors = dataset.actors.filter { actor in
            (kinds.isEmpty || kinds.contains(actor.kind))
                && (places.map { p in actor.territories.contains { p.contains($0) } } ?? true)
        }
        let cooperations = forms.isEmpty ? dataset.cooperations : dataset.cooperations.filter { forms.contains($0.form) }
        let keptActors = Set(actors.map(\.id))
        let keptCooperations = Set(cooperations.map(\.id))
        let memberships = dataset.memberships.filter {
            keptActors.contains($0.actor) && keptCooperations.contains($0.cooperation)
        }
        return Dataset(
            name: dataset.name, actors: actors, cooperations: cooperations, memberships: memberships,
            territories: dataset.territories, provenance: dataset.provenance)
    }
}
