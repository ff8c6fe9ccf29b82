import MaillageSupport
import Foundation

/// The `meta` object every JSON output carries, so a figure can always be traced
/// to what produced it: Maillage's version, the dataset and its fingerprint, and
/// the command's parameters.
enum Meta {
    static let version = "0.1.0"

    static func json(command: String, dataset: LoadedDataset, parameters: [(String, JSONValue)] = []) -> JSONValue {
        .object([
            ("maillage", .string(version)),
            ("command", .string(command)),
            ("dataset", .object([
                ("name", .string(dataset.dataset.name)),
                ("path", .string(dataset.folder.standardizedFileURL.path)),
                ("sha256", .string(dataset.fingerprint)),
                ("redacted", .bool(dataset.redacted)),
            ])),
            ("parameters", .object(parameters)),
        ])
    }
}
