import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A partnership survey as a form exports it (Google Forms, LimeSurvey, Framaforms):
/// a timestamp, the respondent's structure under the question's own words, its
/// partners ticked in one cell joined by commas or one per numbered column.
@Suite struct SurveyExportTests {
    /// Google Forms' CSV, as LibreOffice keeps it: UTF-8, commas, the question as header.
    @Test func aFormsExportWithTheQuestionsAsHeadersIsAListOfTies() throws {
        let csv = """
            Horodateur,Votre structure,Vos partenaires (plusieurs réponses possibles),Type de partenariat
            2024/03/04 10:12:05 UTC+1,Régie de quartier Lens,"CIAS de Lens, Jardin de Cocagne",Convention
            2024/03/05 11:00:00 UTC+1,Jardin de Cocagne,Envie 2E,Mutualisation

            """
        let result = try SpreadsheetConventionsTests.load(["Réponses.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id) == [
            "Régie de quartier Lens+CIAS de Lens", "Régie de quartier Lens+Jardin de Cocagne", "Jardin de Cocagne+Envie 2E",
        ])
        #expect(result.printed.contains("Réponses.csv:1:1: warning: column \"Horodateur\" is not read: the row's history in the database or form the table comes from"), "\(result.printed)")
    }

    /// Microsoft Forms' workbook: a response number, start and end times, the
    /// respondent's e-mail and name (personal data: never a cooperation's name), then the
    /// questions.
    @Test func aMicrosoftFormsExportKeepsTheRespondentOut() throws {
        let folder = try ScratchFolder("ms-forms")
        defer { folder.remove() }
        let data = "<sheetData>" + TestWorkbook.row(1, ["ID", "Heure de début", "Heure de fin", "Adresse de messagerie", "Nom",
                                                        "Nom de votre structure", "Vos partenaires", "Depuis quand coopérez-vous ?"])
            + TestWorkbook.row(2, ["1", "2024-03-04 09:12", "2024-03-04 09:20", "anonymous", "Camille Martin", "Recyclerie", "DLA 62;Mairie;", "2019"])
            + "</sheetData>"
        try folder.write(["Enquête(1-1).xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Sheet1", data: data)])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("Enquête(1-1).xlsx"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.name) == ["Recyclerie – DLA 62", "Recyclerie – Mairie"], "the respondent's name is no cooperation's")
        #expect(dataset.cooperations.allSatisfy { $0.started == PartialDate(year: 2019) })
        let printed = result.printed.joined(separator: "\n")
        #expect(!printed.contains("Camille"))
        #expect(result.printed.contains(
            "Enquête(1-1).xlsx[Sheet1]!A1: warning: columns not read: \"ID\", \"Heure de début\", \"Heure de fin\", the row's history in the database or form the table comes from"),
            "\(printed)")
        // The e-mail address and the respondent's name, said together.
        #expect(result.printed.contains(
            "Enquête(1-1).xlsx[Sheet1]!D1: warning: columns \"Adresse de messagerie\", \"Nom\" look like personal data (e-mail, phone or contact); datasets leave them out: remove them (Maillage ignores them), or publish with --redact"),
            "\(printed)")
    }

    /// The wide form in a workbook, the structure under « Nom de votre structure ».
    @Test func aFormsWorkbookWithNumberedPartnersTiesTheRespondent() throws {
        let folder = try ScratchFolder("survey")
        defer { folder.remove() }
        let data = "<sheetData>" + TestWorkbook.row(1, ["Horodateur", "Nom de votre structure", "Partenaire 1", "Partenaire 2", "Commentaires"])
            + TestWorkbook.row(2, ["2024-03-04", "Régie de quartier", "CIAS de Lens", "Jardin de Cocagne", "RAS"])
            + TestWorkbook.row(3, ["2024-03-05", "Envie 2E", "", "", ""]) + "</sheetData>"
        try folder.write(["enquete.xlsx": try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Réponses au formulaire 1", data: data)])])
        let result = DatasetLoader.load(folder: folder.url.appendingPathComponent("enquete.xlsx"))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id) == ["Régie de quartier+CIAS de Lens", "Régie de quartier+Jardin de Cocagne"])
        #expect(result.printed.contains("enquete.xlsx[Réponses au formulaire 1]!B3: warning: \"Envie 2E\" names no partner: no tie on this row, but the structure counts among the actors"), "\(result.printed)")
        // It answered: an isolated actor of the territory, though no column describes it.
        #expect(dataset.actors.map(\.id).sorted() == ["CIAS de Lens", "Envie 2E", "Jardin de Cocagne", "Régie de quartier"])
        #expect(dataset.memberships.allSatisfy { $0.actor != "Envie 2E" })
    }

    /// A header read through its note (« Nom (usuel) ») beside the column it would name
    /// is ignored with a warning, not a duplicate column.
    @Test func aHeaderWithANoteNeverDuplicatesAColumn() throws {
        let result = try SpreadsheetConventionsTests.load([
            "memberships.csv": Array("Structure (nom complet);Projet\nEnvie Nord;PTCE\n".utf8),
            "actors.csv": Array("Nom;Nom (usuel);Commune (facultatif)\nEnvie Nord;Envie;Roubaix\n".utf8),
        ])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actor("Envie Nord")?.territories == ["Roubaix"])
        #expect(result.printed.contains("actors.csv:1:5: warning: column \"Nom (usuel)\" is ignored: column 1 of the header already gives name"), "\(result.printed)")
        #expect(HeaderNote.stripped("Votre structure :") == "Votre structure")
        #expect(HeaderNote.stripped("Structure") == nil)
        #expect(HeaderNote.stripped("(facultatif)") == nil)
    }

    /// A form's answers with the respondent's e-mail, « Depuis quand coopérez-vous ? » and
    /// comments: the e-mail column is said to be personal data, the date question read as
    /// the start, the comments as a note; partners who did not answer are said once; two
    /// structures naming each other declare one partnership.
    @Test func aFormsPersonalDataDatesAndSilentPartners() throws {
        let csv = """
            "Horodateur","Adresse e-mail","Nom de votre structure","Commune","Vos partenaires (plusieurs réponses possibles)","Depuis quand coopérez-vous ?","Commentaires"
            "2024/03/14 10:22:31 UTC+1","a@x.fr","Le Relais","Arras","Envie 62, Jardins d'Arras","2019","RAS"
            "2024/03/14 11:02:10 UTC+1","b@x.fr","Envie 62","Lens","Le Relais, Ressourcerie du Ternois","depuis 2021",""

            """
        let result = try SpreadsheetConventionsTests.load(["Réponses.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        // Le Relais and Envie 62 name each other: one partnership, dated by the first answer.
        #expect(dataset.cooperations.map { $0.started?.description } == ["2019", "2019", "2021"])
        #expect(dataset.cooperations.map(\.id) == ["Le Relais+Envie 62", "Le Relais+Jardins d'Arras", "Envie 62+Ressourcerie du Ternois"])
        #expect(result.printed.contains(
            "Réponses.csv:3:56: warning: 1 pair named by both structures (here \"Envie 62\" names \"Le Relais\", which named it): one tie each, not two"),
            "\(result.printed)")
        #expect(result.printed.contains(
            "Réponses.csv:3:93: warning: 1 pair named by both structures, which do not say the same of it (here \"Depuis quand coopérez-vous ?\": \"depuis 2021\", and \"2019\" in the first declaration): the first declaration is kept"),
            "\(result.printed)")
        let french = result.diagnostics.map { $0.description(in: .fr) }
        #expect(french.contains { $0.hasPrefix("Réponses.csv:1:14: avertissement: la colonne « Adresse e-mail » semble contenir des données personnelles") }, "\(french)")
        #expect(french.contains("Réponses.csv:1:146: avertissement: colonne « Commentaires » non lue : une note pour les lecteurs du tableur"), "\(french)")
        #expect(french.contains(
            "Réponses.csv:2:58: avertissement: « Jardins d'Arras » n'a pas de ligne qui le décrive (il n'est nommé que comme partenaire ou membre) : type non renseigné (et 1 autre acteur de même)"),
                "\(french)")
        #expect(!french.contains { $0.contains("n'est pas dans") }, "\(french)")
        #expect(!result.printed.contains { $0.contains("a@x.fr") }, "messages never repeat an address")
    }
}
