/// The values a spreadsheet shows in a cell whose formula failed: `#N/A` (a lookup that
/// found nothing, `RECHERCHEV` / `VLOOKUP`), `#REF!`, `#VALEUR!`… in Excel's French and
/// English spellings, and LibreOffice's `Err:502` forms. An `.xlsx` stores them as error
/// cells, a CSV export writes them as text; either way they are no data, and a dataset
/// that took `#N/A` for an actor, a cooperation or a commune would count it as one.
enum SpreadsheetErrorValues {
    /// Every spelling, exactly as shown (Excel in French and in English, Google Sheets,
    /// LibreOffice).
    static let spellings: Set<String> = [
        "#N/A", "#NA", "#N/D", "#REF!", "#VALUE!", "#VALEUR!", "#DIV/0!", "#NAME?", "#NOM?", "#NUM!", "#NOMBRE!",
        "#NULL!", "#NUL!", "#SPILL!", "#PROPAGATION!", "#CALC!", "#FIELD!", "#CHAMP!", "#GETTING_DATA", "#ERROR!",
    ]

    /// The error value `bytes` hold, surrounding spaces aside, or nil for any other text.
    /// Cells that cannot be one (not starting with `#` or `Err`, or longer than 16 bytes)
    /// are rejected on their first bytes: this runs on every cell of a dataset.
    /// Whether `bytes` may hold an error value, on their length and first byte alone:
    /// false for almost every cell, so that the full test runs on few.
    @inline(__always) static func mayBeOne(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3, let first = bytes.first else { return false }
        return first == 0x23 || first == 0x45 || first == 0x20 || first == 0x09
    }

    static func value(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end - start >= 3, end - start <= 16,
              bytes[start] == 0x23 || bytes[start] == 0x45 && bytes[start + 1] == 0x72 && bytes[start + 2] == 0x72 else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        if spellings.contains(text.uppercased()) { return text }
        // LibreOffice: « Err:502 ».
        if text.hasPrefix("Err:"), text.count == 7, text.dropFirst(4).allSatisfy({ $0.isASCII && $0.isNumber }) { return text }
        return nil
    }
}
