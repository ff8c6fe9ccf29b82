import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders DOT text to SVG, PNG or PDF bytes in memory with Graphviz's C library.
///
/// Every call runs on one dedicated thread (Graphviz is not thread-safe), so the
/// renderer may be used from any thread or task. Graphviz's messages are captured
/// through `agseterrf`, and from standard error for the lines its cairo plugin writes
/// there directly: an error reported during the call makes it fail (``RenderError``)
/// even when Graphviz returned an image; a warning is returned with the image
/// (``Rendering/warnings``) for the caller to show. Nothing is printed.
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
        try rendering(dot: dot, layout: layout, format: format).bytes
    }

    /// Lays out and renders a DOT document, and says what Graphviz warned about.
    ///
    /// Every message Graphviz gives during the call ends up either in the thrown
    /// ``RenderError`` (an error: the image is not returned) or in
    /// ``Rendering/warnings`` (a warning, e.g. an unknown shape drawn as a box): a
    /// message is never dropped.
    /// - Parameters:
    ///   - dot: one graph in the DOT language (see ``render(dot:layout:format:)``).
    ///   - layout: the layout engine.
    ///   - format: the output format.
    /// - Returns: the rendered bytes and Graphviz's warnings, in order.
    /// - Throws: ``RenderError`` with Graphviz's messages.
    public func rendering(dot: String, layout: LayoutEngine, format: RenderFormat) throws -> Rendering {
        let outcome: Result<Rendering, RenderError> = GraphvizThread.shared.run {
            GraphvizSession.current.render(dot: dot, layout: layout.graphvizName, format: format.graphvizName)
        }
        var result = try outcome.get()
        if format == .pdf { result.bytes = PDFMetadata.reproducible(result.bytes) }  // issue 19, item 13
        return result
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

/// Standard error (file descriptor 2) sent to a temporary file from `init` to
/// ``finish()``, which puts it back and returns what was written. A file, not a pipe:
/// a long message cannot block the writer.
private struct StandardErrorCapture {
    private let saved: Int32
    private let file: UnsafeMutablePointer<FILE>?

    init() {
        fflush(nil)
        file = tmpfile()
        saved = file == nil ? -1 : dup(2)
        if let file, saved >= 0 { dup2(fileno(file), 2) }
    }

    /// Restores standard error and returns the captured text.
    func finish() -> String {
        guard let file, saved >= 0 else { return "" }
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        defer { fclose(file) }
        rewind(file)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// An image rendered by Graphviz and the warnings it gave while making it.
public struct Rendering: Sendable, Equatable {
    /// The rendered bytes (SVG, PNG, PDF or laid-out DOT).
    public var bytes: [UInt8]
    /// Graphviz's warnings, one message each, without the `Warning:` prefix.
    public var warnings: [String]

    /// A rendering of `bytes` with `warnings`.
    public init(bytes: [UInt8], warnings: [String]) {
        self.bytes = bytes
        self.warnings = warnings
    }
}

/// Messages Graphviz reported during the current call. Touched only on the
/// Graphviz thread.
nonisolated(unsafe) private var capturedText = ""

/// Graphviz hands a message to the error function in pieces (`Warning`, `: `, the
/// text ending in a line break): they are joined here and split into messages after
/// the call (``GraphvizSession/messages()``).
private let captureMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text { capturedText += String(cString: text) }
    return 0
}

/// The Graphviz context, created once on the Graphviz thread and kept for the
/// life of the process (it holds the loaded plugins).
private final class GraphvizSession: @unchecked Sendable {
    static let current = GraphvizSession()

    private let context: OpaquePointer?

    private init() {
        _ = agseterrf(captureMessage)
        context = gvContext()
    }

    /// The messages captured so far, one per line, blank lines dropped.
    private func messages() -> [String] {
        capturedText.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Renders with the process's standard error captured: Graphviz's cairo plugin
    /// reports some failures with `fprintf(stderr, "cairo: …")` instead of `agerr`
    /// ("cairo: out of memory", which drops labels from a PDF) and its warnings the
    /// same way ("graph is too large for cairo-renderer bitmaps. Scaling by … to fit").
    /// `cairo:` lines make the render fail, other lines of Graphviz's plugins and of
    /// Pango, GLib or Fontconfig become warnings; any other line written meanwhile
    /// (another thread's output, a progress line) is passed on to standard error.
    func render(dot: String, layout: String, format: String) -> Result<Rendering, RenderError> {
        let captured = StandardErrorCapture()
        let result = renderReportingThroughAgerr(dot: dot, layout: layout, format: format)
        var errors: [String] = [], warnings: [String] = [], others = ""
        for line in captured.finish().split(separator: "\n") {
            var text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            // Only Graphviz's plugins and the libraries they use count: the cairo plugin's
            // lines ("cairo: …", and "(null): …", naming the program it runs in, none here),
            // Graphviz's own prefixes, Pango/GLib/Fontconfig messages. Anything else (a
            // progress line, another thread's output) is passed on.
            let graphviz = ["cairo:", "(null): ", "Warning: ", "Error: ", "Error - ", "Fontconfig "].contains { text.hasPrefix($0) }
                || text.contains("Pango-") || text.contains("GLib-") || text.contains("Gdk-") || text.contains("cairo")
            guard graphviz, !line.contains("\r"), !line.contains("\u{1B}") else { others += line + "\n"; continue }
            if text.hasPrefix("(null): ") { text.removeFirst("(null): ".count) }
            if text.hasPrefix("Warning: ") { text.removeFirst("Warning: ".count) }
            if text.hasPrefix("cairo:") { errors.append(text) } else { warnings.append(text) }
        }
        if !others.isEmpty { FileHandle.standardError.write(Data(others.utf8)) }
        switch result {
        case .failure(var error):
            error.messages += errors + warnings
            return .failure(error)
        case .success(var rendering):
            guard errors.isEmpty else { return .failure(RenderError(stage: .render, messages: rendering.warnings + errors + warnings)) }
            rendering.warnings += warnings
            return .success(rendering)
        }
    }

    /// Parses, lays out and renders, with the messages `agerr` reported.
    private func renderReportingThroughAgerr(dot: String, layout: String, format: String) -> Result<Rendering, RenderError> {
        capturedText = ""
        _ = agreseterrors()
        var capturedMessages: [String] { messages() }
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
        let warnings = capturedMessages.map { $0.hasPrefix("Warning: ") ? String($0.dropFirst("Warning: ".count)) : $0 }
        return .success(Rendering(bytes: bytes, warnings: warnings))
    }
}
