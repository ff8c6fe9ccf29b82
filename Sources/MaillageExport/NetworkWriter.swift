/// A writer of one export format (``GraphMLWriter``, ``GEXFWriter``, ``NodeLinkJSONWriter``,
/// ``EdgeListCSVWriter``, ``NodeTableCSVWriter``, ``KumuJSONWriter``, ``DOTWriter``): it writes an
/// ``AttributedNetwork`` piece by piece into any `TextOutputStream`, a `String` or a file
/// written in chunks (`OutputFile.stream(to:_:)` of MaillageSupport), so that a large
/// export is never held in memory whole.
public protocol NetworkWriter: Sendable {
    /// Writes the document into `out`, piece by piece.
    /// - Complexity: O(size of the output).
    func write<Output: TextOutputStream>(_ network: AttributedNetwork, to out: inout Output)
}

extension NetworkWriter {
    /// The whole document as one string (UTF-8 text ending with a newline).
    /// - Complexity: O(size of the output).
    public func write(_ network: AttributedNetwork) -> String {
        var text = ""
        write(network, to: &text)
        return text
    }
}
