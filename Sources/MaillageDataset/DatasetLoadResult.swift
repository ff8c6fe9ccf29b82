import MaillageModel

/// What loading a dataset folder produced.
public struct DatasetLoadResult: Sendable {
    /// The dataset, when it could be built (it may still carry warnings).
    /// Nil when any error was found: no analysis runs on a dataset with errors.
    public var dataset: Dataset?
    /// Every problem found, errors and warnings, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// A fingerprint of the files read (SHA-256 over their names and bytes), so a
    /// figure can be traced to the exact data that produced it.
    public var fingerprint: String
    /// The aliases table's entries (alias → id), in table order: identity choices made
    /// explicit, for the outputs' `meta`. Empty without such a table.
    public var aliases: [DatasetAlias] = []
    /// Actors that are likely one, kept apart (listed as warnings, at most 20 of a
    /// kind): every pair, as the aliases-table entry that would merge it (the later
    /// spelling as `alias`, the first as `id`), for ``AliasesDraft``. Empty when actors
    /// have explicit ids.
    public var likelyDuplicates: [DatasetAlias] = []
    /// Actors located in their département by their postal code or INSEE code (no
    /// territories table): the origin of those territories, for the outputs' `meta`.
    public var actorsLocatedByCode = 0

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
    /// How many errors were found, those left out of ``diagnostics`` as repeats of one
    /// kind included (the count « 835 erreurs », not the 21 lines listed).
    public var errorCount: Int { diagnostics.reduce(0) { $0 + ($1.severity == .error ? $1.problems : 0) } }
    /// How many warnings were found, those left out of ``diagnostics`` as repeats included.
    public var warningCount: Int { diagnostics.reduce(0) { $0 + ($1.severity == .warning ? $1.problems : 0) } }
}
