#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Dataset files must be in their dataset folder: a `README.md` or CSV file that is a
/// link to a file elsewhere (`/home/…/.ssh/id_rsa`, another project's data) is not
/// read, so that publishing a report never publishes a file the dataset only points at.
enum DatasetFileContainment {
    /// Why the dataset file at `path` may not be read — it resolves outside the folder
    /// that holds it — or nil when it is inside (or does not exist).
    static func outsideProblem(_ path: String) -> String? {
        guard let resolved = realPath(path) else { return nil }
        var folder = path
        if let slash = folder.lastIndex(of: "/") { folder = slash == folder.startIndex ? "/" : String(folder[..<slash]) } else { folder = "." }
        guard let resolvedFolder = realPath(folder) else { return nil }
        let prefix = resolvedFolder.hasSuffix("/") ? resolvedFolder : resolvedFolder + "/"
        if resolved.hasPrefix(prefix) { return nil }
        return "it is a link to \(resolved), outside the dataset folder, and is not read (a published report or map could "
            + "reveal that file); copy the file into the dataset folder if it belongs to the dataset"
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
