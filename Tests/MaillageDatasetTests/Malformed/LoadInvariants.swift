import Foundation
import MaillageModel
@testable import MaillageDataset

/// The properties every load must have, whatever the input: checked by the fuzz
/// tests and the corpus tests. Each returns the violations found (empty when none),
/// so a failure can say which input broke what.
enum LoadInvariants {
    /// The dataset files a diagnostic may name.
    static let fileNames: Set<String> = ["memberships.csv", "actors.csv", "cooperations.csv", "territories.csv", "README.md"]

    /// The length in characters of each physical line of `bytes` (LF, CRLF and CR end
    /// lines; a leading UTF-8 byte-order mark is not a character). Characters are UTF-8
    /// sequences when `utf8`, single bytes otherwise (Windows-1252).
    static func lineLengths(of bytes: [UInt8], utf8: Bool) -> [Int] {
        var lengths: [Int] = []
        var current = 0
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                lengths.append(current)
                current = 0
                if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else if !utf8 || b & 0xC0 != 0x80 {
                current += 1
            }
            i += 1
        }
        lengths.append(current)
        return lengths
    }

    /// Reader positions stay inside the document: problems, records (which follow one
    /// another) and cells, on lines that exist and columns within them.
    static func reader(_ document: CSVDocument, bytes: [UInt8]) -> [String] {
        let lengths = lineLengths(of: bytes, utf8: true)
        var violations: [String] = []
        func check(_ line: Int, _ column: Int, _ what: String) {
            guard line >= 1, line <= lengths.count else { violations.append("\(what): line \(line) outside 1...\(lengths.count)"); return }
            if column < 1 || column > lengths[line - 1] + 1 { violations.append("\(what): column \(column) outside 1...\(lengths[line - 1] + 1) on line \(line)") }
        }
        for p in document.problems { check(p.line, p.column, "problem \(p.message)") }
        var previous = 0
        for record in document.records {
            if record.line <= previous || record.endLine < record.line { violations.append("record lines \(record.line)...\(record.endLine) after \(previous)") }
            previous = record.endLine
            check(record.endLine, record.endColumn, "record end")
            for field in record.fields {
                check(field.line, field.column, "field")
                if field.line < record.line || field.line > record.endLine { violations.append("field line \(field.line) outside its record") }
            }
        }
        return violations
    }

    /// Diagnostics point inside the files they name: a file of the dataset (or the
    /// folder itself); line 0 with column 0 for a whole file, else 1 ≤ line ≤ the
    /// file's line count and 1 ≤ column ≤ that line's length + 1.
    static func positions(_ result: DatasetLoadResult, files: [String: [UInt8]], utf8: (String) -> Bool) -> [String] {
        var violations: [String] = []
        for d in result.diagnostics {
            guard !d.file.isEmpty else { violations.append("no file: \(d)"); continue }
            guard fileNames.contains(d.file) || d.file.hasPrefix("/") else { violations.append("unknown file: \(d)"); continue }
            if d.line == 0 {
                if d.column != 0 { violations.append("column without line: \(d)") }
                continue
            }
            guard let bytes = files[d.file] else { violations.append("a line in a file not written: \(d)"); continue }
            let lengths = lineLengths(of: bytes, utf8: utf8(d.file))
            guard d.line >= 1, d.line <= lengths.count else {
                violations.append("line \(d.line) outside 1...\(lengths.count): \(d)")
                continue
            }
            if d.column < 1 || d.column > lengths[d.line - 1] + 1 {
                violations.append("column \(d.column) outside 1...\(lengths[d.line - 1] + 1) on line \(d.line): \(d)")
            }
        }
        return violations
    }

    /// A dataset is given exactly when there is no error, and a given dataset holds the
    /// invariants documented on ``Dataset``.
    static func dataset(_ result: DatasetLoadResult) -> [String] {
        guard let dataset = result.dataset else {
            return result.hasErrors ? [] : ["no dataset, yet no error"]
        }
        var violations: [String] = []
        if result.hasErrors { violations.append("a dataset despite errors") }
        if Set(dataset.actors.map(\.id)).count != dataset.actors.count { violations.append("duplicate actor ids") }
        if Set(dataset.cooperations.map(\.id)).count != dataset.cooperations.count { violations.append("duplicate cooperation ids") }
        if Set(dataset.territories.map(\.id)).count != dataset.territories.count { violations.append("duplicate territory ids") }
        for m in dataset.memberships where dataset.actor(m.actor) == nil || dataset.cooperation(m.cooperation) == nil {
            violations.append("membership \(m) names an unknown actor or cooperation")
        }
        if Set(dataset.memberships.map { [$0.cooperation, $0.actor] }).count != dataset.memberships.count {
            violations.append("duplicate memberships")
        }
        for id in dataset.actors.flatMap(\.territories) + dataset.cooperations.flatMap(\.territories) where dataset.territory(id) == nil {
            violations.append("unknown territory \(id)")
        }
        for t in dataset.territories {
            if let p = t.parent, dataset.territory(p) == nil { violations.append("unknown parent \(p)") }
            // Walk up: a forest reaches a root within territories.count steps.
            var steps = 0
            var current = t.parent
            while let c = current, steps <= dataset.territories.count {
                current = dataset.territory(c)?.parent
                steps += 1
            }
            if steps > dataset.territories.count { violations.append("parent cycle through \(t.id)") }
        }
        for id in dataset.actors.map(\.id) + dataset.cooperations.map(\.id) + dataset.territories.map(\.id) where id.isEmpty {
            violations.append("empty id")
        }
        return violations
    }
}
