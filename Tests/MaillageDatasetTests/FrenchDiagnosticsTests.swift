import Foundation
import MaillageModel
import MaillageWorkbook
import Testing
@testable import MaillageDataset

/// Diagnostics speak French by default on the command line (issue 21): the malformed
/// corpus read in French, and every message of the corpus and of hostile workbooks
/// really translated (its French text differs from its English one).
@Suite struct FrenchDiagnosticsTests {
    static func printed(_ folder: String, encoding: TextEncoding = .utf8) -> [String] {
        DatasetLoader.load(folder: MalformedCorpusTests.corpus.appendingPathComponent(folder), options: LoadOptions(encoding: encoding))
            .diagnostics.map { $0.description(in: .fr) }
    }

    @Test func corpusClassesInFrench() {
        #expect(Self.printed("duplicate-ids") == [
            "actors.csv:4:1: erreur: identifiant d'acteur « a1 » en double (déjà défini à la ligne 2)",
            "cooperations.csv:3:1: erreur: identifiant de coopération « c1 » en double (déjà défini à la ligne 2)",
            "territories.csv:3:1: erreur: identifiant de territoire « t62 » en double (déjà défini à la ligne 2)",
        ])
        #expect(Self.printed("duplicate-memberships") == [
            "memberships.csv: avertissement: pas de table des acteurs (actors.csv, ou une feuille « Acteurs ») : 2 acteurs ne sont connus que par leur identifiant (type non renseigné)",
            "memberships.csv: avertissement: pas de table des coopérations (cooperations.csv, ou une feuille « Coopérations ») : 1 coopération n'est connue que par son identifiant (forme non renseignée)",
            "memberships.csv:4:1: avertissement: participation en double de « a1 » à « c1 » (déjà à la ligne 2) ; cette ligne est ignorée",
            "memberships.csv:5:1: avertissement: participation en double de « a2 » à « c1 » avec un autre rôle : « financeur » ici, « membre » à la ligne 3, qui est gardé ; cette ligne est ignorée (un acteur a un seul rôle par coopération)",
        ])
        #expect(Self.printed("ragged-rows") == [
            "memberships.csv: avertissement: pas de table des acteurs (actors.csv, ou une feuille « Acteurs ») : 2 acteurs ne sont connus que par leur identifiant (type non renseigné)",
            "memberships.csv: avertissement: pas de table des coopérations (cooperations.csv, ou une feuille « Coopérations ») : 2 coopérations ne sont connues que par leur identifiant (forme non renseignée)",
            "memberships.csv:2:15: erreur: 4 cellules alors que l'en-tête en a 3 : cellule en trop « extra » (un séparateur dans une cellule doit être entre guillemets)",
            "memberships.csv:3:3: erreur: 1 cellule alors que l'en-tête en a 3 (il manque les cellules à partir de la colonne « actor »)",
            "memberships.csv:3:3: erreur: cellule « actor » vide : chaque participation a besoin d'un identifiant",
        ])
        #expect(Self.printed("unknown-enum-values") == [
            "actors.csv:2:10: erreur: type d'acteur inconnu « club » ; valeurs admises : structure, collectivite, tete_de_reseau, appui, financeur, entreprise, institution.",
            "cooperations.csv:2:9: erreur: forme de coopération inconnue « partenaria » ; valeurs admises : mutualisation, partenariat, collectif, regroupement, appui. Vouliez-vous dire « partenariat » ?",
            "cooperations.csv:2:20: erreur: statut inconnu « en veille » ; valeurs admises : active, en_construction.",
            "memberships.csv:2:7: erreur: rôle inconnu « spectatrice » ; valeurs admises : porteur, animateur, membre, partenaire, financeur, accompagnateur.",
            "territories.csv:2:9: erreur: niveau de territoire inconnu « quartier » ; valeurs admises : region, departement, pays, epci, commune, autre.",
        ])
        #expect(Self.printed("territory-parent-cycle").suffix(2) == [
            "territories.csv:2:12: erreur: les parents des territoires forment un cycle : a → c → b → a",
            "territories.csv:5:13: erreur: le territoire « d » est son propre parent",
        ])
        #expect(Self.printed("latin-1") == [
            "memberships.csv:2:4: erreur: pas de l'UTF-8 valide (octet 0xE9) ; le fichier semble en Windows-1252/Latin-1 : enregistrez-le de nouveau en « CSV UTF-8 », ou lisez-le avec --encoding cp1252",
        ])
        #expect(Self.printed("missing-required-column").prefix(2) == [
            "actors.csv:1:1: erreur: colonne obligatoire « identifiant » absente de l'en-tête : nommez-la par exemple « Identifiant », « Nom » (trouvé : numero, sector)",
            "actors.csv:1:1: avertissement: colonne inconnue « numero », ignorée ; colonnes connues : identifiant, nom, type, forme juridique, secteur, territoires, site internet, date de création, date de fermeture, latitude, longitude, code INSEE, code postal, adresse, SIRET, SIREN, RNA, sigle, catégorie juridique, code NAF, effectif, tranche d'effectif, année de l'effectif, effectif de l'unité légale, année de l'effectif de l'unité légale, ETP, appartenance à l'ESS",
        ])
    }

    /// Every message of every corpus class has a French text of its own.
    @Test(arguments: MalformedCorpusTests.cases) func everyCorpusMessageIsTranslated(_ corpusCase: CorpusCase) {
        let result = DatasetLoader.load(
            folder: MalformedCorpusTests.corpus.appendingPathComponent(corpusCase.folder), options: LoadOptions(encoding: corpusCase.encoding))
        for diagnostic in result.diagnostics {
            #expect(!diagnostic.text.fr.isEmpty && diagnostic.text.fr != diagnostic.text.en, "\(diagnostic)")
            // French quotes are « »; a doubled quote "" is CSV syntax, shown as it is.
            #expect(!diagnostic.text.fr.contains("\"") || diagnostic.text.fr.contains("\"\""), "\(diagnostic.text.fr)")
        }
    }

    /// The capped summary of repeated messages is French too.
    @Test func repeatedMessagesAreSummedUpInFrench() throws {
        let many = (0..<30).map { Diagnostic.error(LocalizedText(fr: "valeur « \($0) » refusée", en: "value \"\($0)\" refused"), file: "a.csv", line: $0 + 1) }
        let capped = TextLimits.capRepeated(many)
        let last = try #require(capped.last)
        #expect(last.message(in: .fr) == "… et 10 autres du même genre (valeur … refusée) ; seuls les 20 premiers sont listés")
        #expect(last.message == "… and 10 more like the above (value … refused); only the first 20 are listed")
    }

    /// The summary names the kind by its first clause, not by 60 characters cut mid-word.
    @Test func repeatedMessagesAreSummedUpByTheirFirstClause() throws {
        let many = (0..<25).map {
            Diagnostic.warning(LocalizedText(
                fr: "probablement le même acteur : « AMAP de \($0) » et « AMAP du \($0) » restent distincts ; pour les fusionner, ajoutez une table des alias",
                en: "probably the same actor: \"AMAP de \($0)\" and \"AMAP du \($0)\" stay apart; to merge them, add an aliases table"), file: "a.csv")
        }
        let last = try #require(TextLimits.capRepeated(many).last)
        #expect(last.message(in: .fr) == "… et 5 autres du même genre (probablement le même acteur : … et … restent distincts) ; seuls les 20 premiers sont listés")
        #expect(last.message == "… and 5 more like the above (probably the same actor: … and … stay apart); only the first 20 are listed")
        #expect(TextLimits.gist(of: String(repeating: "mot ", count: 30)) == String(repeating: "mot ", count: 15).trimmingCharacters(in: .whitespaces) + "…")
    }

    /// A workbook refused says why in both languages.
    @Test func workbookRefusalsAreTranslated() throws {
        do {
            _ = try Workbook.read(Array("cooperation,actor\nc1,a1\n".utf8), format: .xlsx)
            Issue.record("a CSV text is not a workbook")
        } catch {
            #expect(error.text.fr == "pas un classeur : le fichier n'est pas une archive ZIP (ce qu'est un fichier .xlsx ou .ods) ; a-t-il été renommé depuis un autre format ?")
            #expect(error.message == "not a workbook: the file is not a ZIP archive (an .xlsx or .ods file is one); was it renamed from another format?")
        }
    }
}
