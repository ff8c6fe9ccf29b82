import MaillageSupport
import Foundation
import ZIPFoundation

/// The entries of a ZIP archive held in memory, read with the ``WorkbookLimits``.
///
/// Entries are only ever read into memory, never written to disk, and looked up by
/// the paths the workbook's own files name: a path that climbs out of the archive
/// (`../x`, `/etc/passwd`) is refused. Inflated sizes are counted as the bytes come,
/// whatever the archive declares, so a « zip bomb » stops at the limit.
final class ZipArchive {
    private let archive: Archive
    private var entries: [String: Entry] = [:]
    private let limits: WorkbookLimits
    private var inflated = 0

    init(_ bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookError) {
        self.limits = limits
        guard bytes.count >= 22, bytes.starts(with: [0x50, 0x4B]) else {
            throw WorkbookError(fr: "pas un classeur : le fichier n'est pas une archive ZIP (ce qu'est un fichier .xlsx ou .ods) ; a-t-il été renommé depuis un autre format ?", en: "not a workbook: the file is not a ZIP archive (an .xlsx or .ods file is one); was it renamed from another format?")
        }
        // ZIPFoundation trusts the directory's offsets (its in-memory reader traps on one
        // past the end): they are checked first.
        _ = try ZipDirectoryCheck.check(bytes, limits: limits)
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw WorkbookError(fr: "pas un classeur : l'archive ZIP est endommagée (\(error)) ; ouvrez-la et enregistrez-la de nouveau", en: "not a workbook: the ZIP archive is damaged (\(error)); open it and save it again")
        }
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.entries else {
                throw WorkbookError(fr: "refusé : l'archive compte plus de \(limits.entries) entrées ; un classeur en compte quelques dizaines", en: "refused: the archive holds more than \(limits.entries) entries; a workbook holds a few dozen")
            }
            if entries[entry.path] == nil { entries[entry.path] = entry }
        }
    }

    /// Whether the archive holds `path`.
    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The bytes of the entry at `path`, nil when there is none.
    /// - Throws: when inflating it would pass ``WorkbookLimits/inflatedBytes`` (in
    ///   total over the entries read), or when the entry is damaged.
    func read(_ path: String) throws(WorkbookError) -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        guard entry.type == .file else {
            throw WorkbookError(fr: "refusé : l'entrée d'archive « \(path) » est \(entry.type == .symlink ? "un lien symbolique" : "un dossier"), pas un fichier", en: "refused: the archive entry \"\(path)\" is a \(entry.type == .symlink ? "symbolic link" : "folder"), not a file")
        }
        var out: [UInt8] = []
        let limit = limits.inflatedBytes
        var total = inflated
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { data in
                total += data.count
                if total > limit { throw LimitExceeded() }
                out.append(contentsOf: data)
            }
        } catch is LimitExceeded {
            throw WorkbookError(
                fr: "refusé : le classeur décompressé dépasse \(limit >> 20) Mio (une « bombe de décompression », ou bien trop gros pour un jeu de données)",
                en: "refused: the workbook inflates to more than \(limit >> 20) MiB (a « zip bomb », or far too large for a dataset)")
        } catch {
            throw WorkbookError(fr: "pas un classeur : l'entrée d'archive « \(path) » est endommagée (\(error)) ; ouvrez le fichier et enregistrez-le de nouveau", en: "not a workbook: the archive entry \"\(path)\" is damaged (\(error)); open the file and save it again")
        }
        inflated = total
        return out
    }

    private struct LimitExceeded: Error {}

    /// `target` resolved against the folder `base` (both archive paths), refused when it
    /// leaves the archive. An absolute target (`/xl/worksheets/sheet1.xml`) starts at the root.
    static func resolve(_ target: String, from base: String) throws(WorkbookError) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for part in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else {
                    throw WorkbookError(fr: "refusé : le classeur renvoie à « \(target) », hors de l'archive", en: "refused: the workbook points to \"\(target)\", outside the archive")
                }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        if target.contains("\\") || target.contains(":") {
            throw WorkbookError(fr: "refusé : le classeur renvoie à « \(target) », hors de l'archive", en: "refused: the workbook points to \"\(target)\", outside the archive")
        }
        return parts.joined(separator: "/")
    }
}
