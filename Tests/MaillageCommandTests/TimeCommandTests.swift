import Foundation
import MaillageDataset
import MaillageModel
import MaillageSynthesis
import Testing

/// Issue 16 on the command line: `--at`, `compare`, `synth --years` and the date columns.
@Suite struct TimeCommandTests {
    /// A folder holding `files` (name → CSV text), removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-time-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    static let territories = "id,name,level,parent\nD62,Pas-de-Calais,departement,\nE1,CA Un,epci,D62\nE2,CC Deux,epci,D62\n"

    /// Dated: a4 founded 2020, a5 closed mid-2019, c2 runs 2019–2020, c4 from 2021, a3 joins c1 in September 2019,
    /// a7 leaves c3 after 2019.
    static let dated = [
        "territories.csv": territories,
        "actors.csv": """
            id,name,kind,territories,founded,closed
            a1,Commune Un,collectivite,E1,,
            a2,Asso Deux,structure,E1,,
            a3,Asso Trois,structure,E1,,
            a4,Asso Quatre,structure,E2,2020,
            a5,SARL Cinq,entreprise,E2,,2019-06
            a6,Asso Six,structure,E2,,
            a7,DLA,appui,D62,,
            a8,Asso Huit,structure,E2,2018-03-01,

            """,
        "cooperations.csv": "id,name,started,ended\nc1,Coop Un,2015,\nc2,Coop Deux,2019,2020\nc3,Coop Trois,,\nc4,Coop Quatre,2021,\n",
        "memberships.csv": """
            cooperation,actor,role,since,until
            c1,a1,animateur,,
            c1,a2,membre,,
            c1,a3,membre,09/2019,
            c1,a4,membre,,
            c2,a3,membre,,
            c2,a5,membre,,
            c2,a6,membre,,
            c3,a6,membre,,
            c3,a7,accompagnateur,,2019
            c3,a8,membre,,
            c4,a1,membre,,
            c4,a8,membre,,

            """,
    ]

    /// The rows alive at the end of 2019, undated.
    static let alive2019 = [
        "territories.csv": territories,
        "actors.csv": """
            id,name,kind,territories
            a1,Commune Un,collectivite,E1
            a2,Asso Deux,structure,E1
            a3,Asso Trois,structure,E1
            a6,Asso Six,structure,E2
            a7,DLA,appui,D62
            a8,Asso Huit,structure,E2

            """,
        "cooperations.csv": "id,name\nc1,Coop Un\nc2,Coop Deux\nc3,Coop Trois\n",
        "memberships.csv": """
            cooperation,actor,role
            c1,a1,animateur
            c1,a2,membre
            c1,a3,membre
            c2,a3,membre
            c2,a6,membre
            c3,a6,membre
            c3,a7,accompagnateur
            c3,a8,membre

            """,
    ]

    @Test(arguments: [["summary"], ["hubs"], ["clusters"], ["territories"], ["brokers"], ["centrality", "--measure", "betweenness"]])
    func atEqualsTheUndatedDatasetOfTheRowsAlive(_ command: [String]) throws {
        let dated = try Self.folder(Self.dated), undated = try Self.folder(Self.alive2019)
        defer { try? FileManager.default.removeItem(at: dated); try? FileManager.default.removeItem(at: undated) }
        let options = Array(command.dropFirst())
        let a = try runMaillage([command[0], dated.path, "--at", "2019", "--format", "csv"] + options)
        let b = try runMaillage([command[0], undated.path, "--format", "csv"] + options)
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        #expect(!a.stdout.isEmpty)
        #expect(a.stdout == b.stdout)
        let json = try runMaillage([command[0], dated.path, "--at", "2019", "--format", "json"] + options)
        #expect(json.stdout.contains("\"at\": \"2019\""))
    }

    @Test func compareOfTwoDatesSaysWhatChanged() throws {
        let dated = try Self.folder(Self.dated)
        defer { try? FileManager.default.removeItem(at: dated) }
        let r = try runMaillage(["compare", dated.path, "--at", "2019", "--at", "2021", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let actors = try #require(json["actors"] as? [String: Any]), cooperations = try #require(json["cooperations"] as? [String: Any])
        #expect(actors["joined"] as? [String] == ["a4"])
        #expect((actors["left"] as? [String])?.isEmpty == true)
        #expect(cooperations["created"] as? [String] == ["c4"])
        #expect(cooperations["ended"] as? [String] == ["c2"])
        let table = try runMaillage(["compare", dated.path, "--at", "2019", "--at", "2021", "--lang", "en"])
        #expect(table.stdout.contains("Actors that joined (1)\n  Asso Quatre"))
        #expect(table.stdout.contains("Cooperations ended (1)\n  Coop Deux"))
        let fr = try runMaillage(["compare", dated.path, "--at", "2019", "--at", "2021", "--lang", "fr"])
        #expect(fr.stdout.contains("Coopérations créées (1)\n  Coop Quatre"))
        let csv = try runMaillage(["compare", dated.path, "--at", "2019", "--at", "2021", "--format", "csv"])
        #expect(csv.stdout.contains("\nactors,joined,a4,Asso Quatre,,,,\n"))
        #expect(csv.stdout.contains("\nterritories,actors,E2,CC Deux,2,3,1,\n"))
    }

    @Test func compareTwoDatasetsMatchesRenamedIdsByName() throws {
        var renamed = Self.alive2019
        renamed["actors.csv"] = renamed["actors.csv"]!.replacingOccurrences(of: "a2,Asso Deux", with: "x2,ASSO DEUX")
        renamed["memberships.csv"] = renamed["memberships.csv"]!.replacingOccurrences(of: "c1,a2,", with: "c1,x2,")
        let old = try Self.folder(Self.alive2019), new = try Self.folder(renamed)
        defer { try? FileManager.default.removeItem(at: old); try? FileManager.default.removeItem(at: new) }
        let r = try runMaillage(["compare", old.path, new.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\"matched_by_id\": 5,\n      \"matched_by_number\": 0,\n      \"matched_by_alias\": 0,\n      \"matched_by_name\": 1,\n      \"only_old\": 0,\n      \"only_new\": 0"))
        #expect(r.stdout.contains("\"gained\": [],"))
    }

    @Test func compareRefusesAmbiguousArguments() throws {
        let r = try runMaillage(["compare", "some-folder"])
        #expect(r.status != 0 && r.stderr.contains("--at A --at B"))
    }

    @Test func compareOnTwoSyntheticYearsGivesTheRecordedChanges() throws {
        let history = SyntheticHistory.generate(actors: 200, seed: 11, years: 2019...2021)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-time-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetWriter.write(history.dataset, to: dir)
        let valid = try runMaillageInEnglish(["validate", dir.path])
        #expect(valid.status == 0 && valid.stdout.contains("0 errors, 0 warnings"), "\(valid.stdout)")
        for record in history.changes {
            let r = try runMaillageInEnglish(["compare", dir.path, "--at", String(record.year - 1), "--at", String(record.year), "--format", "json"])
            #expect(r.status == 0, "\(r.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
            let actors = try #require(json["actors"] as? [String: Any]), cooperations = try #require(json["cooperations"] as? [String: Any])
            #expect(Set(actors["joined"] as? [String] ?? []) == record.actorsJoined)
            #expect(Set(actors["left"] as? [String] ?? []) == record.actorsLeft)
            #expect(Set(cooperations["created"] as? [String] ?? []) == record.cooperationsCreated)
            #expect(Set(cooperations["ended"] as? [String] ?? []) == record.cooperationsEnded)
        }
    }

    @Test func synthYearsWritesADatedDataset() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-time-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runMaillage(["synth", "-o", dir.path, "--actors", "150", "--years", "2018-2020", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let memberships = try String(contentsOf: dir.appendingPathComponent("memberships.csv"), encoding: .utf8)
        #expect(memberships.hasPrefix("cooperation,actor,role,since,until\n"))
        let bad = try runMaillage(["synth", "-o", dir.path, "--years", "2020-2018"])
        #expect(bad.status != 0 && bad.stderr.contains("--years"))
    }

    @Test func badDatesAreReportedWithTheirCell() throws {
        var files = Self.dated
        files["cooperations.csv"] = "id,name,started,ended\nc1,Coop Un,2015,\nc2,Coop Deux,2019,2018\nc3,Coop Trois,après 2010,\nc4,Coop Quatre,2021,\n"
        files["memberships.csv"] = "cooperation,actor,since,until\nc1,a1,2014,\nc1,a2,2016,2015-12\nc4,a8,,2020-13\n"
        let dir = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runMaillageInEnglish(["validate", dir.path])
        #expect(r.status != 0)
        let out = r.stdout + r.stderr
        #expect(out.contains("cooperations.csv:3:19: error: ended 2018 comes before started 2019"), "\(out)")
        #expect(out.contains("cooperations.csv:4:15: error: started must be a date"), "\(out)")
        #expect(out.contains("memberships.csv:2:7: error: membership of \"a1\" (since 2014) lies outside the life of cooperation \"c1\" (started 2015)"), "\(out)")
        #expect(out.contains("memberships.csv:3:12: error: until 2015-12 comes before since 2016"), "\(out)")
        #expect(out.contains("memberships.csv:4:8: error: until must be a date"), "\(out)")
    }

    /// `--at` on a dataset without any date says it removes nothing (every row counts as
    /// present throughout), once even for `compare` at two dates; a dated dataset gets no
    /// such warning.
    @Test func atOnAnUndatedDatasetSaysItLeavesEverythingIn() throws {
        let undated = try Self.folder(["memberships.csv": "cooperation,actor\nc1,a1\nc1,a2\n"])
        let dated = try Self.folder(Self.dated)
        defer { try? FileManager.default.removeItem(at: undated); try? FileManager.default.removeItem(at: dated) }
        let warning = "--at 2019 leaves everything in: the dataset gives no date"
        let summary = try runMaillageInEnglish(["summary", undated.path, "--at", "2019"])
        #expect(summary.status == 0 && summary.stderr.contains(warning), "\(summary.stderr)")
        let compare = try runMaillageInEnglish(["compare", undated.path, "--at", "2019", "--at", "2021"])
        #expect(compare.status == 0 && compare.stderr.components(separatedBy: "leaves everything in").count == 2, "\(compare.stderr)")
        #expect(try runMaillageInEnglish(["summary", undated.path, "--at", "2019", "--quiet"]).stderr.isEmpty)
        let fine = try runMaillageInEnglish(["summary", dated.path, "--at", "2019"])
        #expect(fine.status == 0 && !fine.stderr.contains("leaves everything in"), "\(fine.stderr)")
    }
}
