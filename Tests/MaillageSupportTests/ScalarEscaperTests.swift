import Testing
import MaillageSupport

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
}
