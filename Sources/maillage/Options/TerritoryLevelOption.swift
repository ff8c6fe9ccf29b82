import ArgumentParser
import MaillageAnalysis
import MaillageModel

extension TerritoryLevel: ExpressibleByArgument {}

/// `--level`: the territory level actors are grouped by.
struct TerritoryLevelOption: ParsableArguments {
    @Option(help: .localized(
        "Niveau de territoire : commune, epci, pays, departement ou region (par défaut : \(TerritoryAssignment.automaticLevelRule(in: .fr))).",
        "Territory level: commune, epci, pays, departement or region (default: \(TerritoryAssignment.automaticLevelRule(in: .en))).",
        valueName: "level"))
    var level: TerritoryLevel?
}
