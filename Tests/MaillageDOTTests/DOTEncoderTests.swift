import Foundation
import Testing
@testable import MaillageDOT

@Suite struct DOTEncoderTests {
    @Test func quotedStringsCannotBeBrokenOutOf() {
        #expect(DOTEncoder.quoted(#"a "b" \ c"#) == #""a \"b\" \\ c""#)
        #expect(DOTEncoder.quoted("one\ntwo\r\tthree\u{0}\u{7}") == "\"one\\ntwo\\r\tthree\"")
        // Drawn text shows tabs and carriage returns as spaces.
        let drawn = DOTEncoder.encode(DOTGraph(nodes: [DOTNode(name: "n", attributes: [.label("one\ntwo\r\tthree\u{0}\u{7}")])]))
        #expect(drawn.contains(#"label="one\ntwo  three""#))
    }

    @Test func svgIDsAreStableSafeAndDistinct() {
        #expect(DOTEncoder.svgID("apes-62_x", prefix: "actor-") == "actor-apes-62_x")
        #expect(DOTEncoder.svgID("é <b>", prefix: "actor-") == "actor-.e9..20..3c.b.3e.")
        #expect(DOTEncoder.svgID("A", prefix: "a-") != DOTEncoder.svgID(".41.", prefix: "a-"))
    }

    @Test func labelsAreEntityEscapedAndTooltipsDoubleEscaped() {
        let node = DOTNode(name: "n0", attributes: [.label("A & B"), .tooltip(#"x\G"#)])
        let text = DOTEncoder.encode(DOTGraph(nodes: [node]))
        #expect(text.contains(#"label="A &amp; B""#))
        #expect(text.contains(#"tooltip="x\\\\G""#))
        #expect(DOTEncoder.encode(DOTGraph(nodes: [DOTNode(name: "n", attributes: [.tooltip("&lt;")])])).contains(#"tooltip="&amp;lt;""#))
    }

    @Test func htmlLabelsEscapeTheirText() {
        let label = HTMLLabel(rows: [HTMLLabel.Row([HTMLLabel.Cell("<script>&\"'")])])
        #expect(label.markup.contains("&lt;script&gt;&amp;&quot;&#39;"))
        #expect(!label.markup.contains("<script>"))
    }

    @Test func numbersHaveNoExponent() {
        #expect(DOTEncoder.number(1e-7) == "0")
        #expect(DOTEncoder.number(2.50) == "2.5")
        #expect(DOTEncoder.number(.nan) == "0")
    }
}
