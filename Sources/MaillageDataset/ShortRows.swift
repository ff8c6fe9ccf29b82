import MaillageSupport
import MaillageModel

/// The rows of one table that stop before its last columns (`a;b;c` under a header of
/// five), as a CSV written by hand or by a script that drops empty trailing cells leaves
/// them: their missing cells read as empty, said once for the table at the first such row.
///
/// Only rows that lack cells at their end with no sign of a broken row are read so
/// (``RowWidthProblem/missingAtEndOnly``) and only when every required column is there;
/// any other row off width is an error.
struct ShortRows {
    private var first: RowWidthProblem?
    private var count = 0

    /// Notes one short row.
    mutating func note(_ problem: RowWidthProblem) {
        if first == nil { first = problem }
        count += 1
    }

    /// « ligne plus courte que l'en-tête : 3 cellules alors que l'en-tête en a 5 (…) ; ses
    /// cellules manquantes sont lues vides (et 2 autres lignes) »; nothing without one.
    func warnings(file: String) -> [Diagnostic] {
        guard let first else { return [] }
        let more = count - 1
        return [.warning(LocalizedText(
            fr: "ligne plus courte que l'en-tête : \(first.message.fr) ; les cellules manquantes sont lues vides\(more > 0 ? " (et \(more) autre\(more > 1 ? "s" : "") ligne\(more > 1 ? "s" : ""))" : "")",
            en: "row shorter than the header: \(first.message.en); the missing cells read as empty\(more > 0 ? " (and \(more) more row\(more > 1 ? "s" : ""))" : "")"),
            file: file, at: first.position)]
    }
}
