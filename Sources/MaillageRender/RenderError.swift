/// Why Graphviz could not turn a DOT document into an image.
public struct RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Stage: String, Sendable {
        /// The DOT text did not parse.
        case parse
        /// The layout engine failed (or is not installed).
        case layout
        /// The renderer for the format failed (or is not installed).
        case render
    }

    public var stage: Stage
    /// Graphviz's own messages, in order, without trailing newlines.
    public var messages: [String]

    public var description: String {
        let detail = messages.isEmpty ? "no message from Graphviz" : messages.joined(separator: "; ")
        switch stage {
        case .parse: return "Graphviz could not read the map description: \(detail)"
        case .layout: return "Graphviz could not lay out the map: \(detail)"
        case .render: return "Graphviz could not draw the map: \(detail)"
        }
    }
}
