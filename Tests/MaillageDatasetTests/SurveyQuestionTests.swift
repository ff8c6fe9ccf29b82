import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A form's questions as headers, in the words their authors chose (Google Forms,
/// Microsoft Forms, LimeSurvey, Framaforms): read for what they ask.
@Suite struct SurveyQuestionTests {
    /// What each question asks for, and the questions that ask for nothing a dataset
    /// holds (a count, the person answering, a wish, an option of a multiple choice).
    @Test func eachQuestionIsReadForWhatItAsks() {
        let asked: [(String, SurveyQuestion.Subject?)] = [
            ("Avec quelles structures coopérez-vous ? (une par ligne ou séparées par des virgules)", .partners),
            ("Avec quelles structures votre structure coopère-t-elle ?", .partners),
            ("Quels sont vos principaux partenaires ?", .partners),
            ("Citez les structures avec lesquelles vous travaillez", .partners),
            ("Which organisations do you work with?", .partners),
            ("Avec quelles structures coopérez-vous, et sous quelle forme ?", .partners),
            ("Quel est le nom de votre structure ?", .respondent),
            ("Nom de votre organisation :", .respondent),
            ("Depuis quand travaillez-vous avec vos partenaires ?", .since),
            ("En quelle année a démarré la coopération ?", .since),
            ("Depuis quand ?", .since),
            ("Quelle est la date de fin du partenariat ?", .until),
            ("Sous quelle(s) forme(s) ?", .form),
            ("Dans quel cadre coopérez-vous avec eux ?", .form),
            ("Quel type de coopération ?", .form),
            ("Quel type de structure êtes-vous ?", .kind),
            ("Quel est le statut juridique de votre structure ?", .legalForm),
            ("Où est située votre structure ?", .commune),
            ("Dans quel secteur intervenez-vous ?", .sector),
            ("À quels réseaux ou collectifs votre structure adhère-t-elle ?", .networks),
            ("Dans quel(s) projet(s) collectif(s) êtes-vous impliqué(e) ?", .networks),
            // A column named by a relative clause, as a question would ask.
            ("Réseaux auxquels la structure adhère", .networks),
            ("Réseaux dont la structure est membre", .networks),
            ("Nombre de réseaux auxquels elle adhère", nil),
            // Nothing a dataset holds, or partners wished for rather than had.
            ("Avec quelles structures souhaiteriez-vous coopérer ?", nil),
            ("Combien de partenaires avez-vous ?", nil),
            ("Nom de la personne référente dans votre structure", nil),
            ("Votre adresse e-mail", nil),
            ("Numéro SIRET de votre structure", nil),
            ("Avez-vous des remarques ?", nil),
            ("Statut du partenariat ?", nil),
            ("À quels réseaux adhérez-vous ? [URSCOP]", nil),
            // A spreadsheet's own column names are no questions: ``ColumnAliases`` reads them.
            ("Partenaires", nil), ("Structure", nil), ("Type de partenariat", nil), ("Dans", nil),
        ]
        for (header, subject) in asked {
            #expect(SurveyQuestion.subject(of: header) == subject, "\(header)")
        }
        #expect(SurveyQuestion.option(of: "À quels réseaux adhérez-vous ? [URSCOP]")?.option == "URSCOP")
        #expect(SurveyQuestion.option(of: "[URSCOP]") == nil)
        #expect(SurveyQuestion.isOtherOption("Autre (précisez)"))
        #expect(HeaderNote.stripped("Sous quelle(s) forme(s) ?") == "Sous quelle forme")
        #expect(HeaderNote.stripped("Partenaire(s) (plusieurs réponses possibles)") == "Partenaire")
        #expect(HeaderNote.withoutEndings("Structure (nom complet)") == "Structure (nom complet)")
    }

    /// A Google Forms export whose every header is a question: the respondent, its
    /// partners (a comma between checkboxes, a line between written names, « et » between
    /// two structures of the survey), the forms ticked, the year, its commune and legal form.
    @Test func aFormOfQuestionsIsAListOfTies() throws {
        let csv = """
            "Horodateur","Adresse e-mail","Quel est le nom de votre structure ?","Où est située votre structure ?","Quel est le statut juridique de votre structure ?","Avec quelles structures coopérez-vous ?","Sous quelle(s) forme(s) ?","Depuis quand ?","Avez-vous des remarques ?"
            "2024/03/12 10:14:22","a@x.fr","Recyclerie d'Arras","Arras","Association","Emmaüs Arras, Ville d'Arras","Partenariat, Mutualisation","2019",""
            "2024/03/12 11:02:51","b@x.fr","Les Jardins de Lens","Lens","Association","Ville de Lens
            Recyclerie d'Arras","Partenariat","2020","Merci !"
            "2024/03/13 09:45:10","c@x.fr","SCOP Bâtir Ensemble","Béthune","SCOP","Les Jardins de Lens et Emmaüs Arras","Groupement","2018",""
            "2024/03/14 14:30:00","d@x.fr","Emmaüs Arras","Arras","Association","Maison de l'emploi et de la formation","Mutualisation","",""

            """
        let result = try SpreadsheetConventionsTests.load(["Réponses.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.cooperations.map(\.id) == [
            "Recyclerie d'Arras+Emmaüs Arras", "Recyclerie d'Arras+Ville d'Arras", "Les Jardins de Lens+Ville de Lens",
            "Les Jardins de Lens+Recyclerie d'Arras", "SCOP Bâtir Ensemble+Les Jardins de Lens", "SCOP Bâtir Ensemble+Emmaüs Arras",
            "Emmaüs Arras+Maison de l'emploi et de la formation",
        ], "« et » splits two names of the survey, never a name of its own")
        #expect(dataset.cooperations.map(\.form) == [.partenariat, .partenariat, .partenariat, .partenariat, .regroupement, .regroupement, .mutualisation])
        #expect(dataset.cooperations.map { $0.started?.description } == ["2019", "2019", "2020", "2020", "2018", "2018", nil])
        #expect(dataset.actor("SCOP Bâtir Ensemble")?.legalForm == "SCOP")
        #expect(dataset.actor("Recyclerie d'Arras")?.territories == ["Arras"])
        let printed = result.printed
        #expect(printed.contains(
            "Réponses.csv:1:1: warning: read as a list of ties: one row per actor (\"Quel est le nom de votre structure ?\") and its partners (\"Avec quelles structures coopérez-vous ?\"), each pair a cooperation of the two"),
            "\(printed)")
        #expect(printed.contains { $0.hasPrefix("Réponses.csv:2:") && $0.contains("\"Partenariat, Mutualisation\" ticks several forms; a cooperation has one: the first, \"Partenariat\", is kept") },
                "\(printed)")
        #expect(printed.contains { $0.hasPrefix("Réponses.csv:5:") && $0.contains(
            "\"Les Jardins de Lens et Emmaüs Arras\" read as 2 partners, \"Les Jardins de Lens\", \"Emmaüs Arras\", each named alone elsewhere in the table") },
                "\(printed)")
        #expect(printed.contains { $0.contains("\"Avez-vous des remarques ?\"") && $0.contains("not read") }, "\(printed)")
        #expect(!printed.contains { $0.contains("@x.fr") })
    }

    /// A form asking which networks each structure belongs to, the checkboxes joined by
    /// commas: a list of cooperations; « Souhaiteriez-vous… » is not read.
    @Test func aFormOfNetworksIsAListOfMemberships() throws {
        let csv = """
            "Horodateur","Quel est le nom de votre structure ?","À quels réseaux ou collectifs votre structure adhère-t-elle ?","Depuis quelle année ?","Souhaiteriez-vous rejoindre d'autres réseaux ?"
            "2024/03/12 10:14:22","Recyclerie d'Arras","CRESS Hauts-de-France, Réseau des recycleries","2015","Oui"
            "2024/03/13 09:45:10","SCOP Bâtir Ensemble","URSCOP, CRESS Hauts-de-France","","Oui"

            """
        let result = try SpreadsheetConventionsTests.load(["Réponses.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Set(dataset.cooperations.map(\.id)) == ["CRESS Hauts-de-France", "Réseau des recycleries", "URSCOP"])
        #expect(dataset.memberships.filter { $0.cooperation == "CRESS Hauts-de-France" }.count == 2)
        #expect(dataset.memberships.first { $0.actor == "Recyclerie d'Arras" }?.since == PartialDate(year: 2015))
        #expect(result.printed.contains { $0.lowercased().contains("\"souhaiteriez-vous rejoindre d'autres réseaux ?\"") && $0.contains("ignored") },
                "\(result.printed)")
    }

    /// LimeSurvey's multiple choice, one column per option (« Question [Option] ») marked
    /// « Oui », and an « [Autre] » column where the respondent wrote the others; its
    /// answer metadata is the row's history.
    @Test func aMultipleChoiceOneColumnPerOptionIsACrossTable() throws {
        let csv = """
            "ID de la réponse","Date de soumission","Dernière page","Langue de départ","Tête de séquence","Nom de votre structure","À quels réseaux adhérez-vous ? [CRESS Hauts-de-France]","À quels réseaux adhérez-vous ? [URSCOP]","À quels réseaux adhérez-vous ? [Autre]"
            "1","2024-03-12 10:14:22","3","fr","123456","Recyclerie d'Arras","Oui","Non",""
            "2","2024-03-12 11:02:51","3","fr","234567","Les Jardins de Lens","Oui","Non","Réseau Cocagne; Collectif Emploi"
            "3","2024-03-13 09:45:10","3","fr","345678","SCOP Bâtir Ensemble","Oui","Oui",""

            """
        let result = try SpreadsheetConventionsTests.load(["results-survey123.csv": Array(csv.utf8)])
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Set(dataset.cooperations.map(\.id)) == ["CRESS Hauts-de-France", "URSCOP", "Réseau Cocagne", "Collectif Emploi"])
        #expect(dataset.memberships.count == 6)
        #expect(dataset.memberships.contains { $0.actor == "Les Jardins de Lens" && $0.cooperation == "Collectif Emploi" })
        let printed = result.printed
        #expect(printed.contains { $0.contains("one column per cooperation (2 columns, from \"CRESS Hauts-de-France\" to \"URSCOP\")")
            && $0.contains("and one per cooperation named under \"À quels réseaux adhérez-vous ? [Autre]\"") }, "\(printed)")
        // The answer's metadata, said in one warning.
        #expect(printed.contains(
            "results-survey123.csv:1:1: warning: columns not read: \"ID de la réponse\", \"Date de soumission\", \"Dernière page\", \"Langue de départ\", \"Tête de séquence\", the row's history in the database or form the table comes from"),
            "\(printed)")
    }
}

/// A survey asking the same questions of each numbered partner: each answer describes
/// its own partner's tie, not every tie of the row.
@Suite struct NumberedPartnerColumnsTests {
    @Test func eachNumberedPartnerHasItsOwnTypeAndStart() throws {
        for header in ["Nom de votre structure,Partenaire 1,Type de partenariat 1,Depuis 1,Partenaire 2,Type de partenariat 2,Depuis 2",
                       "Nom de votre structure,Partenaire 1 : nom de la structure,Partenaire 1 : type de coopération,Partenaire 1 : depuis quand ?,"
                        + "Partenaire 2 : nom de la structure,Partenaire 2 : type de coopération,Partenaire 2 : depuis quand ?"] {
            let csv = header + "\nRecyclerie,Emmaüs,Mutualisation,2019,DLA 62,Appui,2021\nJardin,Recyclerie,Partenariat,2020,,,\n"
            let result = try SpreadsheetConventionsTests.load(["Réponses.csv": Array(csv.utf8)])
            let dataset = try #require(result.dataset, "\(result.printed)")
            #expect(dataset.cooperations.map(\.id) == ["Recyclerie+Emmaüs", "Recyclerie+DLA 62", "Jardin+Recyclerie"], "\(header)")
            #expect(dataset.cooperations.map(\.form) == [.mutualisation, .appui, .partenariat], "\(header)")
            #expect(dataset.cooperations.map { $0.started?.description } == ["2019", "2021", "2020"], "\(header)")
            #expect(result.printed.contains { $0.contains("each partner described by the columns of its number") }, "\(result.printed)")
            #expect(!result.printed.contains { $0.contains("is not read") }, "\(result.printed)")
        }
        #expect(TieList.numbered("Type de partenariat 12")! == ("type de partenariat", 12))
        #expect(TieList.numbered("Partenaire 2 - Depuis quand ?")! == ("Depuis quand ?", 2))
        #expect(TieList.numbered("Réseau n°3")! == ("réseau", 3))
        #expect(TieList.numbered("Code 62000") == nil)
        #expect(TieList.numbered("Structure") == nil)
    }
}
