/// How a dataset folder is read.
public struct LoadOptions: Sendable, Equatable {
    /// The encoding of the CSV files: detected per file by default.
    public var encoding: TextEncoding

    public init(encoding: TextEncoding = .auto) {
        self.encoding = encoding
    }
}
