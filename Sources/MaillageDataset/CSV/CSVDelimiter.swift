/// The separator between cells: comma (RFC 4180), semicolon (French spreadsheet
/// exports) or tab (Excel's « Texte (séparateur : tabulation) » and « Texte Unicode »,
/// `.tsv` and `.txt` files).
public enum CSVDelimiter: UInt8, Sendable, CaseIterable {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    /// Chooses the delimiter of a file from its first record: tab when it holds more
    /// tabs than commas and than semicolons outside quotes, else semicolon when it holds
    /// more semicolons than commas, comma otherwise.
    /// - Complexity: O(length of the first record).
    public static func detect(in bytes: some Collection<UInt8>) -> CSVDelimiter {
        var commas = 0, semicolons = 0, tabs = 0, quoted = false
        func chosen() -> CSVDelimiter {
            if tabs > commas, tabs > semicolons { return .tab }
            return semicolons > commas ? .semicolon : .comma
        }
        for byte in bytes {
            switch byte {
            case 0x22: quoted.toggle()
            case 0x2C where !quoted: commas += 1
            case 0x3B where !quoted: semicolons += 1
            case 0x09 where !quoted: tabs += 1
            case 0x0A where !quoted, 0x0D where !quoted:
                return chosen()
            default: break
            }
        }
        return chosen()
    }
}
