/// How a dataset folder is read.
public struct LoadOptions: Sendable, Equatable {
    /// The encoding of the CSV files.
    public var encoding: TextEncoding

    public init(encoding: TextEncoding = .utf8) {
        self.encoding = encoding
    }
}
