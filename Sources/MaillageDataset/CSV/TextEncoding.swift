/// The character encoding a dataset's files are read with.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// Detected per file (the default): UTF-16 with a byte-order mark; UTF-8 with or
    /// without one; otherwise Windows-1252, with a warning saying so.
    case auto
    /// UTF-8, with or without a byte-order mark; anything else is an error.
    case utf8 = "utf-8"
    /// Windows-1252, the superset of Latin-1 that older French spreadsheets export.
    case windows1252 = "cp1252"
    /// Mac Roman, what Excel for Mac saves as « CSV ».
    case macRoman = "macroman"
}

/// Where a byte sequence stops being valid UTF-8.
struct InvalidUTF8: Error {
    /// Offset of the first byte of the invalid sequence.
    var offset: Int
}

enum TextDecoding {
    /// The offset of the first invalid UTF-8 sequence, or nil when the bytes are valid UTF-8.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            var i = 0
            let n = bytes.count
            while i < n {
                // Runs of ASCII, eight bytes at a time.
                while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < n else { break }
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                let length: Int
                let minimum: UInt32
                var scalar: UInt32
                switch b {
                case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
                case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
                case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
                default: return i
                }
                guard i + length <= n else { return i }
                for k in 1..<length {
                    let c = bytes[i + k]
                    guard c & 0xC0 == 0x80 else { return i }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
                guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return i }
                i += length
            }
            return nil
        }
    }

    /// The offset of the first well-formed multi-byte UTF-8 sequence (a non-ASCII
    /// character encoded as UTF-8), or nil when there is none. A UTF-8 byte-order
    /// mark counts: it says the file is UTF-8.
    static func firstUTF8Sequence(in bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: i += 1; continue
            }
            if i + length <= n, firstInvalidUTF8(in: Array(bytes[i..<i + length])) == nil { return i }
            i += 1
        }
        return nil
    }

    /// Characters of Windows-1252 at 0x80–0x9F (nil where the code page leaves a hole).
    private static let windows1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// The UTF-8 bytes of UTF-16 text that starts with a byte-order mark (FF FE little
    /// endian, FE FF big endian), the mark dropped; nil when there is no such mark, or
    /// when the text is not well-formed UTF-16 (odd length, unpaired surrogate).
    static func utf8(fromUTF16WithBOM bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count + units.count / 2)
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { out.append($0) }
        return failed ? nil : out
    }

    /// Re-encodes Windows-1252 bytes as UTF-8. Undefined code points become U+FFFD.
    static func utf8(fromWindows1252 bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { out.append(b); continue }
            let scalarValue: UInt32 = b < 0xA0 ? (windows1252High[Int(b - 0x80)] ?? 0xFFFD) : UInt32(b)
            let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        return out
    }
}
