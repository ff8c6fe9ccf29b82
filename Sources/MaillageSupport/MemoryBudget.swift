#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much memory Maillage allows its largest structures (the projected graph, a
/// synthetic dataset) before refusing to build them, instead of aborting in the
/// allocator.
///
/// The default is 4 GiB; `MAILLAGE_MEMORY_BUDGET` in the environment, or the
/// `--memory-budget` option of the commands, sets another (`512M`, `8G`, `16GiB`, or
/// a number of bytes). The figure is compared with *estimates* made from counts known
/// before anything is allocated (see `ProjectionLimits` and `SyntheticDataset`), not
/// with the process's actual memory use.
public struct MemoryBudget: Sendable, Hashable, CustomStringConvertible {
    /// The budget in bytes.
    public var bytes: Int

    /// A budget of `bytes` bytes.
    public init(bytes: Int) { self.bytes = max(0, bytes) }

    /// 4 GiB.
    public static let standard = MemoryBudget(bytes: 4 << 30)

    /// The name of the environment variable that sets the default budget.
    public static let environmentVariable = "MAILLAGE_MEMORY_BUDGET"

    /// `MAILLAGE_MEMORY_BUDGET` when set and readable, else ``standard``.
    public static var fromEnvironment: MemoryBudget {
        guard let raw = getenv(environmentVariable), let parsed = MemoryBudget(parsing: String(cString: raw)) else { return .standard }
        return parsed
    }

    /// Parses `512M`, `8G`, `8GB`, `16GiB`, `1T` or a plain number of bytes (binary
    /// multiples: K = 1024); nil for anything else or zero.
    public init?(parsing text: String) {
        var digits = text.trimmingSpaces()
        var shift = 0
        for (suffixes, value) in [(["TIB", "TB", "T"], 40), (["GIB", "GB", "G"], 30), (["MIB", "MB", "M"], 20), (["KIB", "KB", "K"], 10)] {
            if let suffix = suffixes.first(where: { digits.uppercased().hasSuffix($0) }) {
                digits = digits.dropLast(suffix.count)
                shift = value
                break
            }
        }
        guard let number = Double(digits.trimmingSpaces()), number.isFinite, number > 0 else { return nil }
        let bytes = number * Double(1 << shift)
        guard bytes >= 1, bytes < 0x1p62 else { return nil }
        self.bytes = Int(bytes)
    }

    /// The budget in words: `4 GiB`, `512 MiB`.
    public var description: String { Self.format(bytes) }

    /// `bytes` in words with binary units (`10.8 GiB`).
    public static func format(_ bytes: Int) -> String {
        let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) bytes" }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        return "\(text) \(units[unit])"
    }
}

private extension StringProtocol {
    func trimmingSpaces() -> Substring {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}
