import Testing
@testable import MaillageDataset

@Suite struct DiagnosticTests {
    @Test func printsLikeACompiler() {
        #expect(Diagnostic.error("bad", file: "actors.csv", line: 3, column: 7).description == "actors.csv:3:7: error: bad")
        #expect(Diagnostic.warning("w", file: "README.md").description == "README.md: warning: w")
    }
}
