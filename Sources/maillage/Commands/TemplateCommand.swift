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
        abstract: helpText(
            "Écrit un modèle à remplir : classeur .xlsx et .ods (feuilles acteurs, coopérations, participations, territoires, Lisez-moi, listes déroulantes) et fichiers CSV.",
            "Writes a template to fill in: .xlsx and .ods workbooks (sheets acteurs, coopérations, participations, territoires, Lisez-moi, drop-down lists) and CSV files."),
        discussion: helpText("""
        Écrit DIR/modele-maillage.xlsx, DIR/modele-maillage.ods et DIR/csv/ (acteurs.csv, cooperations.csv, \
        participations.csv, territoires.csv : UTF-8 avec indicateur d'ordre des octets, points-virgules, comme Excel \
        en français les ouvre). Chaque table a deux lignes d'exemple ; le modèle se charge tel qu'il est écrit : \
        `maillage validate DIR/modele-maillage.xlsx`. Un nom finissant par .xlsx ou .ods écrit ce classeur seul \
        (`maillage template adherents.xlsx`). Les fichiers existants ne sont jamais écrasés, sauf avec --force.
        """, """
        Writes DIR/modele-maillage.xlsx, DIR/modele-maillage.ods and DIR/csv/ (acteurs.csv, cooperations.csv, \
        participations.csv, territoires.csv: UTF-8 with a byte-order mark, semicolons, as Excel in French opens them). \
        Each table has two example rows; the template loads as written: `maillage validate DIR/modele-maillage.xlsx`. \
        A name ending in .xlsx or .ods writes that workbook alone (`maillage template adherents.xlsx`). \
        Existing files are never overwritten unless --force is given.
        """))

    @Argument(help: .localized(
        "Le dossier où écrire le modèle (créé au besoin), ou un nom de fichier finissant par .xlsx ou .ods pour ce classeur seul. Par défaut : modele-maillage.",
        "Folder to write the template into (created if needed), or a file name ending in .xlsx or .ods for that workbook alone. Default: modele-maillage."))
    var directory: String = DatasetTemplate.workbookName

    @Flag(help: .localized("Écraser les fichiers du modèle quand ils existent déjà.", "Overwrite the template's files when they already exist."))
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
        let pathExtension = folder.pathExtension.lowercased()
        if pathExtension == "csv" {
            throw CommandFailure(l.pick(
                "le modèle CSV compte quatre fichiers (acteurs, coopérations, participations, territoires) : donnez un dossier, par exemple « maillage template \(folder.deletingPathExtension().lastPathComponent) », ou un nom en .xlsx ou .ods pour le classeur seul",
                "the CSV template is four files (actors, cooperations, memberships, territories): give a folder, e.g. \"maillage template \(folder.deletingPathExtension().lastPathComponent)\", or a name ending in .xlsx or .ods for the workbook alone"))
        }
        if pathExtension == "xlsx" || pathExtension == "ods",
           let workbook = files.first(where: { URL(fileURLWithPath: $0.path).pathExtension == pathExtension }) {
            // The workbook alone, at the name given (a user typing `template adherents.xlsx`
            // wants that file, not a folder of that name).
            if !force, FileManager.default.fileExists(atPath: folder.path) {
                throw CommandFailure(l.pick(
                    "refus d'écraser \(directory) (un modèle déjà rempli ?) : choisissez un autre nom ou ajoutez --force",
                    "refusing to overwrite \(directory) (a template already filled in?): pick another name or add --force"))
            }
            try AtomicFile.write(Data(workbook.bytes), to: folder)
            printError(l.pick("modèle écrit : ", "template written: ") + folder.relativePathFromCurrentDirectory)
            return
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
