import Foundation

/// The committed NetworkX reference values (References/networkx/*.json, written by
/// References/make_references.py), read as plain JSON.
struct ReferenceFile {
    let name: String
    let json: [String: Any]

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = repositoryRoot.appendingPathComponent("References/networkx")

    /// File names (without `.json`) of every reference case, sorted.
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Dataset cases in projected mode (`<dataset>.<projection>`).
    static var projectedDatasetCases: [String] {
        names.filter { name in ["count", "newman", "jaccard"].contains { name.hasSuffix(".\($0)") } }
    }

    /// Dataset cases in bipartite mode.
    static var bipartiteDatasetCases: [String] { names.filter { $0.hasSuffix(".bipartite") } }

    init(_ name: String) throws {
        self.name = name
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("\(name).json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ReferenceError.malformed(name, "top level is not an object")
        }
        json = object
    }

    func string(_ key: String) throws -> String {
        guard let value = json[key] as? String else { throw ReferenceError.malformed(name, "no string \(key)") }
        return value
    }

    func strings(_ key: String) throws -> [String] {
        guard let value = json[key] as? [String] else { throw ReferenceError.malformed(name, "no string list \(key)") }
        return value
    }

    /// The `edges` list as (u, v, weight).
    func edges() throws -> [(String, String, Double)] {
        guard let list = json["edges"] as? [[Any]] else { throw ReferenceError.malformed(name, "no edges") }
        return try list.map { edge in
            guard edge.count == 3, let u = edge[0] as? String, let v = edge[1] as? String,
                  let w = (edge[2] as? NSNumber)?.doubleValue else { throw ReferenceError.malformed(name, "bad edge \(edge)") }
            return (u, v, w)
        }
    }

    /// The dataset folder the case was computed on.
    func datasetFolder() throws -> URL { Self.repositoryRoot.appendingPathComponent(try string("dataset")) }
}

enum ReferenceError: Error, CustomStringConvertible {
    case malformed(String, String)
    var description: String {
        switch self { case .malformed(let file, let why): "\(file).json: \(why)" }
    }
}

/// |a − b| / max(|a|, |b|), 0 when both are 0.
func relativeError(_ a: Double, _ b: Double) -> Double {
    let scale = max(abs(a), abs(b))
    return scale == 0 ? 0 : abs(a - b) / scale
}
