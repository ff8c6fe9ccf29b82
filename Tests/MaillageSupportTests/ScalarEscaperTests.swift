import Testing
@testable import MaillageSupport

/// The escaping loop shared by every escaper, and the XML escaper built on it.
@Suite struct ScalarEscaperTests {
    @Test func replacesKeepsAndDropsScalars() {
        let escaper = ScalarEscaper(replacing: ["&": "&amp;", "é": "e"]) { $0.value < 0x20 ? "" : nil }
        #expect(escaper.escaped("a & é\u{7}🤝") == "a &amp; e🤝")
        #expect(escaper.escaped("") == "")
        let more = escaper.adding(["&": "+", "<": "&lt;"])
        #expect(more.escaped("<&é\u{1}") == "&lt;+e")
        var out = "x"
        escaper.escape("&", into: &out)
        #expect(out == "x&amp;")
    }

    @Test func xmlEscapesMarkupAndDropsForbiddenCharacters() {
        #expect(XMLText.escaped(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;")
        #expect(XMLText.escaped("l1\nl2\r\tend\u{0}\u{1B}\u{FFFE}") == "l1\nl2&#13;\tend")
        #expect(XMLText.escaped("l1\nl2\tend", inAttribute: true) == "l1&#10;l2&#9;end")
        #expect(XMLText.escaped("]]> 🤝 שיתוף") == "]]&gt; 🤝 שיתוף")
        #expect(XMLText.allowed("a\u{0}b\u{FFFF}c\td") == "abc\td")
    }

    /// The fast path (text written as it is when nothing in it changes) agrees with the
    /// scalar loop, for every escaper of the module, on random strings mixing the
    /// characters each one replaces or drops with ordinary ASCII and non-ASCII text.
    @Test func textThatNeedsNoEscapingIsKeptAsItIs() {
        let alphabet: [Unicode.Scalar] = ["a", "Z", "0", " ", "-", "é", "È", "ß", "€", "🤝", "&", "<", ">", "\"", "'", "\\",
                                          "/", "\n", "\r", "\t", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{2028}",
                                          "\u{2029}", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}"]
        let escapers: [ScalarEscaper] = [XMLText.contentEscaper, XMLText.attributeEscaper, JSONText.escaper,
                                         JSONText.htmlSafeEscaper, HTMLEscaping.attributeEscaper,
                                         ScalarEscaper(replacing: ["é": "e"]) { $0.value == 0x1F91D ? "" : nil }]
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 6) {
                // Mostly plain characters, so that many strings need nothing.
                let index = generator.next() % 3 == 0 ? Int(generator.next() % UInt64(alphabet.count)) : Int(generator.next() % 5)
                scalars.append(alphabet[index])
            }
            let text = String(scalars)
            for escaper in escapers {
                var slow = ""
                escaper.escapeEachScalar(text, into: &slow)
                #expect(escaper.escaped(text) == slow, "\(text.debugDescription)")
                #expect(escaper.needsEscaping(text) == (slow != text), "\(text.debugDescription)")
            }
        }
        // A name that needs nothing is the same string.
        #expect(XMLText.escaped("Coopérative d’activités — Arras") == "Coopérative d’activités — Arras")
        #expect(!XMLText.contentEscaper.needsEscaping("C000064|C005513"))
    }
}
