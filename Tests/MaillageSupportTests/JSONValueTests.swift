import Foundation
import Testing
import MaillageSupport

/// JSON for `<script>` blocks, and the one JSON string escaper.
@Suite struct JSONValueTests {
    static let payloads = HTMLEscapingTests.payloads

    @Test(arguments: payloads + ["\u{2028}\u{2029}", "line\nbreak\t\"quoted\" \\ back"])
    func scriptJSONCannotCloseItsBlockAndReadsBack(payload: String) throws {
        let json = JSONValue.object([("name", .string(payload)), ("n", .number(1.5)), ("k", .null)]).compact()
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n"] { #expect(!json.contains(forbidden)) }
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(decoded["name"] as? String == payload.replacingOccurrences(of: "\u{0}", with: "\u{0}"))
        #expect(decoded["n"] as? Double == 1.5)
    }

    @Test func stringLiteralsFollowRFC8259() {
        #expect(JSONText.quoted("a\"b\\c") == #""a\"b\\c""#)
        #expect(JSONText.quoted("\n\r\t\u{8}\u{C}\u{1}\u{1F}") == #""\n\r\t\b\f\u0001\u001F""#)
        #expect(JSONText.quoted("\u{2028}\u{2029}") == #""\u2028\u2029""#)
        #expect(JSONText.quoted("<&>") == "\"<&>\"")
        #expect(JSONText.quoted("<&>", htmlSafe: true) == #""\u003c\u0026\u003e""#)
        #expect(JSONText.quoted("🤝 é שיתוף") == "\"🤝 é שיתוף\"")
        #expect(JSONValue.string("</script>").rendered() == #""\u003c/script\u003e""#)
    }
}
