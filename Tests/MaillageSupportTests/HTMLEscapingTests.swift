import Foundation
import Testing
import MaillageSupport

/// Escaping of dataset strings in the HTML text and attribute contexts.
@Suite struct HTMLEscapingTests {
    static let payloads = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(4)>", "\"><svg onload=alert(6)>", "' onmouseover='alert(2)",
        "&amp; &lt;b&gt; ]]> <![CDATA[x]]>", "</script><script>alert(5)</script>", "<!-- x -->", "a\u{0}b\u{1}c",
    ]

    @Test(arguments: payloads)
    func textContextLeavesNoMarkup(payload: String) {
        let escaped = HTMLEscaping.text(payload)
        #expect(!escaped.contains("<"))
        #expect(!escaped.contains(">"))
        // Every & starts one of the references the escaper writes.
        var rest = Substring(escaped)
        while let amp = rest.firstIndex(of: "&") {
            let tail = rest[amp...]
            #expect(tail.hasPrefix("&amp;") || tail.hasPrefix("&lt;") || tail.hasPrefix("&gt;"), "\(escaped)")
            rest = rest[rest.index(after: amp)...]
        }
    }

    @Test(arguments: payloads)
    func attributeContextKeepsTheValueInsideItsQuotes(payload: String) {
        let escaped = HTMLEscaping.attribute(payload)
        for forbidden in ["<", ">", "\"", "'"] { #expect(!escaped.contains(forbidden)) }
    }

    @Test func escapingIsExactAndKeepsUnicode() {
        #expect(HTMLEscaping.text("a < b & c > d \"q\"") == "a &lt; b &amp; c &gt; d \"q\"")
        #expect(HTMLEscaping.attribute("l'\"x\"") == "l&#39;&quot;x&quot;")
        #expect(HTMLEscaping.text("🌱 Coop’ جمعية") == "🌱 Coop’ جمعية")
        #expect(HTMLEscaping.text("a\u{0}b\u{7}c\nd") == "a\u{FFFD}bc\nd")
    }
}
