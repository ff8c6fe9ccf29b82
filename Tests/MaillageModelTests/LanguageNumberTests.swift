import Testing
@testable import MaillageModel

/// Figures as the report writes them: a small value never shown as zero.
@Suite struct LanguageNumberTests {
    @Test func aSmallValueKeepsTwoSignificantDigits() {
        #expect(Language.fr.decimal(0.25, atLeast: 3) == "0,250")
        #expect(Language.fr.decimal(0.000317, atLeast: 3) == "0,00032")
        #expect(Language.en.decimal(0.0042, atLeast: 3) == "0.004")
        #expect(Language.en.decimal(0.0009, atLeast: 3) == "0.00090")
        #expect(Language.fr.decimal(0, atLeast: 3) == "0,000")
        #expect(Language.fr.decimal(1e-12, atLeast: 3) == "0,00000000")
        #expect(Language.fr.decimal(nil, atLeast: 3) == "–")
    }
}
