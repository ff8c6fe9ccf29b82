import MaillageSupport
/// A check of a ZIP archive's directory before any entry is read: every offset and
/// size it states must lie within the file, so that no reader ever seeks outside it.
///
/// A workbook's archive is a plain ZIP: one disk, no ZIP64 (it is far under 4 GiB),
/// entries stored or deflated. Anything else is refused as damaged or unsupported.
enum ZipDirectoryCheck {
    /// Throws when the directory of `bytes` is not sound; returns the number of entries.
    static func check(_ bytes: [UInt8], limits: WorkbookLimits) throws(WorkbookError) -> Int {
        let n = bytes.count
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        func damaged(_ what: LocalizedText) -> WorkbookError {
            WorkbookError(fr: "pas un classeur : l'archive ZIP est endommagée (\(what.fr)) ; ouvrez-la et enregistrez-la de nouveau", en: "not a workbook: the ZIP archive is damaged (\(what.en)); open it and save it again")
        }
        // The end of central directory record: the last one within the final 64 KiB + 22 bytes.
        var end = -1
        var i = n - 22
        while i >= max(0, n - 22 - 65_535) {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { end = i; break }
            i -= 1
        }
        guard end >= 0 else { throw damaged(LocalizedText(fr: "pas de fin de répertoire central", en: "no end of central directory")) }
        let disk = u16(end + 4), directoryDisk = u16(end + 6)
        let entriesHere = u16(end + 8), entries = u16(end + 10)
        let directorySize = u32(end + 12), directoryOffset = u32(end + 16)
        if entries == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw WorkbookError(fr: "classeur inutilisable : une archive ZIP64, dont un classeur n'a jamais besoin", en: "not a usable workbook: a ZIP64 archive, which workbooks never need")
        }
        guard disk == 0, directoryDisk == 0, entriesHere == entries else { throw damaged(LocalizedText(fr: "une archive en plusieurs parties", en: "a multi-part archive")) }
        guard entries <= limits.entries else {
            throw WorkbookError(fr: "refusé : l'archive compte plus de \(limits.entries) entrées ; un classeur en compte quelques dizaines", en: "refused: the archive holds more than \(limits.entries) entries; a workbook holds a few dozen")
        }
        guard directoryOffset + directorySize <= end else { throw damaged(LocalizedText(fr: "son répertoire est hors du fichier", en: "its directory lies outside the file")) }
        var p = directoryOffset
        for _ in 0..<entries {
            guard p + 46 <= directoryOffset + directorySize,
                  bytes[p] == 0x50, bytes[p + 1] == 0x4B, bytes[p + 2] == 0x01, bytes[p + 3] == 0x02 else {
                throw damaged(LocalizedText(fr: "une entrée du répertoire est cassée", en: "a directory entry is broken"))
            }
            let flags = u16(p + 8), method = u16(p + 10)
            let compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            guard method == 0 || method == 8 else { throw WorkbookError(fr: "classeur inutilisable : une entrée est compressée par la méthode \(method), pas par deflate", en: "not a usable workbook: an entry is compressed with method \(method), not deflate") }
            guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF else {
                throw WorkbookError(fr: "classeur inutilisable : une archive ZIP64, dont un classeur n'a jamais besoin", en: "not a usable workbook: a ZIP64 archive, which workbooks never need")
            }
            guard flags & 1 == 0 else { throw WorkbookError(fr: "classeur inutilisable : l'archive est chiffrée (retirez le mot de passe et enregistrez-la de nouveau)", en: "not a usable workbook: the archive is encrypted (remove the password and save it again)") }
            let next = p + 46 + nameLength + extraLength + commentLength
            guard next <= directoryOffset + directorySize else { throw damaged(LocalizedText(fr: "une entrée du répertoire déborde du répertoire", en: "a directory entry runs past the directory")) }
            // The local header, its name and extra field, the data and its descriptor.
            guard local + 30 <= directoryOffset,
                  bytes[local] == 0x50, bytes[local + 1] == 0x4B, bytes[local + 2] == 0x03, bytes[local + 3] == 0x04 else {
                throw damaged(LocalizedText(fr: "l'en-tête d'une entrée est hors du fichier", en: "an entry's header lies outside the file"))
            }
            let localNameLength = u16(local + 26), localExtraLength = u16(local + 28)
            let localCompressed = u32(local + 18), localUncompressed = u32(local + 22)
            guard localCompressed != 0xFFFF_FFFF, localUncompressed != 0xFFFF_FFFF else {
                throw WorkbookError(fr: "classeur inutilisable : une archive ZIP64, dont un classeur n'a jamais besoin", en: "not a usable workbook: a ZIP64 archive, which workbooks never need")
            }
            let dataStart = local + 30 + localNameLength + localExtraLength
            let descriptor = flags & 8 != 0 ? 16 : 0
            guard dataStart + compressed + descriptor <= directoryOffset,
                  flags & 8 != 0 || dataStart + localCompressed <= directoryOffset else {
                throw damaged(LocalizedText(fr: "les données d'une entrée sont hors du fichier", en: "an entry's data lies outside the file"))
            }
            p = next
        }
        return entries
    }
}
