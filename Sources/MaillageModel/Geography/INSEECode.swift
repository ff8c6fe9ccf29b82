/// An INSEE commune code (code officiel géographique): five characters, digits, or
/// `2A`/`2B` and three digits in Corsica (`62160`, `2A004`).
public enum INSEECode {
    /// Whether `text` is written as a commune code.
    public static func isCommuneCode(_ text: String) -> Bool {
        let s = Array(text.utf8)
        guard s.count == 5 else { return false }
        func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        if s[0] == 0x32, s[1] == 0x41 || s[1] == 0x42 || s[1] == 0x61 || s[1] == 0x62 { return s[2...].allSatisfy(digit) }
        return s.allSatisfy(digit)
    }

    /// The code as written canonically (`2a004` → `2A004`).
    public static func canonical(_ text: String) -> String { text.uppercased() }
}
