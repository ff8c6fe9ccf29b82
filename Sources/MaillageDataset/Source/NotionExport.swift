import Foundation

/// What a Notion workspace export holds: each database as « Name <32 hex digits>.csv »,
/// the rows its view shows, and since 2023 also « Name <32 hex digits>_all.csv », every
/// row and property. The second is the one read.
enum NotionExport {
    /// The `_all` file of `a` and `b` when they are the two exports of one Notion
    /// database; nil otherwise.
    static func wholeDatabase(_ a: String, _ b: String) -> String? {
        func stem(_ name: String) -> String { URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent }
        let (sa, sb) = (stem(a), stem(b))
        if sb == sa + "_all", hasPageID(sa) { return b }
        if sa == sb + "_all", hasPageID(sb) { return a }
        return nil
    }

    /// Whether `stem` ends with Notion's page id: a space and 32 hexadecimal digits.
    static func hasPageID(_ stem: String) -> Bool {
        let parts = stem.split(separator: " ")
        guard parts.count > 1, let last = parts.last, last.count == 32 else { return false }
        return last.allSatisfy(\.isHexDigit)
    }
}
