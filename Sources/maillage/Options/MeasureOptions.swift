import ArgumentParser
import Foundation
import MaillageAnalysis
import MaillageGraph

/// `--measure a,b,…`: which actor measures a command computes (`centrality`, `export`).
struct MeasureOptions: ParsableArguments {
    // One value per `--measure` (comma-separated, or the option repeated): a dataset
    // written after it, `--measure pagerank DATA`, stays the dataset.
    @Option(name: .customLong("measure"),
            help: .localized(
                "Mesures à calculer, séparées par des virgules, parmi \(ActorMeasure.keys()) (par défaut : toutes ; `centrality` en montre une liste courte en vue tableau).",
                "Measures to compute, comma-separated, among \(ActorMeasure.keys()) (default: all; `centrality` shows a short list in table view).",
                valueName: "a,b,…"))
    var measureList: [String] = []

    /// The measures named, in order, each defined in `mode`; `fallback` when none is named.
    /// - Throws: a usage error naming an unknown measure, or one not defined in `mode`.
    func measures(in mode: GraphMode, fallback: [ActorMeasure]) throws -> [ActorMeasure] {
        let names = measureList.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if names.isEmpty { return fallback }
        let available = ActorMeasure.available(in: mode)
        return try names.map { name in
            guard let measure = ActorMeasure.named(name) else {
                throw UsageError.make("mesure inconnue « \(name) » ; mesures connues : \(ActorMeasure.keys())", "unknown measure \"\(name)\"; known: \(ActorMeasure.keys())")
            }
            if !available.contains(measure) {
                throw UsageError.make("\(name) n'est pas définie en --mode bipartite (seulement \(ActorMeasure.keys(in: .bipartite)))", "\(name) is not defined in --mode bipartite (only \(ActorMeasure.keys(in: .bipartite)))")
            }
            return measure
        }
    }
}
