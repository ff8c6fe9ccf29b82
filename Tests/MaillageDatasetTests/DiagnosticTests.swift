import MaillageModel
import MaillageSupport
import Testing
@testable import MaillageDataset

@Suite struct DiagnosticTests {
    static let bad = LocalizedText(fr: "mauvais", en: "bad")

    @Test func printsLikeACompiler() {
        #expect(Diagnostic.error(Self.bad, file: "actors.csv", line: 3, column: 7).description == "actors.csv:3:7: error: bad")
        #expect(Diagnostic.warning(LocalizedText(fr: "a", en: "w"), file: "README.md").description == "README.md: warning: w")
    }

    /// The same layout in French, with the severity in French: still `location: severity: message`.
    @Test func printsInFrenchWithTheSameLayout() {
        let error = Diagnostic.error(Self.bad, file: "actors.csv", line: 3, column: 7)
        #expect(error.description(in: .fr) == "actors.csv:3:7: erreur: mauvais")
        #expect(error.description(in: .en) == error.description)
        #expect(error.message == "bad" && error.message(in: .fr) == "mauvais")
        let warning = Diagnostic.warning(Self.bad, file: "memberships.xlsx", at: .cell(sheet: "Participations", row: 12, column: 3))
        #expect(warning.description(in: .fr) == "memberships.xlsx[Participations]!C12: avertissement: mauvais")
    }

    /// A header typed with a line break (« Statut⏎adhésion ») is quoted on one line.
    @Test func aQuotedLineBreakStaysOnOneLine() {
        let warning = Diagnostic.warning(LocalizedText(fr: "colonne « Statut\nadhésion » non lue", en: "column \"Statut\r\nadhésion\" not read"),
                                         file: "a.xlsx", at: .cell(sheet: "S", row: 1, column: 4))
        #expect(warning.description(in: .fr) == "a.xlsx[S]!D1: avertissement: colonne « Statut adhésion » non lue")
        #expect(warning.description == "a.xlsx[S]!D1: warning: column \"Statut adhésion\" not read")
    }
}
