/// How a dataset folder is read.
public struct LoadOptions: Sendable, Equatable {
    /// The encoding of the CSV files: detected per file by default.
    public var encoding: TextEncoding
    /// Whether the aliases table is ignored: every mention stays the id it is written
    /// as, to see what the dataset's identity choices change (`--no-aliases`).
    public var ignoresAliases: Bool
    /// Whether names written in capitals (« COMMUNAUTE EMMAUS D ARRAS », as SIRENE gives
    /// them) are kept so, rather than shown in the usual case (`--keep-capitals`).
    public var keepsCapitals: Bool

    public init(encoding: TextEncoding = .auto, ignoresAliases: Bool = false, keepsCapitals: Bool = false) {
        self.encoding = encoding
        self.ignoresAliases = ignoresAliases
        self.keepsCapitals = keepsCapitals
    }
}
