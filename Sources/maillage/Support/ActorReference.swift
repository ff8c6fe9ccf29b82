import MaillageModel

/// An option that names an actor (`--ego`): its id or its name as printed, resolved
/// with ``Dataset/lookUpActor(_:)``; a clear message with the nearest actors otherwise.
enum ActorReference {
    /// The id of the actor `reference` names in `dataset`.
    /// - Throws: ``CommandFailure`` naming the option, with suggestions.
    static func resolve(_ reference: String, in dataset: Dataset, option: String, language l: Language) throws -> String {
        switch dataset.lookUpActor(reference) {
        case .found(let index):
            return dataset.actors[index].id
        case .ambiguous(let indices):
            let listed = indices.prefix(5).map { "\(dataset.actors[$0].id) (\(dataset.actors[$0].name))" }.joined(separator: ", ")
            throw CommandFailure(l.pick("« \(reference) » désigne plusieurs acteurs pour \(option) : \(listed) ; donnez l'identifiant",
                                        "\"\(reference)\" names several actors for \(option): \(listed); give the id"))
        case .notFound(let suggestions):
            let hint = suggestions.isEmpty ? "" : l.pick(" ; vouliez-vous dire : ", "; did you mean: ") + suggestions.joined(separator: ", ")
            throw CommandFailure(l.pick("acteur inconnu « \(reference) » pour \(option)", "unknown actor \"\(reference)\" for \(option)") + hint)
        }
    }
}
