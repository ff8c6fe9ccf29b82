import Foundation

/// Counts the elementary steps (e.g. bytes examined) of the linear passes that make
/// an output, so that a test can check that the work grows in proportion to the input
/// without timing anything.
///
/// Counting is off unless a test binds ``current`` with `OperationCount.$current.withValue(_:operation:)`;
/// then ``add(_:)`` sums into it from every task the binding reaches. Off, ``add(_:)``
/// costs one task-local read.
///
/// ```swift
/// let count = OperationCount()
/// OperationCount.$current.withValue(count) { _ = try? InlineSVG(graphvizSVG: svg) }
/// count.total  // bytes examined
/// ```
public final class OperationCount: @unchecked Sendable {
    /// The counter steps are added to, if any.
    @TaskLocal public static var current: OperationCount?

    private let lock = NSLock()
    private var value = 0

    public init() {}

    /// The steps counted so far.
    public var total: Int { lock.withLock { value } }

    /// Adds `steps` to the bound counter, if any.
    @inline(__always) public static func add(_ steps: Int) {
        guard let counter = current else { return }
        counter.lock.withLock { counter.value += steps }
    }
}
