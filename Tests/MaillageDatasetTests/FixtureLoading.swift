import Foundation
@testable import MaillageDataset

/// The folder of a loader fixture.
func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
}

/// Loads a fixture folder.
func loadFixture(_ name: String, options: LoadOptions = LoadOptions()) -> DatasetLoadResult {
    DatasetLoader.load(folder: fixture(name), options: options)
}

extension DatasetLoadResult {
    /// The diagnostics as printed, for readable assertions.
    var printed: [String] { diagnostics.map(\.description) }
}
