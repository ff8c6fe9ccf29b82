import MaillageSupport
import MaillageModel

extension LoaderRun {
    /// Reads `actors.csv`.
    /// `seen` receives each id with its position in the result.
    mutating func readActors(_ table: Table?, seen: inout [String: Int], names: inout NameReconciler) -> [Actor] {
        guard let table else { return [] }
        let file = table.file
        let idColumn = table.column("id")
        var actors: [Actor] = []
        actors.reserveCapacity(table.records.count)
        seen.reserveCapacity(table.records.count)
        var records: [Int] = []  // the record defining each entry
        let name = table.column("name"), kind = table.column("kind"), legalForm = table.column("legal_form")
        let sector = table.column("sector"), website = table.column("website")
        let founded = table.column("founded"), closed = table.column("closed")  // issue 16
        let placeColumns = PlaceColumns(table)  // issue 17
        var kinds = ControlledValueCache<ActorKind>()
        // SIRET, SIREN, RNA and acronyms: keys by which memberships find the actors (``RegisteredActors``).
        let numberColumns = Self.numberColumns(of: table), acronym = table.column("acronym")
        var numberProblems = RegistrationNumberProblems()
        // INSEE's catégories juridiques read (how many, the first) and the codes not known.
        let legalCategory = table.column("legal_category"), activity = table.column("activity")
        // NAF codes read as sectors (how many, the first) and the codes not known.
        var activities: (count: Int, first: (code: String, label: String)?) = (0, nil)
        var unknownActivities: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
        var legalCategories: (count: Int, first: (code: String, label: String, kind: ActorKind)?) = (0, nil)
        var unknownCategories: (count: Int, first: (text: String, position: CellPosition)?) = (0, nil)
        // « Effectif », « Tranche d'effectif » (INSEE's codes), « Année de l'effectif ».
        var headcounts = HeadcountColumns(table)
        // SIRENE's ESS flag, and the company forms counted as ESS structures (by the flag, by a cooperative's name).
        let essColumn = table.column("ess")
        var essFlagged = ESSKinds(), cooperativeNamed = ESSKinds(), unreadableFlags = ESSKinds()
        defer {
            reportESSKinds(flagged: essFlagged, named: cooperativeNamed, unreadable: unreadableFlags, column: essColumn, table: table)
            reportHeadcounts(headcounts, table: table)
            diagnostics += numberProblems.diagnostics(file: file)
            reportLegalCategories(read: legalCategories, unknown: unknownCategories, column: legalCategory ?? legalForm, table: table)
            reportActivities(read: activities, unknown: unknownActivities, column: activity, table: table)
        }
        // A number given to many names, or a filler (« 00000000000000 »): no key (``FillerNumbers``).
        if let warning = fillerNumbers.scan(table, columns: numberColumns, nameColumn: name ?? idColumn) { diagnostics.append(warning) }
        let fillers = fillerNumbers
        for row in table.rows {
            guard let (id, idField) = requireID(row, at: idColumn, named: "id", what: .actor) else { continue }
            let numbers = numberColumns.isEmpty ? []
                : Self.registrationNumbers(row, columns: numberColumns, fillers: fillers, problems: &numberProblems)
            // The SIRET or RNA number of an actor read before: the same structure, whatever its name.
            let registered = registeredActors
            if let number = numbers.first(where: { registered.sameActor($0) != nil }), let same = registered.sameActor(number),
               seen[id] == nil || seen[id] == same {
                reportSameNumber(id, number: number, into: actors[same].id, firstRow: table.rowDescription(ofRecord: records[same]), file: file, at: idField.position)
                if seen[id] == nil { names.merge(id, into: same) }
                for n in numbers {
                    registeredActors.add(n, actor: same)
                    n.fill(&actors[same])
                }
                continue
            }
            if mergesRow(id, field: idField, seen: seen, names: names, what: .actor, file: file, row: { actors[$0].id }) {
                if let target = names.resolve(id, exact: seen)?.index ?? names.aliasTarget(id).flatMap({ seen[$0] }) {
                    for n in numbers {
                        registeredActors.add(n, actor: target)
                        n.fill(&actors[target])
                    }
                }
                continue
            }
            guard checkUnique(id, field: idField, index: actors.count, seen: &seen, row: { table.rowDescription(ofRecord: records[$0]) }, what: .actor, file: file) else { continue }
            for n in numbers { registeredActors.add(n, actor: actors.count) }
            if let acronym, case let text = row.value(acronym).trimmingSpaces(), !text.isEmpty, Vocabulary.key(text) != Vocabulary.key(id) {
                registeredActors.add(acronym: text, actor: actors.count)
            }
            records.append(row.record)
            names.register(id, index: actors.count)
            checkLength(idField, what: Noun.actor.id, file: file)
            let nameField = row.field(name)
            checkLength(nameField, what: Noun.actor.name, file: file)
            let kindMatch = parseEnum(
                row, kind, in: ValueSynonyms.actorKinds, cache: &kinds,
                unknown: LocalizedText(fr: "type d'acteur inconnu", en: "unknown actor kind"), file: file)
            var actorLegalForm = row.value(legalForm)
            // INSEE's catégorie juridique (« 9220 »), in its own column or in the legal form's: its label and kind.
            var coded: (code: String, label: String, kind: ActorKind)?
            // In the legal form's column, four digits only (« 9220 »): « 0 » or « 92 » there is no code.
            if actorLegalForm.trimmingSpaces().prefix(while: \.isNumber).count == 4, let code = LegalCategoryCodes.read(actorLegalForm) {
                coded = code
                actorLegalForm = code.label
            }
            if let legalCategory, case let written = row.value(legalCategory).trimmingSpaces(), !written.isEmpty {
                if let code = LegalCategoryCodes.read(written) {
                    coded = coded ?? code
                    if actorLegalForm.isEmpty { actorLegalForm = code.label }
                } else if written.contains(where: \.isLetter) {
                    if actorLegalForm.isEmpty { actorLegalForm = written }
                } else if let field = row.field(legalCategory) {
                    unknownCategories.count += 1
                    if unknownCategories.first == nil { unknownCategories.first = (written, field.position) }
                }
            }
            if let coded {
                legalCategories.count += 1
                if legalCategories.first == nil { legalCategories.first = coded }
            }
            if actorLegalForm.isEmpty, let implied = kindMatch?.legalForm { actorLegalForm = implied }
            // A kind left empty is read from the legal form when that names one
            // (« Association » → structure, « SARL » → entreprise, « Mairie » → collectivite):
            // a spreadsheet often has the legal form and no kind.
            var actorKind = kindMatch?.value ?? .unknown
            if kindMatch == nil, row.value(kind).isEmpty, let coded, coded.kind != .unknown {
                actorKind = coded.kind
            } else if kindMatch == nil, row.value(kind).isEmpty, !actorLegalForm.isEmpty,
               let implied = ValueSynonyms.actorKinds.match(actorLegalForm)?.value {
                actorKind = implied
            }
            let actorName = nameField?.value.trimmingSpaces() ?? ""
            // A company form in the ESS (a SCOP or SCIC as an SAS, code 5710): SIRENE's flag « O »,
            // or, without a flag, a cooperative's name. A kind given in the table is kept.
            if kindMatch == nil, row.value(kind).isEmpty, actorKind == .entreprise || actorKind == .unknown {
                let flagField = row.field(essColumn)
                let flag = flagField.map { ESSMembership.flag($0.value) } ?? .empty
                let shown = actorName.isEmpty ? id : actorName
                if flag == .yes {
                    actorKind = .structure
                    essFlagged.add(shown, legalForm: actorLegalForm, at: flagField?.position)
                } else if flag == .empty, actorKind == .entreprise, ESSMembership.namesACooperative(shown) {
                    actorKind = .structure
                    cooperativeNamed.add(shown, legalForm: actorLegalForm, at: idField.position)
                } else if flag == .unreadable, let flagField {
                    unreadableFlags.add(flagField.value.trimmingSpaces(), legalForm: "", at: flagField.position)
                }
            }
            let life = readLifespan(row, start: ("founded", founded), end: ("closed", closed), file: file)
            let (coordinate, insee) = readPlace(row, placeColumns, what: Noun.actor.named(id), file: file)
            // INSEE's NAF code (« 88.99B »): the sector's division, when no sector is given.
            var actorSector = row.value(sector)
            if let activity, case let written = row.value(activity).trimmingSpaces(), !written.isEmpty {
                if let code = ActivityCodes.read(written) {
                    if actorSector.isEmpty { actorSector = code.divisionLabel }
                    activities.count += 1
                    if activities.first == nil { activities.first = (code.code, code.divisionLabel) }
                } else if let field = row.field(activity) {
                    unknownActivities.count += 1
                    if unknownActivities.first == nil { unknownActivities.first = (written, field.position) }
                }
            }
            var actor = Actor(
                id: id, name: actorName.isEmpty ? id : actorName, kind: actorKind, legalForm: actorLegalForm,
                sector: actorSector, territories: row.territories(), website: row.value(website),
                founded: life.start, closed: life.end, coordinate: coordinate, insee: insee,
                employees: headcounts.isEmpty ? nil : headcounts.headcount(of: row, siren: Self.siren(of: numbers)),
                fullTimeEquivalents: headcounts.fullTimeEquivalents(of: row))
            for n in numbers { n.fill(&actor) }
            actors.append(actor)
        }
        return actors
    }

    /// The SIREN of an actor's registration numbers: its SIREN, or its SIRET's first nine digits.
    static func siren(of numbers: [RegistrationNumber]) -> String? {
        numbers.first { $0.register == .siren }?.value ?? numbers.lazy.compactMap(\.siren).first
    }

    /// Reads `cooperations.csv`.
    /// `seen` receives each id with its position in the result.
    mutating func readCooperations(_ table: Table?, seen: inout [String: Int], names: inout NameReconciler) -> [Cooperation] {
        guard let table else { return [] }
        let file = table.file
        let idColumn = table.column("id")
        var cooperations: [Cooperation] = []
        cooperations.reserveCapacity(table.records.count)
        seen.reserveCapacity(table.records.count)
        var records: [Int] = []  // the record defining each entry
        let name = table.column("name"), form = table.column("form"), sector = table.column("sector")
        let declaredMembers = table.column("declared_members")
        let status = table.column("status"), started = table.column("started"), summary = table.column("summary")
        let source = table.column("source"), endedColumn = table.column("ended")
        // Cooperations whose status says they are over (« Terminée ») and that have no end date.
        var endedWithoutDate: [(field: Table.Cell, id: String)] = []
        var forms = ControlledValueCache<CooperationForm>(), statuses = ControlledValueCache<CooperationStatus>()
        for row in table.rows {
            guard let (id, idField) = requireID(row, at: idColumn, named: "id", what: .cooperation),
                  !mergesRow(id, field: idField, seen: seen, names: names, what: .cooperation, file: file, row: { cooperations[$0].id }),
                  checkUnique(id, field: idField, index: cooperations.count, seen: &seen, row: { table.rowDescription(ofRecord: records[$0]) }, what: .cooperation, file: file) else { continue }
            records.append(row.record)
            names.register(id, index: cooperations.count)
            checkLength(idField, what: Noun.cooperation.id, file: file)
            let nameField = row.field(name)
            checkLength(nameField, what: Noun.cooperation.name, file: file)
            let cooperationForm = parseEnum(
                row, form, in: ValueSynonyms.cooperationForms, cache: &forms,
                unknown: LocalizedText(fr: "forme de coopération inconnue", en: "unknown cooperation form"), file: file)?.value ?? .unknown
            let statusField = row.field(status)
            let ended = statusField.map { ValueSynonyms.endedStatuses.contains(Vocabulary.key($0.value)) } ?? false
            let cooperationStatus = ended ? .active : parseEnum(
                row, status, in: ValueSynonyms.statuses, cache: &statuses,
                unknown: LocalizedText(fr: "statut inconnu", en: "unknown status"), file: file)?.value ?? .active
            var declared: Int?
            if let field = row.field(declaredMembers), !field.value.trimmingSpaces().isEmpty {
                let text = field.value.trimmingSpaces()
                let french = row.table.frenchName(ofColumn: declaredMembers, key: "declared_members")
                if let n = Int(text), n >= 0 {
                    declared = n
                } else if let (n, approximate) = Self.memberCount(text) {
                    declared = n
                    if approximate {
                        diagnostics.append(.warning(LocalizedText(
                            fr: "\(french) : « \(text.excerpt) » lu comme \(n), une valeur approchée",
                            en: "declared_members: \"\(text.excerpt)\" read as \(n), an approximate figure"),
                            file: file, at: field.position))
                    }
                } else {
                    diagnostics.append(.error(LocalizedText(
                        fr: "\(french) doit être un nombre entier de membres (par exemple 20), pas « \(text.excerpt) »",
                        en: "declared_members must be a whole number of members (e.g. 20), not \"\(text.excerpt)\""),
                        file: file, at: field.position))
                }
            }
            let cooperationName = nameField?.value.trimmingSpaces() ?? ""
            let life = readLifespan(row, start: ("started", started), end: ("ended", endedColumn), file: file)
            if ended, life.end == nil, let statusField { endedWithoutDate.append((statusField, id)) }
            cooperations.append(Cooperation(
                id: id, name: cooperationName.isEmpty ? id : cooperationName, form: cooperationForm, sector: row.value(sector),
                territories: row.territories(), declaredMembers: declared, status: cooperationStatus,
                started: life.start, ended: life.end, summary: row.value(summary), source: row.value(source)))
        }
        if let first = endedWithoutDate.first {
            let more = LocalizedText.andMore(endedWithoutDate.count - 1)
            let column = table.frenchName(ofColumn: endedColumn, key: "ended")
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(first.field.value.trimmingSpaces().excerpt) » : la coopération « \(first.id.excerpt) » est finie, mais sans date de fin"
                    + more.fr
                    + " ; elle compte dans le réseau comme une coopération active : donnez sa date de fin (colonne \(endedColumn == nil ? "« Date de fin »" : column)) pour que --at et les comparaisons de dates la retirent après",
                en: "\"\(first.field.value.trimmingSpaces().excerpt)\": cooperation \"\(first.id.excerpt)\" is over, but has no end date"
                    + more.en
                    + "; it counts in the network as an active one: give its end date (column ended) so that --at and comparisons of dates leave it out after it"),
                file: file, at: first.field.position))
        }
        return cooperations
    }

    /// Reads `memberships.csv`, adding default actors and cooperations for ids only named
    /// there. Returns the memberships and their links (positions of actor and cooperation).
    ///
    /// Ids become integers once, by one lookup each (by their bytes in a ``UTF8KeyTable``,
    /// else by string, for a spelling to trim or merge or a new id); repeated (cooperation,
    /// actor) pairs are then found without hashing, by walking the rows grouped by
    /// cooperation with a mark per actor.
    mutating func readMemberships(
        _ table: Table?, actors: inout [Actor], cooperations: inout [Cooperation],
        actorNumber: inout [String: Int], cooperationNumber: inout [String: Int],
        actorsFilePresent: Bool, cooperationsFilePresent: Bool, actorsInline: Bool = false,
        actorsFile: LocalizedText = LocalizedText(fr: TableSchema.actors.file, en: TableSchema.actors.file),
        cooperationsFile: LocalizedText = LocalizedText(fr: TableSchema.cooperations.file, en: TableSchema.cooperations.file),
        actorNames: inout NameReconciler, cooperationNames: inout NameReconciler
    ) -> (memberships: [Membership], links: [MembershipLink]) {
        var mergedSpellings: Set<String> = []
        // The names read under another spelling, said once per kind: the first, and how many.
        var actorRespelled: (first: (written: String, target: String, position: CellPosition)?, count: Int) = (nil, 0)
        var cooperationRespelled: (first: (written: String, target: String, position: CellPosition)?, count: Int) = (nil, 0)
        // The other spellings of each actor and cooperation merged by name, and how often
        // each is written: the most written is the name shown (``Spellings``).
        var actorSpellings: [Int: [String: Int]] = [:], cooperationSpellings: [Int: [String: Int]] = [:]
        guard let table else { return ([], []) }
        let file = table.file
        var implicitActors = 0, implicitCooperations = 0
        // With actors described by the memberships' rows: the first actor no row describes.
        var firstUndescribed: (name: String, position: CellPosition)?
        let cooperationColumn = table.column("cooperation"), actorColumn = table.column("actor")
        let roleColumn = table.column("role")
        let sinceColumn = table.column("since"), untilColumn = table.column("until")  // issue 16
        // Dated rows only (most rows have no date): (row number among kept rows, life).
        var datedRows: [(row: Int32, life: Lifespan)] = []
        // Rows with both ids, in file order.
        var rowActor: [Int32] = [], rowCooperation: [Int32] = [], rowRole: [MembershipRole] = [], rowRecord: [Int32] = []
        rowActor.reserveCapacity(table.records.count)
        rowCooperation.reserveCapacity(table.records.count)
        rowRole.reserveCapacity(table.records.count)
        rowRecord.reserveCapacity(table.records.count)
        // The ids already known, by their bytes: a row naming two of them, written plainly
        // (nothing to trim, no `|`), is read without making a string of either.
        var actorKeys = UTF8KeyTable(capacity: actorNumber.count)
        for (id, index) in actorNumber { actorKeys.insert(id, value: Int32(index)) }
        var cooperationKeys = UTF8KeyTable(capacity: cooperationNumber.count)
        for (id, index) in cooperationNumber { cooperationKeys.insert(id, value: Int32(index)) }
        var roles = ControlledValueCache<MembershipRole>()
        func knownID(_ row: Table.Row, _ column: Int?, in keys: UTF8KeyTable) -> Int32? {
            row.withBytes(column) { bytes -> Int32? in
                guard let first = bytes.first, let last = bytes.last, first != 0x20, first != 0x09, last != 0x20, last != 0x09,
                      !bytes.contains(0x7C) else { return nil }
                return keys.value(for: bytes)
            } ?? nil
        }
        // SIRET, SIREN, RNA columns: the number finds the actor whatever its name (``RegisteredActors``).
        let numberColumns = Self.numberColumns(of: table)
        var numberProblems = RegistrationNumberProblems()
        // Rows whose number finds an actor their name does not: named another known actor, or
        // a name not known; a SIREN of several establishments; an actor found by its acronym.
        var numberOverName: (count: Int, first: (written: String, number: RegistrationNumber, target: Int, position: CellPosition)?) = (0, nil)
        var foundByNumber: (count: Int, first: (written: String, number: RegistrationNumber, target: Int, position: CellPosition)?) = (0, nil)
        var ambiguousSIREN: (count: Int, first: (number: RegistrationNumber, actors: [Int], position: CellPosition)?) = (0, nil)
        var foundByAcronym: (count: Int, first: (written: String, target: Int, position: CellPosition)?) = (0, nil)
        var acronymsMet: Set<String> = []
        defer {
            diagnostics += numberProblems.diagnostics(file: file)
            reportNumberMatches(numberOverName: numberOverName, foundByNumber: foundByNumber, ambiguousSIREN: ambiguousSIREN,
                                foundByAcronym: foundByAcronym, actors: actors, file: file)
        }
        if let warning = fillerNumbers.scan(table, columns: numberColumns, nameColumn: actorColumn) { diagnostics.append(warning) }
        let fillers = fillerNumbers
        // « Ancien adhérent », « En attente »: memberships not of the network as it stands (``MembershipStanding``).
        var standingColumn = table.column("standing")
        var standings = MembershipStanding.Tally()
        // Beside a list of networks (« Réseaux d'appartenance »), a status says not which of them it is of
        // (often the list's own network's): not read.
        if let column = standingColumn, let cooperationColumn,
           ListedCooperations.listHeaders.contains(Vocabulary.key(table.header(ofColumn: cooperationColumn))) {
            standingColumn = nil
            diagnostics.append(.warning(MembershipStanding.besideAList(title: table.header(ofColumn: column),
                                                                      list: table.header(ofColumn: cooperationColumn)),
                                        file: file, at: table.grid.position(ofCell: table.grid.cellRange(ofRecord: 0).lowerBound + column)))
        }
        defer { if let standingColumn { diagnostics += standings.warnings(file: file, title: table.header(ofColumn: standingColumn)) } }
        // « Ancien membre », « Ex-adhérent » in the role column: likewise, no role but a membership that ended.
        var roleStandings = MembershipStanding.Tally()
        defer { if let roleColumn = table.column("role") { diagnostics += roleStandings.warnings(file: file, title: table.header(ofColumn: roleColumn)) } }
        for row in table.rows {
            if let standingColumn, !row.isBlank(standingColumn), let field = row.field(standingColumn),
               standings.leavesOut(field, dated: !row.isBlank(untilColumn)) { continue }
            // The role column of this row: none when it says a status (a membership kept by its end date, a member's).
            var roleColumn = roleColumn
            if let column = roleColumn, !row.isBlank(column), let field = row.field(column),
               ValueSynonyms.roles.match(field.value.trimmingSpaces()) == nil,
               let standing = MembershipStanding.standing(field.value), standing != .current {
                if roleStandings.leavesOut(field, dated: !row.isBlank(untilColumn)) { continue }
                roleColumn = nil
            }
            if numberColumns.isEmpty, let c = knownID(row, cooperationColumn, in: cooperationKeys),
               let a = knownID(row, actorColumn, in: actorKeys) {
                // What the general path below does for two known ids, which raise no message.
                let role = parseEnum(
                    row, roleColumn, in: ValueSynonyms.roles, cache: &roles, unknown: LocalizedText(fr: "rôle inconnu", en: "unknown role"), file: file)?.value ?? .membre
                // Blank date cells (most rows) are no dates: nothing to parse.
                let life = row.isBlank(sinceColumn) && row.isBlank(untilColumn)
                    ? Lifespan() : readLifespan(row, start: ("since", sinceColumn), end: ("until", untilColumn), file: file)
                if !life.isUndated {
                    checkMembership(
                        life, of: row.value(actorColumn), within: cooperations[Int(c)], row: row, since: sinceColumn, until: untilColumn, file: file)
                    datedRows.append((Int32(rowActor.count), life))
                }
                rowActor.append(a)
                rowCooperation.append(c)
                rowRole.append(role)
                rowRecord.append(Int32(row.record))
                continue
            }
            guard let (cooperation, cooperationField) = requireID(row, at: cooperationColumn, named: "cooperation", what: .membership),
                  let (actor, actorField) = requireID(row, at: actorColumn, named: "actor", what: .membership) else { continue }
            let role = parseEnum(
                row, roleColumn, in: ValueSynonyms.roles, cache: &roles, unknown: LocalizedText(fr: "rôle inconnu", en: "unknown role"), file: file)?.value ?? .membre
            var byNumber: Int?, matched: RegistrationNumber?
            var unknownNumbers: [RegistrationNumber] = []
            if !numberColumns.isEmpty {
                let registered = registeredActors
                for number in Self.registrationNumbers(row, columns: numberColumns, fillers: fillers, problems: &numberProblems,
                                                       unchecked: { registered.lookup($0) == .none }) {
                    switch registeredActors.lookup(number) {
                    case .actor(let k):
                        if byNumber == nil { (byNumber, matched) = (k, number) }
                    case .several(let ks):
                        if byNumber == nil {
                            (byNumber, matched) = (ks[0], number)
                            ambiguousSIREN.count += 1
                            if ambiguousSIREN.first == nil { ambiguousSIREN.first = (number, ks, actorField.position) }
                        }
                    case .none:
                        unknownNumbers.append(number)
                    }
                }
            }
            let a: Int
            if let k = byNumber {
                a = k
                // The name, when the cell is one (not the number's own column), and what it names.
                if let actorColumn, numberColumns.contains(actorColumn) {} else if case .number = RegistrationNumber.read(actor) {} else {
                    let named = actorNumber[actor] ?? actorNames.resolve(actor, exact: actorNumber)?.index
                    if let number = matched, named != k {
                        if named != nil {
                            numberOverName.count += 1
                            if numberOverName.first == nil { numberOverName.first = (actor, number, k, actorField.position) }
                        } else {
                            foundByNumber.count += 1
                            if foundByNumber.first == nil { foundByNumber.first = (actor, number, k, actorField.position) }
                        }
                    }
                }
            } else if let known = actorNumber[actor] {
                a = known
            } else if let (merged, byAlias) = actorNames.resolve(actor, exact: actorNumber) {
                a = merged
                if !byAlias { actorSpellings[merged, default: [:]][actor, default: 0] += 1 }
                // A mention mapped by the aliases table is an explicit choice, recorded in `meta`: no warning.
                if !byAlias, mergedSpellings.insert("a" + actor).inserted {
                    if actorRespelled.first == nil { actorRespelled.first = (actor, actors[merged].id, actorField.position) }
                    actorRespelled.count += 1
                }
            } else if !registeredActors.isEmpty, case .number(let number) = RegistrationNumber.read(actor), number.checks,
                      case .actor(let k) = registeredActors.lookup(number) {
                // « adherent_siren » holding numbers: the actor whose number it is.
                a = k
            } else if let k = registeredActors.actor(forAcronym: actor) {
                a = k
                if acronymsMet.insert(actor).inserted { foundByAcronym.count += 1 }
                if foundByAcronym.first == nil { foundByAcronym.first = (actor, k, actorField.position) }
            } else {
                a = actors.count
                actorNumber[actor] = a
                actorKeys.insert(actor, value: Int32(a))
                actorNames.register(actor, index: a)
                actors.append(Actor(id: actor))
                implicitActors += 1
                checkLength(actorField, what: Noun.actor.id, file: file)
                if actorsInline {
                    if firstUndescribed == nil { firstUndescribed = (actor, actorField.position) }
                } else if actorsFilePresent {
                    diagnostics.append(.warning(Self.absentActor(actor, from: actorsFile), file: file, at: actorField.position))
                }
            }
            for number in unknownNumbers {
                registeredActors.add(number, actor: a)
                number.fill(&actors[a])
            }
            let c: Int
            if let known = cooperationNumber[cooperation] {
                c = known
            } else if let (merged, byAlias) = cooperationNames.resolve(cooperation, exact: cooperationNumber) {
                c = merged
                if !byAlias { cooperationSpellings[merged, default: [:]][cooperation, default: 0] += 1 }
                // A mention mapped by the aliases table is an explicit choice, recorded in `meta`: no warning.
                if !byAlias, mergedSpellings.insert("c" + cooperation).inserted {
                    if cooperationRespelled.first == nil { cooperationRespelled.first = (cooperation, cooperations[merged].id, cooperationField.position) }
                    cooperationRespelled.count += 1
                }
            } else {
                c = cooperations.count
                cooperationNumber[cooperation] = c
                cooperationKeys.insert(cooperation, value: Int32(c))
                cooperationNames.register(cooperation, index: c)
                cooperations.append(Cooperation(id: cooperation))
                implicitCooperations += 1
                checkLength(cooperationField, what: Noun.cooperation.id, file: file)
                if cooperationsFilePresent {
                    diagnostics.append(.warning(LocalizedText(
                        fr: "la coopération « \(cooperation.excerpt) » n'est pas dans \(cooperationsFile.fr) : son identifiant lui sert de nom, forme non renseignée",
                        en: "cooperation \"\(cooperation.excerpt)\" is not in \(cooperationsFile.en): its id is used as its name, form \"unknown\""),
                        file: file, at: cooperationField.position))
                }
            }
            let life = readLifespan(row, start: ("since", sinceColumn), end: ("until", untilColumn), file: file)
            if !life.isUndated {
                checkMembership(life, of: actor, within: cooperations[c], row: row, since: sinceColumn, until: untilColumn, file: file)
                datedRows.append((Int32(rowActor.count), life))
            }
            rowActor.append(Int32(a))
            rowCooperation.append(Int32(c))
            rowRole.append(role)
            rowRecord.append(Int32(row.record))
        }
        // A name written several ways, with no table giving it apart from its id, is shown
        // as written most often (« Emmaüs France », not the first row's « EMMAUS FRANCE »).
        if !actorSpellings.isEmpty, actorsInline || !actorsFilePresent {
            Self.showMostWritten(actorSpellings, rows: rowActor, names: &actors, id: \.id, name: \.name)
        }
        if !cooperationSpellings.isEmpty, !cooperationsFilePresent {
            Self.showMostWritten(cooperationSpellings, rows: rowCooperation, names: &cooperations, id: \.id, name: \.name)
        }
        let firstOf = Self.firstOccurrences(actors: rowActor, cooperations: rowCooperation, actorCount: actors.count, cooperationCount: cooperations.count)
        var memberships: [Membership] = []
        var links: [MembershipLink] = []
        memberships.reserveCapacity(rowActor.count)
        links.reserveCapacity(rowActor.count)
        var nextDated = 0
        // Duplicate memberships with the same role, and with another role: the first, how many.
        var duplicates: [(count: Int, first: (message: LocalizedText, position: CellPosition)?)] = [(0, nil), (0, nil)]
        for i in rowActor.indices {
            var life = Lifespan()
            if nextDated < datedRows.count, Int(datedRows[nextDated].row) == i {
                life = datedRows[nextDated].life
                nextDated += 1
            }
            let a = Int(rowActor[i]), c = Int(rowCooperation[i]), role = rowRole[i]
            let first = Int(firstOf[i])
            if first != i {
                // Named as a reader knows them: « Name » (id) where the id is another text (a Pajek number).
                func named(_ id: String, _ name: String) -> (fr: String, en: String) {
                    name == id || name.isEmpty ? ("« \(id.excerpt) »", "\"\(id.excerpt)\"") : ("« \(name.excerpt) » (\(id.excerpt))", "\"\(name.excerpt)\" (\(id.excerpt))")
                }
                let actor = named(actors[a].id, actors[a].name), cooperation = named(cooperations[c].id, cooperations[c].name)
                let firstRow = table.rowDescription(ofRecord: Int(rowRecord[first]))
                let firstRole = rowRole[first]
                let message = firstRole == role
                    ? LocalizedText(
                        fr: "participation en double de \(actor.fr) à \(cooperation.fr) (déjà à la \(firstRow.fr)) ; cette ligne est ignorée",
                        en: "duplicate membership of \(actor.en) in \(cooperation.en) (first on \(firstRow.en)); this row is ignored")
                    : LocalizedText(
                        fr: "participation en double de \(actor.fr) à \(cooperation.fr) avec un autre rôle : « \(role.rawValue) » ici, « \(firstRole.rawValue) » à la \(firstRow.fr), qui est gardé ; cette ligne est ignorée (un acteur a un seul rôle par coopération)",
                        en: "duplicate membership of \(actor.en) in \(cooperation.en) with another role: \"\(role.rawValue)\" here, \"\(firstRole.rawValue)\" on \(firstRow.en), which is kept; this row is ignored (an actor has one role per cooperation)")
                // Said at the first of each kind, with how many more: a list can repeat many.
                let kind = firstRole == role ? 0 : 1
                if duplicates[kind].first == nil { duplicates[kind].first = (message, table.grid.start(ofRecord: Int(rowRecord[i]))) }
                duplicates[kind].count += 1
                continue
            }
            memberships.append(Membership(cooperation: cooperations[c].id, actor: actors[a].id, role: role,
                                          since: life.start, until: life.end))
            links.append(MembershipLink(actor: Int32(a), cooperation: Int32(c)))
        }
        for (kind, duplicate) in duplicates.enumerated() {
            guard let first = duplicate.first else { continue }
            let more = duplicate.count - 1
            let others = more == 0 ? LocalizedText.empty : kind == 0
                ? LocalizedText(fr: " (et \(LocalizedText.integer(more).fr) autre\(more > 1 ? "s" : "") participation\(more > 1 ? "s" : "") en double, ignorée\(more > 1 ? "s" : "") de même)",
                                en: " (and \(more) more duplicate membership\(more > 1 ? "s" : ""), ignored likewise)")
                : LocalizedText(fr: " (et \(LocalizedText.integer(more).fr) autre\(more > 1 ? "s" : "") participation\(more > 1 ? "s" : "") en double avec un autre rôle, où le premier est gardé de même)",
                                en: " (and \(more) more duplicate membership\(more > 1 ? "s" : "") with another role, the first kept likewise)")
            diagnostics.append(.warning(first.message + others, file: file, at: first.position))
        }
        if let first = actorRespelled.first { reportSpellingMerges(first, count: actorRespelled.count, what: .actor, file: file) }
        if let first = cooperationRespelled.first { reportSpellingMerges(first, count: cooperationRespelled.count, what: .cooperation, file: file) }
        // Advisers no table describes: support structures (``kindSupportersByRole``).
        let supporters = kindSupportersByRole(&actors, memberships: memberships, file: file, actorsFile: actorsFile)
        let unknownKind = supporters == 0 ? LocalizedText(fr: "type non renseigné", en: "kind \"unknown\"")
            : LocalizedText(fr: "type non renseigné, sauf \(supporters) compté\(supporters > 1 ? "s" : "") comme structure\(supporters > 1 ? "s" : "") d'appui",
                            en: "kind \"unknown\", but \(supporters) counted as support structure\(supporters > 1 ? "s" : "")")
        if actorsInline, let first = firstUndescribed {
            // A survey's partners who did not answer, a network's members named elsewhere: said once.
            let more = implicitActors - 1
            diagnostics.append(.warning(LocalizedText(
                fr: "« \(first.name.excerpt) » n'a pas de ligne qui le décrive (il n'est nommé que comme partenaire ou membre) : type non renseigné"
                    + (more > 0 ? " (et \(more) autre\(more > 1 ? "s" : "") acteur\(more > 1 ? "s" : "") de même)" : ""),
                en: "\"\(first.name.excerpt)\" has no row describing it (it is only named as a partner or member): kind \"unknown\""
                    + (more > 0 ? " (and \(more) more actor\(more > 1 ? "s" : ""))" : "")),
                file: file, at: first.position))
        }
        if !actorsFilePresent && implicitActors > 0 {
            diagnostics.append(.warning(LocalizedText(
                fr: "pas de table des acteurs (actors.csv, ou une feuille « Acteurs ») : " + (implicitActors > 1
                    ? "\(implicitActors) acteurs ne sont connus que par leur identifiant (\(unknownKind.fr))"
                    : "1 acteur n'est connu que par son identifiant (\(unknownKind.fr))"),
                en: "actors.csv is absent: " + (implicitActors > 1
                    ? "\(implicitActors) actors are known only by their id (\(unknownKind.en))"
                    : "1 actor is known only by its id (\(unknownKind.en))")), file: file))
        }
        if !cooperationsFilePresent && implicitCooperations > 0 {
            diagnostics.append(.warning(LocalizedText(
                fr: "pas de table des coopérations (cooperations.csv, ou une feuille « Coopérations ») : " + (implicitCooperations > 1
                    ? "\(implicitCooperations) coopérations ne sont connues que par leur identifiant (forme non renseignée)"
                    : "1 coopération n'est connue que par son identifiant (forme non renseignée)"),
                en: "cooperations.csv is absent: " + (implicitCooperations > 1
                    ? "\(implicitCooperations) cooperations are known only by their id (form \"unknown\")"
                    : "1 cooperation is known only by its id (form \"unknown\")")), file: file))
        }
        return (memberships, links)
    }

    /// Names each entity of `others` (index → its other spellings and their counts) after
    /// the spelling written most often (``Spellings``), when its name is its id (no table
    /// gave it a name); its id is kept. `rows` gives the entity of each row read, so the
    /// id's own count is its rows less the other spellings'.
    static func showMostWritten<Entity>(
        _ others: [Int: [String: Int]], rows: [Int32], names entities: inout [Entity],
        id: KeyPath<Entity, String>, name: WritableKeyPath<Entity, String>
    ) {
        var rowCount: [Int: Int] = [:]
        for row in rows where others[Int(row)] != nil { rowCount[Int(row), default: 0] += 1 }
        for (index, spellings) in others where entities[index][keyPath: name] == entities[index][keyPath: id] {
            var all = Spellings()
            let id = entities[index][keyPath: id]
            all.add(id, count: (rowCount[index] ?? 0) - spellings.values.reduce(0, +))
            for (text, count) in spellings.sorted(by: { $0.key < $1.key }) { all.add(text, count: count) }
            if let best = all.best { entities[index][keyPath: name] = best }
        }
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

    /// The warning for an actor that memberships name and the actors table does not:
    /// its id is its name, and its kind unknown (or `appui` when it only supports others,
    /// ``kindSupportersByRole(_:memberships:file:actorsFile:)``).
    static func absentActor(_ actor: String, from actorsFile: LocalizedText, supports: Bool = false) -> LocalizedText {
        supports
            ? LocalizedText(
                fr: "l'acteur « \(actor.excerpt) » n'est pas dans \(actorsFile.fr) : son identifiant lui sert de nom ; il ne fait qu'accompagner, compté comme structure d'appui",
                en: "actor \"\(actor.excerpt)\" is not in \(actorsFile.en): its id is used as its name; it only supports others, counted as a support structure (appui)")
            : LocalizedText(
                fr: "l'acteur « \(actor.excerpt) » n'est pas dans \(actorsFile.fr) : son identifiant lui sert de nom, type non renseigné",
                en: "actor \"\(actor.excerpt)\" is not in \(actorsFile.en): its id is used as its name, kind \"unknown\"")
    }
}
