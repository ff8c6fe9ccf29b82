// libFuzzer entry point for the CSV reader and the dataset loader. Compiled only
// with `-D MAILLAGE_LIBFUZZER` (empty in the test target). Build and run, from the
// repository root (SECURITY.md gives the figures of the last run):
//
//     mkdir -p /tmp/maillage-fuzz/corpus && cd /tmp/maillage-fuzz
//     F="-sanitize=fuzzer,address -parse-as-library -O -g"
//     swiftc $F -module-name MaillageModel -emit-module -emit-library -static \
//         -o libMaillageModel.a "$OLDPWD"/Sources/MaillageModel/*.swift
//     swiftc $F -enable-testing -module-name MaillageDataset -emit-module -emit-library -static -I . \
//         -o libMaillageDataset.a $(find "$OLDPWD"/Sources/MaillageDataset -name '*.swift')
//     swiftc $F -D MAILLAGE_LIBFUZZER -I . -L . -lMaillageDataset -lMaillageModel -o fuzz-dataset \
//         "$OLDPWD"/Tests/MaillageDatasetTests/Malformed/LibFuzzerEntry.swift \
//         "$OLDPWD"/Tests/MaillageDatasetTests/Malformed/LoadInvariants.swift
//     cp "$OLDPWD"/Datasets/pas-de-calais-2015/*.csv "$OLDPWD"/Tests/Fixtures/*/*.csv corpus/
//     ./fuzz-dataset -max_total_time=600 -max_len=65536 -timeout=10 corpus
//
// Each input is read by the CSV reader, then split at its 0x1E bytes (ASCII record
// separator) into memberships.csv, actors.csv, cooperations.csv and territories.csv
// of a dataset folder in /dev/shm, loaded as UTF-8 or (when its first byte is odd)
// as Windows-1252. Any trap, address-sanitizer report (memory error or leak), or
// broken invariant (``LoadInvariants``) is a finding. `MAILLAGE_FUZZ_READER_ONLY=1`
// fuzzes the reader alone.
#if MAILLAGE_LIBFUZZER
import Foundation
import MaillageModel
@testable import MaillageDataset

/// The folder inputs are written to, one per process.
nonisolated(unsafe) private var fuzzFolder: URL?

/// `MAILLAGE_FUZZ_READER_ONLY=1`: fuzz the CSV reader alone (no files, far more runs per second).
private let readerOnly = getenv("MAILLAGE_FUZZ_READER_ONLY").map { String(cString: $0) == "1" } ?? false

@_cdecl("LLVMFuzzerTestOneInput")
public func maillageFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))

    let document = CSVReader.read(bytes)
    let readerViolations = LoadInvariants.reader(document, bytes: bytes)
    if !readerViolations.isEmpty { fatalError("reader: \(readerViolations.prefix(3))") }
    if readerOnly { return 0 }

    let folder: URL
    if let existing = fuzzFolder {
        folder = existing
    } else {
        folder = URL(fileURLWithPath: "/dev/shm/maillage-libfuzzer-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        fuzzFolder = folder
    }
    let names = ["memberships.csv", "actors.csv", "cooperations.csv", "territories.csv"]
    var files: [String: [UInt8]] = [:]
    for (index, part) in bytes.split(separator: 0x1E, maxSplits: 3, omittingEmptySubsequences: false).enumerated() {
        files[names[index]] = Array(part)
    }
    for name in names {
        let path = folder.appendingPathComponent(name).path
        unlink(path)
        guard let content = files[name] else { continue }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { fatalError("cannot write \(path)") }
        content.withUnsafeBytes { buffer in
            if let base = buffer.baseAddress { _ = write(fd, base, buffer.count) }
        }
        close(fd)
    }
    let encoding: TextEncoding = (bytes.first ?? 0) & 1 == 1 ? .windows1252 : .utf8
    let result = DatasetLoader.load(folder: folder, options: LoadOptions(encoding: encoding))
    var violations = LoadInvariants.positions(result, files: files) { name in
        encoding == .utf8 || String(validating: files[name] ?? [], as: UTF8.self) != nil
    }
    violations += LoadInvariants.dataset(result)
    if !violations.isEmpty { fatalError("loader: \(violations.prefix(3))") }
    return 0
}
#endif
