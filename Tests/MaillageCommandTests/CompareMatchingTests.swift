import Foundation
import Testing

/// Issue 16, item 3 end to end: `compare OLD NEW` on two datasets whose ids differ
/// matches by id, then by the new dataset's aliases table, then by names equal once
/// folded as the loader folds them, and says how many were matched each way.
@Suite struct CompareMatchingTests {
    static let old = [
        "actors.csv": "id,name,kind\na1,Œuvre de la Soupe,structure\na2,Asso Deux,structure\na3,APF,structure\na4,Garage,entreprise\n",
        "cooperations.csv": "id,name\nc1,Collectif d'Arras\n",
        "memberships.csv": "cooperation,actor,role\nc1,a1,membre\nc1,a2,membre\nc1,a3,membre\nc1,a4,membre\n",
    ]
    static let new = [
        "actors.csv": "id,name,kind\nsoupe,OEUVRE DE LA SOUPE,structure\na2,Asso Deux,structure\napf-62,Association des paralysés de France,structure\nn5,Nouvelle,structure\n",
        "cooperations.csv": "id,name\ncollectif,collectif d’arras\n",
        "memberships.csv": "cooperation,actor,role\ncollectif,soupe,membre\ncollectif,a2,membre\ncollectif,apf-62,membre\ncollectif,n5,membre\n",
        "aliases.csv": "alias,id\nAPF,apf-62\n",
    ]

    @Test func idsThenAliasesThenFoldedNames() throws {
        let old = try TimeCommandTests.folder(Self.old), new = try TimeCommandTests.folder(Self.new)
        defer { try? FileManager.default.removeItem(at: old); try? FileManager.default.removeItem(at: new) }
        let r = try runMaillage(["compare", old.path, new.path, "--format", "json", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let actors = try #require(json["actors"] as? [String: Any]), cooperations = try #require(json["cooperations"] as? [String: Any])
        let a = try #require(actors["matching"] as? [String: Int]), c = try #require(cooperations["matching"] as? [String: Int])
        #expect(a == ["matched_by_id": 1, "matched_by_number": 0, "matched_by_alias": 1, "matched_by_name": 1, "only_old": 1, "only_new": 1])
        #expect(c == ["matched_by_id": 0, "matched_by_number": 0, "matched_by_alias": 0, "matched_by_name": 1, "only_old": 0, "only_new": 0])
        #expect(actors["joined"] as? [String] == ["n5"] && actors["left"] as? [String] == ["a4"])

        let en = try runMaillage(["compare", old.path, new.path, "--lang", "en", "--quiet"])
        #expect(en.stdout.contains("Actors: 4 → 4 (3 matched: 1 by id, 1 by alias, 1 by name; 1 left, 1 joined)"), "\(en.stdout)")
        #expect(en.stdout.contains("Cooperations: 1 → 1 (1 matched: 0 by id, 1 by name; 0 ended, 0 created)"), "\(en.stdout)")
        let fr = try runMaillage(["compare", old.path, new.path, "--quiet"])
        #expect(fr.stdout.contains("Acteurs : 4 → 4 (3 retrouvés : 1 par l'identifiant, 1 par un alias, 1 par le nom ; 1 parti, 1 arrivé)"),
                "\(fr.stdout)")
    }

    /// Two editions of an observatory's list keyed on SIRET, names as ids: a structure
    /// renamed between them (« ASSOCIATION EMMAUS ARRAS » → « COMMUNAUTE EMMAUS D ARRAS »)
    /// is found by its SIRET, not counted as one that left and one that joined; a
    /// number on two rows of one side matches nothing.
    @Test func renamedStructuresAreFoundByTheirSIRET() throws {
        let old = [
            "Structures.csv": "SIRET;Raison sociale\n77567227200017;ASSOCIATION EMMAUS ARRAS\n42345678900019;RESSOURCERIE DU TERNOIS\n51234567900017;ATELIER BOIS\n",
            "Adhésions.csv": "SIRET;Réseau\n77567227200017;CRESS\n42345678900019;CRESS\n51234567900017;CRESS\n",
        ]
        let new = [
            "Structures.csv": "SIRET;Raison sociale\n77567227200017;COMMUNAUTE EMMAUS D ARRAS\n42345678900019;RESSOURCERIE DU TERNOIS\n30234567300016;MUTUELLE DU NORD\n",
            "Adhésions.csv": "SIRET;Réseau\n77567227200017;CRESS\n42345678900019;CRESS\n30234567300016;CRESS\n",
        ]
        let a = try TimeCommandTests.folder(old), b = try TimeCommandTests.folder(new)
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let r = try runMaillage(["compare", a.path, b.path, "--format", "json", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let actors = try #require(json["actors"] as? [String: Any])
        #expect(actors["matching"] as? [String: Int] == ["matched_by_id": 1, "matched_by_number": 1, "matched_by_alias": 0, "matched_by_name": 0,
                                                        "only_old": 1, "only_new": 1])
        #expect(actors["left"] as? [String] == ["ATELIER BOIS"] && actors["joined"] as? [String] == ["MUTUELLE DU NORD"], "\(actors)")
        let fr = try runMaillage(["compare", a.path, b.path, "--quiet"])
        #expect(fr.stdout.contains("Acteurs : 3 → 3 (2 retrouvés : 1 par l'identifiant, 1 par le SIRET, le RNA ou le SIREN ; 1 parti, 1 arrivé)"),
                "\(fr.stdout)")
    }

    /// Two exports saved by Excel in French (Windows-1252, `;`) are compared as every other
    /// command reads them: `--encoding` is `auto` there too, not UTF-8 only.
    @Test func excelFrenchExportsAreComparedAsEveryCommandReadsThem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-compare-cp1252-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ name: String, _ text: String) throws -> String {
            let url = dir.appendingPathComponent(name)
            // Windows-1252: « é » is the single byte 0xE9.
            try Data(text.unicodeScalars.map { UInt8($0.value) }).write(to: url)
            return url.path
        }
        let old = try write("avant.csv", "coopération;acteur\r\nPôle réemploi;Ressourcerie\r\nPôle réemploi;Ville de Béthune\r\n")
        let new = try write("apres.csv", "coopération;acteur\r\nPôle réemploi;Ressourcerie\r\nPôle réemploi;Ville de Béthune\r\nPôle réemploi;Crèche\r\n")
        let r = try runMaillage(["compare", old, new, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Windows-1252"), "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let actors = try #require(json["actors"] as? [String: Any])
        #expect(actors["joined"] as? [String] == ["Crèche"], "\(actors)")
        // Asked for explicitly, UTF-8 still refuses the file, as every command does.
        let strict = try runMaillage(["compare", old, new, "--encoding", "utf-8", "--quiet"])
        #expect(strict.status != 0 && strict.stderr.contains("cp1252"), "\(strict.stderr)")
    }

    /// One dataset at two dates is read twice; its warnings, the same both times, are
    /// printed once.
    @Test func oneDatasetAtTwoDatesWarnsOnce() throws {
        let dir = try TimeCommandTests.folder([
            "memberships.csv": "cooperation,actor,since\nc1,a1,2018\nc1,a2,2018\nc2,a2,2020\nc2,a3,2020\n"])
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runMaillage(["compare", dir.path, "--at", "2019", "--at", "2021", "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let warning = "actors.csv is absent"
        #expect(r.stderr.components(separatedBy: warning).count - 1 == 1, "\(r.stderr)")
    }

    /// Two lists of ties, a year apart: a pair of actors is one cooperation, matched by
    /// its pair; without territories the territories section says so instead of
    /// printing an empty table, and a dataset compared with itself says nothing changed.
    @Test func twoListsOfTiesAndTerritoriesSaidInWords() throws {
        let old = try TimeCommandTests.folder(["liens.csv": "Structure 1;Structure 2\nCIAS;Régie\nRégie;Jardin\nDLA;CIAS\n"])
        let new = try TimeCommandTests.folder(["liens.csv": "Structure 1;Structure 2\nCIAS;Régie\nRégie;Jardin\nJardin;Épicerie\n"])
        defer { try? FileManager.default.removeItem(at: old); try? FileManager.default.removeItem(at: new) }
        let r = try runMaillage(["compare", old.path, new.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Coopérations : 3 → 3 (2 retrouvées ; 1 terminée, 1 créée)"), "\(r.stdout)")
        #expect(r.stdout.contains("Liens gagnés (1)\n  Jardin — Épicerie"), "\(r.stdout)")
        #expect(r.stdout.hasSuffix("Territoires : aucun (les acteurs ne sont situés dans aucun territoire)\n"), "\(r.stdout)")
        let same = try runMaillage(["compare", "Datasets/pas-de-calais-2015", "Datasets/pas-de-calais-2015", "--quiet"], in: repositoryRoot)
        #expect(same.stdout.hasSuffix("Territoires (département) — aucun n'a changé\n") || same.stdout.contains("— aucun n'a changé\n"), "\(same.stdout)")
        #expect(!same.stdout.contains("territoire  acteurs"))
    }
}
