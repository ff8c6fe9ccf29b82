import ArgumentParser
import Foundation
import MaillageDataset
import MaillageModel
import MaillageWorkbook

/// `maillage template [DIR]`: writes a ready-to-fill dataset — a workbook as `.xlsx`
/// and `.ods` (four sheets, « Lisez-moi », drop-down lists) and the same tables as CSV
/// files — that passes `maillage validate` as written (``DatasetTemplate``); with
/// `--from DATASET`, the same files filled with that dataset.
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
        (`maillage template adherents.xlsx`). Avec --from JEU, le modèle est rempli avec ce jeu de données au lieu des \
        lignes d'exemple (`maillage template propre.xlsx --from suivi.xlsx`) : la liste telle que Maillage l'a lue, dans \
        son format, à tenir à jour ensuite. Les fichiers existants ne sont jamais écrasés, sauf avec --force, et jamais \
        le jeu de données lu.
        """, """
        Writes DIR/modele-maillage.xlsx, DIR/modele-maillage.ods and DIR/csv/ (acteurs.csv, cooperations.csv, \
        participations.csv, territoires.csv: UTF-8 with a byte-order mark, semicolons, as Excel in French opens them). \
        Each table has two example rows; the template loads as written: `maillage validate DIR/modele-maillage.xlsx`. \
        A name ending in .xlsx or .ods writes that workbook alone (`maillage template adherents.xlsx`). \
        With --from DATASET, the template is filled with that dataset instead of the example rows \
        (`maillage template clean.xlsx --from list.xlsx`): the list as Maillage read it, in its format, to keep up \
        from then on. Existing files are never overwritten unless --force is given, and the dataset read never.
        """))

    @Argument(help: .localized(
        "Le dossier où écrire le modèle (créé au besoin), ou un nom de fichier finissant par .xlsx ou .ods pour ce classeur seul. Par défaut : modele-maillage.",
        "Folder to write the template into (created if needed), or a file name ending in .xlsx or .ods for that workbook alone. Default: modele-maillage."))
    var directory: String = DatasetTemplate.workbookName

    @Flag(help: .localized("Écraser les fichiers du modèle quand ils existent déjà.", "Overwrite the template's files when they already exist."))
    var force = false

    @Option(name: .customLong("from"), help: .localized(
        "Remplir le modèle avec ce jeu de données (un classeur, un dossier, un fichier CSV… tout ce que Maillage lit) au lieu des lignes d'exemple : la liste telle que Maillage l'a lue, au format du modèle, à tenir à jour ensuite ; les types et formes inconnus restent vides, à compléter.",
        "Fill the template with this dataset (a workbook, a folder, a CSV file… anything Maillage reads) instead of the example rows: the list as Maillage read it, in the template's format, to keep up from then on; unknown kinds and forms are left empty, to fill in.",
        valueName: "DATASET"))
    var from: String?

    @Option(help: DatasetOptions.encodingHelp)
    var encoding: TextEncoding = .auto

    @Flag(help: DatasetOptions.quietHelp)
    var quiet = false

    @OptionGroup var lang: LanguageOption

    func run() throws {
        let l = lang.language
        let folder = URL(fileURLWithPath: directory)
        var files: [(path: String, bytes: [UInt8])]
        var filledWith: String?
        do {
            if let from {
                let source = URL(fileURLWithPath: from)
                // Never over the dataset it is made from: the user's own file.
                if source.standardizedFileURL.resolvingSymlinksInPath() == folder.standardizedFileURL.resolvingSymlinksInPath() {
                    throw CommandFailure(l.pick(
                        "refus d'écrire sur \(from), le jeu de données lu : donnez un autre nom, par exemple « maillage template \(source.deletingPathExtension().lastPathComponent)-maillage.xlsx --from \(from) »",
                        "refusing to write over \(from), the dataset read: give another name, e.g. \"maillage template \(source.deletingPathExtension().lastPathComponent)-maillage.xlsx --from \(from)\""))
                }
                let loaded = try DatasetOptions.load(folder: source, encoding: encoding, quiet: quiet)
                files = try DatasetTemplate.files(filledWith: loaded.dataset, name: DatasetTemplate.workbookName)
                let d = loaded.dataset
                filledWith = [l.count(d.actors.count, l.pick("acteur", "actor"), l.pick("acteurs", "actors")),
                              l.count(d.cooperations.count, l.pick("coopération", "cooperation"), l.pick("coopérations", "cooperations")),
                              l.count(d.memberships.count, l.pick("participation", "membership"), l.pick("participations", "memberships")),
                              l.count(d.territories.count, l.pick("territoire", "territory"), l.pick("territoires", "territories"))]
                    .joined(separator: ", ") + l.pick(" de ", " of ") + from
            } else {
                files = try DatasetTemplate.files()
            }
        } catch let error as WorkbookError {
            throw CommandFailure(l.text(error.text))
        }
        let written = filledWith.map { l.pick("jeu de données écrit au format du modèle (\($0)) : ", "dataset written in the template's format (\($0)): ") }
            ?? l.pick("modèle écrit : ", "template written: ")
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
            printError(written + folder.relativePathFromCurrentDirectory)
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
        printError(written + files.map { folder.appendingPathComponent($0.path).relativePathFromCurrentDirectory }.joined(separator: ", "))
    }
}
