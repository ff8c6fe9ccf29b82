import Foundation
import Testing
@testable import MaillageRender

/// Issue 19, item 7: any message Graphviz gives during a render is an error (the
/// render fails) or a warning returned with the image — never dropped.
@Suite struct GraphvizMessagesTests {
    /// A table cell too small for its text: Graphviz warns each time (an unknown shape
    /// would warn only once per process).
    static let crampedCell = #"graph { a [shape=plain, label=<<TABLE><TR><TD WIDTH="5" HEIGHT="5" FIXEDSIZE="TRUE">texte</TD></TR></TABLE>>]; a -- b }"#

    @Test(arguments: [RenderFormat.svg, .png, .pdf, .dot])
    func aWarningComesBackWithTheImage(format: RenderFormat) throws {
        let result = try GraphvizRenderer.shared.rendering(dot: Self.crampedCell, layout: .neato, format: format)
        #expect(!result.bytes.isEmpty)
        #expect(result.warnings.first == "cell size too small for content", "\(result.warnings)")
        #expect(result.warnings.contains { $0.contains("in label of node a") }, "\(result.warnings)")
    }

    @Test func anUnknownShapeWarnsTheFirstTime() throws {
        let shape = "nosuchshape\(UInt32.random(in: 0...UInt32.max))"
        let result = try GraphvizRenderer.shared.rendering(dot: "graph { a [shape=\(shape)]; a -- b }", layout: .neato, format: .svg)
        #expect(result.warnings == ["using box for unknown shape \(shape)"])
    }

    @Test func aCleanRenderHasNoWarning() throws {
        let result = try GraphvizRenderer.shared.rendering(dot: "graph { a -- b }", layout: .neato, format: .svg)
        #expect(result.warnings.isEmpty)
    }

    @Test func warningsOfOneRenderDoNotLeakIntoTheNext() throws {
        #expect(try !GraphvizRenderer.shared.rendering(dot: Self.crampedCell, layout: .neato, format: .svg).warnings.isEmpty)
        #expect(try GraphvizRenderer.shared.rendering(dot: "graph { a -- b }", layout: .neato, format: .svg).warnings.isEmpty)
    }

    /// A label holding a noncharacter makes cairo fail ("cairo: out of memory", written by
    /// Graphviz's cairo plugin straight to standard error, not through `agerr`) and drop
    /// the label while Graphviz still returns a PDF: that is a failure, not a map.
    @Test func anErrorWhileDrawingFailsTheRender() {
        #expect {
            _ = try GraphvizRenderer.shared.rendering(dot: "graph { a [label=\"x\u{FFFF}y\"]; a -- b }", layout: .neato, format: .pdf)
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.stage == .render && error.messages.contains { $0.contains("cairo") }
        }
    }

    /// Messages arrive from Graphviz in pieces ("Warning", ": ", text): a parse error
    /// comes back as whole lines.
    @Test func errorsAreWholeLines() {
        #expect {
            _ = try GraphvizRenderer.shared.rendering(dot: "graph { a -- ; }", layout: .dot, format: .svg)
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.messages.first?.hasPrefix("Error: ") == true && error.messages.contains { $0.contains("syntax error") }
        }
    }
}
