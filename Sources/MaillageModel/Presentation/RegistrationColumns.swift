/// The columns of the actors' register data that a results table or an export writes:
/// `siret`, `siren`, `rna`, `employees` (the ``Headcount/code``: « 12 », « 10-19 »,
/// « 10000+ »), `employees_legal_unit` (the SIREN whose headcount `employees` is, when it
/// is the establishment's legal unit's: add it once per SIREN) and `fte` (full-time
/// equivalents, « 12.5 »), each only when some actor has one, so that an observatory joins the
/// results back to its own lists and a dataset without them keeps its columns.
///
/// ```swift
/// let numbers = RegistrationColumns(dataset.actors)
/// numbers.keys                 // ["siret"] when only SIRETs are given
/// numbers.values(of: actor)    // ["77567227200017"], "" for an actor without one
/// ```
public struct RegistrationColumns: Sendable {
    /// The columns written, among `siret`, `siren`, `rna`, `employees`, `employees_legal_unit`,
    /// `fte`, in that order.
    public let keys: [String]

    /// The columns `actors` need.
    /// - Complexity: O(n) for n actors.
    public init(_ actors: [Actor]) {
        var siret = false, siren = false, rna = false, employees = false, legalUnit = false, fte = false
        for actor in actors {
            siret = siret || actor.siret != nil
            siren = siren || actor.siren != nil
            rna = rna || actor.rna != nil
            employees = employees || actor.employees != nil
            legalUnit = legalUnit || actor.employees?.legalUnit != nil
            fte = fte || actor.fullTimeEquivalents != nil
        }
        keys = [siret ? "siret" : nil, siren ? "siren" : nil, rna ? "rna" : nil, employees ? "employees" : nil,
                legalUnit ? "employees_legal_unit" : nil, fte ? "fte" : nil]
            .compactMap { $0 }
    }

    /// A SIRET or SIREN as people write it, its digits in groups of three then the rest:
    /// « 775 672 272 00017 » (`separator` between groups); any other text as it is.
    public static func grouped(_ number: String, separator: String = " ") -> String {
        guard number.count == 9 || number.count == 14, number.allSatisfy(\.isNumber) else { return number }
        let characters = Array(number)
        var groups = stride(from: 0, to: 9, by: 3).map { String(characters[$0..<($0 + 3)]) }
        if characters.count > 9 { groups.append(String(characters[9...])) }
        return groups.joined(separator: separator)
    }

    /// Whether no column is written.
    public var isEmpty: Bool { keys.isEmpty }

    /// `actor`'s cells in these columns, "" where it has no number or headcount.
    public func values(of actor: Actor) -> [String] {
        keys.map { key in
            switch key {
            case "siret": actor.siret ?? ""
            case "siren": actor.siren ?? ""
            case "rna": actor.rna ?? ""
            case "fte": actor.fullTimeEquivalents.map(FullTimeEquivalentTotal.code) ?? ""
            case "employees_legal_unit": actor.employees?.legalUnit ?? ""
            default: actor.employees?.code ?? ""
            }
        }
    }
}
