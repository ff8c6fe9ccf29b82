import MaillageSupport
import MaillageModel

/// A French register's number for an organisation, as observatories key their lists of
/// structures on it: its SIRET (one establishment, 14 digits), its SIREN (the legal unit,
/// 9 digits: the first 9 of its establishments' SIRET) or its RNA number (the register of
/// associations: « W » and 9 characters, « W623001234 »).
///
/// Read from a cell as people and spreadsheets write it: spaces, dots and dashes between
/// the digits (« 775 672 272 00023 »), a number cell's « .0 », or the leading zero a
/// spreadsheet drops from a number (13 or 8 digits, restored when the key then checks).
/// A number in scientific notation (« 7,75672E+13 », a spreadsheet's display of a long
/// number) has lost its last digits and is not read. A SIRET and a SIREN carry a Luhn
/// check digit (INSEE), except La Poste's establishments (SIREN 356 000 000), whose SIRET
/// digits sum to a multiple of 5; a number whose check fails is read as written
/// (``checks`` is false): the same typo elsewhere still finds it.
struct RegistrationNumber: Hashable, Sendable {
    /// Which register the number is from.
    enum Register: String, Sendable {
        case siret, siren, rna

        /// How messages name it.
        var label: String {
            switch self {
            case .siret: "SIRET"
            case .siren: "SIREN"
            case .rna: "RNA"
            }
        }
    }

    /// The register.
    let register: Register
    /// The number without separators: 14 or 9 digits, or « W » and 9 characters.
    let value: String
    /// Whether its check digit holds (always true for an RNA number, which has none).
    let checks: Bool

    /// Gives `actor` this number when it has none of its register.
    func fill(_ actor: inout Actor) {
        switch register {
        case .siret: if actor.siret == nil { actor.siret = value }
        case .siren: if actor.siren == nil { actor.siren = value }
        case .rna: if actor.rna == nil { actor.rna = value }
        }
    }

    /// The number as a key, its register and value: « siret:44306184100005 ».
    var key: String { register.rawValue + ":" + value }

    /// The SIREN of a SIRET's legal unit (its first 9 digits); nil for the others.
    var siren: String? { register == .siret ? String(value.prefix(9)) : nil }

    /// What a cell holds.
    enum Reading: Equatable, Sendable {
        /// Nothing (an empty cell).
        case empty
        /// A number, read.
        case number(RegistrationNumber)
        /// A long number a spreadsheet wrote in scientific notation, its last digits lost.
        case lostDigits
        /// Neither a SIRET, a SIREN nor an RNA number.
        case invalid
    }

    /// Reads `text`.
    static func read(_ text: String) -> Reading {
        // Digits and spaces alone (most cells): read from the bytes, no string made but the number.
        var digits: [Int] = []
        digits.reserveCapacity(16)
        var plain = true
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                digits.append(Int(byte - 0x30))
                if digits.count > 14 { break }
            } else if byte != 0x20 {
                plain = false
                break
            }
        }
        if plain { return number(digits) }
        var written = text.trimmingSpaces()
        if written.isEmpty { return .empty }
        // « 7,75672E+13 », « 7.75672e13 »: a spreadsheet's display of a long number.
        if isScientific(written) { return .lostDigits }
        // « 77567227200023.0 »: a number cell's text.
        if let dot = written.lastIndex(where: { $0 == "." || $0 == "," }),
           written[written.index(after: dot)...].allSatisfy({ $0 == "0" }), written.distance(from: dot, to: written.endIndex) > 1 {
            written = String(written[..<dot])
        }
        let kept = written.uppercased().filter { !Self.separators.contains($0) }
        if kept.first == "W", kept.count == 10, kept.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) {
            return .number(RegistrationNumber(register: .rna, value: kept, checks: true))
        }
        guard !kept.isEmpty, kept.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .invalid }
        return number(kept.compactMap(\.wholeNumberValue))
    }

    /// The SIRET or SIREN of `digits`, a leading zero restored when a spreadsheet dropped
    /// it; `.empty` for no digit, `.invalid` for another count.
    private static func number(_ digits: [Int]) -> Reading {
        func text(_ digits: [Int]) -> String { String(decoding: digits.map { UInt8($0) + 0x30 }, as: UTF8.self) }
        switch digits.count {
        case 0: return .empty
        case 14: return .number(RegistrationNumber(register: .siret, value: text(digits), checks: siretChecks(digits)))
        case 9: return .number(RegistrationNumber(register: .siren, value: text(digits), checks: luhn(digits)))
        // A number cell drops a leading zero: restored when the key then checks.
        case 13 where siretChecks([0] + digits): return .number(RegistrationNumber(register: .siret, value: text([0] + digits), checks: true))
        case 8 where luhn([0] + digits): return .number(RegistrationNumber(register: .siren, value: text([0] + digits), checks: true))
        default: return .invalid
        }
    }

    /// Characters written between the digits.
    static let separators: Set<Character> = [" ", "\u{A0}", "\u{202F}", "\u{2009}", ".", "-", "_", "/"]

    /// Whether `text` is a number in scientific notation (« 7,75672E+13 »).
    static func isScientific(_ text: String) -> Bool {
        let upper = text.uppercased()
        guard let e = upper.firstIndex(of: "E") else { return false }
        let mantissa = upper[..<e], exponent = upper[upper.index(after: e)...].drop { $0 == "+" }
        return !mantissa.isEmpty && !exponent.isEmpty && exponent.allSatisfy(\.isNumber)
            && mantissa.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } && mantissa.first?.isNumber == true
    }

    /// The Luhn check (ISO/IEC 7812) of `digits`: every second digit from the right
    /// doubled (less 9 past 9), the sum a multiple of 10.
    static func luhn(_ digits: [Int]) -> Bool {
        var sum = 0
        for (i, digit) in digits.reversed().enumerated() {
            let d = i % 2 == 1 ? digit * 2 : digit
            sum += d > 9 ? d - 9 : d
        }
        return sum % 10 == 0
    }

    /// A SIRET's check: Luhn, or for La Poste's establishments (SIREN 356000000) a digit
    /// sum that is a multiple of 5.
    static func siretChecks(_ digits: [Int]) -> Bool {
        if digits.prefix(9) == [3, 5, 6, 0, 0, 0, 0, 0, 0][...] { return digits.reduce(0, +) % 5 == 0 || luhn(digits) }
        return luhn(digits)
    }

    /// The number as people write it: « 775 672 272 00023 », « 775 672 272 », « W623001234 ».
    var written: String { RegistrationColumns.grouped(value) }
}
