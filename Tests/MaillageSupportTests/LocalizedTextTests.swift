import Testing
import MaillageSupport

/// Numbers written for readers: thousands grouped as each language groups them.
@Suite struct LocalizedTextTests {
    @Test func integersGroupTheirThousands() {
        #expect(LocalizedText.integer(0) == LocalizedText(fr: "0", en: "0"))
        #expect(LocalizedText.integer(999) == LocalizedText(fr: "999", en: "999"))
        #expect(LocalizedText.integer(69_366) == LocalizedText(fr: "69\u{202F}366", en: "69,366"))
        #expect(LocalizedText.integer(1_234_567) == LocalizedText(fr: "1\u{202F}234\u{202F}567", en: "1,234,567"))
        #expect(LocalizedText.integer(-4_163) == LocalizedText(fr: "−4\u{202F}163", en: "−4,163"))
        #expect(LocalizedText.andMore(1_200) == LocalizedText(fr: " (et 1\u{202F}200 autres)", en: " (and 1,200 more)"))
    }
}
