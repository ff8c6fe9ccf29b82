import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

@Suite struct DatasetLoaderTests {
    @Test func loadsATwoModeDataset() throws {
        let result = loadFixture("two-mode-comma")
        #expect(result.diagnostics.isEmpty, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.count == 4)
        #expect(dataset.cooperations.count == 2)
        #expect(dataset.memberships.count == 6)
        #expect(dataset.territories.count == 5)
        #expect(dataset.actor("ressourcerie")?.name == "La Ressourcerie \"Artois\"")
        #expect(dataset.actor("ressourcerie")?.territories == ["bethune", "cabbalr"])
        #expect(dataset.actor("apes")?.kind == .teteDeReseau)
        let pole = try #require(dataset.cooperation("pole-reemploi"))
        #expect(pole.form == .collectif)
        #expect(pole.declaredMembers == 20)
        #expect(pole.summary == "Mutualiser la collecte, le tri et la vente ;\npartager un local.")
        #expect(dataset.cooperation("marches")?.status == .enConstruction)
        #expect(dataset.memberships.last?.role == .membre, "an empty role reads as membre")
        #expect(dataset.territory("cabbalr")?.name == "Communauté d'agglomération de Béthune-Bruay, Artois-Lys Romane")
        #expect(dataset.territory("bethune", isWithin: "d62"))
        #expect(dataset.provenance.contains("Fixture"))
        #expect(result.fingerprint.count == 64)
    }

    @Test func semicolonBOMCRLFLoadsExactlyLikeItsCommaVersion() throws {
        let comma = try #require(loadFixture("two-mode-comma").dataset)
        let semicolon = loadFixture("two-mode-semicolon-bom-crlf")
        #expect(semicolon.diagnostics.isEmpty, "\(semicolon.printed)")
        let other = try #require(semicolon.dataset)
        #expect(other.actors == comma.actors)
        #expect(other.cooperations == comma.cooperations)
        #expect(other.memberships == comma.memberships)
        #expect(other.territories == comma.territories)
    }

    @Test func membershipsAloneMakeADatasetWithDefaultsAndWarnings() throws {
        let result = loadFixture("only-memberships")
        #expect(!result.hasErrors)
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.id) == ["medici", "albizzi", "strozzi"])
        #expect(dataset.actors.allSatisfy { $0.kind == .unknown && $0.name == $0.id })
        #expect(dataset.cooperations.allSatisfy { $0.form == .unknown })
        #expect(result.printed == [
            "memberships.csv: warning: actors.csv is absent: 3 actors are known only by their id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 2 cooperations are known only by their id (form \"unknown\")",
        ])
    }

    @Test func malformedDatasetListsEveryProblemWithLineAndColumn() {
        let result = loadFixture("malformed")
        #expect(result.dataset == nil)
        let expected = [
            "actors.csv:3:9: error: unknown actor kind \"assocation\"; allowed: structure, collectivite, tete_de_reseau, appui, financeur, entreprise, institution. Did you mean \"Association\"?",
            "actors.csv:3:20: error: unknown territory \"zz\" (not in territories.csv).",
            "actors.csv:4:1: error: duplicate actor id \"x1\" (first defined on line 2)",
            "actors.csv:5:1: error: empty id: every actor needs an id",
            "cooperations.csv:2:25: error: declared_members must be a whole number of members (e.g. 20), not \"vingt\"",
            "cooperations.csv:3:11: error: unknown cooperation form \"colectif\"; allowed: mutualisation, partenariat, collectif, regroupement, appui. Did you mean \"collectif\"?",
            "cooperations.csv:4:24: error: unknown status \"en pause\"; allowed: active, en_construction.",
            "memberships.csv:3:7: error: unknown role \"animatrise\"; allowed: porteur, animateur, membre, partenaire, financeur, accompagnateur. Did you mean \"Animatrice\"?",
            "memberships.csv:4:4: warning: actor \"ghost\" is not in actors.csv: its id is used as its name, kind \"unknown\"",
            "memberships.csv:5:1: warning: duplicate membership of \"Un\" (x1) in \"Coop 1\" (c1) with another role: \"membre\" here, \"porteur\" on line 2, which is kept; this row is ignored (an actor has one role per cooperation)",
            "territories.csv:2:12: error: territory parents form a cycle: a → c → b → a",
            "territories.csv:5:5: error: unknown territory level \"comune\"; allowed: region, departement, pays, epci, commune, autre. Did you mean \"commune\"?",
            "territories.csv:6:10: error: unknown parent territory \"nowhere\".",
            "territories.csv:7:1: error: duplicate territory id \"a\" (first defined on line 2)",
        ]
        #expect(result.printed == expected)
    }

    /// Unclosed and stray quotes, ragged rows, duplicate columns, empty and header-only
    /// files, binary content and Windows-1252 have their exact messages in the malformed
    /// corpus (``MalformedCorpusTests``); this one adds the "did you mean" hint.
    @Test func missingColumnSuggestsTheNearestName() {
        #expect(loadFixture("missing-column").printed == [
            "memberships.csv:1:1: error: missing required column \"actor\" in the header (found: cooperation, acteurr, role)",
            "memberships.csv:1:13: warning: unknown column \"acteurr\" is ignored (did you mean \"actor\"?); known columns: cooperation, actor, role, since, until, standing, siret, siren, rna",
        ])
    }

    /// The corpus checks the messages; this checks the text read on request.
    @Test func windows1252IsReadOnRequestWithoutGarbling() throws {
        #expect(loadFixture("malformed-corpus/windows-1252", options: LoadOptions(encoding: .utf8)).dataset == nil)
        let read = loadFixture("malformed-corpus/windows-1252", options: LoadOptions(encoding: .windows1252))
        let dataset = try #require(read.dataset)
        #expect(dataset.cooperations.map(\.id) == ["coop-été"])
        #expect(dataset.actors.map(\.id) == ["Société", "Œuvre’s"])
    }

    @Test func controlledValuesIgnoreCaseAccentsAndSpacing() throws {
        let result = loadFixture("lenient-vocabulary")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.kind) == [.teteDeReseau, .collectivite])
        #expect(dataset.memberships.map(\.role) == [.animateur, .membre])
        #expect(!result.hasErrors)
    }

    @Test func territoriesWithoutTheirFileBecomeImplicit() throws {
        let result = loadFixture("implicit-territories")
        let dataset = try #require(result.dataset)
        #expect(dataset.territories.map(\.id) == ["t1", "t2"])
        #expect(dataset.territories.allSatisfy { $0.level == .autre })
        #expect(result.printed.contains("actors.csv: warning: territories.csv is absent: 2 territories are known only by their ids (level \"autre\", no hierarchy)"))
    }

    @Test func missingFolderAndFileInsteadOfFolder() {
        let missing = DatasetLoader.load(folder: fixture("does-not-exist"))
        #expect(missing.hasErrors)
        #expect(missing.printed.first?.hasSuffix("error: no such dataset folder") == true)
        let file = DatasetLoader.load(folder: fixture("two-mode-comma").appendingPathComponent("README.md"))
        #expect(file.printed.first?.contains("not a folder") == true)
    }

    /// A file name typed as the user remembers it: the readable file of its folder it
    /// most likely means (case, accents, spaces), else the few there are.
    @Test func aMistypedFileNameGetsTheFileItMeans() throws {
        let folder = try ScratchFolder("mistyped")
        defer { folder.remove() }
        try folder.write(["Adhérents 2024.xlsx": [0], "projets.csv": [0], "notes.docx": [0], ".cache.csv": [0]])
        let near = DatasetLoader.load(folder: folder.url.appendingPathComponent("adherents2024.xlsx"))
        #expect(near.printed.first?.hasSuffix("error: no such file; did you mean \"Adhérents 2024.xlsx\"?") == true, "\(near.printed)")
        let far = DatasetLoader.load(folder: folder.url.appendingPathComponent("partenariats.ods"))
        #expect(far.printed.first?.hasSuffix("error: no such file; this folder has \"Adhérents 2024.xlsx\", \"projets.csv\"") == true, "\(far.printed)")
        #expect(LoaderRun.notFound(folder.url.appendingPathComponent("partenariats.ods")).fr.contains("ce dossier a « Adhérents 2024.xlsx »"))
    }
}
