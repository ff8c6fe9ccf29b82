import MaillageSupport
import MaillageModel
import Foundation

/// Reading one CSV file of a dataset: its bytes (``fetch(_:in:diagnostics:)``), then
/// its cells (``parse(_:encoding:file:diagnostics:)``).
///
/// The file must be a regular file (not a folder, device or pipe), readable, and
/// under ``CSVReader/maximumByteCount``. Its bytes must decode as the chosen
/// encoding with no control character (``TextScreening``) and parse as CSV
/// (``CSVReader``); what fails is reported here, located by line and column.
enum CSVFile {
    /// What fetching a dataset file gave: nothing (absent), a failure already reported,
    /// or its bytes as stored.
    enum Fetched {
        case missing
        case unusable
        case bytes([UInt8])
    }

    /// A device, pipe or socket where a CSV file was expected.
    static let notRegular = LocalizedText(
        fr: "n'est pas un fichier ordinaire (un périphérique, un tube ou une socket) : un fichier de jeu de données doit être un fichier CSV",
        en: "is not a regular file (a device, pipe or socket): a dataset file must be a CSV file")

    /// Reads the bytes of `file` in `folder`.
    static func fetch(_ file: String, in folder: URL, diagnostics: inout [Diagnostic]) -> Fetched {
        let url = folder.appendingPathComponent(file)
        switch TextScreening.kind(ofFileAt: url.path) {
        case .missing: return .missing
        case .folder:
            diagnostics.append(.error(LocalizedText(fr: "est un dossier, pas un fichier CSV", en: "is a folder, not a CSV file"), file: file))
            return .unusable
        case .other:
            diagnostics.append(.error(notRegular, file: file))
            return .unusable
        case .regular: break
        }
        switch TextScreening.contents(ofFileAt: url.path) {
        case .success(let bytes):
            guard bytes.count <= CSVReader.maximumByteCount else {
                diagnostics.append(.error(LocalizedText(fr: "dépasse 4 Gio : trop gros pour un fichier de jeu de données", en: "is over 4 GiB: too large for a dataset file"), file: file))
                return .unusable
            }
            return .bytes(bytes)
        case .failure(.system(let reason)):
            diagnostics.append(.error(LocalizedText(fr: "illisible : \(reason)", en: "cannot be read: \(reason)"), file: file))
        case .failure(.notRegular(.missing)):
            return .missing
        case .failure(.notRegular):
            // Replaced between the two looks: report it like the first look would have.
            diagnostics.append(.error(notRegular, file: file))
        }
        return .unusable
    }

    /// Decodes, screens and parses the bytes of a CSV file; nil when it cannot be used (reported).
    /// `placeholders`: whether cells that only say a value is missing read as empty
    /// (``PlaceholderCells``; not in a Kumu pair, read as written).
    static func parse(_ raw: [UInt8], encoding: TextEncoding, file: String, placeholders: Bool = true, diagnostics: inout [Diagnostic]) -> CSVGrid? {
        guard let bytes = TextScreening.decode(raw, as: encoding, file: file, diagnostics: &diagnostics) else { return nil }
        _ = TextScreening.checkCharacters(bytes, file: file, diagnostics: &diagnostics)
        _ = TextLimits.checkNoncharacters(bytes, file: file, diagnostics: &diagnostics)  // issue 19, item 7
        var document = CSVReader.read(bytes)
        for problem in document.problems {
            diagnostics.append(.error(problem.text, file: file, line: problem.line, column: problem.column))
        }
        // « NC », « - », « ? »: no value, read as an empty cell (``PlaceholderCells``).
        if placeholders { document = PlaceholderCells.blanked(document, file: file, diagnostics: &diagnostics) }
        return CSVGrid(document: document, endsWithBreak: bytes.last == 0x0A || bytes.last == 0x0D)
    }
}
