import ArgumentParser
import MaillageAnalysis
import MaillageModel

/// `--level`: the territory level actors are grouped by.
struct TerritoryLevelOption: ParsableArguments {
    @Option(help: "Territory level: commune, epci, pays, departement or region (default: the finest level that places at least half the actors in 2 to 16 territories).")
    var level: TerritoryLevel?

    func assignment(for dataset: Dataset) -> TerritoryAssignment {
        TerritoryAssignment(dataset: dataset, level: level ?? TerritoryAssignment.automaticLevel(for: dataset))
    }
}
