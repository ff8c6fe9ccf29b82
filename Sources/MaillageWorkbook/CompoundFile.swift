import MaillageSupport

/// A Compound File Binary container (Microsoft's « structured storage »): what an Excel
/// 97–2003 workbook (`.xls`) is, and what a password-protected `.xlsx` becomes.
///
/// Only what reading a workbook needs: the directory's streams by name, each read whole
/// by following its chain of sectors (or of mini sectors, for a stream under the cutoff).
/// Every chain is bounded by the number of sectors the file holds, so a chain that loops
/// or points outside the file is refused, not followed; a stream larger than
/// ``WorkbookLimits/inflatedBytes`` is refused before it is read.
struct CompoundFile {
    /// The first eight bytes of every compound file.
    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    private let bytes: [UInt8]
    private let sectorSize: Int
    private let fat: [UInt32]
    private let miniFAT: [UInt32]
    private let miniStream: [UInt8]
    private let miniCutoff: Int
    /// The sectors the file holds: no chain is longer.
    private let sectorCount: Int
    /// The streams by name (as written, case kept), with their first sector and size.
    let streams: [String: (start: UInt32, size: Int)]

    private static let endOfChain: UInt32 = 0xFFFF_FFFE

    /// Whether `bytes` start as a compound file.
    static func isCompoundFile(_ bytes: [UInt8]) -> Bool { bytes.starts(with: signature) }

    init(_ bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookError) {
        func damaged(_ why: String) -> WorkbookError {
            WorkbookError(fr: "classeur Excel 97-2003 (.xls) abîmé : \(why.fr) ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau",
                          en: "damaged Excel 97-2003 workbook (.xls): \(why.en); open it in Excel or LibreOffice and save it again")
        }
        guard bytes.count >= 512, Self.isCompoundFile(bytes) else { throw damaged("en-tête illisible") }
        let endOfChain = Self.endOfChain
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> UInt32 { UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24 }
        let shift = u16(0x1E)
        guard shift == 9 || shift == 12, u16(0x20) == 6 else { throw damaged("taille de secteur inconnue") }
        let sectorSize = 1 << shift
        let sectorCount = max(0, (bytes.count - sectorSize) / sectorSize + ((bytes.count - sectorSize) % sectorSize > 0 ? 1 : 0))
        let perSector = sectorSize / 4
        func sector(_ n: UInt32) -> Int? {
            let index = Int(n)
            guard n < 0xFFFF_FFFA, index < sectorCount else { return nil }
            return (index + 1) * sectorSize
        }
        // The FAT's sectors: 109 in the header, then the DIFAT chain.
        var fatSectors: [UInt32] = []
        let fatCount = Int(u32(0x2C))
        guard fatCount <= sectorCount else { throw damaged("table d'allocation plus grande que le fichier") }
        for i in 0..<109 where fatSectors.count < fatCount { fatSectors.append(u32(0x4C + 4 * i)) }
        var difat = u32(0x44)
        var hops = 0
        while fatSectors.count < fatCount, difat != endOfChain {
            hops += 1
            guard hops <= sectorCount, let offset = sector(difat), offset + sectorSize <= bytes.count else { throw damaged("chaîne DIFAT invalide") }
            for i in 0..<(perSector - 1) where fatSectors.count < fatCount { fatSectors.append(u32(offset + 4 * i)) }
            difat = u32(offset + sectorSize - 4)
        }
        var fat: [UInt32] = []
        fat.reserveCapacity(fatSectors.count * perSector)
        for n in fatSectors {
            guard let offset = sector(n), offset + sectorSize <= bytes.count else { throw damaged("secteur de table d'allocation hors du fichier") }
            for i in 0..<perSector { fat.append(u32(offset + 4 * i)) }
        }
        // Follows a chain in the FAT: the sectors' offsets, bounded by the sector count.
        func chain(_ start: UInt32) throws(WorkbookError) -> [Int] {
            var offsets: [Int] = []
            var n = start
            while n != endOfChain {
                guard offsets.count < sectorCount, let offset = sector(n), Int(n) < fat.count else { throw damaged("chaîne de secteurs invalide") }
                offsets.append(offset)
                n = fat[Int(n)]
            }
            return offsets
        }
        func read(_ start: UInt32, size: Int?) throws(WorkbookError) -> [UInt8] {
            var out: [UInt8] = []
            for offset in try chain(start) {
                let end = min(offset + sectorSize, bytes.count)
                out.append(contentsOf: bytes[offset..<end])
                if let size, out.count >= size { break }
            }
            if let size {
                guard out.count >= size else { throw damaged("flux plus court que sa taille") }
                out.removeLast(out.count - size)
            }
            return out
        }
        // The directory: 128-byte entries.
        let directory = try read(u32(0x30), size: nil)
        var rootStart: UInt32 = endOfChain, rootSize = 0
        var streams: [String: (start: UInt32, size: Int)] = [:]
        var entry = 0
        while entry + 128 <= directory.count {
            defer { entry += 128 }
            let type = directory[entry + 0x42]
            guard type == 1 || type == 2 || type == 5 else { continue }
            let nameBytes = min(64, Int(directory[entry + 0x40]) | Int(directory[entry + 0x41]) << 8)
            var units: [UInt16] = []
            var i = 0
            while i + 1 < nameBytes { units.append(UInt16(directory[entry + i]) | UInt16(directory[entry + i + 1]) << 8); i += 2 }
            while units.last == 0 { units.removeLast() }
            let name = String(decoding: units, as: UTF16.self)
            let start = UInt32(directory[entry + 0x74]) | UInt32(directory[entry + 0x75]) << 8 | UInt32(directory[entry + 0x76]) << 16 | UInt32(directory[entry + 0x77]) << 24
            var size = Int(UInt32(directory[entry + 0x78]) | UInt32(directory[entry + 0x79]) << 8 | UInt32(directory[entry + 0x7A]) << 16 | UInt32(directory[entry + 0x7B]) << 24)
            if sectorSize == 512 { size &= 0x7FFF_FFFF }
            if type == 5 { rootStart = start; rootSize = size; continue }
            if type == 2, streams[name] == nil { streams[name] = (start, size) }
        }
        guard rootSize <= bytes.count, rootSize <= limits.inflatedBytes else { throw damaged("mini-flux plus grand que le fichier") }
        let miniStream = rootSize > 0 ? try read(rootStart, size: rootSize) : []
        var miniFAT: [UInt32] = []
        if u32(0x40) > 0 {
            let table = try read(u32(0x3C), size: nil)
            var i = 0
            while i + 4 <= table.count { miniFAT.append(UInt32(table[i]) | UInt32(table[i + 1]) << 8 | UInt32(table[i + 2]) << 16 | UInt32(table[i + 3]) << 24); i += 4 }
        }
        self.bytes = bytes
        self.sectorSize = sectorSize
        self.fat = fat
        self.miniFAT = miniFAT
        self.miniStream = miniStream
        self.miniCutoff = Int(u32(0x38))
        self.streams = streams
        self.sectorCount = sectorCount
    }

    /// The stream named `name` (compared ignoring case), read whole; nil when there is none.
    func stream(_ name: String, limits: WorkbookLimits) throws(WorkbookError) -> [UInt8]? {
        guard let (start, size) = streams.first(where: { $0.key.lowercased() == name.lowercased() })?.value else { return nil }
        let damaged = WorkbookError(
            fr: "classeur Excel 97-2003 (.xls) abîmé : le flux « \(name) » est illisible ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le de nouveau",
            en: "damaged Excel 97-2003 workbook (.xls): stream \"\(name)\" cannot be read; open it in Excel or LibreOffice and save it again")
        guard size <= limits.inflatedBytes else {
            throw WorkbookError(fr: "refusé : le classeur dépasse \(limits.inflatedBytes >> 20) Mio", en: "refused: the workbook is over \(limits.inflatedBytes >> 20) MiB")
        }
        var out: [UInt8] = []
        out.reserveCapacity(size)
        var n = start
        if size < miniCutoff {
            // Mini sectors of 64 bytes in the mini stream.
            var hops = 0
            while out.count < size {
                let index = Int(n)
                guard n != Self.endOfChain, index < miniFAT.count, hops <= miniFAT.count, (index + 1) * 64 <= miniStream.count else { throw damaged }
                out.append(contentsOf: miniStream[index * 64..<(index + 1) * 64])
                n = miniFAT[index]
                hops += 1
            }
        } else {
            var hops = 0
            while out.count < size {
                let index = Int(n)
                guard n != Self.endOfChain, index < fat.count, hops <= sectorCount else { throw damaged }
                let offset = (index + 1) * sectorSize
                guard offset < bytes.count else { throw damaged }
                out.append(contentsOf: bytes[offset..<min(offset + sectorSize, bytes.count)])
                n = fat[index]
                hops += 1
            }
        }
        out.removeLast(out.count - size)
        return out
    }
}

private extension String {
    var fr: String { self }
    var en: String {
        switch self {
        case "en-tête illisible": "unreadable header"
        case "taille de secteur inconnue": "unknown sector size"
        case "table d'allocation plus grande que le fichier": "allocation table larger than the file"
        case "chaîne DIFAT invalide": "invalid DIFAT chain"
        case "secteur de table d'allocation hors du fichier": "allocation table sector outside the file"
        case "chaîne de secteurs invalide": "invalid chain of sectors"
        case "flux plus court que sa taille": "stream shorter than its size"
        case "mini-flux plus grand que le fichier": "mini stream larger than the file"
        default: self
        }
    }
}
