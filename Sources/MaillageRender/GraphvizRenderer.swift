import CGraphviz
import Foundation

/// Renders DOT text to SVG, PNG or PDF bytes in memory with Graphviz's C library.
///
/// Every call runs on one dedicated thread (Graphviz is not thread-safe), so the
/// renderer may be used from any thread or task. Graphviz's messages are captured
/// through `agseterrf` and returned in ``RenderError``; an error (not a warning)
/// reported during the call makes it fail even when Graphviz returned an image;
/// nothing is printed.
///
/// ```swift
/// let svg = try GraphvizRenderer.shared.render(dot: "graph { a -- b }", layout: .neato, format: .svg)
/// ```
public final class GraphvizRenderer: Sendable {
    /// The process-wide renderer.
    public static let shared = GraphvizRenderer()

    private init() {}

    /// Lays out and renders a DOT document.
    /// - Parameters:
    ///   - dot: one graph in the DOT language. A `layout=` attribute inside it
    ///     would override `layout`; Maillage never emits one.
    ///   - layout: the layout engine.
    ///   - format: the output format; `.dot` returns the laid-out DOT with positions.
    /// - Returns: the rendered bytes.
    /// - Throws: ``RenderError`` with Graphviz's messages.
    public func render(dot: String, layout: LayoutEngine, format: RenderFormat) throws -> [UInt8] {
        let outcome: Result<[UInt8], RenderError> = GraphvizThread.shared.run {
            GraphvizSession.current.render(dot: dot, layout: layout.graphvizName, format: format.graphvizName)
        }
        let bytes = try outcome.get()
        return format == .pdf ? PDFMetadata.reproducible(bytes) : bytes  // SOURCE_DATE_EPOCH (issue 19, item 13)
    }

    /// Renders a two-node graph: a cheap check that the layout and render
    /// plugins are installed and configured (Debian's `config6a`).
    /// - Returns: nil when Graphviz works, otherwise what went wrong.
    public func selfCheck() -> RenderError? {
        do {
            _ = try render(dot: "graph { a -- b }", layout: .dot, format: .svg)
            return nil
        } catch let error as RenderError {
            return error
        } catch {
            return RenderError(stage: .render, messages: ["\(error)"])
        }
    }
}

/// Messages Graphviz reported during the current call. Touched only on the
/// Graphviz thread.
nonisolated(unsafe) private var capturedMessages: [String] = []

private let captureMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text {
        let message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        if !message.isEmpty { capturedMessages.append(message) }
    }
    return 0
}

/// The Graphviz context, created once on the Graphviz thread and kept for the
/// life of the process (it holds the loaded plugins).
private final class GraphvizSession: @unchecked Sendable {
    nonisolated(unsafe) static let current = GraphvizSession()

    private let context: OpaquePointer?

    private init() {
        _ = agseterrf(captureMessage)
        context = gvContext()
    }

    func render(dot: String, layout: String, format: String) -> Result<[UInt8], RenderError> {
        capturedMessages.removeAll()
        _ = agreseterrors()
        guard let context else {
            return .failure(RenderError(stage: .layout, messages: ["Graphviz context could not be created"]))
        }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            return .failure(RenderError(stage: .parse, messages: capturedMessages.isEmpty ? ["empty or unreadable DOT text"] : capturedMessages))
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, layout) == 0 else {
            return .failure(RenderError(stage: .layout, messages: capturedMessages))
        }
        defer { gvFreeLayout(context, graph) }
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &buffer, &length) == 0, let buffer else {
            return .failure(RenderError(stage: .render, messages: capturedMessages))
        }
        defer { gvFreeRenderData(buffer) }
        // An error reported while rendering (e.g. "cairo: out of memory", which drops
        // labels) makes the render a failure, never a silent success (issue 19, item 7).
        guard agerrors() == 0 else { return .failure(RenderError(stage: .render, messages: capturedMessages)) }
        let bytes = [UInt8](UnsafeRawBufferPointer(start: buffer, count: Int(length)))
        return .success(bytes)
    }
}
