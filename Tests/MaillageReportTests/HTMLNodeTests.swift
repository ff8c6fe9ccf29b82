import Testing
@testable import MaillageReport

/// The report's HTML elements escape what they hold.
@Suite struct HTMLNodeTests {
    @Test func elementsEscapeTextAndAttributes() {
        let node: HTMLNode = .el("p", ["title": "\"><script>x</script>", "data-missing": nil], text: "<b>bold</b> & co")
        #expect(node.rendered() == "<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;bold&lt;/b&gt; &amp; co</p>")
        #expect(HTMLNode.el("input", ["type": "search"]).rendered() == "<input type=\"search\">")
    }
}
