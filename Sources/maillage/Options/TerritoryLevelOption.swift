import ArgumentParser
import MaillageAnalysis
import MaillageModel

extension TerritoryLevel: ExpressibleByArgument {}

/// `--level`: the territory level actors are grouped by.
struct TerritoryLevelOption: ParsableArguments {
    @Option(help: ArgumentHelp("Territory level: commune, epci, pays, departement or region (default: \(TerritoryAssignment.automaticLevelRule(in: .en))).",
                               valueName: "level"))
    var level: TerritoryLevel?
}
