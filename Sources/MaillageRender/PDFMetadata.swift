#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The metadata of the PDF maps, made reproducible where Graphviz's cairo (1.16) does
/// not: its `/CreationDate` is the clock's, and it ignores `SOURCE_DATE_EPOCH`.
///
/// With `SOURCE_DATE_EPOCH` set (seconds since 1970, the reproducible-builds
/// convention), the date is replaced by that instant in UTC — same length, so the
/// cross-reference offsets stay valid. The page content itself is not always
/// byte-identical between runs: a few text positions lie on an exact tie of cairo's
/// sixth decimal (k + 77/128 = k.6015625) and are written 80.601562 or 80.601563
/// depending on the last bit of a computed double, which depends on the state of the
/// process's Pango/cairo, not on the DOT text (measured in SECURITY.md, "Reproducible
/// maps"); a difference of 10⁻⁶ pt that no viewer shows. SVG and DOT maps are
/// byte-identical.
enum PDFMetadata {
    /// `pdf` with its creation date set from `SOURCE_DATE_EPOCH` when that is set and
    /// valid; unchanged otherwise.
    static func reproducible(_ pdf: [UInt8], environment epoch: String? = sourceDateEpoch) -> [UInt8] {
        guard let epoch, let seconds = Int(epoch), seconds >= 0, let date = pdfDate(seconds) else { return pdf }
        let key = Array("/CreationDate (D:".utf8)
        guard let start = firstIndex(of: key, in: pdf) else { return pdf }
        let valueStart = start + key.count
        // cairo writes D:YYYYMMDDHHmmSSZ: fourteen digits and Z.
        let valueEnd = valueStart + 15
        guard valueEnd <= pdf.count, pdf[valueStart..<valueStart + 14].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              pdf[valueStart + 14] == 0x5A else { return pdf }
        var result = pdf
        result.replaceSubrange(valueStart..<valueEnd, with: Array((date + "Z").utf8))
        return result
    }

    static var sourceDateEpoch: String? {
        getenv("SOURCE_DATE_EPOCH").map { String(cString: $0) }
    }

    /// `YYYYMMDDHHmmSS` in UTC.
    static func pdfDate(_ seconds: Int) -> String? {
        var time = time_t(seconds)
        var parts = tm()
        guard gmtime_r(&time, &parts) != nil, parts.tm_year + 1900 <= 9999 else { return nil }
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)" + two(parts.tm_mon + 1) + two(parts.tm_mday) + two(parts.tm_hour) + two(parts.tm_min) + two(parts.tm_sec)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
