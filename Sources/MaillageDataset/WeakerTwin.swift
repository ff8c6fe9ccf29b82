import MaillageSupport

/// Why one of two header cells naming the same column is not read: it is the weaker twin
/// of the other (``Table``).
///
/// - ``legalUnit``: SIRENE's field of the legal unit beside its establishment's
///   (`activitePrincipaleUniteLegale` and `activitePrincipaleEtablissement`): the
///   establishment's is read.
/// - ``repeatsAnother``: a field that another field of the same header gives better (the
///   Annuaire des Entreprises' `nom_complet`, which repeats the acronym, beside
///   `nom_raison_sociale`).
enum WeakerTwin: CaseIterable {
    case legalUnit
    case repeatsAnother

    /// The header keys of the weaker twins of this kind.
    var fields: Set<String> {
        switch self {
        case .legalUnit: ColumnAliases.legalUnitFields
        case .repeatsAnother: ColumnAliases.secondaryFields
        }
    }

    /// The kind of twin that header keys `a` and `b` are when exactly one of them is the
    /// weaker; nil otherwise (two columns of equal standing: a duplicate).
    static func between(_ a: String, _ b: String) -> WeakerTwin? {
        allCases.first { $0.fields.contains(a) != $0.fields.contains(b) }
    }

    /// The warning that column `dropped` is not read, `kept` being read as `column`.
    func message(dropped: String, kept: String, column: String) -> LocalizedText {
        switch self {
        case .legalUnit:
            LocalizedText(
                fr: "colonne « \(dropped) » non lue : la colonne « \(kept) », celle de l'établissement plutôt que de l'unité légale, est lue à sa place",
                en: "column \"\(dropped)\" is not read: column \"\(kept)\", the establishment's rather than the legal unit's, is read instead")
        case .repeatsAnother:
            LocalizedText(
                fr: "colonne « \(dropped) » non lue : la colonne « \(kept) » donne déjà « \(TableSchema.frenchName(of: column)) »",
                en: "column \"\(dropped)\" is not read: column \"\(kept)\" already gives \(column)")
        }
    }
}
