import MaillageSupport
import Foundation
import Testing
@testable import MaillageReport

/// Escaping of dataset strings in the HTML text and attribute contexts, and of JSON for script blocks.
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

    @Test func elementsEscapeTextAndAttributes() {
        let node: HTMLNode = .el("p", ["title": "\"><script>x</script>", "data-missing": nil], text: "<b>bold</b> & co")
        #expect(node.rendered() == "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;bold&lt;/b&gt; &amp; co</p>")
        #expect(HTMLNode.el("input", ["type": "search"]).rendered() == "<input type=\"search\">")
    }

    @Test(arguments: payloads + ["\u{2028}\u{2029}", "line\nbreak\t\"quoted\" \\ back"])
    func scriptJSONCannotCloseItsBlockAndReadsBack(payload: String) throws {
        let json = JSONValue.object([("name", .string(payload)), ("n", .number(1.5)), ("k", .null)]).compact()
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n"] { #expect(!json.contains(forbidden)) }
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(decoded["name"] as? String == payload.replacingOccurrences(of: "\u{0}", with: "\u{0}"))
        #expect(decoded["n"] as? Double == 1.5)
    }

    @Test func sha256MatchesTheFIPSVectors() {
        func hex(_ s: String) -> String { SHA256.digest(Array(s.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.base64(of: "abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }
}
