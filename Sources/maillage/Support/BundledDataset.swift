import Foundation

/// Finds the dataset bundled with Maillage (`Datasets/pas-de-calais-2015`),
/// wherever the command is run from.
enum BundledDataset {
    /// The bundled dataset's folder name.
    static let name = "pas-de-calais-2015"

    /// Places looked at, in order: `$MAILLAGE_HOME/Datasets`, the folders above the
    /// executable (a build inside the repository), and the source tree it was built from.
    static func candidates() -> [URL] {
        var roots: [URL] = []
        if let home = ProcessInfo.processInfo.environment["MAILLAGE_HOME"], !home.isEmpty {
            roots.append(URL(fileURLWithPath: home))
        }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            roots.append(dir)
            dir.deleteLastPathComponent()
        }
        // Sources/maillage/Support/BundledDataset.swift → repository root.
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { source.deleteLastPathComponent() }
        roots.append(source)
        return roots.map { $0.appendingPathComponent("Datasets").appendingPathComponent(name) }
    }

    /// The bundled dataset's folder, or an error saying where it was looked for.
    static func locate() throws -> URL {
        let all = candidates()
        for candidate in all {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue,
               FileManager.default.fileExists(atPath: candidate.appendingPathComponent("memberships.csv").path) {
                return candidate
            }
        }
        let places = Array(Set(all.map(\.path))).sorted().joined(separator: "\n  ")
        throw CommandFailure(
            "le jeu de données fourni Datasets/\(name) manque ; donnez un dossier de jeu de données (maillage COMMANDE JEU) ou faites pointer MAILLAGE_HOME sur le dossier de Maillage. Cherché dans :\n  \(places)",
            "the bundled dataset Datasets/\(name) is missing; give a dataset folder (maillage COMMAND DATASET) or set MAILLAGE_HOME to the Maillage folder. Looked in:\n  \(places)")
    }
}
