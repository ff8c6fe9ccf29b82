import ArgumentParser

/// `maillage`: maps cooperation networks of the social and solidarity economy.
@main
struct Maillage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "maillage",
        abstract: "Cartographie les réseaux de coopération de l'ESS : qui coopère avec qui, quels acteurs tiennent le territoire.",
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, SummaryCommand.self, CentralityCommand.self, HubsCommand.self, ClustersCommand.self,
            TerritoriesCommand.self, BrokersCommand.self, RenderCommand.self, ReportCommand.self, ExportCommand.self, SynthCommand.self,
        ]
    )
}
