import Foundation
import MaillageModel
import MaillageSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a dataset could not be written.
public struct DatasetWriteError: Error, Sendable, CustomStringConvertible {
    /// The file or folder concerned.
    public var path: String
    public var message: String

    public var description: String { "\(path): \(message)" }
}

/// Writes a `Dataset` as a dataset folder in the format of the DatasetFormat article of the documentation, the one
/// ``DatasetLoader`` reads.
///
/// - Files: `territories.csv`, `actors.csv`, `cooperations.csv`, `memberships.csv`
///   and `README.md` (the dataset's `provenance`). `memberships.csv` is always
///   written; a table with no rows and an empty provenance are not written, and a
///   file of that name already in the folder is removed, so the folder never mixes
///   two datasets.
/// - CSV: UTF-8 without BOM, comma-delimited, LF line ends, a header row with every
///   column of the schema in the order of the DatasetFormat article. A cell is quoted (RFC 4180,
///   inner quotes doubled) when it holds a comma, semicolon, quote, line break, or
///   leading or trailing spaces or tabs. Multi-valued cells (`territories`) join their
///   values with `|`. Controlled values are written as the dataset vocabulary
///   (`tete_de_reseau`, `en_construction`); `unknown` kinds and forms as empty cells.
/// - Atomicity: each file is written by `OutputFile` (MaillageSupport) to a temporary
///   file beside it, then renamed over the target, so a failure never leaves half a file. (The folder as a whole is not
///   replaced atomically: a failure between two files leaves the earlier ones new.)
/// - Speed: each file's text is built in one byte buffer, without per-cell Foundation
///   formatting; 200,000 actors and their memberships are written in well under a second.
///
/// Round trip: ``DatasetLoader/load(folder:options:)`` on the written folder gives back
/// the same actors, cooperations, memberships, territories and provenance, in the same
/// order, with no diagnostic — for any dataset whose strings have no surrounding
/// spaces (the loader trims cells), whose multi-valued cells hold no `|` and no empty
/// value, and whose line breaks inside cells are `\n` (the loader reads `\r\n` inside
/// a quoted cell as `\n`). The loader names the dataset after the folder.
///
/// ```swift
/// try DatasetWriter.write(dataset, to: URL(fileURLWithPath: "synthese"))
/// let back = DatasetLoader.load(folder: URL(fileURLWithPath: "synthese"))
/// ```
public enum DatasetWriter {
    /// Writes `dataset` into `folder`, creating the folder (and its parents) if needed.
    /// - Throws: ``DatasetWriteError`` when a value cannot be represented (a `|` or an
    ///   empty value inside a multi-valued cell, an empty id) or a file cannot be written.
    /// - Complexity: O(size of the written text).
    public static func write(_ dataset: Dataset, to folder: URL) throws {
        try validate(dataset)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DatasetWriteError(path: folder.path, message: "cannot create the folder: \(error.localizedDescription)")
        }
        try writeOrRemove(territoriesCSV(dataset), name: "territories.csv", in: folder, keep: !dataset.territories.isEmpty)
        try writeOrRemove(actorsCSV(dataset), name: "actors.csv", in: folder, keep: !dataset.actors.isEmpty)
        try writeOrRemove(cooperationsCSV(dataset), name: "cooperations.csv", in: folder, keep: !dataset.cooperations.isEmpty)
        try writeOrRemove(membershipsCSV(dataset), name: "memberships.csv", in: folder, keep: true)
        try writeOrRemove(Array(dataset.provenance.utf8), name: "README.md", in: folder, keep: !dataset.provenance.isEmpty)
    }

    // MARK: - Tables

    /// The text of `territories.csv`.
    public static func territoriesCSV(_ dataset: Dataset) -> [UInt8] {
        var out = CSVBuffer(capacity: 64 * dataset.territories.count + 64)
        let placed = dataset.territories.contains { $0.coordinate != nil || $0.insee != nil }  // issue 17: only when given
        out.header(["id", "name", "level", "parent"] + (placed ? ["lat", "lon", "insee"] : []))
        for t in dataset.territories {
            out.cell(t.id); out.comma()
            out.cell(t.name); out.comma()
            out.cell(t.level.rawValue); out.comma()
            out.cell(t.parent ?? "")
            if placed { out.comma(); place(t.coordinate, t.insee, into: &out) }
            out.newline()
        }
        return out.bytes
    }

    /// The text of `actors.csv`.
    public static func actorsCSV(_ dataset: Dataset) -> [UInt8] {
        var out = CSVBuffer(capacity: 120 * dataset.actors.count + 64)
        let dated = dataset.isDated  // issue 16: date columns only in a dated dataset
        let placed = dataset.actors.contains { $0.coordinate != nil || $0.insee != nil }  // issue 17: only when given
        let registered = dataset.actors.contains { $0.siret != nil || $0.siren != nil || $0.rna != nil }  // likewise
        let employing = dataset.actors.contains { $0.employees != nil }  // likewise: « 12 », « 10-19 », « 10000+ »
        // A legal unit's headcount in a column of its own, so that reading the file back shares it again.
        let unitEmploying = dataset.actors.contains { $0.employees?.legalUnit != nil }
        let counted = dataset.actors.contains { $0.fullTimeEquivalents != nil }  // full-time equivalents, « 12.5 »
        out.header(["id", "name", "kind", "legal_form", "sector", "territories", "website"] + (dated ? ["founded", "closed"] : [])
                   + (placed ? ["lat", "lon", "insee"] : []) + (registered ? ["siret", "siren", "rna"] : [])
                   + (employing ? ["employees", "employees_year"] : []) + (unitEmploying ? ["legal_unit_employees"] : [])
                   + (counted ? ["fte"] : []))
        for a in dataset.actors {
            out.cell(a.id); out.comma()
            out.cell(a.name); out.comma()
            out.cell(a.kind == .unknown ? "" : a.kind.rawValue); out.comma()
            out.cell(a.legalForm); out.comma()
            out.cell(a.sector); out.comma()
            out.multiCell(a.territories); out.comma()
            out.cell(a.website)
            if dated { out.comma(); out.cell(a.founded?.description ?? ""); out.comma(); out.cell(a.closed?.description ?? "") }
            if placed { out.comma(); place(a.coordinate, a.insee, into: &out) }
            if registered { out.comma(); out.cell(a.siret ?? ""); out.comma(); out.cell(a.siren ?? ""); out.comma(); out.cell(a.rna ?? "") }
            if employing {
                let own = a.employees?.legalUnit == nil
                out.comma(); out.cell(own ? a.employees?.code ?? "" : ""); out.comma(); out.cell(a.employees?.year.map(String.init) ?? "")
                if unitEmploying { out.comma(); out.cell(own ? "" : a.employees?.code ?? "") }
            }
            if counted { out.comma(); out.cell(a.fullTimeEquivalents.map(FullTimeEquivalentTotal.code) ?? "") }
            out.newline()
        }
        return out.bytes
    }

    /// Degrees with up to 7 decimals (about 1 cm), no exponent, no trailing zero.
    static func degrees(_ v: Double) -> String {
        var s = String(format: "%.7f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }

    /// The `lat`, `lon` and `insee` cells: degrees with up to 7 decimals (about 1 cm), no exponent.
    private static func place(_ c: GeoCoordinate?, _ insee: String?, into out: inout CSVBuffer) {
        out.cell(c.map { degrees($0.latitude) } ?? ""); out.comma()
        out.cell(c.map { degrees($0.longitude) } ?? ""); out.comma()
        out.cell(insee ?? "")
    }

    /// The text of `cooperations.csv`.
    public static func cooperationsCSV(_ dataset: Dataset) -> [UInt8] {
        var out = CSVBuffer(capacity: 220 * dataset.cooperations.count + 64)
        let dated = dataset.isDated
        out.header(["id", "name", "form", "sector", "territories", "declared_members", "status", "started", "summary", "source"]
                   + (dated ? ["ended"] : []))
        for c in dataset.cooperations {
            out.cell(c.id); out.comma()
            out.cell(c.name); out.comma()
            out.cell(c.form == .unknown ? "" : c.form.rawValue); out.comma()
            out.cell(c.sector); out.comma()
            out.multiCell(c.territories); out.comma()
            if let declared = c.declaredMembers { out.integer(declared) }
            out.comma()
            out.cell(c.status.rawValue); out.comma()
            out.cell(c.started?.description ?? ""); out.comma()
            out.cell(c.summary); out.comma()
            out.cell(c.source)
            if dated { out.comma(); out.cell(c.ended?.description ?? "") }
            out.newline()
        }
        return out.bytes
    }

    /// The text of `memberships.csv`.
    public static func membershipsCSV(_ dataset: Dataset) -> [UInt8] {
        var out = CSVBuffer(capacity: 28 * dataset.memberships.count + 64)
        let dated = dataset.isDated
        out.header(["cooperation", "actor", "role"] + (dated ? ["since", "until"] : []))
        for m in dataset.memberships {
            out.cell(m.cooperation); out.comma()
            out.cell(m.actor); out.comma()
            out.cell(m.role.rawValue)
            if dated { out.comma(); out.cell(m.since?.description ?? ""); out.comma(); out.cell(m.until?.description ?? "") }
            out.newline()
        }
        return out.bytes
    }

    // MARK: - Checks and files

    /// Rejects what the format cannot carry back.
    static func validate(_ dataset: Dataset) throws {
        func check(_ values: [String], file: String, id: String) throws {
            for value in values where value.isEmpty || value.utf8.contains(UInt8(ascii: "|")) {
                throw DatasetWriteError(
                    path: file, message: "\"\(id)\": a multi-valued cell cannot hold \(value.isEmpty ? "an empty value" : "\"|\" inside a value (\"\(value)\")")")
            }
        }
        for t in dataset.territories where t.id.isEmpty { throw DatasetWriteError(path: "territories.csv", message: "a territory has an empty id") }
        for a in dataset.actors {
            if a.id.isEmpty { throw DatasetWriteError(path: "actors.csv", message: "an actor has an empty id") }
            try check(a.territories, file: "actors.csv", id: a.id)
        }
        for c in dataset.cooperations {
            if c.id.isEmpty { throw DatasetWriteError(path: "cooperations.csv", message: "a cooperation has an empty id") }
            try check(c.territories, file: "cooperations.csv", id: c.id)
        }
        for m in dataset.memberships where m.actor.isEmpty || m.cooperation.isEmpty {
            throw DatasetWriteError(path: "memberships.csv", message: "a membership has an empty actor or cooperation")
        }
    }

    /// Writes `bytes` to `folder/name` atomically, or removes that file when `keep` is false.
    static func writeOrRemove(_ bytes: @autoclosure () -> [UInt8], name: String, in folder: URL, keep: Bool) throws {
        let target = folder.appendingPathComponent(name).path
        guard keep else {
            if FileManager.default.fileExists(atPath: target) {
                guard unlink(target) == 0 else {
                    throw DatasetWriteError(path: target, message: "cannot remove the stale file: \(errorText())")
                }
            }
            return
        }
        try writeAtomically(bytes(), to: target)
    }

    /// Writes `bytes` over `path` atomically (``OutputFile``: an unpredictable temporary
    /// file beside it, created `O_EXCL | O_NOFOLLOW`, renamed over it).
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        do {
            try OutputFile.write(bytes, to: path, datasetFile: true)
        } catch {
            throw DatasetWriteError(path: path, message: "cannot write: \(error.reason)")
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}

/// A growing UTF-8 buffer of CSV text.
struct CSVBuffer {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func header(_ columns: [String]) {
        for (i, column) in columns.enumerated() {
            if i > 0 { comma() }
            bytes.append(contentsOf: column.utf8)
        }
        newline()
    }

    @inline(__always) mutating func comma() { bytes.append(0x2C) }
    @inline(__always) mutating func newline() { bytes.append(0x0A) }

    /// Appends one cell, quoted when needed (``CSVQuoting``, without the formula guard:
    /// a dataset file loads back unchanged).
    mutating func cell(_ value: String) {
        CSVQuoting.append(value, to: &bytes, guardFormula: false)
    }

    /// Appends a multi-valued cell: the values joined with `|`.
    mutating func multiCell(_ values: [String]) {
        switch values.count {
        case 0: return
        case 1: cell(values[0])
        default: cell(values.joined(separator: "|"))
        }
    }

    /// Appends a non-negative or negative integer in decimal.
    mutating func integer(_ value: Int) {
        if value < 0 { bytes.append(0x2D) }
        var magnitude = value.magnitude
        var digits: [UInt8] = []
        repeat {
            digits.append(UInt8(truncatingIfNeeded: 0x30 + magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes.append(contentsOf: digits.reversed())
    }
}
