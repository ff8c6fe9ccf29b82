// `maillage-suggestion-evaluation [--share S] [--repetitions R] [--seed N] [--weights T,S,B] DATASET…`:
// the honest evaluation of `maillage suggest` (LinkPredictionEvaluation in the library).
// For each dataset folder, hides a seeded share of the cooperations R times, suggests
// from the rest, and prints one Markdown table: precision at 10 and 50 and AUC of
// Maillage's suggestions and score against resource allocation, Adamic–Adar, common
// neighbours, preferential attachment and random. The README's table comes from here.
import Foundation
import MaillageAnalysis
import MaillageDataset

var share = 0.2, repetitions = 10, seed: UInt64 = 1
var weights = SuggestionWeights()
var folders: [String] = []
var arguments = Array(CommandLine.arguments.dropFirst())
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--share": share = arguments.isEmpty ? share : Double(arguments.removeFirst()) ?? share
    case "--repetitions": repetitions = arguments.isEmpty ? repetitions : Int(arguments.removeFirst()) ?? repetitions
    case "--seed": seed = arguments.isEmpty ? seed : UInt64(arguments.removeFirst()) ?? seed
    case "--weights":
        // territory,sector,bridging
        let parts = (arguments.isEmpty ? "" : arguments.removeFirst()).split(separator: ",").compactMap { Double($0) }
        if parts.count == 3 { weights = SuggestionWeights(territory: parts[0], sector: parts[1], bridging: parts[2]) }
    default: folders.append(argument)
    }
}
guard !folders.isEmpty else {
    FileHandle.standardError.write(Data("usage: maillage-suggestion-evaluation [--share S] [--repetitions R] [--seed N] [--weights T,S,B] DATASET…\n".utf8))
    exit(2)
}

func cell(_ x: Double) -> String { String(format: "%.3f", x) }

print("Hidden share \(share), \(repetitions) splits (seeds \(seed)…\(seed + UInt64(max(repetitions, 1)) - 1)); figures are means over the splits.")
print("")
print("| dataset | actors | hidden ties | predictor | P@10 | P@50 | AUC |")
print("|---|---:|---:|---|---:|---:|---:|")
for folder in folders {
    let result = DatasetLoader.load(folder: URL(fileURLWithPath: folder))
    guard let dataset = result.dataset else {
        FileHandle.standardError.write(Data("\(folder): the dataset has errors; run `maillage validate`\n".utf8))
        exit(1)
    }
    let evaluation = LinkPredictionEvaluation(dataset: dataset, hiddenShare: share, repetitions: repetitions, seed: seed, ks: [10, 50],
                                              settings: SuggestionSettings(weights: weights))
    let name = URL(fileURLWithPath: folder).lastPathComponent
    for (i, row) in evaluation.rows.enumerated() {
        let head = i == 0 ? "| \(name) | \(dataset.actors.count) | \(String(format: "%.1f", evaluation.meanPositives)) |" : "| | | |"
        print("\(head) \(row.predictor.rawValue) | \(cell(row.precision[0])) | \(cell(row.precision[1])) | \(cell(row.auc)) |")
    }
}
