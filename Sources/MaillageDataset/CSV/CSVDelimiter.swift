/// The separator between cells: comma (RFC 4180), semicolon (French spreadsheet
/// exports) or tab (Excel's « Texte (séparateur : tabulation) » and « Texte Unicode »,
/// `.tsv` and `.txt` files).
public enum CSVDelimiter: UInt8, Sendable, CaseIterable {
    case comma = 0x2C
    case semicolon = 0x3B
    case tab = 0x09

    /// Chooses the delimiter of a file from its first record that holds one (a title
    /// typed alone on the first lines holds none; at most the first 11 records are
    /// looked at): tab when it holds more tabs than commas and than semicolons outside
    /// quotes, else semicolon when it holds more semicolons than commas, comma otherwise.
    /// - Complexity: O(length of the records looked at).
    public static func detect(in bytes: some Collection<UInt8>) -> CSVDelimiter {
        var commas = 0, semicolons = 0, tabs = 0, quoted = false, records = 0
        func chosen() -> CSVDelimiter {
            if tabs > commas, tabs > semicolons { return .tab }
            return semicolons > commas ? .semicolon : .comma
        }
        var previous: UInt8 = 0
        for byte in bytes {
            defer { previous = byte }
            switch byte {
            case 0x22: quoted.toggle()
            case 0x2C where !quoted: commas += 1
            case 0x3B where !quoted: semicolons += 1
            case 0x09 where !quoted: tabs += 1
            case 0x0A where !quoted, 0x0D where !quoted:
                if commas + semicolons + tabs > 0 { return chosen() }
                // CRLF ends one record, not two.
                if !(byte == 0x0A && previous == 0x0D) { records += 1 }
                if records > 10 { return chosen() }
            default: break
            }
        }
        return chosen()
    }
}
