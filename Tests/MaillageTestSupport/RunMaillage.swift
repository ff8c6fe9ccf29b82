import Foundation

/// What a run of the `maillage` executable produced.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// The built `maillage` executable, next to the test bundle.
public func maillageExecutable() -> URL {
    var dir = Bundle.main.bundleURL
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("maillage")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir.deleteLastPathComponent()
    }
    return Bundle.main.bundleURL.appendingPathComponent("maillage")
}

/// Runs `maillage` with `arguments` from `directory` and collects its output.
public func runMaillage(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = maillageExecutable()
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    // The language comes from the locale: tests read the French default unless they ask.
    var inherited = ProcessInfo.processInfo.environment
    for key in ["LC_ALL", "LC_MESSAGES", "LANG"] { inherited[key] = nil }
    process.environment = environment ?? inherited
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus,
        stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs `maillage` like ``runMaillage(_:in:environment:)``, in an English locale
/// (`LANG=en_US.UTF-8`, as `--lang en` would): for tests that check the English
/// wording of messages. The French default is checked by the tests that do not ask.
public func runMaillageInEnglish(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> ProcessResult {
    var environment = environment ?? ProcessInfo.processInfo.environment
    for key in ["LC_ALL", "LC_MESSAGES"] { environment[key] = nil }
    environment["LANG"] = "en_US.UTF-8"
    return try runMaillage(arguments, in: directory, environment: environment)
}
