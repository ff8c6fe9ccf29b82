import Foundation
import Testing

/// The command line speaks French by default (issue 21): dataset diagnostics, the
/// failure that follows them, usage errors and the validate summary, with LANG unset
/// or French; `--lang en` and an English locale give the English wording;
/// ArgumentParser's own messages stay as it writes them.
@Suite struct FrenchMessagesCommandTests {
    /// A dataset with one short row: two errors and two warnings.
    static func malformed() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-fr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("cooperation,actor\nc1,a1\nc1\n".utf8).write(to: folder.appendingPathComponent("memberships.csv"))
        return folder
    }

    static let frenchLines = [
        "memberships.csv: avertissement: pas de table des acteurs (actors.csv, ou une feuille « Acteurs ») : 1 acteur n'est connu que par son identifiant (type non renseigné)",
        "memberships.csv: avertissement: pas de table des coopérations (cooperations.csv, ou une feuille « Coopérations ») : 1 coopération n'est connue que par son identifiant (forme non renseignée)",
        "memberships.csv:3:3: erreur: 1 cellule alors que l'en-tête en a 2 (il manque les cellules à partir de la colonne « actor »)",
        "memberships.csv:3:3: erreur: cellule « actor » vide : chaque participation a besoin d'un identifiant",
    ]

    @Test(arguments: [nil, "fr_FR.UTF-8", "C"]) func diagnosticsAndTheFailureAreFrenchByDefault(lang: String?) throws {
        let folder = try Self.malformed()
        defer { try? FileManager.default.removeItem(at: folder) }
        var environment = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] { environment[key] = nil }
        environment["LANG"] = lang
        let result = try runMaillage(["summary", "."], in: folder, environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").map(String.init)
            == Self.frenchLines + ["Erreur : le jeu de données a 2 erreurs ; lancez `maillage validate` pour la liste"], "\(result.stderr)")
        let validate = try runMaillage(["validate", "."], in: folder, environment: environment)
        #expect(validate.status == 1)
        #expect(validate.stdout.split(separator: "\n").map(String.init) == Self.frenchLines + ["2 erreurs, 2 avertissements"], "\(validate.stdout)")
    }

    @Test func langEnAndAnEnglishLocaleGiveEnglish() throws {
        let folder = try Self.malformed()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = [
            "memberships.csv: warning: actors.csv is absent: 1 actor is known only by its id (kind \"unknown\")",
            "memberships.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")",
            "memberships.csv:3:3: error: 1 cells where the header has 2 (missing from column \"actor\" on)",
            "memberships.csv:3:3: error: empty actor: every membership needs an id",
            "Error: the dataset has 2 errors; run `maillage validate` for the list",
        ]
        let flag = try runMaillage(["summary", ".", "--lang", "en"], in: folder)
        #expect(flag.stderr.split(separator: "\n").map(String.init) == english, "\(flag.stderr)")
        let locale = try runMaillageInEnglish(["summary", "."], in: folder)
        #expect(locale.stderr.split(separator: "\n").map(String.init) == english, "\(locale.stderr)")
        // --lang wins over the locale, in both directions.
        let french = try runMaillageInEnglish(["summary", ".", "--lang=fr"], in: folder)
        #expect(french.stderr.hasSuffix("Erreur : le jeu de données a 2 erreurs ; lancez `maillage validate` pour la liste\n"), "\(french.stderr)")
        let json = try runMaillage(["validate", ".", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"severity\": \"error\"") || json.stdout.contains("\"severity\":\"error\""), "severity stays a keyword")
        #expect(json.stdout.contains("cellule « actor » vide"), "\(json.stdout)")
    }

    @Test func usageErrorsAreFrenchIncludingArgumentParsers() throws {
        let top = try runMaillage(["hubs", "--top", "0"])
        #expect(top.status == 64)
        #expect(top.stderr.hasPrefix("Erreur : --top doit valoir au moins 1\nUsage : maillage hubs"), "\(top.stderr)")
        #expect(top.stderr.hasSuffix("  Voir « maillage hubs --help » pour plus d'informations.\n"), "\(top.stderr)")
        let topEnglish = try runMaillage(["hubs", "--top", "0", "--lang", "en"])
        #expect(topEnglish.stderr.hasPrefix("Error: --top must be at least 1\nUsage: maillage hubs"), "\(topEnglish.stderr)")
        // ArgumentParser's own messages, translated by their forms.
        let unknown = try runMaillage(["hubs", "--bogus"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("Erreur : option inconnue « --bogus »\n"), "\(unknown.stderr)")
        let near = try runMaillage(["clusters", "--topp", "3"])
        #expect(near.stderr.hasPrefix("Erreur : option inconnue « --topp ». Vouliez-vous dire « --top » ?\n"), "\(near.stderr)")
        let value = try runMaillage(["clusters", "--method", "leidn"])
        #expect(value.status == 64)
        #expect(value.stderr.hasPrefix("Erreur : la valeur « leidn » n'est pas valide pour « --method <method> » ; valeurs possibles : « louvain » ou « leiden »\nAide :  --method <method>  "),
                "\(value.stderr)")
        let number = try runMaillage(["clusters", "--seed", "x"])
        #expect(number.stderr.hasPrefix("Erreur : la valeur « x » n'est pas valide pour « --seed <seed> »\n"), "\(number.stderr)")
        let missing = try runMaillage(["render"])
        #expect(missing.stderr.hasPrefix("Erreur : argument obligatoire manquant : « --output <output> »\n"), "\(missing.stderr)")
        let noValue = try runMaillage(["clusters", "--seed"])
        #expect(noValue.stderr.hasPrefix("Erreur : valeur manquante pour « --seed <seed> »\n"), "\(noValue.stderr)")
        let extra = try runMaillage(["summary", "a", "b", "c"])
        #expect(extra.stderr.hasPrefix("Erreur : 2 arguments inattendus : « b », « c »\n"), "\(extra.stderr)")
        let english = try runMaillage(["clusters", "--method", "leidn", "--lang", "en"])
        #expect(english.stderr.hasPrefix("Error: The value 'leidn' is invalid for '--method <method>'. Please provide one of 'louvain' and 'leiden'.\nHelp:"),
                "\(english.stderr)")
        // A failure met while checking the options (an output folder that does not exist).
        let output = try runMaillage(["render", "-o", "/nonexistent-maillage-folder/x.svg"])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix(
            "Erreur : impossible d'écrire /nonexistent-maillage-folder/x.svg : le dossier /nonexistent-maillage-folder n'existe pas"), "\(output.stderr)")
    }

    /// Territory levels read as words of the field in tables ("département", "région"),
    /// not as the identifiers the JSON keeps ("departement", "region"): `hubs` wrote
    /// "(territoires : departement)" where `suggest` wrote "département".
    @Test func territoryLevelsAreWordsInTables() throws {
        let hubs = try runMaillage(["hubs", "--top", "1", "--level", "departement"])
        #expect(hubs.status == 0)
        #expect(hubs.stdout.hasPrefix("Têtes de pont — pas-de-calais-2015 (territoires : département)\n"), "\(hubs.stdout)")
        let summary = try runMaillage(["summary"])
        let levels = summary.stdout.split(separator: "\n").drop { !$0.hasPrefix("territoires par niveau") }.prefix(5)
            .map { $0.split(separator: " ").dropLast().joined(separator: " ").replacingOccurrences(of: "territoires par niveau ", with: "") }
        #expect(levels == ["région", "département", "pays", "EPCI", "commune"], "\(summary.stdout)")
        // A dataset without territories names no level at all.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-levels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("cooperation,actor\nc1,a1\nc1,a2\nc2,a2\nc2,a3\n".utf8).write(to: folder.appendingPathComponent("memberships.csv"))
        let plain = try runMaillage(["hubs", "--top", "1", "."], in: folder)
        #expect(plain.status == 0)
        let header = plain.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix("Têtes de pont — ") && !header.contains("territoires"), "\(plain.stdout)")
        // No kind in that dataset either: no "(non renseigné)" after every name.
        #expect(plain.stdout.contains("1. a2 — score ") && !plain.stdout.contains("(non renseigné)"), "\(plain.stdout)")
        #expect(hubs.stdout.contains(" (structure d'appui) — score ") || hubs.stdout.contains(" (structure ESS) — score ")
                || hubs.stdout.contains(" (tête de réseau) — score "), "the bundled dataset's kinds stay: \(hubs.stdout)")
        // suggest likewise, and it says which parts of the score the dataset cannot give.
        let leads = try runMaillage(["suggest", "."], in: folder)
        #expect(leads.status == 0, "\(leads.stderr)")
        let leadLines = leads.stdout.split(separator: "\n").map(String.init)
        #expect(leadLines.first?.hasPrefix("Pistes de coopération — ") == true && leadLines.first?.contains("territoires") == false, "\(leads.stdout)")
        #expect(leadLines.contains("(Ce jeu de données ne donne ni territoire ni secteur : le score n'est fait que des partenaires communs.)"), "\(leads.stdout)")
        let bundledLeads = try runMaillage(["suggest", "--top", "1"])
        #expect(bundledLeads.stdout.hasPrefix("Pistes de coopération — pas-de-calais-2015 (territoires : "), "\(bundledLeads.stdout)")
        #expect(!bundledLeads.stdout.contains("ne donne ni territoire"))
        // territories names its level as a word, and French numbers have a decimal comma.
        let territories = try runMaillage(["territories", "--level", "departement"])
        #expect(territories.stdout.hasPrefix("Territoires (département) — pas-de-calais-2015"), "\(territories.stdout)")
        #expect(territories.stdout.contains("Indice E-I du réseau : ") && !territories.stdout.contains("E-I attendu 0."), "\(territories.stdout)")
        let brokers = try runMaillage(["brokers", "--level", "epci", "--top", "1"])
        #expect(brokers.stdout.hasPrefix("Courtage — pas-de-calais-2015 (groupes : territoires (EPCI))"), "\(brokers.stdout)")
        #expect(summary.stdout.contains("densité") && !summary.stdout.contains("0.0"), "\(summary.stdout)")
        let summaryCSV = try runMaillage(["summary", "--format", "csv"])
        #expect(summaryCSV.stdout.contains("réseau,density,0.0"), "CSV keeps the decimal point: \(summaryCSV.stdout)")
        let clusters = try runMaillage(["clusters"])
        #expect(clusters.stdout.contains(", modularité 0,"), "\(clusters.stdout)")
        let englishClusters = try runMaillage(["clusters", "--lang", "en"])
        #expect(englishClusters.stdout.contains(", modularity 0."), "\(englishClusters.stdout)")
        let json = try runMaillage(["hubs", "--top", "1", "--level", "departement", "--format", "json"])
        #expect(json.stdout.contains("\"level\": \"departement\"") || json.stdout.contains("\"level\":\"departement\""),
                "the JSON keeps the identifier")
    }

    /// Counts agree with their nouns ("2 acteurs … ne sont pas listés", "1 acteur … n'est pas
    /// listé"), not "acteur(s)".
    @Test func countsAgreeWithTheirNouns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-plural-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("cooperation,actor\nc1,a1\nc1,a2\nc2,a4\n".utf8).write(to: folder.appendingPathComponent("memberships.csv"))
        try Data("id,name,kind\na1,Un,structure\na2,Deux,structure\na3,Trois,structure\na4,Quatre,structure\n".utf8)
            .write(to: folder.appendingPathComponent("actors.csv"))
        let clusters = try runMaillage(["clusters", "."], in: folder)
        #expect(clusters.status == 0)
        #expect(clusters.stdout.contains("(2 acteurs sans lien ne sont pas listés)"), "\(clusters.stdout)")
        #expect(clusters.stdout.contains(": 1 groupe, modularité"), "\(clusters.stdout)")
        // The report's one-line summary: "1 lien", "1 groupe", and 0 singular as French writes it.
        let report = try runMaillage(["report", ".", "-o", "rapport.html"], in: folder)
        #expect(report.stderr.contains("rapport écrit : rapport.html (4 acteurs, 1 lien, 0 tête de pont, 1 groupe, 0 territoire ; fr)"),
                "\(report.stderr)")
        #expect(!clusters.stdout.contains("(s)"))
        let english = try runMaillage(["clusters", ".", "--lang", "en"], in: folder)
        #expect(english.stdout.contains("(2 actors without a tie not listed)"), "\(english.stdout)")
        // One tie: "1 lien", not "1 liens".
        let map = try runMaillage(["render", ".", "--view", "actors", "-o", "carte.dot"], in: folder)
        #expect(map.status == 0, "\(map.stderr)")
        #expect(map.stderr.contains("carte écrite : carte.dot (2 acteurs, 1 lien, disposition neato)"), "\(map.stderr)")
        // No facilitator at all: "Aucun acteur…", not "Seuls 0 acteurs…".
        let none = try runMaillage(["hubs", "."], in: folder)
        #expect(none.status == 0, "\(none.stderr)")
        #expect(none.stdout.contains("Aucun acteur n'a de rôle de facilitation (sur les liens, les chemins, l'animation ou le courtage) : la liste est vide."),
                "\(none.stdout)")
        #expect(!none.stdout.contains("Seuls 0"))
        // One: "Seul 1 acteur a…", not "Seuls 1 acteurs ont…".
        try Data("cooperation,actor,role\nc1,a1,animateur\nc1,a2,\nc2,a4,\n".utf8).write(to: folder.appendingPathComponent("memberships.csv"))
        let one = try runMaillage(["hubs", "."], in: folder)
        #expect(one.stdout.contains("Seul 1 acteur a un rôle de facilitation (sur les liens, les chemins, l'animation ou le courtage) : la liste n'en compte pas 10."),
                "\(one.stdout)")
        let oneEnglish = try runMaillage(["hubs", ".", "--lang", "en"], in: folder)
        #expect(oneEnglish.stdout.contains("Only 1 actor plays a facilitating role"), "\(oneEnglish.stdout)")
    }
    /// Past 20 errors of one kind the list is cut, but the totals count every error:
    /// « 30 erreurs », not the 21 lines printed, in the table, the JSON and the failure.
    @Test func totalsCountTheErrorsLeftOutOfTheList() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-totals-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var memberships = "cooperation,actor,since\n"
        for i in 0..<30 { memberships += "c1,a\(i),après \(2000 + i)\n" }
        try Data(memberships.utf8).write(to: folder.appendingPathComponent("memberships.csv"))
        let validate = try runMaillage(["validate", "."], in: folder)
        #expect(validate.status == 1)
        #expect(validate.stdout.hasSuffix("30 erreurs, 2 avertissements\n"), "\(validate.stdout)")
        let json = try runMaillage(["validate", ".", "--format", "json"], in: folder)
        #expect(json.stdout.contains("\"errors\": 30"), "\(json.stdout)")
        let summary = try runMaillage(["summary", "."], in: folder)
        #expect(summary.stderr.contains("Erreur : le jeu de données a 30 erreurs"), "\(summary.stderr)")
    }
}

