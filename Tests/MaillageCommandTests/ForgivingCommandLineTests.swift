import Foundation
import MaillageModel
import Testing

/// A command line that forgives: misspelt commands get a suggestion, actors are found by
/// the names every output prints.
@Suite struct ForgivingCommandLineTests {
    @Test func aMisspeltCommandGetsASuggestionBeforeItsOptionsAreRead() throws {
        let result = try runMaillage(["reprot", "-o", "x.html"], in: repositoryRoot)
        #expect(result.status == 64)
        #expect(result.stderr.contains("commande inconnue « reprot »"))
        #expect(result.stderr.contains("Vouliez-vous dire : report ?"))
        #expect(!result.stderr.contains("Unknown option"))
        let hub = try runMaillage(["hub"], in: repositoryRoot)
        #expect(hub.stderr.contains("Vouliez-vous dire : hubs ?"))
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "en_US.UTF-8"
        environment["LC_ALL"] = nil
        let english = try runMaillage(["centralty"], in: repositoryRoot, environment: environment)
        #expect(english.stderr.contains("Did you mean: centrality?"))
    }

    @Test func egoTakesAnActorsPrintedName() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-ego-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let byName = directory.appendingPathComponent("name.dot"), byID = directory.appendingPathComponent("id.dot")
        let named = try runMaillage(["render", "-o", byName.path, "--ego", "dispositif LOCAL d’accompagnement (DLA)"], in: repositoryRoot)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(try runMaillage(["render", "-o", byID.path, "--ego", "dla"], in: repositoryRoot).status == 0)
        #expect(try Data(contentsOf: byName) == Data(contentsOf: byID))
        let misspelt = try runMaillage(["render", "-o", byName.path, "--ego", "Dispositf local d'accompagnement"], in: repositoryRoot)
        #expect(misspelt.status != 0)
        #expect(misspelt.stderr.contains("vouliez-vous dire : Dispositif local d'accompagnement (DLA)"))
    }

    @Test func namesMatchWhateverTheCaseAccentsAndPunctuation() {
        #expect(NameMatching.folded("Dispositif local d'accompagnement (DLA)") == NameMatching.folded("DISPOSITIF LOCAL D’ACCOMPAGNEMENT DLA"))
        #expect(NameMatching.folded("Tête de réseau") == "tetedereseau")
        #expect(NameMatching.editDistance("reprot", "report") == 2)
        #expect(NameMatching.nearest("reprot", among: ["report", "render", "export"]).first == "report")
        #expect(NameMatching.nearest("zzzz", among: ["report", "render"]).isEmpty)
        let dataset = Dataset(name: "d", actors: [Actor(id: "a", name: "Mairie de Die"), Actor(id: "b", name: "mairie de Die ")],
                              cooperations: [], memberships: [], territories: [])
        #expect(dataset.lookUpActor("a") == .found(0))
        #expect(dataset.lookUpActor("MAIRIE DE DIE") == .ambiguous([0, 1]))
    }
}

/// `synth` takes `--quiet` like every analysis command.
@Suite struct SynthQuietTests {
    @Test func synthIsSilentWithQuiet() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-synth-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runMaillage(["synth", "--actors", "300", "--seed", "4", "--quiet", "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("memberships.csv").path))
    }
}
