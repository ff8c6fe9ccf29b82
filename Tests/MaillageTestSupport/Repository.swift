import Foundation

/// Places in the repository the tests read from, found from this file's path
/// (`Tests/MaillageTestSupport/Repository.swift`), so tests run from any directory.
public enum Repository {
    /// The repository root.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `relativePath` (from the repository root) as a URL.
    public static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    /// The dataset folders the tests load: `Tests/Fixtures/<name>` (loader cases, with
    /// the malformed corpus under `malformed-corpus/`).
    public static let fixtures = url("Tests/Fixtures")

    /// The committed NetworkX reference values, `References/networkx`.
    public static let networkXReferences = url("References/networkx")

    /// The bundled dataset, `Datasets/pas-de-calais-2015`.
    public static let bundledDataset = url("Datasets/pas-de-calais-2015")
}

/// The repository root (``Repository/root``).
public let repositoryRoot = Repository.root
