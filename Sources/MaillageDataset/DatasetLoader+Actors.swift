import MaillageModel

extension LoaderRun {
    /// Reads `actors.csv`.
    /// `seen` receives each id with its position in the result.
    mutating func readActors(_ table: Table?, seen: inout [String: Int]) -> [Actor] {
        guard let table else { return [] }
        let file = table.schema.file
        let idColumn = table.column("id")
        var actors: [Actor] = []
        actors.reserveCapacity(table.records.count)
        seen.reserveCapacity(table.records.count)
        var records: [Int] = []  // the record defining each entry
        let name = table.column("name"), kind = table.column("kind"), legalForm = table.column("legal_form")
        let sector = table.column("sector"), territories = table.column("territories"), website = table.column("website")
        let founded = table.column("founded"), closed = table.column("closed")  // issue 16
        for row in table.rows {
            guard let (id, idField) = requireID(row, at: idColumn, named: "id", what: "actor"),
                  checkUnique(id, field: idField, index: actors.count, seen: &seen, line: { table.document.line(ofRecord: records[$0]) }, what: "actor", file: file) else { continue }
            records.append(row.record)
            checkLength(idField, what: "actor id", file: file)
            let nameField = row.field(name)
            checkLength(nameField, what: "actor name", file: file)
            let actorKind = parseEnum(row.field(kind), in: ActorKind.datasetValues, what: "actor kind", file: file) ?? .unknown
            let actorName = nameField?.value.trimmingSpaces() ?? ""
            let life = readLifespan(row, start: ("founded", founded), end: ("closed", closed), file: file)
            actors.append(Actor(
                id: id, name: actorName.isEmpty ? id : actorName, kind: actorKind, legalForm: row.value(legalForm),
                sector: row.value(sector), territories: row.values(territories), website: row.value(website),
                founded: life.start, closed: life.end))
        }
        return actors
    }

    /// Reads `cooperations.csv`.
    /// `seen` receives each id with its position in the result.
    mutating func readCooperations(_ table: Table?, seen: inout [String: Int]) -> [Cooperation] {
        guard let table else { return [] }
        let file = table.schema.file
        let idColumn = table.column("id")
        var cooperations: [Cooperation] = []
        cooperations.reserveCapacity(table.records.count)
        seen.reserveCapacity(table.records.count)
        var records: [Int] = []  // the record defining each entry
        let name = table.column("name"), form = table.column("form"), sector = table.column("sector")
        let territories = table.column("territories"), declaredMembers = table.column("declared_members")
        let status = table.column("status"), started = table.column("started"), summary = table.column("summary")
        let source = table.column("source"), ended = table.column("ended")
        for row in table.rows {
            guard let (id, idField) = requireID(row, at: idColumn, named: "id", what: "cooperation"),
                  checkUnique(id, field: idField, index: cooperations.count, seen: &seen, line: { table.document.line(ofRecord: records[$0]) }, what: "cooperation", file: file) else { continue }
            records.append(row.record)
            checkLength(idField, what: "cooperation id", file: file)
            let nameField = row.field(name)
            checkLength(nameField, what: "cooperation name", file: file)
            let cooperationForm = parseEnum(row.field(form), in: CooperationForm.datasetValues, what: "cooperation form", file: file) ?? .unknown
            let cooperationStatus = parseEnum(row.field(status), in: CooperationStatus.allCases, what: "status", file: file) ?? .active
            var declared: Int?
            if let field = row.field(declaredMembers), !field.value.trimmingSpaces().isEmpty {
                let text = field.value.trimmingSpaces()
                if let n = Int(text), n >= 0 {
                    declared = n
                } else {
                    diagnostics.append(.error(
                        "declared_members must be a whole number of members (e.g. 20), not \"\(text.excerpt)\"",
                        file: file, line: field.line, column: field.column))
                }
            }
            let cooperationName = nameField?.value.trimmingSpaces() ?? ""
            let life = readLifespan(row, start: ("started", started), end: ("ended", ended), file: file)
            cooperations.append(Cooperation(
                id: id, name: cooperationName.isEmpty ? id : cooperationName, form: cooperationForm, sector: row.value(sector),
                territories: row.values(territories), declaredMembers: declared, status: cooperationStatus,
                started: life.start, ended: life.end, summary: row.value(summary), source: row.value(source)))
        }
        return cooperations
    }

    /// Reads `memberships.csv`, adding default actors and cooperations for ids only named
    /// there. Returns the memberships and their links (positions of actor and cooperation).
    ///
    /// Ids become integers once, by one dictionary lookup each; repeated (cooperation,
    /// actor) pairs are then found without hashing, by walking the rows grouped by
    /// cooperation with a mark per actor.
    mutating func readMemberships(
        _ table: Table?, actors: inout [Actor], cooperations: inout [Cooperation],
        actorNumber: inout [String: Int], cooperationNumber: inout [String: Int],
        actorsFilePresent: Bool, cooperationsFilePresent: Bool
    ) -> (memberships: [Membership], links: [MembershipLink]) {
        guard let table else { return ([], []) }
        let file = table.schema.file
        var implicitActors = 0, implicitCooperations = 0
        let cooperationColumn = table.column("cooperation"), actorColumn = table.column("actor")
        let roleColumn = table.column("role")
        let sinceColumn = table.column("since"), untilColumn = table.column("until")  // issue 16
        var rowLife: [Lifespan] = []
        // Rows with both ids, in file order.
        var rowActor: [Int32] = [], rowCooperation: [Int32] = [], rowRole: [MembershipRole] = [], rowRecord: [Int32] = []
        rowActor.reserveCapacity(table.records.count)
        rowCooperation.reserveCapacity(table.records.count)
        rowRole.reserveCapacity(table.records.count)
        rowRecord.reserveCapacity(table.records.count)
        for row in table.rows {
            guard let (cooperation, cooperationField) = requireID(row, at: cooperationColumn, named: "cooperation", what: "membership"),
                  let (actor, actorField) = requireID(row, at: actorColumn, named: "actor", what: "membership") else { continue }
            let role = parseEnum(row.field(roleColumn), in: MembershipRole.allCases, what: "role", file: file) ?? .membre
            let a: Int
            if let known = actorNumber[actor] {
                a = known
            } else {
                a = actors.count
                actorNumber[actor] = a
                actors.append(Actor(id: actor))
                implicitActors += 1
                checkLength(actorField, what: "actor id", file: file)
                if actorsFilePresent {
                    diagnostics.append(.warning(
                        "actor \"\(actor.excerpt)\" is not in actors.csv: its id is used as its name, kind \"unknown\"",
                        file: file, line: actorField.line, column: actorField.column))
                }
            }
            let c: Int
            if let known = cooperationNumber[cooperation] {
                c = known
            } else {
                c = cooperations.count
                cooperationNumber[cooperation] = c
                cooperations.append(Cooperation(id: cooperation))
                implicitCooperations += 1
                checkLength(cooperationField, what: "cooperation id", file: file)
                if cooperationsFilePresent {
                    diagnostics.append(.warning(
                        "cooperation \"\(cooperation.excerpt)\" is not in cooperations.csv: its id is used as its name, form \"unknown\"",
                        file: file, line: cooperationField.line, column: cooperationField.column))
                }
            }
            let life = readLifespan(row, start: ("since", sinceColumn), end: ("until", untilColumn), file: file)
            checkMembership(life, of: actor, within: cooperations[c], row: row, since: sinceColumn, until: untilColumn, file: file)
            rowLife.append(life)
            rowActor.append(Int32(a))
            rowCooperation.append(Int32(c))
            rowRole.append(role)
            rowRecord.append(Int32(row.record))
        }
        let firstOf = Self.firstOccurrences(actors: rowActor, cooperations: rowCooperation, actorCount: actors.count, cooperationCount: cooperations.count)
        var memberships: [Membership] = []
        var links: [MembershipLink] = []
        memberships.reserveCapacity(rowActor.count)
        links.reserveCapacity(rowActor.count)
        for i in rowActor.indices {
            let a = Int(rowActor[i]), c = Int(rowCooperation[i]), role = rowRole[i]
            let first = Int(firstOf[i])
            if first != i {
                let actor = actors[a].id, cooperation = cooperations[c].id
                let firstLine = table.document.line(ofRecord: Int(rowRecord[first]))
                let firstRole = rowRole[first]
                let message = firstRole == role
                    ? "duplicate membership of \"\(actor.excerpt)\" in \"\(cooperation.excerpt)\" (first on line \(firstLine)); this row is ignored"
                    : "duplicate membership of \"\(actor.excerpt)\" in \"\(cooperation.excerpt)\" with another role: \"\(role.rawValue)\" here, \"\(firstRole.rawValue)\" on line \(firstLine), which is kept; this row is ignored (an actor has one role per cooperation)"
                diagnostics.append(.warning(message, file: file, line: table.document.line(ofRecord: Int(rowRecord[i])), column: 1))
                continue
            }
            memberships.append(Membership(cooperation: cooperations[c].id, actor: actors[a].id, role: role,
                                          since: rowLife[i].start, until: rowLife[i].end))
            links.append(MembershipLink(actor: Int32(a), cooperation: Int32(c)))
        }
        if !actorsFilePresent && implicitActors > 0 {
            diagnostics.append(.warning(
                "actors.csv is absent: \(implicitActors) actors are known only by their id (kind \"unknown\")", file: file))
        }
        if !cooperationsFilePresent && implicitCooperations > 0 {
            diagnostics.append(.warning(
                "cooperations.csv is absent: \(implicitCooperations) cooperations are known only by their id (form \"unknown\")", file: file))
        }
        return (memberships, links)
    }

    /// For each row i of (actor, cooperation) pairs, the first row holding the same pair
    /// (i itself when it is the first).
    /// - Complexity: O(rows + actorCount + cooperationCount): rows are bucketed by
    ///   cooperation (a stable counting sort), then each bucket is walked in row order
    ///   with, per actor, the last cooperation it was seen in and on which row.
    static func firstOccurrences(actors: [Int32], cooperations: [Int32], actorCount: Int, cooperationCount: Int) -> [Int32] {
        var bucketStart = [Int](repeating: 0, count: cooperationCount + 1)
        for c in cooperations { bucketStart[Int(c) + 1] += 1 }
        for c in 0..<cooperationCount { bucketStart[c + 1] += bucketStart[c] }
        var order = [Int32](repeating: 0, count: cooperations.count)
        var fill = bucketStart
        for (i, c) in cooperations.enumerated() {
            order[fill[Int(c)]] = Int32(i)
            fill[Int(c)] += 1
        }
        var mark = [Int32](repeating: -1, count: actorCount)
        var markRow = [Int32](repeating: 0, count: actorCount)
        var first = [Int32](repeating: 0, count: cooperations.count)
        for c in 0..<cooperationCount {
            for k in bucketStart[c]..<bucketStart[c + 1] {
                let i = Int(order[k]), a = Int(actors[i])
                if mark[a] == Int32(c) {
                    first[i] = markRow[a]
                } else {
                    mark[a] = Int32(c)
                    markRow[a] = Int32(i)
                    first[i] = Int32(i)
                }
            }
        }
        return first
    }
}
