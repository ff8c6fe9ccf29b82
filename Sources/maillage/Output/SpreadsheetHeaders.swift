import MaillageAnalysis
import MaillageModel

/// The column headers of a workbook written by `--format xlsx|ods` in French: the CSV
/// keys (`betweenness`, `internal_ties`) are for scripts, a workbook is for people.
/// English keeps the keys; a key without a French name keeps itself.
enum SpreadsheetHeaders {
    /// `key` as a French column header.
    static func french(_ key: String) -> String {
        if let name = names[key] { return name }
        if let measure = ActorMeasure.named(key) { return measure.frenchName }
        for (suffix, words) in [("_ratio", " (rapport à la taille)"), ("_p", " (p)"), ("_expected", " attendu")] where key.hasSuffix(suffix) {
            let stem = String(key.dropLast(suffix.count))
            if let name = names[stem] { return name + words }
        }
        return key
    }

    /// The headers of `keys` in `language`.
    static func headers(_ keys: [String], in language: Language) -> [String] {
        language == .fr ? keys.map(french) : keys
    }

    private static let names: [String: String] = [
        "id": "identifiant", "name": "nom", "kind": "type", "siret": "SIRET", "siren": "SIREN", "rna": "RNA", "employees": "effectif", "employees_min": "salariés (au moins)", "employees_max": "salariés (au plus)", "rank": "rang", "tied": "ex aequo", "score": "score",
        "betweenness": "intermédiarité", "coordinator": "coordinateur", "itinerant": "itinérant", "gatekeeper": "gardien",
        "liaison": "agent de liaison", "territories_linked": "territoires reliés", "kinds_linked": "types reliés",
        "articulation": "point d'articulation", "disconnected_pairs": "paires coupées par son départ", "reasons": "pourquoi",
        "cluster": "groupe", "territory": "territoire", "degree": "degré", "section": "partie", "change": "changement", "old": "avant", "new": "après",
        "difference": "écart", "detail": "détail", "first_id": "identifiant 1", "first_name": "nom 1", "second_id": "identifiant 2",
        "second_name": "nom 2", "common_partners": "partenaires communs", "resource_allocation": "allocation de ressources",
        "adamic_adar": "indice d'Adamic-Adar", "same_territory": "même territoire", "same_sector": "même secteur",
        "bridges_clusters": "relie deux groupes", "item": "élément", "value": "valeur", "actors": "acteurs",
        "internal_ties": "liens internes", "external_ties": "liens vers l'extérieur", "ei_index": "indice E-I",
        "ei_expected": "E-I attendu par hasard", "ei_p_lower": "p (E-I aussi bas)", "ei_p_upper": "p (E-I aussi haut)",
        "density": "densité", "components": "morceaux", "top_hubs": "acteurs les mieux placés", "file": "fichier", "line": "ligne",
        "column": "colonne", "severity": "gravité", "message": "message", "unclassified": "non classées",
        "open_pairs": "paires ouvertes", "across": "courtage entre groupes", "permutations": "tirages",
        "form": "forme", "status": "statut", "started": "début", "ended": "fin", "member_count": "membres",
        "declared_members": "membres déclarés", "members": "liste des membres", "territories": "territoires",
    ]
}
