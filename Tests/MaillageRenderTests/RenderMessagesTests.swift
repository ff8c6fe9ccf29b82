import Testing
@testable import MaillageRender

/// Issue 19, item 13: SOURCE_DATE_EPOCH fixes the PDF creation date.
@Suite struct RenderMessagesTests {
    @Test func theCreationDateFollowsSourceDateEpoch() throws {
        let pdf = try GraphvizRenderer.shared.render(dot: "graph { a -- b }", layout: .dot, format: .pdf)
        let fixed = PDFMetadata.reproducible(pdf, environment: "1700000000")
        #expect(fixed.count == pdf.count)
        #expect(String(decoding: fixed, as: UTF8.self).contains("/CreationDate (D:20231114221320Z)"))
        #expect(PDFMetadata.reproducible(pdf, environment: nil) == pdf)
        #expect(PDFMetadata.reproducible(pdf, environment: "not a number") == pdf)
    }
}
