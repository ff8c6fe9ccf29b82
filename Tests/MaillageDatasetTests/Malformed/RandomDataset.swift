import Foundation
import MaillageModel
@testable import MaillageDataset

/// Random valid datasets for round trips: written as a folder of CSV files with
/// random delimiters, line ends, byte-order marks, quoting and column order, they
/// must load back equal, with no error.
///
/// Values respect what the format carries: no surrounding spaces (cells are
/// trimmed), no `|` in territory ids (the list separator), line breaks inside cells
/// as `\n`, non-empty names (an empty name reads as the id), no control character, no
/// value that only says it is missing (« - », « NC »: an empty cell, ``PlaceholderCells``).
enum RandomDataset {
    static func make(using random: inout FuzzRandom) -> Dataset {
        var used: Set<String> = []
        func freshID(excluding: Set<Character> = ["|"]) -> String {
            while true {
                let id = RandomText.trimmedText(using: &random, maximum: 4, excluding: excluding)
                if !PlaceholderCells.isPlaceholder(id), used.insert(id).inserted { return id }
            }
        }
        func text(maximum: Int? = nil) -> String {
            while true {
                let text = maximum.map { RandomText.trimmedText(using: &random, maximum: $0) } ?? RandomText.trimmedText(using: &random)
                if !PlaceholderCells.isPlaceholder(text) { return text }
            }
        }
        var territories: [Territory] = []
        for _ in 0..<random.below(6) {
            let parent = territories.isEmpty || random.chance(0.3) ? nil : random.pick(territories).id
            territories.append(Territory(
                id: freshID(excluding: ["|"]), name: text(),
                level: random.pick(TerritoryLevel.allCases), parent: parent))
        }
        func someTerritories() -> [String] {
            guard !territories.isEmpty else { return [] }
            var chosen: [String] = []
            for t in territories where random.chance(0.3) { chosen.append(t.id) }
            return chosen
        }
        var actors: [Actor] = []
        for _ in 0..<(1 + random.below(8)) {
            actors.append(Actor(
                id: freshID(), name: text(), kind: random.pick(ActorKind.datasetValues),
                legalForm: random.chance(0.5) ? text(maximum: 2) : "",
                sector: random.chance(0.5) ? text(maximum: 3) : "",
                territories: someTerritories(),
                website: random.chance(0.5) ? "https://" + random.pick(["a", "b-c", "d.e"]) + ".example.org/" + random.pick(["", "x?y=1&z=2", "é"]) : ""))
        }
        var cooperations: [Cooperation] = []
        for _ in 0..<(1 + random.below(5)) {
            cooperations.append(Cooperation(
                id: freshID(), name: text(), form: random.pick(CooperationForm.datasetValues),
                sector: random.chance(0.5) ? text(maximum: 3) : "",
                territories: someTerritories(), declaredMembers: random.chance(0.3) ? random.below(500) : nil,
                status: random.pick(CooperationStatus.allCases),
                started: random.chance(0.5) ? String(1990 + random.below(30)) : "",
                summary: random.chance(0.7) ? text(maximum: 12) : "",
                source: random.chance(0.5) ? text(maximum: 3) : ""))
        }
        var memberships: [Membership] = []
        for c in cooperations {
            for a in actors where random.chance(0.4) {
                memberships.append(Membership(cooperation: c.id, actor: a.id, role: random.pick(MembershipRole.allCases)))
            }
        }
        if memberships.isEmpty, let c = cooperations.first, let a = actors.first {
            memberships.append(Membership(cooperation: c.id, actor: a.id))
        }
        return Dataset(
            name: "random", actors: actors, cooperations: cooperations, memberships: memberships,
            territories: territories, provenance: "")
    }

    /// The files of `dataset`, each written with its own random writer and column order.
    static func files(of dataset: Dataset, using random: inout FuzzRandom) -> [String: [UInt8]] {
        func table(_ header: [String], _ rows: [[String]]) -> [UInt8] {
            let order = Array(header.indices).shuffled(using: &random)
            let writer = RFC4180Writer.random(using: &random)
            return writer.document([order.map { header[$0] }] + rows.map { row in order.map { row[$0] } })
        }
        var files: [String: [UInt8]] = [:]
        files["memberships.csv"] = table(
            ["cooperation", "actor", "role"], dataset.memberships.map { [$0.cooperation, $0.actor, $0.role.rawValue] })
        files["actors.csv"] = table(
            ["id", "name", "kind", "legal_form", "sector", "territories", "website"],
            dataset.actors.map { [$0.id, $0.name, $0.kind.rawValue, $0.legalForm, $0.sector, $0.territories.joined(separator: "|"), $0.website] })
        files["cooperations.csv"] = table(
            ["id", "name", "form", "sector", "territories", "declared_members", "status", "started", "summary", "source"],
            dataset.cooperations.map {
                [$0.id, $0.name, $0.form.rawValue, $0.sector, $0.territories.joined(separator: "|"),
                 $0.declaredMembers.map(String.init) ?? "", $0.status.rawValue, $0.started?.description ?? "", $0.summary, $0.source]
            })
        if !dataset.territories.isEmpty {
            files["territories.csv"] = table(
                ["id", "name", "level", "parent"], dataset.territories.map { [$0.id, $0.name, $0.level.rawValue, $0.parent ?? ""] })
        }
        return files
    }
}

/// A temporary dataset folder, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    /// Loads a dataset made of `files` (name → text), from a scratch folder removed after.
    static func load(_ files: [String: String], label: String) throws -> DatasetLoadResult {
        let folder = try ScratchFolder(label)
        defer { folder.remove() }
        try folder.write(files.mapValues { Array($0.utf8) })
        return DatasetLoader.load(folder: folder.url)
    }

    /// In memory (`/dev/shm`) when the system has it: fuzzing writes thousands of files.
    init(_ label: String) throws {
        var isDirectory: ObjCBool = false
        let base = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.isWritableFile(atPath: "/dev/shm")
            ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
        url = base.appendingPathComponent("maillage-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Replaces the folder's CSV files with `files` (plain POSIX writes: no flush to disk).
    func write(_ files: [String: [UInt8]]) throws {
        for name in ["memberships.csv", "actors.csv", "cooperations.csv", "territories.csv"] where files[name] == nil {
            unlink(url.appendingPathComponent(name).path)
        }
        for (name, bytes) in files {
            let path = url.appendingPathComponent(name).path
            unlink(path)  // a previous iteration may have left a folder or a link there
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
            defer { close(fd) }
            var offset = 0
            try bytes.withUnsafeBytes { buffer in
                while offset < buffer.count {
                    guard let base = buffer.baseAddress else { return }
                    let n = Foundation.write(fd, base + offset, buffer.count - offset)
                    guard n > 0 else { throw CocoaError(.fileWriteUnknown) }
                    offset += n
                }
            }
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
