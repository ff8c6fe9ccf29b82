import ArgumentParser
import Foundation
import MaillageDataset
import MaillageModel

/// `maillage template [DIR]`: writes a ready-to-fill dataset — a workbook as `.xlsx`
/// and `.ods` (four sheets, « Lisez-moi », drop-down lists) and the same tables as CSV
/// files — that passes `maillage validate` as written (``DatasetTemplate``).
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Écrit un modèle à remplir : classeur .xlsx et .ods (feuilles acteurs, coopérations, participations, territoires, Lisez-moi, listes déroulantes) et fichiers CSV.",
        discussion: """
        Writes DIR/modele-maillage.xlsx, DIR/modele-maillage.ods and DIR/csv/ (acteurs.csv, cooperations.csv, \
        participations.csv, territoires.csv: UTF-8 with a byte-order mark, semicolons, as Excel in French opens them). \
        Each table has two example rows; the template loads as written: `maillage validate DIR/modele-maillage.xlsx`. \
        Existing files are never overwritten unless --force is given.
        """)

    @Argument(help: "Folder to write the template into (created if needed). Default: modele-maillage.")
    var directory: String = DatasetTemplate.workbookName

    @Flag(help: "Overwrite the template's files when they already exist.")
    var force = false

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let l = lang.language
        let folder = URL(fileURLWithPath: directory)
        let files: [(path: String, bytes: [UInt8])]
        do {
            files = try DatasetTemplate.files()
        } catch {
            throw CommandFailure(l.text(error.text))
        }
        let targets = files.map { folder.appendingPathComponent($0.path) }
        if !force {
            let existing = targets.filter { FileManager.default.fileExists(atPath: $0.path) }
            if !existing.isEmpty {
                throw CommandFailure(l.pick(
                    "refus d'écraser \(existing.map(\.path).joined(separator: ", ")) (un modèle déjà rempli ?) : choisissez un autre dossier ou ajoutez --force",
                    "refusing to overwrite \(existing.map(\.path).joined(separator: ", ")) (a template already filled in?): pick another folder or add --force"))
            }
        }
        do {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(DatasetTemplate.csvFolder), withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(l.pick("impossible de créer \(folder.path) : ", "cannot create \(folder.path): ") + error.localizedDescription)
        }
        for (file, url) in zip(files, targets) { try AtomicFile.write(Data(file.bytes), to: url) }
        printError(l.pick("modèle écrit : ", "template written: ") + files.map { folder.appendingPathComponent($0.path).relativePathFromCurrentDirectory }.joined(separator: ", "))
    }
}
