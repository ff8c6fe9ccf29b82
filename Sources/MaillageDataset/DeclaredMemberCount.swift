import Foundation
import MaillageModel

/// A cooperation's declared number of members as people type it in a spreadsheet.
extension LoaderRun {
    /// Words that may follow the count (« 12 membres », « 30 adhérents »), folded.
    static let memberCountUnits: Set<String> = Set([
        "membre", "membres", "adherent", "adherents", "structure", "structures", "acteur", "acteurs",
        "participant", "participants", "organisation", "organisations", "member", "members",
    ])

    /// Words that make the count approximate: before it (« environ 30 », « ~30 »,
    /// « près de 30 », « plus de 30 ») or after it (« 30 env. », « 30+ »), folded.
    static let approximateBefore: [String] = ["environ", "env", "pres de", "plus de", "about", "approx", "approximately", "around", "over", "~", "≈"]
    static let approximateAfter: [String] = ["environ", "env", "+", "approx"]

    /// The count in `text` when it is a whole number written as spreadsheets and people
    /// write it: digits grouped by thousands (« 1 200 », with any kind of space), a zero
    /// fraction (« 12,0 », « 12.00 »), a unit word (« 12 membres »), an approximation
    /// (« environ 30 », « ~30 », « 30+ »: `approximate` is true). Nil for anything else,
    /// a negative or fractional count included.
    static func memberCount(_ text: String) -> (count: Int, approximate: Bool)? {
        var rest = text.lowercased().folding(options: [.diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            .trimmingCharacters(in: .whitespaces)
        var approximate = false
        for word in approximateBefore where rest.hasPrefix(word) {
            let after = rest.dropFirst(word.count)
            guard word.count == 1 || after.first == " " || after.first == "." else { continue }
            rest = after.drop { $0 == " " || $0 == "." }.trimmingCharacters(in: .whitespaces)
            approximate = true
            break
        }
        // The digits, grouped by single spaces in threes after the first group.
        var digits = "", index = rest.startIndex
        var groups: [Int] = [0]
        while index < rest.endIndex {
            let c = rest[index]
            if c.isASCII && c.isNumber {
                digits.append(c); groups[groups.count - 1] += 1
            } else if c == " ", rest.index(after: index) < rest.endIndex, rest[rest.index(after: index)].isNumber, !digits.isEmpty {
                groups.append(0)
            } else {
                break
            }
            index = rest.index(after: index)
        }
        guard !digits.isEmpty, groups.dropFirst().allSatisfy({ $0 == 3 }), groups[0] <= 3 || groups.count == 1 else { return nil }
        var tail = rest[index...].trimmingCharacters(in: .whitespaces)
        // A zero fraction: « 12,0 », « 12.00 ».
        if let first = tail.first, first == "," || first == "." {
            let zeros = tail.dropFirst().prefix { $0.isNumber }
            guard !zeros.isEmpty, zeros.allSatisfy({ $0 == "0" }) else { return nil }
            tail = tail.dropFirst(1 + zeros.count).trimmingCharacters(in: .whitespaces)
        }
        for word in approximateAfter where tail.hasPrefix(word) {
            tail = tail.dropFirst(word.count).drop { $0 == "." || $0 == " " }.trimmingCharacters(in: .whitespaces)
            approximate = true
            break
        }
        if !tail.isEmpty {
            guard memberCountUnits.contains(tail.trimmingCharacters(in: CharacterSet(charactersIn: ". "))) else { return nil }
        }
        guard let count = Int(digits) else { return nil }
        return (count, approximate)
    }
}
