import Foundation
import MaillageDataset

/// The folder of a loader fixture: `Tests/Fixtures/<name>` (`malformed-corpus/<class>`
/// for the malformed corpus).
public func fixture(_ name: String) -> URL {
    Repository.fixtures.appendingPathComponent(name)
}

/// Loads a fixture folder.
public func loadFixture(_ name: String, options: LoadOptions = LoadOptions()) -> DatasetLoadResult {
    DatasetLoader.load(folder: fixture(name), options: options)
}

extension DatasetLoadResult {
    /// The diagnostics as printed, for readable assertions.
    public var printed: [String] { diagnostics.map(\.description) }
}
