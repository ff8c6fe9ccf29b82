import MaillageSupport

/// Where a dataset was read from, so that every figure can be traced: the path given,
/// the SHA-256 fingerprint of its content, whether contact details were removed, and
/// what the loader said while reading it.
public struct DatasetOrigin: Sendable, Hashable {
    /// The dataset's path (a folder or a file), as standardised by the loader.
    public var path: String
    /// SHA-256 fingerprint of the dataset's content.
    public var fingerprint: String
    /// Websites, e-mail addresses and phone numbers were removed (`--redact`).
    public var redacted: Bool
    /// The date the dataset was taken at (``Dataset/asOf(_:)``, `--at`); nil for the whole dataset.
    public var asOf: PartialDate?
    /// The dataset's aliases table (alias → id): identity choices made explicit.
    public var aliases: [DatasetAlias]
    /// Actors the loader located in their département by their postal code or INSEE
    /// code, the dataset having no territories table (0 otherwise).
    public var actorsLocatedByCode: Int
    /// The loader's warnings, each with its place (« reponses.csv:2:1: avertissement: lu
    /// comme un export SurveyMonkey… »): how it read what the dataset left implicit (a
    /// form's layout, names spelled two ways, pairs named by one side only) and what it
    /// left unread. The figures depend on these readings, so a report shows them.
    public var readingWarnings: [LocalizedText]

    public init(path: String, fingerprint: String, redacted: Bool = false, asOf: PartialDate? = nil, aliases: [DatasetAlias] = [],
                actorsLocatedByCode: Int = 0, readingWarnings: [LocalizedText] = []) {
        self.path = path
        self.fingerprint = fingerprint
        self.redacted = redacted
        self.asOf = asOf
        self.aliases = aliases
        self.actorsLocatedByCode = actorsLocatedByCode
        self.readingWarnings = readingWarnings
    }

    /// The last component of ``path``: what a page meant to be sent names (not the full path).
    public var name: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
