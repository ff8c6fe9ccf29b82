import Foundation
import Testing
@testable import MaillageRender

@Suite struct GraphvizRendererTests {
    @Test func rendersSVGInMemory() throws {
        let bytes = try GraphvizRenderer.shared.render(
            dot: #"graph G { a [id="n_a", label="Réseau"]; a -- b }"#, layout: .dot, format: .svg)
        let svg = try #require(String(bytes: bytes, encoding: .utf8))
        #expect(svg.contains("<svg"))
        #expect(svg.contains(#"id="n_a""#))
        #expect(svg.contains("Réseau"))
    }

    @Test(arguments: [RenderFormat.png, .pdf])
    func rendersBinaryFormats(format: RenderFormat) throws {
        let bytes = try GraphvizRenderer.shared.render(dot: "graph { a -- b }", layout: .neato, format: format)
        let magic: [UInt8] = format == .png ? [0x89, 0x50, 0x4E, 0x47] : Array("%PDF".utf8)
        #expect(Array(bytes.prefix(4)) == magic)
    }

    @Test func badDOTBecomesAnErrorWithGraphvizMessage() {
        #expect {
            _ = try GraphvizRenderer.shared.render(dot: "graph { a -- ; }", layout: .dot, format: .svg)
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.stage == .parse && error.messages.contains { $0.contains("syntax error") }
        }
    }

    @Test func emptyTextIsAParseError() {
        #expect(throws: RenderError.self) {
            _ = try GraphvizRenderer.shared.render(dot: "", layout: .dot, format: .svg)
        }
    }

    @Test func selfCheckPasses() {
        #expect(GraphvizRenderer.shared.selfCheck() == nil)
    }

    @Test func concurrentRendersAreSerialisedSafely() async throws {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<16 {
                group.addTask {
                    try GraphvizRenderer.shared.render(dot: "graph { n\(i) -- m\(i) }", layout: .neato, format: .svg).count
                }
            }
            for try await count in group { #expect(count > 100) }
        }
    }
}
