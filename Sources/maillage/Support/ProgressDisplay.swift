import Foundation
import MaillageAnalysis
import Synchronization

/// Progress on standard error for steps longer than a second, when standard error
/// is a terminal: the step, how far it is (when the step reports it) and the time
/// left. Silent when standard error is not a terminal, and with `--quiet`.
final class ProgressDisplay: Sendable {
    private struct State {
        var step: String?
        var started = Date()
        var done = 0
        var total = 0
        var shown = false
    }

    private let state = Mutex(State())
    /// Set once in init, then only cancelled in deinit.
    nonisolated(unsafe) private let timer: DispatchSourceTimer?

    /// A display that shows nothing when `quiet` or when stderr is not a terminal.
    init(quiet: Bool) {
        guard !quiet, isatty(STDERR_FILENO) == 1 else {
            timer = nil
            return
        }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        self.timer = timer
        timer.schedule(deadline: .now() + 0.5, repeating: 0.5)
        timer.setEventHandler { [weak self] in self?.draw() }
        timer.resume()
        AnalysisProgress.install { [weak self] done, total in
            self?.state.withLock { $0.done = done; $0.total = total }
        }
    }

    deinit {
        timer?.cancel()
    }

    /// Runs `body` as a named step.
    func step<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard timer != nil else { return try body() }
        state.withLock { $0 = State(step: name, started: Date()) }
        defer { finish() }
        return try body()
    }

    private func finish() {
        let line: String? = state.withLock { s in
            defer { s = State() }
            guard s.shown, let step = s.step else { return nil }
            return "\r\u{1B}[2K\(step) : terminé en \(Self.duration(Date().timeIntervalSince(s.started)))\n"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    private func draw() {
        let line: String? = state.withLock { s in
            guard let step = s.step else { return nil }
            let elapsed = Date().timeIntervalSince(s.started)
            guard elapsed >= 1 else { return nil }
            s.shown = true
            var text = "\(step) : \(Self.duration(elapsed))"
            if s.total > 0 {
                let fraction = Double(s.done) / Double(s.total)
                text += " · \(Int(fraction * 100)) %"
                if fraction > 0.02 { text += " · reste ~\(Self.duration(elapsed * (1 - fraction) / fraction))" }
            }
            return "\r\u{1B}[2K" + text
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 60 ? String(format: "%.1f s", seconds) : "\(Int(seconds) / 60) min \(Int(seconds) % 60) s"
    }
}
