/// Names written in capitals, as SIRENE and many registers give them (« COMMUNAUTE
/// EMMAUS D ARRAS »), shown as people write them (« Communauté Emmaüs d'Arras »): the
/// loader's display names for actors, cooperations and territories (their ids are kept
/// as written).
///
/// A name is rewritten only when it has no small letter and at least two words of four
/// letters or more that are not acronyms (one in a table whose names are mostly in
/// capitals): « CRESS HDF », « DLA 62 » and « URSCOP » keep their capitals. In a
/// rewritten name:
/// - acronyms stay in capitals: the known ones of the field (SCOP, SCIC, ESAT, CCAS…)
///   and any word without a vowel (« CMPP »);
/// - the small words of French names are in small letters after the first word (« de »,
///   « la », « et », « pour »…), SIRENE's « D ARRAS » and « L ATELIER » regain their
///   apostrophe (« d'Arras », « L'Atelier ») and a lone « A » is « à »;
/// - the other words take a capital, with the accents SIRENE drops restored for the
///   words frequent in the field's names (« COMMUNAUTE » → « Communauté », « ECONOMIE »
///   → « Économie »); a word not in that list keeps its letters as written;
/// - each part of a hyphenated word is treated alike (« SAINT-POL-SUR-TERNOISE » →
///   « Saint-Pol-sur-Ternoise »).
enum CapitalNames {
    /// `name` in the usual case, or nil when it is not a name in capitals (see the type's
    /// description). `inCapitalsTable`: the name is one of a table written in capitals (a
    /// SIRENE extract), where one word of four letters or more that is no acronym suffices
    /// (« SCOP ENERGIE » → « SCOP Énergie », « ENVIE » → « Envie »).
    static func usualCase(_ name: String, inCapitalsTable: Bool = false) -> String? {
        // Scalars, not characters: a list of 20,000 names is read in a few milliseconds.
        for scalar in name.unicodeScalars where isSmallLetter(scalar) { return nil }
        let tokens = name.split(separator: " ", omittingEmptySubsequences: true)
        var long = 0
        for token in tokens {
            let letters = Self.letters(of: token)
            if letters.unicodeScalars.count >= 4, !isAcronym(letters) { long += 1 }
        }
        guard long >= (inCapitalsTable ? 1 : 2) else { return nil }
        var out: [String] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let first = out.isEmpty
            // SIRENE's « D ARRAS », « L ATELIER », « QU IL »: an elision whose apostrophe was dropped.
            if token == "D" || token == "L" || token == "QU", i + 1 < tokens.count,
               let next = tokens[i + 1].unicodeScalars.first, isLetter(next) {
                let elided = first ? token.prefix(1) + token.dropFirst().lowercased() : token.lowercased()
                out.append(elided + "'" + word(tokens[i + 1], first: false, afterElision: true))
                i += 2
                continue
            }
            out.append(word(token, first: first, afterElision: false))
            i += 1
        }
        return out.joined(separator: " ")
    }

    /// The letters of `text`, in order.
    private static func letters(of text: Substring) -> String {
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isLetter(scalar) { view.append(scalar) }
        return String(view)
    }

    /// Whether `scalar` is a letter; ASCII answered without Unicode's property tables.
    @inline(__always) private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic }
        let folded = scalar.value | 0x20
        return folded >= 0x61 && folded <= 0x7A
    }

    /// Whether `scalar` is a small letter; likewise.
    @inline(__always) private static func isSmallLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isLowercase }
        return scalar.value >= 0x61 && scalar.value <= 0x7A
    }

    /// Whether `scalar` belongs to a word: a letter, a digit, or an accent combined with one.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLetter(scalar) || (scalar.value >= 0x30 && scalar.value <= 0x39) }
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// One token: its hyphenated parts and apostrophes each cased as a word.
    private static func word(_ token: Substring, first: Bool, afterElision: Bool) -> String {
        var result = ""
        var part = String.UnicodeScalarView()
        var partIndex = 0
        func flush() {
            guard !part.isEmpty else { return }
            result += cased(String(part), first: first && partIndex == 0 && !afterElision, lowerSmallWord: partIndex > 0 || !first)
            part = String.UnicodeScalarView()
        }
        for scalar in token.unicodeScalars {
            if isWordScalar(scalar) {
                part.append(scalar)
            } else {
                flush()
                partIndex += 1
                // « D'ARRAS » with its apostrophe: « d' » then a word.
                if scalar == "'" || scalar == "’", ["D", "L", "QU", "d", "l", "qu"].contains(result) {
                    result = first && partIndex == 1 ? String(result.prefix(1)).uppercased() + result.dropFirst().lowercased() : result.lowercased()
                }
                result.unicodeScalars.append(scalar)
            }
        }
        flush()
        return result
    }

    /// One word of letters (and digits).
    private static func cased(_ word: String, first: Bool, lowerSmallWord: Bool) -> String {
        let letters = Self.letters(of: word[...])
        if letters.isEmpty || isAcronym(letters) { return word }
        let lower = word.lowercased()
        if !first, lowerSmallWord, smallWords.contains(lower) { return lower }
        if !first, lower == "a" { return "à" }
        let accented = accents[lower] ?? lower
        guard let head = accented.unicodeScalars.first else { return word }
        return String(head).uppercased() + String(accented.unicodeScalars.dropFirst())
    }

    /// Whether `name` has letters, and whether none of them is a small letter.
    static func letterCase(of name: String) -> (any: Bool, allCapitals: Bool) {
        var letter = false, small = false
        for scalar in name.unicodeScalars where isLetter(scalar) {
            letter = true
            if isSmallLetter(scalar) { small = true; break }
        }
        return (letter, !small)
    }

    /// Whether `letters` (capitals) is an acronym: a known one, or a word of two letters
    /// or more without a vowel.
    static func isAcronym(_ letters: String) -> Bool {
        if acronyms.contains(letters) { return true }
        var count = 0
        for scalar in letters.unicodeScalars {
            if vowels.contains(scalar) { return false }
            count += 1
        }
        return count >= 2
    }

    /// The vowels, in capitals and in small letters, with the accents of French.
    private static let vowels: Set<Unicode.Scalar> = Set("AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸaeiouyàâäéèêëîïôöùûüÿ".unicodeScalars)

    /// The acronyms of the field, in capitals.
    static let acronyms: Set<String> = [
        "SCOP", "SCIC", "SCI", "SA", "SAS", "SASU", "SARL", "EURL", "SEM", "SPL", "GIE", "GIP", "GEIQ", "CAE", "CUMA", "SICA",
        "ESS", "CRESS", "APES", "URSCOP", "COORACE", "DLA", "ADIE", "UDES", "CNCRESS", "ESUS", "PTCE", "SIAE", "IAE",
        "ACI", "AI", "EI", "ETTI", "EA", "ESAT", "EHPAD", "IME", "ITEP", "SAVS", "SAMSAH", "SESSAD", "MECS", "CHRS", "CADA",
        "CCAS", "CIAS", "CAF", "CPAM", "MSA", "MJC", "CPIE", "AMAP", "ADMR", "UNA", "UDAF", "UNAF", "APF", "ADAPEI", "UNAPEI",
        "APAJH", "AFPA", "GRETA", "CFA", "IRTS", "FJT", "CLIC", "PMI", "MDPH", "EPCI", "CC", "CA", "CU", "SIVOM", "SIVU",
        "SMICTOM", "SIRENE", "INSEE", "HDF", "NPDC", "PDC", "UFOLEP", "USEP", "FOL", "OCCE", "CEMEA", "MRAP", "LDH", "ATD",
        "ASBL", "ONG", "FNARS", "URIOPSS", "UNIOPSS", "URHAJ", "URSSAF", "ANAH", "OPH", "SEMIE", "HLM", "CROUS", "FSE", "II", "III",
    ]

    /// The small words of French names, written in small letters after the first word.
    static let smallWords: Set<String> = [
        "de", "du", "des", "la", "le", "les", "et", "en", "au", "aux", "pour", "par", "sur", "sous", "dans", "avec", "un", "une",
        "ou", "à", "d", "l", "sans", "chez", "entre", "vers",
    ]

    /// The words frequent in the field's names whose accents SIRENE drops (small letters,
    /// without accents → with them).
    static let accents: [String: String] = [
        "communaute": "communauté", "communautes": "communautés", "societe": "société", "cooperative": "coopérative",
        "cooperatives": "coopératives", "cooperation": "coopération", "solidarite": "solidarité", "solidarites": "solidarités",
        "economie": "économie", "economique": "économique", "economiques": "économiques", "energie": "énergie", "energies": "énergies",
        "education": "éducation", "federation": "fédération", "departemental": "départemental", "departementale": "départementale",
        "departement": "département", "regional": "régional", "regionale": "régionale", "region": "région", "developpement": "développement",
        "reseau": "réseau", "reseaux": "réseaux", "activite": "activité", "activites": "activités", "sante": "santé", "creation": "création",
        "ecologique": "écologique", "ecole": "école", "ecoles": "écoles", "equipement": "équipement", "etudes": "études", "eveil": "éveil",
        "generale": "générale", "general": "général", "interet": "intérêt", "collectivite": "collectivité", "collectivites": "collectivités",
        "medico": "médico", "medical": "médical", "medicale": "médicale", "medicaux": "médicaux", "aines": "aînés", "handicapes": "handicapés",
        "handicapees": "handicapées", "prevention": "prévention", "securite": "sécurité", "proximite": "proximité", "qualite": "qualité",
        "mutualite": "mutualité", "universite": "université", "reemploi": "réemploi", "metropole": "métropole", "deficients": "déficients",
        "epicerie": "épicerie", "emmaus": "emmaüs", "agees": "âgées", "age": "âge", "reinsertion": "réinsertion", "theatre": "théâtre",
        "creche": "crèche", "creches": "crèches", "hopital": "hôpital", "foret": "forêt", "pole": "pôle", "ile": "île", "chateau": "château",
        "cite": "cité", "integration": "intégration", "reussite": "réussite", "fraternite": "fraternité",
        "egalite": "égalité", "liberte": "liberté", "mediation": "médiation", "prefecture": "préfecture",
        "velo": "vélo", "velos": "vélos", "recup": "récup", "recuperation": "récupération", "dechets": "déchets", "dechet": "déchet",
        "bibliotheque": "bibliothèque", "mediatheque": "médiathèque", "detente": "détente", "ethique": "éthique",
        "agreee": "agréée", "agree": "agréé", "elus": "élus", "etablissement": "établissement", "etablissements": "établissements",
        "hebergement": "hébergement", "rehabilitation": "réhabilitation", "renovation": "rénovation",
        "residence": "résidence", "residences": "résidences", "ecocitoyen": "écocitoyen", "eco": "éco",
        "citoyennete": "citoyenneté", "francais": "français", "francaise": "française", "metiers": "métiers", "metier": "métier",
        "competences": "compétences", "experience": "expérience", "strategie": "stratégie", 
        "scolarite": "scolarité", "periscolaire": "périscolaire", "precarite": "précarité",
        "epargne": "épargne", "credit": "crédit", "benevoles": "bénévoles", "benevolat": "bénévolat", "ecoute": "écoute",
        "evenements": "événements", "vehicules": "véhicules", "electricite": "électricité", "electrique": "électrique",
        "hotel": "hôtel", "hotellerie": "hôtellerie", "systeme": "système", "cote": "côte",
        "eleves": "élèves", "eleve": "élève", "etudiants": "étudiants", "etudiant": "étudiant", "regie": "régie", "regies": "régies",
        "defense": "défense", "agrement": "agrément", "creations": "créations", "immobiliere": "immobilière", "fonciere": "foncière",
        "financiere": "financière", "cafe": "café", "musee": "musée", "cinema": "cinéma", "scene": "scène", "media": "média",
        "medias": "médias", "ecologie": "écologie", "energetique": "énergétique", "reparation": "réparation", "amenagement": "aménagement",
        "generations": "générations", "dependance": "dépendance", "educative": "éducative", "educatif": "éducatif", "esperance": "espérance",
        "etape": "étape", "echanges": "échanges", "echange": "échange", "metropolitain": "métropolitain", "presence": "présence",
        "vallee": "vallée", "vallees": "vallées", "bethune": "béthune", "lievin": "liévin", "henin": "hénin", "etaples": "étaples", 
    ]
}
