import Foundation
import Testing
@testable import MaillageRender
import MaillageSupport

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

    /// The memory estimate of a map stays within a fifth of what was measured (release
    /// build, peak resident memory), and refuses only above the budget.
    @Test func mapMemoryEstimatesMatchWhatWasMeasured() {
        let measured: [(nodes: Int, edges: Int, format: RenderFormat, bytes: Double)] = [
            (300, 10_900, .svg, 86_760 * 1024), (2_000, 329_596, .svg, 1_136_768 * 1024), (2_000, 329_596, .dot, 462_212 * 1024),
            (20_000, 3_565_238, .svg, 11_608_520 * 1024),
        ]
        for m in measured {
            let estimate = Double(MapMemory.estimate(nodes: m.nodes, edges: m.edges, format: m.format))
            #expect(abs(estimate - m.bytes) / m.bytes < 0.2, "\(m): \(estimate)")
        }
        #expect(MapMemory.refusal(nodes: 2_000, edges: 329_596, format: .svg, budget: .standard) == nil)
        #expect(MapMemory.refusal(nodes: 20_000, edges: 3_565_238, format: .svg, budget: .standard) != nil)
        #expect(MapMemory.estimate(nodes: Int.max / 2, edges: Int.max / 2, format: .svg) == Int.max)
    }
}
