import MaillageSupport
import MaillageModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checks a dataset file's bytes go through before they are parsed as CSV:
/// what kind of file it is, its encoding, and characters that are not text.
///
/// Each check reports its findings as ``Diagnostic``s located by line and column
/// (1-based, columns in characters, a leading UTF-8 byte-order mark not counted)
/// and says whether the file can still be parsed.
enum TextScreening {
    /// What a path names, following symbolic links.
    enum FileKind: Equatable {
        case regular, folder, other, missing
    }

    /// The kind of file at `path`. Devices, pipes and sockets are `other`: reading
    /// one (a link to `/dev/zero`, a FIFO) would never end.
    static func kind(ofFileAt path: String) -> FileKind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// Why a file could not be read: the system's reason, or that it is not a regular file.
    enum ReadFailure: Error, Equatable {
        case notRegular(FileKind)
        case system(String)
    }

    /// The bytes of the regular file at `path` (symbolic links followed). Reads with
    /// POSIX calls: the file kind is checked on the opened descriptor, so a pipe or a
    /// device is never read, and Foundation's `FileManager.contents(atPath:)` — which
    /// in swift-foundation 6.3 leaks a 4 KiB buffer on every empty file — is avoided.
    /// - Complexity: O(file size).
    static func contents(ofFileAt path: String) -> Result<[UInt8], ReadFailure> {
        if let outside = DatasetFileContainment.outsideProblem(path) { return .failure(.system(outside)) }  // issue 19, item 2
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        guard fd >= 0 else {
            return .failure(errno == ENOENT ? .notRegular(.missing) : .system(String(cString: strerror(errno))))
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .failure(.system(String(cString: strerror(errno)))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.notRegular(.folder))
        default: return .failure(.notRegular(.other))
        }
        // One byte more than the stated size, so the read that meets the end of the file
        // finds room and returns 0 without the buffer growing (a file that grew meanwhile
        // is read whole all the same).
        var bytes = [UInt8](repeating: 0, count: max(0, Int(status.st_size)) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
            let n: Int = bytes.withUnsafeMutableBytes { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                return read(fd, base + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.system(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    /// Decodes `bytes` as `encoding` into UTF-8, or reports why it cannot.
    ///
    /// - UTF-8: a NUL byte, or a byte sequence that is not UTF-8, is an error.
    /// - Windows-1252 (`--encoding cp1252`): a file that is already valid UTF-8 and
    ///   holds non-ASCII characters is read as UTF-8, with a warning (reading it as
    ///   cp1252 would turn "é" into "Ã©"); a file that holds both UTF-8 sequences and
    ///   bytes that are not UTF-8 mixes two encodings, an error (either reading would
    ///   garble part of it).
    /// - Returns: the UTF-8 bytes, or nil when the file cannot be read as text.
    /// - Automatic detection: UTF-16 with a byte-order mark is read as such (not
    ///   well-formed UTF-16 is an error); then valid UTF-8 is read as UTF-8; a file
    ///   with no UTF-8 sequence at all is read as Windows-1252 (Excel's default in
    ///   France), or as Mac Roman when its bytes read as French letters there and not in
    ///   Windows-1252 (``TextDecoding/looksLikeMacRoman(_:)``, Excel for Mac's « CSV »),
    ///   with a warning where the first such byte lies; a file holding both is an error
    ///   (mixed encodings), unless it reads as Mac Roman and ends its lines with CR only
    ///   (a classic Mac file, where « ’É » looks like a UTF-8 sequence).
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding, file: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        if encoding == .auto {
            return detect(bytes, file: file, diagnostics: &diagnostics)
        }
        return decode(bytes, as: encoding, invalid: TextDecoding.firstInvalidUTF8(in: bytes), file: file, diagnostics: &diagnostics)
    }

    /// ``decode(_:as:file:diagnostics:)`` once the first invalid UTF-8 sequence is known.
    private static func decode(
        _ bytes: [UInt8], as encoding: TextEncoding, invalid: Int?, file: String, diagnostics: inout [Diagnostic]
    ) -> [UInt8]? {
        // Columns count characters: UTF-8 sequences, or single bytes in a file read as cp1252.
        let singleByte = (encoding == .windows1252 || encoding == .macRoman) && invalid != nil
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul, in: bytes, singleByte: singleByte)
            let utf16 = bytes.count > 1 && (bytes[0] == 0xFF || bytes[0] == 0xFE)
            diagnostics.append(.error(LocalizedText(
                fr: "contenu binaire : un octet NUL, pas du texte" + (utf16
                    ? " (on dirait de l'UTF-16 : enregistrez de nouveau le fichier en CSV UTF-8)"
                    : " (est-ce un fichier de tableur renommé .csv ? exportez-le en CSV UTF-8)"),
                en: "binary content: a NUL byte, not text" + (utf16
                    ? " (it looks like UTF-16: re-save the file as CSV UTF-8)" : " (is it a spreadsheet file renamed .csv? export it as CSV UTF-8)")),
                file: file, line: line, column: column))
            return nil
        }
        switch encoding {
        case .utf8, .auto:
            if let bad = invalid {
                let (line, column) = position(ofByte: bad, in: bytes)
                let byte = String(bytes[bad], radix: 16, uppercase: true)
                diagnostics.append(.error(LocalizedText(
                    fr: "pas de l'UTF-8 valide (octet 0x\(byte)) ; le fichier semble en Windows-1252/Latin-1 : enregistrez-le de nouveau en « CSV UTF-8 », ou lisez-le avec --encoding cp1252",
                    en: "not valid UTF-8 (byte 0x\(byte)); the file looks like Windows-1252/Latin-1: re-save it as \"CSV UTF-8\", or read it with --encoding cp1252"),
                    file: file, line: line, column: column))
                return nil
            }
            return bytes
        case .windows1252, .macRoman:
            let firstMultibyte = TextDecoding.firstUTF8Sequence(in: bytes)
            let name = encoding.rawValue
            guard let bad = invalid else {
                if let multibyte = firstMultibyte {
                    let (line, column) = position(ofByte: multibyte, in: bytes)
                    diagnostics.append(.warning(LocalizedText(
                        fr: "lu en UTF-8 malgré --encoding \(name) : le fichier est de l'UTF-8 valide et contient des caractères non ASCII, que la lecture en \(name) abîmerait (é deviendrait \(encoding == .macRoman ? "√©" : "Ã©"))",
                        en: "read as UTF-8 despite --encoding \(name): the file is valid UTF-8 and holds non-ASCII characters, which reading it as \(name) would garble (é would become \(encoding == .macRoman ? "√©" : "Ã©"))"),
                        file: file, line: line, column: column))
                }
                return bytes
            }
            // A classic Mac file (CR line ends only) may hold pairs that look like UTF-8 (« ’É »).
            if let multibyte = firstMultibyte, !(encoding == .macRoman && !bytes.contains(0x0A)) {
                let (line, column) = position(ofByte: bad, in: bytes, singleByte: true)
                let (utf8Line, utf8Column) = position(ofByte: multibyte, in: bytes, singleByte: true)
                let byte = String(bytes[bad], radix: 16, uppercase: true)
                diagnostics.append(.error(mixedEncodings(byte: byte, utf8Line: utf8Line, utf8Column: utf8Column),
                    file: file, line: line, column: column))
                return nil
            }
            return encoding == .macRoman ? TextDecoding.utf8(fromMacRoman: bytes) : TextDecoding.utf8(fromWindows1252: bytes)
        }
    }

    /// Decodes `bytes` in the encoding they appear to be in (see ``decode(_:as:file:diagnostics:)``).
    private static func detect(_ bytes: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> [UInt8]? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            guard let utf8 = TextDecoding.utf8(fromUTF16WithBOM: bytes) else {
                diagnostics.append(.error(LocalizedText(
                    fr: "UTF-16 mal formé : le fichier commence par une marque d'ordre des octets UTF-16 mais son texte est cassé (longueur impaire ou demi-caractère isolé) ; enregistrez-le de nouveau en « CSV UTF-8 »",
                    en: "not well-formed UTF-16: the file starts with a UTF-16 byte-order mark but its text is broken (odd length or unpaired surrogate); re-save it as \"CSV UTF-8\""),
                    file: file, line: 1, column: 1))
                return nil
            }
            return decode(utf8, as: .utf8, file: file, diagnostics: &diagnostics)
        }
        let invalid = TextDecoding.firstInvalidUTF8(in: bytes)
        guard let bad = invalid else { return decode(bytes, as: .utf8, invalid: nil, file: file, diagnostics: &diagnostics) }
        if bytes.contains(0) { return decode(bytes, as: .utf8, invalid: invalid, file: file, diagnostics: &diagnostics) }
        // A classic Mac file (CR line ends only) in Mac Roman may hold byte pairs that look
        // like UTF-8 (« ’É » is D5 83): it is no mixture.
        let macRoman = TextDecoding.looksLikeMacRoman(bytes)
        if let multibyte = TextDecoding.firstUTF8Sequence(in: bytes), !(macRoman && !bytes.contains(0x0A)) {
            let (line, column) = position(ofByte: bad, in: bytes, singleByte: true)
            let (utf8Line, utf8Column) = position(ofByte: multibyte, in: bytes, singleByte: true)
            let byte = String(bytes[bad], radix: 16, uppercase: true)
            diagnostics.append(.error(mixedEncodings(byte: byte, utf8Line: utf8Line, utf8Column: utf8Column),
                file: file, line: line, column: column))
            return nil
        }
        let (line, column) = position(ofByte: bad, in: bytes, singleByte: true)
        let byte = String(bytes[bad], radix: 16, uppercase: true)
        if macRoman {
            let read = String(decoding: TextDecoding.utf8(fromMacRoman: [bytes[bad]]), as: UTF8.self)
            diagnostics.append(.warning(LocalizedText(
                fr: "lu en Mac Roman (l'encodage d'Excel pour Mac) : le fichier n'est pas en UTF-8 (octet 0x\(byte), lu « \(read) ») ; si les lettres accentuées semblent fausses, enregistrez-le de nouveau en « CSV UTF-8 »",
                en: "read as Mac Roman (Excel for Mac's encoding): the file is not UTF-8 (byte 0x\(byte), read as \"\(read)\"); if accented letters look wrong, re-save it as \"CSV UTF-8\""),
                file: file, line: line, column: column))
            return TextDecoding.utf8(fromMacRoman: bytes)
        }
        let converted = TextDecoding.utf8(fromWindows1252: bytes)
        let character = TextDecoding.utf8(fromWindows1252: [bytes[bad]])
        let read = String(decoding: character, as: UTF8.self)
        diagnostics.append(.warning(LocalizedText(
            fr: "lu en Windows-1252 (l'encodage par défaut d'Excel en France) : le fichier n'est pas en UTF-8 (octet 0x\(byte), lu « \(read) ») ; si les lettres accentuées semblent fausses, enregistrez-le de nouveau en « CSV UTF-8 »",
            en: "read as Windows-1252 (Excel's default in France): the file is not UTF-8 (byte 0x\(byte), read as \"\(read)\"); if accented letters look wrong, re-save it as \"CSV UTF-8\""),
            file: file, line: line, column: column))
        return converted
    }

    /// Reports control characters (C0 other than tab, line feed and carriage return;
    /// DEL; C1) as an error, and bidirectional embedding, override and isolate
    /// characters (U+202A–U+202E, U+2066–U+2069) as a warning: the first of each,
    /// with the count of the others. `utf8` is valid UTF-8.
    /// - Returns: false when the file holds control characters.
    /// - Complexity: O(utf8.count).
    static func checkCharacters(_ utf8: [UInt8], file: String, diagnostics: inout [Diagnostic]) -> Bool {
        var firstControl: (offset: Int, scalar: UInt32)?, controls = 0
        var firstBidi: (offset: Int, scalar: UInt32)?, bidis = 0
        utf8.withUnsafeBufferPointer { utf8 in
            guard let base = utf8.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            let n = utf8.count
            var i = 0
            while i < n {
                // Eight printable ASCII bytes (0x20–0x7E) at a time: nothing to report there.
                while i + 8 <= n {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let high = word & 0x8080_8080_8080_8080
                    let below20 = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                    let del = word ^ 0x7F7F_7F7F_7F7F_7F7F
                    let hasDel = (del &- 0x0101_0101_0101_0101) & ~del & 0x8080_8080_8080_8080
                    if high | below20 | hasDel != 0 { break }
                    i += 8
                }
                guard i < n else { break }
                let b = utf8[i]
                if b < 0x20 || b == 0x7F {
                    if b != 0x09 && b != 0x0A && b != 0x0D {
                        controls += 1
                        if firstControl == nil { firstControl = (i, UInt32(b)) }
                    }
                } else if b == 0xC2, i + 1 < n, utf8[i + 1] >= 0x80, utf8[i + 1] <= 0x9F {
                    controls += 1
                    if firstControl == nil { firstControl = (i, UInt32(utf8[i + 1])) }
                } else if b == 0xE2, i + 2 < n {
                    let scalar = UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
                    if (0x202A...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar) {
                        bidis += 1
                        if firstBidi == nil { firstBidi = (i, scalar) }
                    }
                }
                i += 1
            }
        }
        if let (offset, scalar) = firstControl {
            let (line, column) = position(ofByte: offset, in: utf8)
            let more = moreInFile(controls - 1)
            diagnostics.append(.error(LocalizedText(
                fr: "caractère de contrôle \(codePoint(scalar)) dans le texte\(more.fr) : il ne s'imprime pas et n'est admis ni en SVG ni en HTML ; retirez-le",
                en: "control character \(codePoint(scalar)) in the text\(more.en): it is not printable and not allowed in SVG or HTML; remove it"),
                file: file, line: line, column: column))
        }
        if let (offset, scalar) = firstBidi {
            let (line, column) = position(ofByte: offset, in: utf8)
            let more = moreInFile(bidis - 1)
            diagnostics.append(.warning(LocalizedText(
                fr: "caractère invisible de contrôle bidirectionnel \(codePoint(scalar))\(more.fr) : il peut faire afficher un nom dans un autre ordre que celui où il est écrit ; un texte de droite à gauche n'en a pas besoin",
                en: "invisible bidirectional control character \(codePoint(scalar))\(more.en): it can make a name display in another order than it is written; right-to-left text needs none"),
                file: file, line: line, column: column))
        }
        return firstControl == nil
    }

    /// " (and 3 more in this file)", or nothing when `others` is 0.
    static func moreInFile(_ others: Int) -> LocalizedText {
        guard others > 0 else { return .empty }
        return LocalizedText(fr: " (et \(others) autre\(others > 1 ? "s" : "") dans ce fichier)", en: " (and \(others) more in this file)")
    }

    /// Bytes of both encodings in one file.
    static func mixedEncodings(byte: String, utf8Line: Int, utf8Column: Int) -> LocalizedText {
        LocalizedText(
            fr: "encodages mélangés : l'octet 0x\(byte) ici est du Windows-1252, mais la ligne \(utf8Line), colonne \(utf8Column) est en UTF-8 ; les deux lectures abîmeraient une partie du fichier : enregistrez-le de nouveau en « CSV UTF-8 »",
            en: "mixed encodings: byte 0x\(byte) here is Windows-1252, but line \(utf8Line), column \(utf8Column) is UTF-8; either reading would garble part of the file: re-save it as \"CSV UTF-8\"")
    }

    /// `U+XXXX`.
    static func codePoint(_ scalar: UInt32) -> String {
        let hex = String(scalar, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// 1-based line and character column of byte `offset` (LF, CRLF and CR end lines;
    /// a leading UTF-8 byte-order mark is not a character). Characters are UTF-8
    /// sequences, or single bytes when `singleByte` (a Windows-1252 file).
    /// - Complexity: O(offset).
    static func position(ofByte offset: Int, in bytes: [UInt8], singleByte: Bool = false) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var k = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        while k < offset {
            let b = bytes[k]
            if b == 0x0A { line += 1; column = 1 }
            else if b == 0x0D { if k + 1 < bytes.count, bytes[k + 1] == 0x0A { } else { line += 1; column = 1 } }
            else if singleByte || b & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return (line, column)
    }
}
