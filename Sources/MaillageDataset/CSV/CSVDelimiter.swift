/// The separator between cells: comma (RFC 4180) or semicolon (French spreadsheet exports).
public enum CSVDelimiter: UInt8, Sendable, CaseIterable {
    case comma = 0x2C
    case semicolon = 0x3B

    /// Chooses the delimiter of a file from its first record: semicolon when it
    /// holds more semicolons than commas outside quotes, comma otherwise.
    /// - Complexity: O(length of the first record).
    public static func detect(in bytes: some Collection<UInt8>) -> CSVDelimiter {
        var commas = 0, semicolons = 0, quoted = false
        for byte in bytes {
            switch byte {
            case 0x22: quoted.toggle()
            case 0x2C where !quoted: commas += 1
            case 0x3B where !quoted: semicolons += 1
            case 0x0A where !quoted, 0x0D where !quoted:
                return semicolons > commas ? .semicolon : .comma
            default: break
            }
        }
        return semicolons > commas ? .semicolon : .comma
    }
}
