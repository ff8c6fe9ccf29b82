import MaillageModel
import MaillageSupport

/// A name written with the actor's role after it, in parentheses, in a cell that names
/// several actors: « Ville de Lens (financeur) », « CAF (partenaire technique) », « DLA 62
/// (accompagnement) ». The parentheses are not part of the name — so « Ville de Lens
/// (financeur) » in one project and « Ville de Lens » in another are one actor — and give
/// the actor's role in that cooperation. Parentheses that name no role (« Garage
/// solidaire (SCIC) », « APES (Lille) ») stay in the name.
enum RoleNote {
    /// `text` without a last parenthesised role, and that role; `text` and nil when it ends
    /// with none.
    static func split(_ text: String) -> (name: String, role: MembershipRole?) {
        let trimmed = text.trimmingSpaces()
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (trimmed, nil) }
        let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmingSpaces()
        let name = String(trimmed[..<open]).trimmingSpaces()
        guard !name.isEmpty, !inner.isEmpty, let role = ValueSynonyms.roles.match(String(inner))?.value else { return (trimmed, nil) }
        return (name, role)
    }

    /// The names read so in one table: the first, and how many, for one warning.
    struct Read {
        var first: (written: String, name: String, role: MembershipRole, position: CellPosition)?
        var count = 0

        mutating func note(_ written: String, _ name: String, _ role: MembershipRole?, at position: CellPosition) {
            guard let role, name != written.trimmingSpaces() else { return }
            if first == nil { first = (written.trimmingSpaces(), name, role, position) }
            count += 1
        }

        /// « « Ville de Lens (financeur) » lu comme « Ville de Lens », rôle financeur (et 2 autres) ».
        func warning(file: String) -> Diagnostic? {
            guard let first else { return nil }
            let more = count - 1
            return .warning(LocalizedText(
                fr: "« \(first.written.excerpt) » lu comme « \(first.name.excerpt) », rôle \(first.role.rawValue)"
                    + (more > 0 ? " (et \(more) autre\(more > 1 ? "s" : "") nom\(more > 1 ? "s" : "") suivi\(more > 1 ? "s" : "") d'un rôle entre parenthèses)" : ""),
                en: "\"\(first.written.excerpt)\" read as \"\(first.name.excerpt)\", role \(first.role.rawValue)"
                    + (more > 0 ? " (and \(more) more name\(more > 1 ? "s" : "") followed by a role in parentheses)" : "")),
                file: file, at: first.position)
        }
    }
}
