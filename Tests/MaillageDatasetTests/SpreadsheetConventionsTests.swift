import Foundation
import MaillageModel
import MaillageWorkbook
import Testing
@testable import MaillageDataset

/// Datasets as a chargé de mission saves them from a spreadsheet (issue 15): French
/// headers and labels, legal forms in a Type column, file names with a year,
/// Windows-1252 or UTF-16, a Commune column instead of a territories table.
@Suite struct SpreadsheetConventionsTests {
    /// Windows-1252 bytes of `text` (every character here is in the code page).
    static func cp1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar {
            case "’": 0x92
            case "€": 0x80
            case "œ": 0x9C
            default: UInt8(scalar.value)
            }
        }
    }

    /// Writes `files` (name → bytes) into a fresh folder and loads it.
    static func load(_ files: [String: [UInt8]]) throws -> DatasetLoadResult {
        let folder = try ScratchFolder("conventions")
        defer { folder.remove() }
        try folder.write(files)
        return DatasetLoader.load(folder: folder.url)
    }

    /// The network of the issue, as Excel saves « CSV (séparateur : point-virgule) »:
    /// Windows-1252, CRLF, French headers, a memberships file named « Coopérations … ».
    static let excelFrench: [String: [UInt8]] = [
        "Coopérations Diois 2024.csv": cp1252(
            "Structure;Coopération;Rôle\r\nMairie de Die;Pôle alimentaire;Porteur\r\nBiocoop;Pôle alimentaire;membre\r\n"
                + "Les Jardins d’Émilie;Pôle alimentaire;Animatrice\r\nMairie de Die;Tiers-lieu;partenaire\r\nDLA Drôme;Tiers-lieu;Accompagnatrice\r\n"),
        "Acteurs.csv": cp1252(
            "Structure;Type;Commune;EPCI;Site internet\r\nMairie de Die;Collectivité;Die;CC du Diois;https://mairie-die.fr\r\n"
                + "Biocoop;SCIC;Die;CC du Diois;\r\nLes Jardins d’Émilie;Association;Châtillon-en-Diois;CC du Diois;\r\n"
                + "DLA Drôme;Structure d'appui;Valence;Valence Romans Agglo;\r\n"),
    ]

    @Test func excelFrenchSemicolonFileLoadsOnTheFirstTry() throws {
        let result = try Self.load(Self.excelFrench)
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.count == 4)
        #expect(dataset.actor("Mairie de Die")?.kind == .collectivite)
        #expect(dataset.actor("Mairie de Die")?.website == "https://mairie-die.fr")
        #expect(dataset.actor("Biocoop")?.kind == .structure)
        #expect(dataset.actor("Biocoop")?.legalForm == "SCIC")
        #expect(dataset.actor("Les Jardins d’Émilie")?.legalForm == "Association")
        #expect(dataset.actor("DLA Drôme")?.kind == .appui, "the tool's own label « structure d'appui » is accepted")
        #expect(dataset.memberships.map(\.role) == [.porteur, .membre, .animateur, .partenaire, .accompagnateur])
        // Territories from the Commune and EPCI columns, with their level and hierarchy.
        #expect(dataset.territory("Die")?.level == .commune)
        #expect(dataset.territory("Die")?.parent == "CC du Diois")
        #expect(dataset.territory("CC du Diois")?.level == .epci)
        #expect(dataset.actor("Biocoop")?.territories == ["Die", "CC du Diois"])
        // Each assumption is said once.
        #expect(result.printed.contains { $0.hasPrefix("Acteurs.csv:2:") && $0.contains("read as Windows-1252") })
        #expect(result.printed.contains {
            $0 == "Coopérations Diois 2024.csv: warning: read as the memberships table: its name says cooperations, but its columns are those of memberships (cooperation, actor, role)"
        })
        // The levels are named, agreeing with their counts (not "3 commune").
        #expect(result.printed.contains { $0.hasPrefix("Acteurs.csv: warning: territories.csv is absent: territories taken from the level columns (2 EPCI, 3 municipalities)") },
                "\(result.printed)")
        #expect(result.diagnostics.contains { $0.message(in: .fr).hasPrefix("territories.csv est absent : territoires tirés des colonnes de niveau (2 EPCI, 3 communes)") })
    }

    @Test func headersMatchIgnoringCaseAccentsSpacesAndPunctuation() throws {
        let result = try Self.load([
            "memberships.csv": Array("  COOPÉRATION ,Acteur,rôle\nc1,a1,PORTEUR\n".utf8),
            "actors.csv": Array("Identifiant,Nom,Catégorie,Forme juridique,SITE-INTERNET\na1,Alpha,tête de réseau,SCOP,x.fr\n".utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("a1")?.name == "Alpha")
        #expect(dataset.actor("a1")?.kind == .teteDeReseau)
        #expect(dataset.actor("a1")?.legalForm == "SCOP", "a legal_form column is kept as written")
        #expect(dataset.actor("a1")?.website == "x.fr")
        #expect(!result.printed.contains { $0.contains("unknown column") })
    }

    @Test func twoNamesForOneColumnAreADuplicate() throws {
        let result = try Self.load(["memberships.csv": Array("cooperation,actor,Structure\nc1,a1,a2\n".utf8)])
        #expect(result.errors.map(\.description) == [
            "memberships.csv:1:19: error: duplicate column \"structure\" (already column 2 of the header, read as \"actor\")",
        ])
    }

    @Test func suggestionsAreTheNearestAcceptedSpellingNeverAWrongOne() throws {
        let result = try Self.load([
            "memberships.csv": Array("cooperation,actor,role\nc1,a1,\nc1,a2,\nc1,a3,\n".utf8),
            "actors.csv": Array("id,kind\na1,Asociation\na2,Structure d’appui\na3,Strukture\n".utf8),
        ])
        #expect(result.errors.map(\.description) == [
            "actors.csv:2:4: error: unknown actor kind \"Asociation\"; allowed: structure, collectivite, tete_de_reseau, appui, financeur, entreprise, institution. Did you mean \"Association\"?",
            "actors.csv:4:4: error: unknown actor kind \"Strukture\"; allowed: structure, collectivite, tete_de_reseau, appui, financeur, entreprise, institution. Did you mean \"structure\"?",
        ])
        // « Structure d’appui » (curly apostrophe) is the label of appui, not a typo of structure.
        #expect(!result.printed.contains { $0.contains("appui\"; allowed") })
    }

    @Test func everyLabelTheToolPrintsIsAccepted() {
        for kind in ActorKind.datasetValues { #expect(ValueSynonyms.actorKinds.match(kind.label)?.value == kind, "\(kind.label)") }
        for form in CooperationForm.datasetValues { #expect(ValueSynonyms.cooperationForms.match(form.label)?.value == form, "\(form.label)") }
        #expect(ValueSynonyms.actorKinds.match("Mutuelle")?.legalForm == "Mutuelle")
        #expect(ValueSynonyms.actorKinds.match("SARL")?.value == .entreprise)
        // A cooperative with its company form, as registers and annuaires write it, is a structure of the ESS.
        for written in ["SCIC SA", "SCOP SAS", "SAS coopérative", "Association loi 1908", "Entreprise adaptée", "Régie de quartier"] {
            #expect(ValueSynonyms.actorKinds.match(written)?.value == .structure, "\(written)")
        }
        #expect(ValueSynonyms.actorKinds.match("SCIC SA")?.legalForm == "SCIC SA")
        // A company approved ESUS (entreprise solidaire d'utilité sociale) is of the ESS; a plain SAS is not.
        for written in ["SAS ESUS", "SARL agréée ESUS", "Entreprise solidaire d'utilité sociale"] {
            #expect(ValueSynonyms.actorKinds.match(written)?.value == .structure, "\(written)")
        }
        #expect(ValueSynonyms.actorKinds.match("SAS ESUS")?.legalForm == "SAS ESUS")
        #expect(ValueSynonyms.actorKinds.match("SAS")?.value == .entreprise)
        #expect(ValueSynonyms.territoryLevels.match("Département")?.value == .departement)
        #expect(ValueSynonyms.statuses.match("En cours")?.value == .active)
    }

    /// A CRESS-style workbook saved as CSV: « Nom de la structure » and « Nom de la
    /// coopération » as the name columns (the names are the ids), « Statut juridique »
    /// without a type, « Depuis » and « Date de fin » for the dates. Every column is read,
    /// and the kind comes from the legal form when it names one.
    @Test func namesDatesAndKindsAsACRESSWorkbookWritesThem() throws {
        let result = try Self.load([
            "structures.csv": Array("""
                Nom de la structure;Statut juridique;Date de création;Commune
                Régie de quartier Horizon;Association loi 1901;2004;Lens
                Garage solidaire;SARL;2012;Béthune
                Ville de Lens;Mairie;;Lens
                Les Liens;Groupement informel;;Lens

                """.utf8),
            "coopérations.csv": Array("""
                Nom de la coopération;Type;Date de début;Date de fin
                Pôle réemploi;Collectif;2015;2023

                """.utf8),
            "participations.csv": Array("""
                Coopération;Nom de la structure;Rôle;Depuis;Jusqu'à
                Pôle réemploi;Régie de quartier Horizon;Présidente;2016;
                Pôle réemploi;Garage solidaire;Trésorier;2018;2020
                Pôle réemploi;Ville de Lens;Financeur;;
                Pôle réemploi;Les Liens;;;

                """.utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(!result.printed.contains { $0.contains("unknown column") || $0.contains("colonne inconnue") }, "\(result.printed)")
        let kinds = Dictionary(uniqueKeysWithValues: dataset.actors.map { ($0.name, $0.kind) })
        #expect(kinds == ["Régie de quartier Horizon": .structure, "Garage solidaire": .entreprise, "Ville de Lens": .collectivite,
                          "Les Liens": .unknown])
        #expect(dataset.actors.first { $0.name == "Les Liens" }?.legalForm == "Groupement informel")
        #expect(dataset.actors.first { $0.name == "Garage solidaire" }?.founded == PartialDate(year: 2012))
        let cooperation = try #require(dataset.cooperations.first)
        #expect(cooperation.name == "Pôle réemploi" && cooperation.ended == PartialDate(year: 2023))
        let garage = try #require(dataset.memberships.first { dataset.actor($0.actor)?.name == "Garage solidaire" })
        #expect(garage.since == PartialDate(year: 2018) && garage.until == PartialDate(year: 2020) && garage.role == .membre)
    }

    /// Dates as French lists write them: a month in words (« janv. 2019 », « mars 2020 »),
    /// `-` between day, month and year, and a date cell that lost its date format, which
    /// shows Excel's count of days (`43716`): read, the last with a warning at its cell.
    @Test func datesInWordsAndExcelDayNumbersAreRead() throws {
        let result = try Self.load([
            "participations.csv": Array("""
                Coopération;Structure;Depuis
                Pôle;Atelier;janv. 2019
                Pôle;Garage;mars 2020
                Pôle;Régie;14-03-2019
                Pôle;Épicerie;43716

                """.utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        func since(_ name: String) -> PartialDate? { dataset.memberships.first { dataset.actor($0.actor)?.name == name }?.since }
        #expect(since("Atelier") == PartialDate(year: 2019, month: 1))
        #expect(since("Garage") == PartialDate(year: 2020, month: 3))
        #expect(since("Régie") == PartialDate(year: 2019, month: 3, day: 14))
        #expect(since("Épicerie") == PartialDate(year: 2019, month: 9, day: 8))
        #expect(result.printed.contains { $0.hasPrefix("participations.csv:5:") && $0.contains("\"43716\" read as 2019-09-08, a count of days as Excel stores dates") },
                "\(result.printed)")
        #expect(result.diagnostics.contains { $0.message(in: .fr).hasPrefix("« Depuis » : « 43716 » lu comme le 2019-09-08") })
    }

    /// A column formatted as date and time: the CSV text Excel and LibreOffice write
    /// (`14/03/2019 10:30`, `14/03/2019 00:00:00`), ISO with `T` and a zone, and an .xlsx
    /// cell holding a day number with a time. The day is kept; a time other than
    /// midnight is said at its cell, and a time that is none stays an error.
    @Test func dateTimesKeepTheirDay() throws {
        let result = try Self.load([
            "participations.csv": Array("""
                Coopération;Structure;Depuis
                Pôle;Atelier;14/03/2019 10:30
                Pôle;Garage;01/02/2020 00:00:00
                Pôle;Régie;2021-06-30T08:15:00.000+02:00
                Pôle;Épicerie;2018-05-02 00:00
                Pôle;Ferme;2018-05-02 25:00

                """.utf8),
        ])
        func since(_ name: String) -> PartialDate? { result.dataset?.memberships.first { result.dataset?.actor($0.actor)?.name == name }?.since }
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 1, "\(result.printed)")
        #expect(result.printed.contains { $0.hasPrefix("participations.csv:6:") && $0.contains("must be a date") }, "\(result.printed)")
        #expect(Self.dateTimeDay("14/03/2019 10:30") == PartialDate(year: 2019, month: 3, day: 14))
        #expect(result.printed.contains { $0.hasPrefix("participations.csv:2:") && $0.contains("read as 2019-03-14, without the time of day") })
        #expect(result.diagnostics.contains { $0.message(in: .fr).hasPrefix("« Depuis » : « 14/03/2019 10:30 » lu comme le 2019-03-14, sans l'heure") })
        #expect(!result.printed.contains { $0.hasPrefix("participations.csv:3:") || $0.hasPrefix("participations.csv:5:") },
                "midnight is a date written with its time: nothing to say")
        #expect(Self.dateTimeDay("2021-06-30T08:15:00.000+02:00") == PartialDate(year: 2021, month: 6, day: 30))
        // A year formatted as a number with its thousands grouped.
        #expect(LoaderRun.groupedYear("2 019") == PartialDate(year: 2019) && LoaderRun.groupedYear("2\u{202F}019") == PartialDate(year: 2019))
        #expect(LoaderRun.groupedYear("20 19") == nil && LoaderRun.groupedYear("2 0190") == nil)
        for text in ["2019-03 10:30", "14/03/2019 10h30", "14/03/2019 10:3", "2019-03-14T", "2019-03-14 10:30 abc"] {
            #expect(Self.dateTimeDay(text) == nil, "\(text)")
        }
        // The same column in a workbook: a day number with a time, in a date-and-time format.
        let sheet = TestWorkbook.row(1, ["Coopération", "Structure", "Depuis"])
            + #"<row r="2"><c r="A2" t="inlineStr"><is><t>Pôle</t></is></c><c r="B2" t="inlineStr"><is><t>Atelier</t></is></c><c r="C2" s="2"><v>45352.5</v></c></row>"#
        let folder = try ScratchFolder("date-times")
        defer { folder.remove() }
        try folder.write(["participations.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Participations", data: sheet)])])
        let workbook = DatasetLoader.load(folder: folder.url.appendingPathComponent("participations.xlsx"))
        let membership = try #require(workbook.dataset?.memberships.first, "\(workbook.printed)")
        #expect(membership.since == PartialDate(year: 2024, month: 3, day: 1))
        #expect(workbook.printed.contains { $0.hasPrefix("participations.xlsx[Participations]!C2:") && $0.contains("without the time of day") }, "\(workbook.printed)")
    }

    static func dateTimeDay(_ text: String) -> PartialDate? { LoaderRun.dateTime(text)?.date }

    /// Declared sizes as people type them: grouped thousands, a zero fraction, a unit
    /// word, an approximation (read, with a warning); anything else stays an error that
    /// names the column as its header does.
    @Test func declaredMemberCountsAsTyped() throws {
        let cases: [(String, Int?, Bool)] = [
            ("12", 12, false), ("12 membres", 12, false), ("1 200", 1_200, false), ("1\u{202F}200 adhérents", 1_200, false),
            ("12,0", 12, false), ("12.00", 12, false), ("environ 30", 30, true), ("~30", 30, true), ("30+", 30, true),
            ("30 env.", 30, true), ("près de 40 structures", 40, true), ("Plus de 100", 100, true),
            ("12,5", nil, false), ("-3", nil, false), ("douze", nil, false), ("12 euros", nil, false), ("1 20", nil, false), ("", nil, false),
        ]
        for (text, count, approximate) in cases {
            let read = LoaderRun.memberCount(text)
            #expect(read?.count == count && (read?.approximate ?? false) == approximate, "\(text): \(String(describing: read))")
        }
        let result = try Self.load([
            "cooperations.csv": Array("id;nom;membres déclarés\nc1;PTCE;environ 30\nc2;Pôle;douze\n".utf8),
            "memberships.csv": Array("cooperation;actor\nc1;a\nc2;a\n".utf8),
        ])
        #expect(result.diagnostics.contains { $0.message(in: .fr) == "« membres déclarés » : « environ 30 » lu comme 30, une valeur approchée" }, "\(result.printed)")
        #expect(result.diagnostics.contains { $0.message(in: .fr).hasPrefix("« membres déclarés » doit être un nombre entier de membres (par exemple 20), pas « douze »") })
    }

    /// French messages name a column as its header says (« Depuis », « Réseau /
    /// coopération »), not by the key it is read as (`since`, `cooperation`), which the
    /// user never wrote; a header that is the key keeps it.
    @Test func frenchMessagesNameTheColumnsAsTheHeaderDoes() throws {
        let result = try Self.load([
            "participations.csv": Array("""
                Réseau / coopération;Structure;Depuis;Jusqu'à
                ;Atelier;2019;
                Pôle;Garage;après 2019;
                Pôle;Régie;2021;2019

                """.utf8),
        ])
        let french = result.diagnostics.map { $0.message(in: .fr) }
        // An empty « Réseau » says the structure is in none: a warning naming the column as written.
        #expect(french.contains("« Atelier » n'a rien dans « Réseau / coopération » : pas de participation sur cette ligne"), "\(french)")
        #expect(french.contains { $0.hasPrefix("« Depuis » doit être une date — une année (2019)") }, "\(french)")
        #expect(french.contains("« Jusqu'à » 2019 vient avant « Depuis » 2021"), "\(french)")
        // English keeps the keys, as documented.
        #expect(result.printed.contains { $0.hasSuffix("warning: \"Atelier\" has nothing under \"Réseau / coopération\": no membership on this row") }, "\(result.printed)")
        let plain = try Self.load(["memberships.csv": Array("cooperation,actor,since\n,a1,\nc1,a2,après 2019\n".utf8)])
        let plainFrench = plain.diagnostics.map { $0.message(in: .fr) }
        #expect(plainFrench.contains("cellule « cooperation » vide : chaque participation a besoin d'un identifiant"), "\(plainFrench)")
        #expect(plainFrench.contains { $0.hasPrefix("since doit être une date") }, "\(plainFrench)")
    }

    /// Words that name a date column only in some files are not taken for one: a
    /// « Fondation » column may say whether the actor is a foundation, an « Adhésion »
    /// column hold a yes/no or a fee. They stay unknown columns (a warning), never dates
    /// that fail the load.
    @Test func ambiguousWordsAreNotDateColumns() throws {
        let result = try Self.load([
            "structures.csv": Array("Nom de la structure;Fondation\nAtelier;non\nFondation Solidaire;oui\n".utf8),
            "participations.csv": Array("Coopération;Structure;Adhésion\nPôle;Atelier;oui\nPôle;Fondation Solidaire;120 €\n".utf8),
        ])
        #expect(result.errors.isEmpty, "\(result.printed)")
        #expect(result.dataset?.actors.count == 2)
        #expect(result.printed.contains { $0.contains("unknown column \"fondation\"") }, "\(result.printed)")
        #expect(result.printed.contains { $0.contains("unknown column \"adhésion\"") }, "\(result.printed)")
    }

    @Test func theOfficesOfABoardReadAsRoles() throws {
        // A collective's membership list as an association keeps it: offices, not the
        // tool's roles. Each reads as the role it plays in the cooperation.
        let result = try Self.load([
            "memberships.csv": Array("""
                cooperation,actor,role
                c1,a1,Présidente
                c1,a2,TRESORIER
                c1,a3,secrétaire adjointe
                c1,a4,Vice-Président
                c1,a5,Chargée de mission
                c1,a6,Membre du CA
                c1,a7,Mécène

                """.utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(result.errors.isEmpty)
        let roles = Dictionary(uniqueKeysWithValues: dataset.memberships.map { ($0.actor, $0.role) })
        #expect(roles == ["a1": .porteur, "a2": .membre, "a3": .membre, "a4": .membre, "a5": .animateur, "a6": .membre, "a7": .financeur])
    }

    @Test func filesAreRecognisedByTheirLeadingWordAndOthersAreReported() throws {
        let result = try Self.load([
            "Participations 2024.csv": Array("cooperation,actor\nc1,a1\n".utf8),
            "Acteurs_v2.csv": Array("id,name\na1,Alpha\n".utf8),
            "notes.csv": Array("x\n".utf8),
            "photo.png": [0x89, 0x50],
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("a1")?.name == "Alpha")
        #expect(result.printed.contains(
            "notes.csv: warning: not read: its name does not say which table it holds (it must start with participations/memberships, acteurs/actors, coopérations/cooperations, territoires/territories), nor do its columns"))
        #expect(result.printed.contains("photo.png: warning: not read: a dataset folder holds CSV files (.csv, or .tsv and .txt separated by tabs) and workbooks (.xlsx, .ods, .xls), or a graph file (.gexf, .graphml, .net)"))
        #expect(result.printed.contains("Participations 2024.csv: warning: cooperations.csv is absent: 1 cooperation is known only by its id (form \"unknown\")"))
    }

    /// « Liste adhérents.csv » and « Annuaire.csv »: CSV files whose names say nothing are
    /// the tables their headers name; a table already given by a file named after it
    /// keeps that file, and a second file of the same table is said to be one.
    @Test func csvFilesWithoutATableNameAreReadByTheirHeaders() throws {
        let result = try Self.load([
            "Liste adhérents.csv": Array("Structure;Projet;Rôle\nMairie de Die;PTCE;porteur\nBiocoop;PTCE;membre\n".utf8),
            "Annuaire.csv": Array("Structure;Statut juridique;Commune\nBiocoop;SCIC;Die\nMairie de Die;Collectivité;Die\n".utf8),
            "Copie annuaire.csv": Array("Structure;Statut juridique\nBiocoop;SCOP\n".utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.memberships.count == 2)
        #expect(dataset.actor("Biocoop")?.legalForm == "SCIC")
        #expect(result.printed.contains("Annuaire.csv: warning: read as the actors table: its name does not say which table it holds, its columns do (\"Statut juridique\", \"Commune\")"),
                "\(result.printed)")
        #expect(result.diagnostics.contains { $0.message(in: .fr).hasPrefix("lu comme la table des participations : son nom ne dit pas quelle table il contient, ses colonnes le disent (« Structure », « Projet », « Rôle »)") })
        #expect(result.printed.contains(
            "Copie annuaire.csv: warning: not read: its columns are those of the actors table, already read from \"Annuaire.csv\"; a dataset has one actors table: merge the two files into one, or analyse this one in a folder of its own"),
            "a second file of a table read already is said so: \(result.printed)")
    }

    @Test func twoFilesForOneTableAreAnError() throws {
        let result = try Self.load([
            "memberships.csv": Array("cooperation,actor\nc1,a1\n".utf8),
            "Participations 2024.csv": Array("cooperation,actor\nc1,a2\n".utf8),
        ])
        #expect(result.errors.map(\.description) == [
            "Participations 2024.csv: error: two files hold the memberships table: \"memberships.csv\" and \"Participations 2024.csv\"; keep one",
        ])
    }

    @Test func aSingleCSVFileIsADatasetOfMemberships() throws {
        let folder = try ScratchFolder("single")
        defer { folder.remove() }
        try folder.write(["Réseau Diois.csv": Array("Structure;Coopération\nA;C1\nB;C1\n".utf8)])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("Réseau Diois.csv"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.name == "Réseau Diois")
        #expect(dataset.actors.map(\.id) == ["A", "B"])
        #expect(result.fingerprint.count == 64)
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "cooperation,actor\nCoop été,Œuvre\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var bigEndian: [UInt8] = [0xFE, 0xFF]
        for unit in "cooperation,actor\nCoop été,Œuvre\n".utf16 { bigEndian += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for file in [bytes, bigEndian] {
            let result = try Self.load(["memberships.csv": file])
            let dataset = try #require(result.dataset, "\(result.printed)")
            #expect(dataset.cooperations.map(\.id) == ["Coop été"])
            #expect(dataset.actors.map(\.id) == ["Œuvre"])
        }
        let broken = try Self.load(["memberships.csv": [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8]])
        #expect(broken.errors.first?.description.hasPrefix("memberships.csv:1:1: error: not well-formed UTF-16") == true)
    }

    @Test func windows1252IsDetectedWithAWarningAndMixedEncodingsRefused() throws {
        let result = try Self.load(["memberships.csv": Self.cp1252("cooperation,actor\nc1,Société\n")])
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.id) == ["Société"])
        #expect(result.printed.contains(
            "memberships.csv:2:8: warning: read as Windows-1252 (Excel's default in France): the file is not UTF-8 (byte 0xE9, read as \"é\"); if accented letters look wrong, re-save it as \"CSV UTF-8\""))
        let mixed = try Self.load(["memberships.csv": Array("cooperation,actor\nc1,été\n".utf8) + Self.cp1252("c2,é\n")])
        #expect(mixed.errors.first?.message.hasPrefix("mixed encodings") == true)
    }

    @Test func aTerritoriesTableMakesLevelColumnsReferences() throws {
        let result = try Self.load([
            "memberships.csv": Array("cooperation,actor\nc1,a1\n".utf8),
            "actors.csv": Array("id,Commune\na1,Lens\n".utf8),
            "territories.csv": Array("id,level\nArras,commune\n".utf8),
        ])
        #expect(result.errors.map(\.description) == [
            "actors.csv:2:4: error: unknown territory \"Lens\" (not in territories.csv).",
        ])
    }
}
