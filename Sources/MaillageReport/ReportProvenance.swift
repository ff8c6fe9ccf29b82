/// Where a report's figures come from, shown in its "source" section so that a
/// figure can always be traced: the dataset, its fingerprint, the program and the
/// parameters (the same facts as the `meta` object of JSON outputs).
public struct ReportProvenance: Sendable {
    /// Maillage's version.
    public var maillageVersion: String
    /// The dataset folder's name (not its full path: the page is meant to be sent).
    public var datasetFolder: String
    /// SHA-256 fingerprint of the dataset's files.
    public var fingerprint: String
    /// The scope filters applied before analysis, in words ("territoire CA du Boulonnais"); empty for the whole dataset.
    public var scope: [String]
    /// The parameters, as (key, value) pairs in the order shown (`projection`, `level`, `method`…).
    public var parameters: [(key: String, value: String)]
    /// How the loader read the data where the dataset left it implicit, in words (the
    /// départements taken from postal codes, the names merged by the aliases table);
    /// empty when nothing was implied.
    public var readingNotes: [String] = []
    /// The loader's warnings, as `maillage validate` prints them (`DatasetOrigin.readingWarnings`).
    public var readingWarnings: [String] = []

    public init(maillageVersion: String, datasetFolder: String, fingerprint: String, scope: [String] = [],
                parameters: [(key: String, value: String)] = []) {
        self.maillageVersion = maillageVersion
        self.datasetFolder = datasetFolder
        self.fingerprint = fingerprint
        self.scope = scope
        self.parameters = parameters
    }
}
