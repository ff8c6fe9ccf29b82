import MaillageModel

extension LoaderRun {
    /// Reads `actors.csv`.
    mutating func readActors(_ table: Table?) -> [Actor] {
        guard let table else { return [] }
        let file = table.schema.file
        var actors: [Actor] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            guard let (id, idField) = requireID(row, what: "actor"),
                  checkUnique(id, field: idField, seen: &seen, what: "actor", file: file) else { continue }
            checkLength(idField, what: "actor id", file: file)
            checkLength(row.field("name"), what: "actor name", file: file)
            let kind = parseEnum(row.field("kind"), in: ActorKind.datasetValues, what: "actor kind", file: file) ?? .unknown
            let name = row.value("name")
            actors.append(Actor(
                id: id, name: name.isEmpty ? id : name, kind: kind, legalForm: row.value("legal_form"),
                sector: row.value("sector"), territories: row.values("territories"), website: row.value("website")))
        }
        return actors
    }

    /// Reads `cooperations.csv`.
    mutating func readCooperations(_ table: Table?) -> [Cooperation] {
        guard let table else { return [] }
        let file = table.schema.file
        var cooperations: [Cooperation] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            guard let (id, idField) = requireID(row, what: "cooperation"),
                  checkUnique(id, field: idField, seen: &seen, what: "cooperation", file: file) else { continue }
            checkLength(idField, what: "cooperation id", file: file)
            checkLength(row.field("name"), what: "cooperation name", file: file)
            let form = parseEnum(row.field("form"), in: CooperationForm.datasetValues, what: "cooperation form", file: file) ?? .unknown
            let status = parseEnum(row.field("status"), in: CooperationStatus.allCases, what: "status", file: file) ?? .active
            var declared: Int?
            if let field = row.field("declared_members"), !field.value.trimmingSpaces().isEmpty {
                let text = field.value.trimmingSpaces()
                if let n = Int(text), n >= 0 {
                    declared = n
                } else {
                    diagnostics.append(.error(
                        "declared_members must be a whole number of members (e.g. 20), not \"\(text.excerpt)\"",
                        file: file, line: field.line, column: field.column))
                }
            }
            let name = row.value("name")
            cooperations.append(Cooperation(
                id: id, name: name.isEmpty ? id : name, form: form, sector: row.value("sector"),
                territories: row.values("territories"), declaredMembers: declared, status: status,
                started: row.value("started"), summary: row.value("summary"), source: row.value("source")))
        }
        return cooperations
    }

    /// Reads `memberships.csv`, adding default actors and cooperations for ids only named there.
    mutating func readMemberships(
        _ table: Table?, actors: inout [Actor], cooperations: inout [Cooperation],
        actorsFilePresent: Bool, cooperationsFilePresent: Bool
    ) -> [Membership] {
        guard let table else { return [] }
        let file = table.schema.file
        // Ids become integers once, so repeated memberships are found by an integer pair.
        var actorNumber = Dictionary(actors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var cooperationNumber = Dictionary(cooperations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var implicitActors = 0, implicitCooperations = 0
        var seenPairs: [UInt64: (line: Int, role: MembershipRole)] = [:]
        seenPairs.reserveCapacity(table.rows.count)
        var memberships: [Membership] = []
        for row in table.rows {
            guard let (cooperation, cooperationField) = requireID(row, column: "cooperation", what: "membership"),
                  let (actor, actorField) = requireID(row, column: "actor", what: "membership") else { continue }
            let role = parseEnum(row.field("role"), in: MembershipRole.allCases, what: "role", file: file) ?? .membre
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
            let key = UInt64(c) << 32 | UInt64(a)
            if let first = seenPairs[key] {
                let message = first.role == role
                    ? "duplicate membership of \"\(actor.excerpt)\" in \"\(cooperation.excerpt)\" (first on line \(first.line)); this row is ignored"
                    : "duplicate membership of \"\(actor.excerpt)\" in \"\(cooperation.excerpt)\" with another role: \"\(role.rawValue)\" here, \"\(first.role.rawValue)\" on line \(first.line), which is kept; this row is ignored (an actor has one role per cooperation)"
                diagnostics.append(.warning(message, file: file, line: row.line, column: 1))
                continue
            }
            seenPairs[key] = (row.line, role)
            memberships.append(Membership(cooperation: cooperation, actor: actor, role: role))
        }
        if !actorsFilePresent && implicitActors > 0 {
            diagnostics.append(.warning(
                "actors.csv is absent: \(implicitActors) actors are known only by their id (kind \"unknown\")", file: file))
        }
        if !cooperationsFilePresent && implicitCooperations > 0 {
            diagnostics.append(.warning(
                "cooperations.csv is absent: \(implicitCooperations) cooperations are known only by their id (form \"unknown\")", file: file))
        }
        return memberships
    }
}
