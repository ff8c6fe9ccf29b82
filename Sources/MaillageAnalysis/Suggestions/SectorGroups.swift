import Foundation
import MaillageModel

/// Actors grouped by sector of activity, for the « même secteur » evidence of the
/// suggestions and for the gaps between sectors.
///
/// Sectors are free text in a dataset. Two sectors are the same when their main part
/// — the text before a parenthesis — is the same once case, accents and punctuation
/// are ignored: « Insertion par l'activité économique (ACI) » and « Insertion par
/// l'activité économique (association intermédiaire) » are one sector, named
/// « Insertion par l'activité économique ». An empty sector is no sector (group −1).
///
/// ```swift
/// let sectors = SectorGroups(sectors: dataset.actors.map(\.sector))
/// sectors.names[sectors.groupOfActor[0]]   // "Services à la personne"
/// ```
public struct SectorGroups: Sendable, Equatable {
    /// Each sector's name as first written (its main part), sorted by folded name.
    public let names: [String]
    /// For each actor, an index into ``names``, or −1 when its sector is empty.
    public let groupOfActor: [Int]

    /// Number of sectors.
    public var groupCount: Int { names.count }

    /// Groups `sectors` (one per actor, in actor order).
    /// - Complexity: O(total length of the sectors) plus a sort of the distinct sectors.
    public init(sectors: [String]) {
        var keys: [String] = []
        var firstName: [String: String] = [:]
        for sector in sectors {
            let key = Self.key(sector)
            keys.append(key)
            if !key.isEmpty && firstName[key] == nil { firstName[key] = Self.mainPart(sector) }
        }
        let ordered = firstName.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        names = ordered.map { firstName[$0] ?? $0 }
        groupOfActor = keys.map { index[$0] ?? -1 }
    }

    /// The main part of a sector: the text before its first parenthesis, trimmed.
    public static func mainPart(_ sector: String) -> String {
        let head = sector.split(separator: "(", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? sector
        return head.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The comparison key of a sector: its main part folded (`NameMatching.folded(_:)`, MaillageModel).
    public static func key(_ sector: String) -> String { NameMatching.folded(mainPart(sector)) }
}
