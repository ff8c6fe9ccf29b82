/// The actors' register numbers (``RegistrationNumber``) and acronyms, through which a
/// membership finds its actor when its name is written otherwise, or not at all: a list
/// of memberships keyed on SIRET, as observatories extract them from SIRENE, or a partner
/// written « MNPC » for the actor whose « Sigle » says so.
///
/// - A SIRET or an RNA number names one actor.
/// - A SIREN names the actor whose SIREN column gives it, else the actor of its only
///   establishment (a SIRET that begins with it); with several establishments it is
///   ambiguous (``Lookup/several(_:)``).
/// - An acronym (normalised, ``Vocabulary/key(_:)``) names its actor when no other actor
///   has the same one.
struct RegisteredActors {
    /// The schema columns that hold register numbers, in the order they are read.
    static let numberColumns = ["siret", "siren", "rna"]

    /// « register:value » → actor.
    private var byNumber: [String: Int] = [:]
    /// SIREN → the actors of the SIRETs that begin with it, in table order.
    private var establishments: [String: [Int]] = [:]
    /// Acronym key → actor; -1 when two actors share it.
    private var acronyms: [String: Int] = [:]

    /// Whether no number and no acronym is known.
    var isEmpty: Bool { byNumber.isEmpty && acronyms.isEmpty }

    /// What a number finds.
    enum Lookup: Equatable {
        case none
        case actor(Int)
        /// A SIREN of several establishments, in table order.
        case several([Int])
    }

    /// The actor `number` names.
    func lookup(_ number: RegistrationNumber) -> Lookup {
        if let actor = byNumber[number.key] { return .actor(actor) }
        switch number.register {
        case .siren:
            guard let actors = establishments[number.value] else { return .none }
            return actors.count == 1 ? .actor(actors[0]) : .several(actors)
        case .siret:
            // A SIRET of an actor known by its SIREN alone.
            if let siren = number.siren, let actor = byNumber["siren:" + siren] { return .actor(actor) }
            return .none
        case .rna:
            return .none
        }
    }

    /// The actor `number` alone names (a SIRET, an RNA number, a SIREN given as such):
    /// two rows of one actors table with that number are one actor.
    func sameActor(_ number: RegistrationNumber) -> Int? {
        number.register == .siren ? nil : byNumber[number.key]
    }

    /// Records that `number` names `actor`; the first actor given a number keeps it.
    mutating func add(_ number: RegistrationNumber, actor: Int) {
        let key = number.key
        guard byNumber[key] == nil else { return }
        byNumber[key] = actor
        if let siren = number.siren, establishments[siren]?.contains(actor) != true { establishments[siren, default: []].append(actor) }
    }

    /// Records `acronym` as `actor`'s.
    mutating func add(acronym: String, actor: Int) {
        let key = Vocabulary.key(acronym)
        guard !key.isEmpty else { return }
        if let other = acronyms[key], other != actor { acronyms[key] = -1 } else { acronyms[key] = actor }
    }

    /// The one actor whose acronym `text` is, once normalised.
    func actor(forAcronym text: String) -> Int? {
        guard !acronyms.isEmpty, let actor = acronyms[Vocabulary.key(text)], actor >= 0 else { return nil }
        return actor
    }
}
