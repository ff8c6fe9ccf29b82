import MaillageSupport

/// Reads an Excel 97–2003 workbook (`.xls`, BIFF8 in a ``CompoundFile``), as French
/// administrations and older tools still save them.
///
/// Read, into the same ``WorkbookSheet``s as an `.xlsx` gives: the worksheets (hidden ones
/// marked; charts and macro sheets skipped), shared strings (`SST`, split across
/// `CONTINUE` records as Excel writes long tables), inline labels, numbers (`NUMBER`, `RK`,
/// `MULRK`), booleans, formulas' cached values (a text result from its `STRING` record),
/// dates from the cell's number format (built-in or custom, `DATEMODE` for the 1904
/// system) and merged ranges. Refused with a message: a password-protected workbook
/// (`FILEPASS`), a workbook older than Excel 97 (BIFF5 or earlier: « Book » stream), a
/// truncated record.
struct XLSReader {
    let container: CompoundFile
    let limits: WorkbookLimits

    private static func damaged(_ what: String, sheet: String? = nil) -> WorkbookError {
        WorkbookError(
            fr: "classeur Excel 97-2003 (.xls) abîmé : \(what) ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau (de préférence en .xlsx)",
            en: "damaged Excel 97-2003 workbook (.xls): \(what); open it in Excel or LibreOffice and save it again (preferably as .xlsx)", sheet: sheet)
    }

    func read() throws(WorkbookError) -> Workbook {
        guard let stream = try container.stream("Workbook", limits: limits) else {
            if container.streams.keys.contains(where: { $0.lowercased() == "book" }) {
                throw WorkbookError(
                    fr: "classeur trop ancien (Excel 5 ou 95) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx",
                    en: "workbook too old (Excel 5 or 95): open it in Excel or LibreOffice and save it as .xlsx")
            }
            if container.streams.keys.contains("EncryptedPackage") {
                throw WorkbookError(
                    fr: "classeur protégé par un mot de passe : Maillage ne peut pas le lire ; enregistrez-en une copie sans mot de passe",
                    en: "password-protected workbook: Maillage cannot read it; save a copy without a password")
            }
            throw WorkbookError(
                fr: "pas un classeur Excel : ce fichier Office (.xls) ne contient pas de feuilles (un document Word ou PowerPoint ?)",
                en: "not an Excel workbook: this Office file (.xls) holds no sheets (a Word or PowerPoint document?)")
        }
        return try BIFF(stream, limits: limits).read()
    }
}

/// The records of a BIFF8 workbook stream.
private struct BIFF {
    let data: [UInt8]
    let limits: WorkbookLimits

    init(_ data: [UInt8], limits: WorkbookLimits) {
        self.data = data
        self.limits = limits
    }

    func u16(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 | Int(data[at + 2]) << 16 | Int(data[at + 3]) << 24 }

    /// One record: its type, where its data start, its length.
    struct Record {
        var type: Int
        var start: Int
        var length: Int
    }

    /// The record at `offset`, nil past the end; a record running past the end throws.
    func record(at offset: Int) throws(WorkbookError) -> Record? {
        guard offset + 4 <= data.count else { return nil }
        let type = u16(offset), length = u16(offset + 2)
        guard offset + 4 + length <= data.count else { throw XLSReaderError.truncated.workbookError }
        return Record(type: type, start: offset + 4, length: length)
    }

    /// A record's data followed by those of the `CONTINUE` records after it, with where
    /// each continuation starts (a string's characters restart there with a flags byte).
    func withContinues(_ first: Record, next: inout Int) throws(WorkbookError) -> (bytes: [UInt8], breaks: [Int]) {
        var bytes = Array(data[first.start..<first.start + first.length])
        var breaks: [Int] = []
        next = first.start + first.length
        while let more = try record(at: next), more.type == 0x003C {
            breaks.append(bytes.count)
            bytes += data[more.start..<more.start + more.length]
            next = more.start + more.length
        }
        return (bytes, breaks)
    }

    func read() throws(WorkbookError) -> Workbook {
        guard let bof = try record(at: 0), bof.type == 0x0809, bof.length >= 4 else { throw XLSReaderError.notBIFF8.workbookError }
        guard u16(bof.start) == 0x0600 else { throw XLSReaderError.tooOld.workbookError }
        var sheets: [(name: String, offset: Int, hidden: Bool)] = []
        var strings: [String] = []
        var formats: [Int: String] = [:]
        var styleFormats: [Int] = []
        var date1904 = false
        var offset = 0
        // The workbook globals, up to their EOF.
        while let r = try record(at: offset) {
            var next = r.start + r.length
            switch r.type {
            case 0x002F: throw XLSReaderError.encrypted.workbookError
            case 0x0022: date1904 = r.length >= 2 && u16(r.start) == 1
            case 0x0085 where r.length >= 8:
                // BOUNDSHEET8: the sheet's BOF offset, visibility, type, name.
                let hidden = data[r.start + 4] & 0x03 != 0, kind = data[r.start + 5]
                var at = r.start + 6
                let name = try shortString(&at, end: r.start + r.length)
                if kind == 0 { sheets.append((name, u32(r.start), hidden)) }
            case 0x041E where r.length >= 5:
                var at = r.start + 2
                formats[u16(r.start)] = try unicodeString(&at, end: r.start + r.length)
            case 0x00E0 where r.length >= 4:
                styleFormats.append(u16(r.start + 2))
            case 0x00FC:
                let (bytes, breaks) = try withContinues(r, next: &next)
                strings = try sharedStrings(bytes, breaks: breaks)
            default: break
            }
            offset = next
            if r.type == 0x000A { break }
        }
        let dateStyles = Set(styleFormats.indices.filter { i in
            let format = styleFormats[i]
            return SpreadsheetDates.builtInDateFormats.contains(format) || formats[format].map(SpreadsheetDates.isDateFormat) == true
        })
        var cellCount = 0
        var out: [WorkbookSheet] = []
        for sheet in sheets {
            var uncalculated: [WorkbookCell] = [], hiddenRows: [ClosedRange<Int>] = []
            let cells = try sheetCells(at: sheet.offset, sheet: sheet.name, strings: strings, dateStyles: dateStyles, date1904: date1904,
                                       cellCount: &cellCount, uncalculated: &uncalculated, hidden: &hiddenRows)
            out.append(WorkbookSheet(name: sheet.name, isHidden: sheet.hidden, cells: cells, uncalculated: uncalculated, hiddenRows: hiddenRows))
        }
        return Workbook(sheets: out)
    }

    /// A ShortXLUnicodeString: length byte, flags byte, characters.
    private func shortString(_ at: inout Int, end: Int) throws(WorkbookError) -> String {
        guard at + 2 <= end else { throw XLSReaderError.truncated.workbookError }
        let count = Int(data[at]), wide = data[at + 1] & 1 == 1
        at += 2
        let length = count * (wide ? 2 : 1)
        guard at + length <= end else { throw XLSReaderError.truncated.workbookError }
        defer { at += length }
        return Self.decode(data[at..<at + length], wide: wide)
    }

    /// An XLUnicodeString: 16-bit length, flags byte, characters (no rich text here).
    private func unicodeString(_ at: inout Int, end: Int) throws(WorkbookError) -> String {
        guard at + 3 <= end else { throw XLSReaderError.truncated.workbookError }
        let count = u16(at), flags = data[at + 2]
        at += 3
        let wide = flags & 1 == 1
        if flags & 0x08 != 0 { at += 2 }
        if flags & 0x04 != 0 { at += 4 }
        let length = count * (wide ? 2 : 1)
        guard at + length <= end else { throw XLSReaderError.truncated.workbookError }
        defer { at += length }
        return Self.decode(data[at..<at + length], wide: wide)
    }

    static func decode(_ bytes: ArraySlice<UInt8>, wide: Bool) -> String {
        if wide {
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = bytes.startIndex
            while i + 1 < bytes.endIndex { units.append(UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8); i += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        // « Compressed » characters: the low bytes of UTF-16, i.e. Latin-1.
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// The SST's strings. A string's characters may cross into the next CONTINUE record,
    /// which then starts with a new flags byte (its characters 8 or 16 bits wide).
    private func sharedStrings(_ bytes: [UInt8], breaks: [Int]) throws(WorkbookError) -> [String] {
        guard bytes.count >= 8 else { throw XLSReaderError.truncated.workbookError }
        let unique = Int(bytes[4]) | Int(bytes[5]) << 8 | Int(bytes[6]) << 16 | Int(bytes[7]) << 24
        guard unique <= bytes.count else { throw XLSReaderError.truncated.workbookError }
        var strings: [String] = []
        strings.reserveCapacity(unique)
        var at = 8
        for _ in 0..<unique {
            // A string starts at a record start or inside a record; its header never splits.
            guard at + 3 <= bytes.count else { throw XLSReaderError.truncated.workbookError }
            let remaining = Int(bytes[at]) | Int(bytes[at + 1]) << 8
            let flags = bytes[at + 2]
            let wide = flags & 1 == 1
            at += 3
            var runs = 0, extended = 0
            if flags & 0x08 != 0 {
                guard at + 2 <= bytes.count else { throw XLSReaderError.truncated.workbookError }
                runs = Int(bytes[at]) | Int(bytes[at + 1]) << 8; at += 2
            }
            if flags & 0x04 != 0 {
                guard at + 4 <= bytes.count else { throw XLSReaderError.truncated.workbookError }
                extended = Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24; at += 4
            }
            let text = try Self.characters(remaining, wide: wide, in: bytes, at: &at, breaks: breaks)
            at += runs * 4 + extended
            guard at <= bytes.count else { throw XLSReaderError.truncated.workbookError }
            strings.append(text)
        }
        return strings
    }

    /// The text of a number cell: a date where its style shows one, else the number plainly.
    private static func text(_ value: Double, style: Int, dateStyles: Set<Int>, date1904: Bool) -> String {
        if dateStyles.contains(style), let date = SpreadsheetDates.iso(serial: value, date1904: date1904) { return date }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// An RK number: a 30-bit integer or the top of a double, divided by 100 when flagged.
    private static func rk(_ raw: UInt32) -> Double {
        var value: Double
        if raw & 0x02 != 0 {
            value = Double(Int32(bitPattern: raw) >> 2)
        } else {
            value = Double(bitPattern: UInt64(raw & 0xFFFF_FFFC) << 32)
        }
        if raw & 0x01 != 0 { value /= 100 }
        return value
    }

    private func sheetCells(
        at start: Int, sheet: String, strings: [String], dateStyles: Set<Int>, date1904: Bool, cellCount: inout Int,
        uncalculated: inout [WorkbookCell], hidden: inout [ClosedRange<Int>]
    ) throws(WorkbookError) -> [WorkbookCell] {
        guard let bof = try record(at: start), bof.type == 0x0809 else { throw XLSReaderError.sheetMissing(sheet).workbookError }
        var cells: [WorkbookCell] = []
        var merges: [(Int, Int, Int, Int)] = []
        var offset = bof.start + bof.length
        var pendingFormula: (row: Int, column: Int)?
        var hiddenRows: [ClosedRange<Int>] = []
        func add(_ row: Int, _ column: Int, _ text: String) throws(WorkbookError) {
            guard !text.isEmpty else { return }
            cellCount += 1
            guard cellCount <= limits.cells else {
                throw WorkbookError(fr: "refusé : le classeur compte plus de \(limits.cells) cellules", en: "refused: the workbook holds more than \(limits.cells) cells", sheet: sheet)
            }
            cells.append(WorkbookCell(row: row + 1, column: column + 1, text: text))
        }
        while let r = try record(at: offset) {
            var next = r.start + r.length
            let s = r.start
            switch r.type {
            case 0x000A:
                cells.sort { ($0.row, $0.column) < ($1.row, $1.column) }
                hidden = WorkbookSheet.normalized(hiddenRows)
                return try MergedRanges.fill(cells, ranges: merges, limits: limits, cellCount: &cellCount, sheet: sheet)
            case 0x0208 where r.length >= 16:
                // ROW: bit 5 of its options (fDyZero), a row hidden by hand or by a filter.
                if u16(s + 12) & 0x20 != 0 { WorkbookSheet.note(hidden: (u16(s) + 1)...(u16(s) + 1), in: &hiddenRows) }
            case 0x00FD where r.length >= 10:
                let index = u32(s + 6)
                guard index < strings.count else { throw XLSReaderError.sharedString(sheet).workbookError }
                try add(u16(s), u16(s + 2), strings[index])
            case 0x0204 where r.length >= 9:
                var at = s + 6
                try add(u16(s), u16(s + 2), try unicodeString(&at, end: s + r.length))
            case 0x0203 where r.length >= 14:
                let bits = UInt64(UInt32(truncatingIfNeeded: u32(s + 6))) | UInt64(UInt32(truncatingIfNeeded: u32(s + 10))) << 32
                try add(u16(s), u16(s + 2), Self.text(Double(bitPattern: bits), style: u16(s + 4), dateStyles: dateStyles, date1904: date1904))
            case 0x027E where r.length >= 10:
                try add(u16(s), u16(s + 2), Self.text(Self.rk(UInt32(truncatingIfNeeded: u32(s + 6))), style: u16(s + 4), dateStyles: dateStyles, date1904: date1904))
            case 0x00BD where r.length >= 6:
                let row = u16(s), first = u16(s + 2)
                let count = (r.length - 6) / 6
                for i in 0..<count {
                    let at = s + 4 + 6 * i
                    try add(row, first + i, Self.text(Self.rk(UInt32(truncatingIfNeeded: u32(at + 2))), style: u16(at), dateStyles: dateStyles, date1904: date1904))
                }
            case 0x0205 where r.length >= 8:
                if data[s + 7] == 0 { try add(u16(s), u16(s + 2), data[s + 6] != 0 ? "true" : "false") }
            case 0x0006 where r.length >= 20:
                let row = u16(s), column = u16(s + 2)
                if data[s + 12] == 0xFF, data[s + 13] == 0xFF {
                    switch data[s + 6] {
                    case 0: pendingFormula = (row, column)  // a text: in the STRING record that follows
                    case 1: try add(row, column, data[s + 8] != 0 ? "true" : "false")
                    default: break  // an error or an empty text
                    }
                } else {
                    let bits = UInt64(UInt32(truncatingIfNeeded: u32(s + 6))) | UInt64(UInt32(truncatingIfNeeded: u32(s + 10))) << 32
                    try add(row, column, Self.text(Double(bitPattern: bits), style: u16(s + 4), dateStyles: dateStyles, date1904: date1904))
                }
            case 0x0207:
                let (bytes, breaks) = try withContinues(r, next: &next)
                if let (row, column) = pendingFormula {
                    pendingFormula = nil
                    let text = try BIFF(bytes, limits: limits).stringResult(breaks: breaks)
                    try add(row, column, text)
                }
            case 0x00E5 where r.length >= 2:
                let count = min(u16(s), (r.length - 2) / 8)
                for i in 0..<count {
                    let at = s + 2 + 8 * i
                    merges.append((u16(at) + 1, u16(at + 4) + 1, u16(at + 2) + 1, u16(at + 6) + 1))
                }
            default: break
            }
            offset = next
        }
        throw XLSReaderError.truncated.workbookError
    }

    /// A STRING record's text (its characters may go on in CONTINUE records).
    private func stringResult(breaks: [Int]) throws(WorkbookError) -> String {
        guard data.count >= 3 else { throw XLSReaderError.truncated.workbookError }
        var at = 3
        return try Self.characters(u16(0), wide: data[2] & 1 == 1, in: data, at: &at, breaks: breaks)
    }

    /// `count` characters from `at` in `bytes` (a record and its CONTINUE records, which
    /// start at the offsets `breaks`), 8 or 16 bits wide as `wide` says: where they go on
    /// past a CONTINUE record's start, that record begins with a flags byte giving their
    /// width from there on.
    static func characters(_ count: Int, wide first: Bool, in bytes: [UInt8], at: inout Int, breaks: [Int]) throws(WorkbookError) -> String {
        var remaining = count, wide = first
        var text = ""
        // The first record start after `at`: the characters stop there.
        var low = 0, high = breaks.count
        while low < high {
            let middle = (low + high) / 2
            if breaks[middle] > at { high = middle } else { low = middle + 1 }
        }
        var next = low
        while remaining > 0 {
            let limit = next < breaks.count ? breaks[next] : bytes.count
            let width = wide ? 2 : 1
            let take = min(remaining, max(0, (limit - at) / width))
            guard at + take * width <= bytes.count else { throw XLSReaderError.truncated.workbookError }
            text += decode(bytes[at..<at + take * width], wide: wide)
            at += take * width
            remaining -= take
            if remaining > 0 {
                guard at == limit, at < bytes.count else { throw XLSReaderError.truncated.workbookError }
                wide = bytes[at] & 1 == 1
                at += 1
                next += 1
            }
        }
        return text
    }
}

/// What goes wrong in a BIFF stream, said as a ``WorkbookError``.
private enum XLSReaderError {
    case truncated, notBIFF8, tooOld, encrypted
    case sheetMissing(String)
    case sharedString(String)

    var workbookError: WorkbookError {
        switch self {
        case .truncated:
            WorkbookError(fr: "classeur Excel 97-2003 (.xls) abîmé : un enregistrement est tronqué ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau",
                          en: "damaged Excel 97-2003 workbook (.xls): a record is truncated; open it in Excel or LibreOffice and save it again")
        case .notBIFF8:
            WorkbookError(fr: "pas un classeur Excel lisible : le flux Workbook ne commence pas comme un classeur Excel 97-2003",
                          en: "not a readable Excel workbook: the Workbook stream does not start as an Excel 97-2003 workbook")
        case .tooOld:
            WorkbookError(fr: "classeur trop ancien (avant Excel 97) : ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx",
                          en: "workbook too old (before Excel 97): open it in Excel or LibreOffice and save it as .xlsx")
        case .encrypted:
            WorkbookError(fr: "classeur protégé par un mot de passe : Maillage ne peut pas le lire ; enregistrez-en une copie sans mot de passe",
                          en: "password-protected workbook: Maillage cannot read it; save a copy without a password")
        case .sheetMissing(let sheet):
            WorkbookError(fr: "classeur Excel 97-2003 (.xls) abîmé : la feuille est introuvable dans le fichier ; enregistrez-le de nouveau",
                          en: "damaged Excel 97-2003 workbook (.xls): the sheet cannot be found in the file; save it again", sheet: sheet)
        case .sharedString(let sheet):
            WorkbookError(fr: "classeur Excel 97-2003 (.xls) abîmé : une cellule renvoie à une chaîne partagée qui n'existe pas",
                          en: "damaged Excel 97-2003 workbook (.xls): a cell names a shared string that does not exist", sheet: sheet)
        }
    }
}
