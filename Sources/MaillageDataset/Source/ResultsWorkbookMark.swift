import MaillageSupport
import MaillageWorkbook

/// The mark of a results workbook (`maillage workbook`): the title in the first cell of
/// its first sheet. Such a workbook holds what Maillage computed, not a dataset, and is
/// refused as one with a single message, rather than read as sheets of actors and
/// territories with a warning for every measure column and an error for the missing
/// memberships.
public enum ResultsWorkbookMark {
    /// The title of the first sheet, in French and in English.
    public static let title = LocalizedText(fr: "Maillage — classeur de résultats", en: "Maillage — results workbook")

    /// Whether `workbook` is a results workbook: its first sheet opens on ``title``.
    static func marks(_ workbook: Workbook) -> Bool {
        guard let first = workbook.sheets.first?.cells.first, first.row == 1, first.column == 1 else { return false }
        return first.text == title.fr || first.text == title.en
    }

    /// Why such a workbook is not read.
    static let refusal = LocalizedText(
        fr: "classeur de résultats écrit par `maillage workbook` : il contient ce que Maillage a calculé, pas les participations ; donnez le jeu de données d'origine (son nom est dans la feuille Lisez-moi)",
        en: "a results workbook written by `maillage workbook`: it holds what Maillage computed, not the memberships; give the original dataset (its name is in the Read me sheet)")
}
