import Foundation

/// A form's question used as a column's header, read for what it asks.
///
/// Google Forms, Microsoft Forms, LimeSurvey and Framaforms export each question as the
/// header of its column, in the words its author chose: « Avec quelles structures
/// coopérez-vous ? », « Quel est le nom de votre structure ? », « Sous quelle forme ? ».
/// No list of names can hold them all, so a header that reads as a question is read
/// by the words it holds:
///
/// | the question holds | it asks for | read as |
/// | --- | --- | --- |
/// | « combien », « nombre », a contact, the person who answers, an identifier, an address, a size, a comment, a wish (« souhaiteriez-vous ») | what no dataset column holds, or partners wished for rather than had | nothing |
/// | « depuis », « quand », « en quelle année », « since », « when » | when the cooperation started | `since`, a cooperation's `started` |
/// | « jusqu'à », « fin » with a date word | when it ended | `until`, `ended` |
/// | « juridique » or « statut » | the respondent's legal form | an actor's `legal_form` |
/// | « forme », « type », « nature » or « cadre » (not of a structure) | the form of the cooperation | a cooperation's `form` |
/// | « type » of a structure or an actor | the respondent's kind | an actor's `kind` |
/// | « partenaire(s) », or « avec » and a verb of working together (« coopérez », « travaillez », « collaborez »…) | the partners | the partner column of a survey (``TieList``) |
/// | a network, collective or project word (« réseaux », « collectifs », « projets ») and one of belonging (« adhérez », « membre », « participez », « appartenez »…) | the networks the respondent belongs to | a list of cooperations (``ListedCooperations``) |
/// | « commune », « ville », « située », « siège » | where the respondent is | an actor's commune |
/// | « secteur », « filière », « domaine » | the respondent's sector | an actor's `sector` |
/// | a structure word (« structure », « organisation », « association »…) with « nom », « votre » or « quel(le) » | the respondent | the actor column, an actor's `name` |
///
/// The rows are tried in this order, so « Depuis quand travaillez-vous avec vos
/// partenaires ? » asks for a date, not for partners. A header is a question when it
/// holds « ? », speaks to the reader (« vous », « votre », « vos », « your »), or opens
/// with an interrogative or an instruction (« Quel », « Avec », « Citez », « Indiquez »…);
/// the names a spreadsheet gives its columns (« Structure », « Partenaires ») never are,
/// and are read by ``ColumnAliases`` as before.
enum SurveyQuestion {
    /// What a question asks for.
    enum Subject: Equatable, Sendable {
        /// The respondent's structure: the actor of each row.
        case respondent
        /// The respondent's partners, one tie each (``TieList``).
        case partners
        /// The networks, collectives or projects the respondent belongs to (``ListedCooperations``).
        case networks
        /// When the cooperation started.
        case since
        /// When the cooperation ended.
        case until
        /// The cooperation's form.
        case form
        /// The respondent's kind of actor.
        case kind
        /// The respondent's legal form.
        case legalForm
        /// The respondent's commune.
        case commune
        /// The respondent's sector of activity.
        case sector
    }

    /// What the question `header` asks for; nil when `header` is no question, or asks for
    /// nothing a dataset holds.
    static func subject(of header: String) -> Subject? {
        // « À quels réseaux adhérez-vous ? [URSCOP] »: one option of the question, not the question.
        guard option(of: header) == nil else { return nil }
        let words = self.words(of: header)
        guard !words.isEmpty, isQuestion(header, words: words) else { return nil }
        func has(_ word: String) -> Bool { words.contains(word) }
        func hasPrefix(_ stems: [String]) -> Bool { words.contains { word in stems.contains { word.hasPrefix($0) } } }
        func hasAny(_ set: Set<String>) -> Bool { words.contains(where: set.contains) }

        if hasAny(notAsked) { return nil }
        if has("jusqu") || has("until") || (hasAny(["fin", "end"]) && hasAny(["date", "annee", "quand", "year"])) { return .until }
        if hasAny(["depuis", "since", "quand", "when"])
            || (hasAny(["annee", "date", "year"]) && hasPrefix(["debut", "commenc", "demarr", "start", "began", "begin", "quel", "which", "what"])) {
            return .since
        }
        let structureWords: [String] = ["structure", "organisation", "organization", "association", "organisme", "entreprise",
                                        "collectivite", "etablissement", "acteur", "actor"]
        let cooperationWords: [String] = ["cooperation", "partenariat", "collaboration", "projet", "partnership", "relation", "lien"]
        if has("juridique") || (has("legal") && hasAny(["form", "status"])) { return .legalForm }
        // « Statut de votre structure », not « Statut du partenariat » (a cooperation's state).
        if hasPrefix(["statut"]) { return hasPrefix(cooperationWords) ? nil : .legalForm }
        let together = ["coop", "travaill", "collabor", "agiss", "echang", "mutualis", "work", "collaborat", "partner"]
        // « Avec quelles structures coopérez-vous, et sous quelle forme ? »: whom first, a grid's
        // columns then saying how (``PartnerOptions``).
        let asksWhich = words.indices.contains { i in
            ["quel", "quels", "quelle", "quelles", "which", "what"].contains(words[i]) && i + 1 < words.count
                && (structureWords + ["partenaire", "partner"]).contains { words[i + 1].hasPrefix($0) }
        }
        if asksWhich, hasAny(["avec", "with"]), hasPrefix(together) { return .partners }
        if hasAny(["forme", "formes", "type", "types", "nature", "cadre", "kind"]) {
            if hasPrefix(cooperationWords) || !hasPrefix(structureWords) {
                return hasAny(["type", "types", "kind"]) && !hasPrefix(cooperationWords) && hasAny(["etes", "are"]) ? .kind : .form
            }
            return .kind
        }
        if hasPrefix(["partenaire", "partner"]) { return .partners }
        if hasAny(["avec", "with"]) && hasPrefix(together) { return .partners }
        if hasPrefix(["reseau", "collectif", "federation", "projet", "dispositif", "network", "collective", "project"])
            && hasPrefix(["adher", "membre", "particip", "appart", "impliqu", "engag", "inscri", "member", "belong", "part", "involved"]) {
            return .networks
        }
        if hasAny(["commune", "ville", "situee", "situe", "localisee", "siege", "city", "town", "located"]) { return .commune }
        if hasAny(["secteur", "filiere", "domaine", "sector"]) { return .sector }
        if hasPrefix(structureWords) && hasAny(["nom", "votre", "quel", "quelle", "name", "your", "which", "what"]) { return .respondent }
        if hasAny(["qui"]) && hasAny(["etes", "vous"]) { return .respondent }
        return nil
    }

    /// The option a header names after its question, as LimeSurvey and Google Forms title
    /// the columns of a multiple-choice question or a grid: « À quels réseaux
    /// adhérez-vous ? [URSCOP] » gives the question and « URSCOP »; nil when the header
    /// does not end with an option in brackets after some text.
    static func option(of header: String) -> (question: String, option: String)? {
        let trimmed = header.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "[") else { return nil }
        let question = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let option = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingCharacters(in: .whitespaces)
        guard !question.isEmpty, !option.isEmpty, !option.contains("[") else { return nil }
        return (question, option)
    }

    /// Options (folded words) that ask the respondent to write what the others do not list:
    /// LimeSurvey's « [Autre] », « [Other] ».
    static func isOtherOption(_ option: String) -> Bool {
        let words = words(of: option)
        return !words.isEmpty && ["autre", "autres", "other", "others"].contains(words[0])
    }

    /// Words of questions that ask for nothing a dataset holds (folded): a count, a contact,
    /// the person who answers, an identifier, an address or a size.
    static let notAsked: Set<String> = [
        "combien", "nombre", "nb", "many", "number", "mail", "email", "courriel", "telephone", "tel", "phone", "contact", "messagerie",
        "prenom", "personne", "referent", "referente", "fonction", "poste", "repondant", "repondante", "signataire",
        "siret", "siren", "rna", "numero", "identifiant", "code", "adresse", "address", "site", "web", "url", "internet", "logo",
        "effectif", "effectifs", "salaries", "benevoles", "budget", "chiffre", "montant", "commentaire", "commentaires", "remarque",
        "remarques", "suggestion", "suggestions", "besoin", "besoins", "attente", "attentes", "difficulte", "difficultes",
        "souhaitez", "souhaiteriez", "souhaite", "aimeriez", "voudriez", "envisagez", "like", "wish",
    ]

    /// Relative pronouns (folded) by which a header says what its column holds as a question would.
    static let relativePronouns: Set<String> = ["auxquels", "auxquelles", "auquel", "laquelle", "lequel", "lesquels", "lesquelles",
                                                "dont", "which", "whom"]

    /// Words that open a question or an instruction (folded, as ``words(of:)`` gives them).
    static let openingWords: Set<String> = [
        "quel", "quels", "quelle", "quelles", "qui", "avec", "depuis", "quand", "comment", "pourquoi", "ou", "a", "dans", "sous",
        "en", "citez", "indiquez", "listez", "precisez", "nommez", "renseignez", "donnez", "merci",
        "which", "who", "what", "when", "where", "how", "with", "since", "list", "name", "please", "in", "under",
    ]

    /// Whether `header` reads as a question: it holds « ? », speaks to the reader, or opens
    /// with an interrogative or an instruction.
    static func isQuestion(_ header: String, words: [String]) -> Bool {
        if header.contains("?") { return true }
        if words.contains(where: { ["vous", "votre", "vos", "your", "you"].contains($0) }) { return true }
        // « Réseaux auxquels la structure adhère », « Projets dans lesquels elle est impliquée »:
        // a column named by what a question would ask, in a relative clause.
        if words.count >= 3, words.dropFirst().contains(where: relativePronouns.contains) { return true }
        // A one- or two-word header (« Avec », « Dans », « Où ») is a column's name, not a question.
        return words.count >= 3 && openingWords.contains(words[0])
    }

    /// The words of `header`, lowercased and without accents, elisions dropped
    /// (« l'année » gives « annee »; « jusqu'à » gives « jusqu »).
    static func words(of header: String) -> [String] {
        let folded = header.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "fr_FR"))
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                // « l'année », « d'une »: the elided article is no word; « jusqu'à » keeps « jusqu ».
                if scalar == "'" || scalar == "\u{2019}", ["l", "d", "qu", "s", "n", "c", "j"].contains(current) { current = ""; continue }
                if !current.isEmpty { words.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
