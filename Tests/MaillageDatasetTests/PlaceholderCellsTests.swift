import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Cells that only say a value is missing (« NC », « - », « ? », « non renseigné »),
/// and list items that name nothing (« Aucun », « Néant », « Autre »): no commune,
/// cooperation or partner is made of them (``PlaceholderCells``, ``NoNameAnswers``).
@Suite struct PlaceholderCellsTests {
    static func load(_ name: String, _ bytes: [UInt8]) throws -> DatasetLoadResult {
        let folder = try ScratchFolder("placeholder-cells")
        defer { folder.remove() }
        try folder.write([name: bytes])
        return DatasetLoader.load(folder: folder.url.appendingPathComponent(name))
    }

    @Test func placeholdersAreRecognisedAndValuesAreNot() {
        for text in ["NC", "nc", "N.C.", "n/c", " NC ", "N/A", "n/a", "ND", "NR", "-", "--", "—", "–", "/", "?", "…", "...", "_",
                     "non communiqué", "Non renseigné", "NON RENSEIGNEE", "inconnu", "Inconnue", "ne sait pas", "NSP", "à compléter",
                     "A COMPLETER", "xxx", "NaN", "null"] {
            #expect(PlaceholderCells.isPlaceholder(text), "\(text)")
        }
        for text in ["x", "X", "0", "12", "Non", "Oui", "Aucun", "???", "Arras", "Nord", "NCA", "Nice", "N", "-5", "1/2", "#N/A", "",
                     "Inconnu du bataillon", "non communiqué par la structure qui ne souhaite pas répondre"] {
            #expect(!PlaceholderCells.isPlaceholder(text), "\(text)")
        }
        for text in ["Aucun", "aucune", "Néant", "NEANT", "Non", "Pas de réseau", "Sans objet", "RAS", "0", "Oui", "Autre", "Autres", "Divers", "x", "idem"] {
            #expect(NoNameAnswers.namesNothing(text), "\(text)")
        }
        for text in ["Aucun de ces réseaux", "Aucune pour l'instant", "Pas encore", "Pas de partenaire formel", "Je ne connais pas", "Non concernée", "Pas d'adhésion"] {
            #expect(NoNameAnswers.kind(of: text) == NoNameAnswers.Kind.no, "\(text)")
        }
        #expect(NoNameAnswers.partition(["Pas encore", "on y réfléchit"]).kept.isEmpty)
        #expect(NoNameAnswers.partition(["Cocagne", "Autre", "COORACE"]).kept == ["Cocagne", "COORACE"])
        for text in ["Autre Chose", "Réseau Oui", "PTCE", "Non-Violence XXI", "Les Autres", "Pas-de-Calais Actif", "Ne Pas Jeter", "Aucun-Pas"] {
            #expect(!NoNameAnswers.namesNothing(text), "\(text)")
        }
    }

    /// A CRESS member list saved by French Excel: « NC » headcounts, a commune « - », networks
    /// « Aucun », « Néant », « Autre » and « 0 »: no commune « - », no cooperation « Aucun »
    /// joining the structures that have none, no unreadable headcount; two warnings say it.
    @Test func aMemberListsPlaceholdersMakeNoCommuneNoCooperationNoHeadcount() throws {
        let csv = """
            Structure;Commune;Effectif;Réseaux d'appartenance
            Asso A;Arras;NC;PTCE Artois, Collectif Lens
            Asso B;-;12;Aucun
            Asso C;Lens;?;PTCE Artois
            Asso D;N.C.;non communiqué;Néant
            Asso E;Lens;4;Collectif Lens, Autre
            Asso F;Arras;3;0

            """
        let result = try Self.load("adherents.csv", Array(csv.utf8))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Set(dataset.cooperations.map(\.id)) == ["PTCE Artois", "Collectif Lens"], "\(dataset.cooperations.map(\.id))")
        #expect(Set(dataset.territories.map(\.id)) == ["Arras", "Lens"])
        #expect(dataset.actors.count == 6)
        #expect(dataset.actor("Asso B")?.territories == [])
        #expect(dataset.actor("Asso B")?.employees?.lower == 12)
        #expect(dataset.actor("Asso A")?.employees == nil)
        #expect(dataset.memberships.count == 4)
        let french = result.diagnostics.map { $0.description(in: .fr) }
        #expect(french.contains(
            "adherents.csv:2:14: avertissement: 5 cellules qui disent seulement que la valeur manque (« NC », « - », « ? », « N.C. ») : lues vides ; colonnes « Effectif », « Commune »"),
            "\(french)")
        #expect(french.contains(
            "adherents.csv:3:13: avertissement: « Réseaux d'appartenance » : « Aucun », « Néant », « Autre », « 0 » ne nomment aucune coopération, non lus (4 cellules) ; une ligne qui ne nomme rien d'autre n'a pas de coopération"),
            "\(french)")
        #expect(!french.contains { $0.contains("illisible") }, "« NC » is no unreadable headcount: \(french)")
    }

    /// The same in a workbook: the cells are taken out of the sheet, the warning names the
    /// sheet's cell and the header's columns, the title row above is left alone.
    @Test func aSheetsPlaceholdersAreSaidAtTheirCell() throws {
        let data = "<sheetData>" + TestWorkbook.row(1, ["Adhérents — NC = non communiqué"])
            + TestWorkbook.row(2, ["Raison sociale", "Commune", "Salariés", "Réseaux"])
            + TestWorkbook.row(3, ["Asso A", "Arras", "NC", "PTCE Artois; Collectif Lens"])
            + TestWorkbook.row(4, ["Asso B", "-", "12", "Aucun"])
            + TestWorkbook.row(5, ["Asso C", "Lens", "?", "PTCE Artois"])
            + "</sheetData>"
        let result = try Self.load("adherents.xlsx", try TestWorkbook.xlsx([TestWorkbook.Sheet(name: "Adhérents", data: data)]))
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(Set(dataset.cooperations.map(\.id)) == ["PTCE Artois", "Collectif Lens"])
        #expect(Set(dataset.territories.map(\.id)) == ["Arras", "Lens"])
        #expect(result.printed.contains(
            "adherents.xlsx[Adhérents]!C3: warning: 3 cells that only say the value is missing (\"NC\", \"-\", \"?\"): read as empty; columns \"Salariés\", \"Commune\""),
            "\(result.printed)")
        #expect(result.printed.contains {
            $0.hasPrefix("adherents.xlsx[Adhérents]!D4: warning: \"Réseaux\": \"Aucun\" names no cooperation, not read")
        }, "\(result.printed)")
    }

    /// A survey's « Aucun » partner is no actor, still less the network's first hub.
    @Test func aSurveysNoPartnerIsNoActor() throws {
        let csv = "Structure;Partenaires\nAsso A;Asso B, Asso C\nAsso B;Aucun\nAsso C;Néant\nAsso D;Aucun\nAsso E;Asso A\nAsso F;NC\n"
        let result = try Self.load("partenaires.csv", Array(csv.utf8))
        let dataset = try #require(result.dataset, "\(result.printed)")
        let names = Set(dataset.actors.map(\.name))
        #expect(!names.contains("Aucun") && !names.contains("Néant") && !names.contains("NC"), "\(names)")
        #expect(result.printed.contains("partenaires.csv:3:8: warning: \"Partenaires\": \"Aucun\", \"Néant\" name no partner, not read (3 cells); a row that names nothing else has no partner"),
                "\(result.printed)")
    }

    /// A form's answers: « Aucun de ces réseaux », « Pas encore, on y réfléchit » (nothing after
    /// a no), « Non concerné » name no network, « Aucune pour l'instant » no partner; numbered
    /// columns (« Réseau 1 », « Réseau 2 ») likewise.
    @Test func aFormsNoAndNumberedColumnsNoMakeNothing() throws {
        let form = """
            Horodateur,Nom de votre structure,À quels réseaux adhérez-vous ?,Avec quelles structures coopérez-vous ?
            2025/03/01 10:00:00,Asso A,"Réseau Cocagne, COORACE",Asso B
            2025/03/01 10:05:00,Asso B,Aucun de ces réseaux,"Asso A, Asso C"
            2025/03/01 10:07:00,Asso C,COORACE,Aucune pour l'instant
            2025/03/01 10:09:00,Asso D,"Pas encore, on y réfléchit",Je ne sais pas
            2025/03/01 10:10:00,Asso E,Non concerné,Asso A

            """
        let answers = try Self.load("reponses.csv", Array(form.utf8))
        let dataset = try #require(answers.dataset, "\(answers.printed)")
        let names = Set(dataset.actors.map(\.name) + dataset.cooperations.map(\.name))
        for nothing in ["Aucun de ces réseaux", "Pas encore", "on y réfléchit", "Non concerné", "Aucune pour l'instant", "Je ne sais pas"] {
            #expect(!names.contains(nothing), "\(names)")
        }
        #expect(Set(dataset.memberships.filter { ["Réseau Cocagne", "COORACE"].contains($0.cooperation) }.map(\.actor)) == ["Asso A", "Asso C"])
        let numbered = try Self.load("reseaux.csv", Array("Structure;Réseau 1;Réseau 2;Réseau 3\nAsso A;PTCE;Cocagne;\nAsso B;Aucun;;\nAsso C;PTCE;-;NC\nAsso D;Néant;;\n".utf8))
        #expect(Set(try #require(numbered.dataset).cooperations.map(\.id)) == ["PTCE", "Cocagne"], "\(numbered.printed)")
        #expect(numbered.printed.contains("reseaux.csv:3:8: warning: \"Réseau 1\": \"Aucun\", \"Néant\" name no cooperation, not read (2 cells); a row that names nothing else has no cooperation"),
                "\(numbered.printed)")
    }

    /// The dataset format's own tables keep their ids as written: « NC » in the header row
    /// is a header, and a file without placeholders gets no warning.
    @Test func aFileWithoutPlaceholdersIsUntouched() throws {
        let csv = "Structure;Réseaux\nAsso A;PTCE Artois\nAsso B;PTCE Artois\n"
        let result = try Self.load("liste.csv", Array(csv.utf8))
        #expect(result.dataset?.memberships.count == 2)
        #expect(!result.printed.contains { $0.contains("missing") || $0.contains("names no") }, "\(result.printed)")
    }
}
