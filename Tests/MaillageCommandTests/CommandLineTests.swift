import Testing
import Foundation

@Suite struct CommandLineTests {
    @Test func versionPrints() throws {
        let result = try runMaillage(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("0.1.0"))
    }
}
