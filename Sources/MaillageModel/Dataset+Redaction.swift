/// Contact details found in text: e-mail addresses and phone numbers, the
/// personal data datasets leave out (see the DatasetFormat and Model articles of the documentation).
///
/// The patterns are deliberately narrow, to stay quiet on the figures a dataset
/// holds (years, postal codes, SIREN/SIRET numbers, counts):
/// - **e-mail address**: `local@domain.tld` — a local part of ASCII letters, digits
///   and `._%+-`, an `@`, a domain of ASCII letters, digits, `.` and `-` holding a
///   dot, ending in a top-level domain of at least two letters;
/// - **phone number**: a French number, `0` then a digit from 1 to 9 then four
///   pairs of digits, each pair optionally preceded by one space, dot or hyphen
///   (`03 21 12 34 56`, `03.21.12.34.56`, `0321123456`); or an international
///   number, `+` then 9 to 15 digits separated by spaces, dots, hyphens or
///   parentheses (`+33 3 21 12 34 56`, `+33 (0)3 21 12 34 56`). Neither may touch
///   another letter or digit.
///
/// ```swift
/// ContactDetails.find(in: "Écrire à contact@apes.org ou au 03 21 12 34 56").map(\.kind)
/// // [.email, .phone]
/// ContactDetails.redacting("tél. 03 21 12 34 56")   // "tél. [redacted]"
/// ```
public enum ContactDetails {
    /// What a match is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case email = "e-mail address"
        case phone = "phone number"
    }

    /// One contact detail found in a text.
    public struct Match: Sendable, Hashable {
        public var kind: Kind
        /// Where it lies, as offsets into the text's UTF-8 bytes.
        public var utf8Range: Range<Int>
    }

    /// What replaces a contact detail in redacted text.
    public static let placeholder = "[redacted]"

    /// Every contact detail in `text`, in order, not overlapping.
    /// - Complexity: O(text.utf8.count).
    public static func find(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { find(inUTF8: $0) }
    }

    /// Every contact detail in the UTF-8 text `bytes`, in order, not overlapping.
    /// - Complexity: O(bytes.count).
    public static func find(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        var matches: [Match] = []
        // Quick exit: no '@', '+' or '0', nothing to find.
        guard bytes.contains(where: { $0 == 0x40 || $0 == 0x2B || $0 == 0x30 }) else { return [] }
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x40, let range = email(around: i, in: bytes, after: matches.last?.utf8Range.upperBound ?? 0) {
                matches.append(Match(kind: .email, utf8Range: range))
                i = range.upperBound
                continue
            }
            if let end = phone(at: i, in: bytes) {
                matches.append(Match(kind: .phone, utf8Range: i..<end))
                i = end
                continue
            }
            i += 1
        }
        return matches
    }

    /// Whether `text` holds a contact detail.
    public static func contains(in text: String) -> Bool { !find(in: text).isEmpty }

    /// `text` with every contact detail replaced by ``placeholder``.
    /// - Complexity: O(text.utf8.count).
    public static func redacting(_ text: String) -> String {
        let matches = find(in: text)
        guard !matches.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        for match in matches {
            out += bytes[position..<match.utf8Range.lowerBound]
            out += placeholder.utf8
            position = match.utf8Range.upperBound
        }
        out += bytes[position...]
        // Matches are ASCII runs, so cutting at their ends keeps the UTF-8 valid.
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Patterns

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    /// ASCII letters and digits, and any byte of a non-ASCII character (accented letters).
    private static func isWordByte(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) || b >= 0x80 }

    /// The e-mail address whose `@` is at `at`, not starting before `floor`.
    private static func email(around at: Int, in bytes: UnsafeBufferPointer<UInt8>, after floor: Int) -> Range<Int>? {
        func isLocal(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D }
        func isDomain(_ b: UInt8) -> Bool { isDigit(b) || isLetter(b) || b == 0x2E || b == 0x2D }
        var start = at
        while start > floor, isLocal(bytes[start - 1]) { start -= 1 }
        guard start < at else { return nil }
        var end = at + 1
        while end < bytes.count, isDomain(bytes[end]) { end += 1 }
        // Trailing dots and hyphens end the sentence, not the domain.
        while end > at + 1, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
        guard end > at + 1, let lastDot = (at + 1..<end).last(where: { bytes[$0] == 0x2E }), lastDot > at + 1 else { return nil }
        let tld = lastDot + 1..<end
        guard tld.count >= 2, tld.allSatisfy({ isLetter(bytes[$0]) }) else { return nil }
        return start..<end
    }

    /// The end of the phone number starting at `at`, if one starts there.
    private static func phone(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        if start > 0, isWordByte(bytes[start - 1]) || bytes[start - 1] == 0x2B { return nil }
        func isSeparator(_ b: UInt8) -> Bool { b == 0x20 || b == 0x2E || b == 0x2D }
        if bytes[start] == 0x30 {
            // 0X then four pairs, each optionally after one separator.
            guard start + 1 < n, bytes[start + 1] >= 0x31, bytes[start + 1] <= 0x39 else { return nil }
            var i = start + 2
            for _ in 0..<4 {
                if i < n, isSeparator(bytes[i]) { i += 1 }
                guard i + 1 < n, isDigit(bytes[i]), isDigit(bytes[i + 1]) else { return nil }
                i += 2
            }
            if i < n, isWordByte(bytes[i]) || bytes[i] == 0x40 { return nil }  // digits before an "@" are an e-mail's
            return i
        }
        if bytes[start] == 0x2B {
            guard start + 1 < n, isDigit(bytes[start + 1]) else { return nil }
            var i = start + 1
            var digits = 0
            var end = i
            while i < n {
                let b = bytes[i]
                if isDigit(b) { digits += 1; i += 1; end = i }
                else if isSeparator(b) || b == 0x28 || b == 0x29 { i += 1 }
                else { break }
            }
            // The number ends at its last digit; a closing parenthesis after it is kept out.
            if end < n, isWordByte(bytes[end]) || bytes[end] == 0x40 { return nil }
            return (9...15).contains(digits) ? end : nil
        }
        return nil
    }
}

extension Dataset {
    /// The dataset made fit for publication (`--redact`): websites removed, and every
    /// e-mail address and phone number (``ContactDetails``) replaced by
    /// ``ContactDetails/placeholder`` in every text field — names, legal forms,
    /// sectors, dates, summaries, sources and the provenance README.
    ///
    /// An id that holds a contact detail (an actor known by its e-mail address) is
    /// replaced by `redacted-1`, `redacted-2`, … (numbers no other id uses), the same
    /// way wherever it is referred to — memberships, territory lists, parents — so the
    /// graph is unchanged. Kinds, forms, roles, levels, statuses and declared sizes
    /// are kept.
    ///
    /// - Complexity: O(total text length).
    public func redacted() -> Dataset {
        var ids = IDRedaction(taken: Set(actors.map(\.id)).union(cooperations.map(\.id)).union(territories.map(\.id)))
        let territoryIDs = Dictionary(territories.map { ($0.id, ids.redacting($0.id)) }, uniquingKeysWith: { a, _ in a })
        let actorIDs = Dictionary(actors.map { ($0.id, ids.redacting($0.id)) }, uniquingKeysWith: { a, _ in a })
        let cooperationIDs = Dictionary(cooperations.map { ($0.id, ids.redacting($0.id)) }, uniquingKeysWith: { a, _ in a })
        func territoryList(_ list: [String]) -> [String] { list.map { territoryIDs[$0] ?? ids.redacting($0) } }
        let text = ContactDetails.redacting

        let newTerritories = territories.map { t in
            Territory(
                id: territoryIDs[t.id] ?? t.id, name: text(t.name), level: t.level,
                parent: t.parent.map { territoryIDs[$0] ?? ids.redacting($0) })
        }
        let newActors = actors.map { a in
            Actor(
                id: actorIDs[a.id] ?? a.id, name: text(a.name), kind: a.kind, legalForm: text(a.legalForm),
                sector: text(a.sector), territories: territoryList(a.territories), website: "",
                founded: a.founded, closed: a.closed)
        }
        let newCooperations = cooperations.map { c in
            Cooperation(
                id: cooperationIDs[c.id] ?? c.id, name: text(c.name), form: c.form, sector: text(c.sector),
                territories: territoryList(c.territories), declaredMembers: c.declaredMembers, status: c.status,
                started: c.started, ended: c.ended, summary: text(c.summary), source: text(c.source))
        }
        let newMemberships = memberships.map { m in
            Membership(
                cooperation: cooperationIDs[m.cooperation] ?? ids.redacting(m.cooperation),
                actor: actorIDs[m.actor] ?? ids.redacting(m.actor), role: m.role,
                since: m.since, until: m.until)
        }
        return Dataset(
            name: text(name), actors: newActors, cooperations: newCooperations, memberships: newMemberships,
            territories: newTerritories, provenance: text(provenance))
    }
}

/// Replacement ids for ids that hold contact details: `redacted-N`, never an id in use.
private struct IDRedaction {
    var taken: Set<String>
    var assigned: [String: String] = [:]
    var counter = 0

    mutating func redacting(_ id: String) -> String {
        guard ContactDetails.contains(in: id) else { return id }
        if let done = assigned[id] { return done }
        var candidate: String
        repeat {
            counter += 1
            candidate = "redacted-\(counter)"
        } while taken.contains(candidate)
        taken.insert(candidate)
        assigned[id] = candidate
        return candidate
    }
}
