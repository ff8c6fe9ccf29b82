import MaillageSupport
import Foundation
import ZIPFoundation

/// Builds a ZIP archive in memory, entries in the order added, with a fixed date so
/// that the same content always gives the same bytes.
struct ZipWriter {
    private var entries: [(path: String, bytes: [UInt8], compressed: Bool)] = []

    /// Adds an entry; `compressed: false` stores it as is (the `mimetype` of an
    /// OpenDocument file must be stored, and first).
    mutating func add(_ path: String, _ text: String, compressed: Bool = true) {
        entries.append((path, Array(text.utf8), compressed))
    }

    /// The archive's bytes.
    func archive() throws(WorkbookError) -> [UInt8] {
        // 2026-01-01, noon UTC: ZIP dates have no time zone and start in 1980.
        let date = Date(timeIntervalSince1970: 1_767_268_800)
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for entry in entries {
                let data = Data(entry.bytes)
                try archive.addEntry(
                    with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                    compressionMethod: entry.compressed ? .deflate : .none
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw WorkbookError(fr: "l'archive du classeur n'a pas pu être construite", en: "the workbook archive could not be built") }
            return [UInt8](data)
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(fr: "l'archive du classeur n'a pas pu être construite : \(error)", en: "the workbook archive could not be built: \(error)")
        }
    }
}
