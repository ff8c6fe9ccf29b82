import Foundation
import MaillageModel
import MaillageWorkbook
import Testing
@testable import MaillageDataset

/// Excel 97–2003 workbooks (`.xls`): the fixtures `make_xls_workbooks.py` wrote with xlwt
/// read as their `.xlsx` twins do; broken, hostile and mislabelled files are refused with
/// what to do.
@Suite struct XLSWorkbookTests {
    static let workbooks = WorkbookLoadingTests.workbooks

    /// The Diois network saved as .xls loads to the same actors and memberships as the
    /// .xlsx openpyxl wrote, its dates read from their DD/MM/YYYY format, its hidden sheet
    /// not read.
    @Test func theDioisWorkbookReadsAsItsXLSXTwin() throws {
        let xls = DatasetLoader.load(folder: Self.workbooks.appendingPathComponent("diois-excel97.xls"))
        let xlsx = DatasetLoader.load(folder: Self.workbooks.appendingPathComponent("diois-openpyxl.xlsx"))
        #expect(!xls.hasErrors, "\(xls.printed)")
        let dataset = try #require(xls.dataset), twin = try #require(xlsx.dataset)
        #expect(dataset.actors == twin.actors)
        #expect(dataset.memberships.map { "\($0.cooperation) \($0.actor) \($0.role)" } == twin.memberships.map { "\($0.cooperation) \($0.actor) \($0.role)" })
        #expect(dataset.memberships.map { $0.since?.description ?? "" } == ["2019-02-01", "2020-03-01", "2021-04-01", "2022-05-01", "2023-06-01", "2024-07-01"])
        let workbook = try Workbook.read([UInt8](try Data(contentsOf: Self.workbooks.appendingPathComponent("diois-excel97.xls"))), format: .xls)
        #expect(workbook.sheets.map(\.name) == ["Lisez-moi", "Participations", "Acteurs", "Brouillon"])
        #expect(workbook.sheets.map(\.isHidden) == [false, false, false, true])
        #expect(workbook.sheets[0].cells.map(\.column) == [1, 2, 3, 4], "the merged title fills its range")
    }

    /// 400 rows of names outside Latin-1: shared strings 16 bits wide, split across
    /// CONTINUE records.
    @Test func longSharedStringsAcrossContinueRecords() throws {
        let result = DatasetLoader.load(folder: Self.workbooks.appendingPathComponent("partenariats-excel97.xls"))
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.memberships.count == 120, "400 rows, each pair three times and more")
        let workbook = try Workbook.read([UInt8](try Data(contentsOf: Self.workbooks.appendingPathComponent("partenariats-excel97.xls"))), format: .xls)
        #expect(workbook.sheets[0].cells.count == 401 * 3)
        #expect(dataset.cooperations.count == 40 && dataset.actors.count == 120)
        #expect(dataset.actors.contains { $0.name == "Structure 119 — œuvre sociale " + String(repeating: "x", count: 29) })
        #expect(dataset.cooperations.contains { $0.name == "Coopération n° 8 — cœur de projet « " + String(repeating: "é", count: 8) + " »" })
    }

    /// What else a file named .xls can be, and broken ones.
    @Test func mislabelledAndBrokenFilesSayWhatToDo() throws {
        let xls = [UInt8](try Data(contentsOf: Self.workbooks.appendingPathComponent("diois-excel97.xls")))
        let xlsx = [UInt8](try Data(contentsOf: Self.workbooks.appendingPathComponent("diois-openpyxl.xlsx")))
        func error(_ bytes: [UInt8], _ format: WorkbookFormat = .xls) -> String {
            do {
                _ = try Workbook.read(bytes, format: format)
                return "read"
            } catch {
                return error.text.en
            }
        }
        #expect(error(Array("<html><body><table><tr><td>Structure</td></tr></table>".utf8)).hasPrefix("this .xls file is a web page"))
        #expect(error(Array("Structure\tCoopération\n".utf8)).hasPrefix("this .xls file is not an Excel workbook"))
        #expect(error([0x09, 0x04, 0x06, 0x00, 0x00, 0x00]).hasPrefix("workbook too old (Excel 2 to 4)"))
        #expect(error(xlsx) == "read", "an .xlsx named .xls is read as one")
        #expect(error(xls, .xlsx) == "read", "an .xls named .xlsx is read as one")
        #expect(error(Array(xls.prefix(xls.count / 2))).hasPrefix("damaged Excel 97-2003 workbook"))
        // A FAT whose first chain loops on itself.
        var looping = xls
        let fatSector = Int(UInt32(looping[0x4C]) | UInt32(looping[0x4D]) << 8)
        let directory = Int(UInt32(looping[0x30]) | UInt32(looping[0x31]) << 8)
        let entry = (fatSector + 1) * 512 + 4 * directory
        looping[entry] = UInt8(directory & 0xFF); looping[entry + 1] = UInt8(directory >> 8); looping[entry + 2] = 0; looping[entry + 3] = 0
        #expect(error(looping).hasPrefix("damaged Excel 97-2003 workbook"))
    }

    /// A password-protected .xlsx (a compound file holding the encrypted package) is said
    /// to be one, with what to do, at the dataset's file.
    @Test func aPasswordProtectedWorkbookSaysSo() throws {
        let result = DatasetLoader.load(folder: Self.workbooks.appendingPathComponent("diois-mot-de-passe.xlsx"))
        #expect(result.dataset == nil)
        #expect(result.printed == [
            "diois-mot-de-passe.xlsx: error: password-protected workbook: Maillage cannot read it; save a copy without a password",
        ], "\(result.printed)")
    }

    /// Mangled .xls files: each read ends with a workbook or a WorkbookError, never a crash.
    @Test func mangledFilesNeverCrash() throws {
        let xls = [UInt8](try Data(contentsOf: Self.workbooks.appendingPathComponent("diois-excel97.xls")))
        var random = FuzzRandom(seed: 97_2003)
        for _ in 0..<400 {
            var bytes = xls
            for _ in 0..<(1 + random.below(12)) {
                let at = random.chance(0.5) ? random.below(512) : random.below(bytes.count)
                bytes[at] = UInt8(random.below(256))
            }
            if random.chance(0.2) { bytes.removeLast(random.below(bytes.count / 2)) }
            _ = try? Workbook.read(bytes, format: .xls)
        }
    }
}
