/// INSEE's NAF rév. 2 activity codes (« code APE »), as observatories' SIRENE exports write
/// a structure's main activity (« 88.99B », « 8899B », « 88.99B - Action sociale sans
/// hébergement n.c.a. »), with the division and the section each one falls in.
///
/// Maillage uses a code to give an actor its sector when the dataset gives none. A
/// sub-class (« 88.99B ») is too fine for that: two related structures (an association
/// d'aide à domicile in 88.10A, a centre social in 88.99B) should share their sector. The
/// sector is the code's division (its first two digits: 88 « Action sociale sans
/// hébergement »), and its section (a letter: Q « Santé humaine et action sociale ») groups
/// divisions further.
///
/// The table follows INSEE's « Nomenclature d'activités française » NAF rév. 2, 2008 (the
/// NAF 2008), in force in SIRENE since 2008: its 21 niveau 1 sections (letters A to U) and
/// its 88 niveau 2 divisions (`naf2008_liste_n1`, `naf2008_liste_n2`), with their labels as
/// INSEE writes them, trailing spaces dropped and curly apostrophes made straight. The
/// numbers of the divisions have gaps (no 04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89): a
/// code of such a division is not read.
///
/// Only NAF rév. 2 is read. Its predecessor's codes (NAF rév. 1, 2003: « 85.3K », « 853K »)
/// have one digit fewer and are not read. Its successor, the NAF 2025 (décret du 31 juillet
/// 2025), replaces it in SIRENE from 1 January 2027, with codes written the same way (four
/// digits and a letter) where the same digits need not mean the same activity. Nothing in
/// a code tells the two nomenclatures apart, so a NAF 2025 code is read as the NAF rév. 2
/// code of the same digits; the NAF 2025 divisions are not in the table. Exports made from
/// 2027 on need it replaced, or their codes told apart by the column SIRENE gives beside
/// them naming their nomenclature (« NAFRev2 »).
///
/// A code is read whatever its column: the caller decides by the column's header, or by
/// ``isCodeColumn(values:)``, whether its values are codes.
enum ActivityCodes {
    /// Niveau 1: the sections, in INSEE's order, with their labels.
    static let sections: [(code: String, label: String)] = [
        ("A", "Agriculture, sylviculture et pêche"),
        ("B", "Industries extractives"),
        ("C", "Industrie manufacturière"),
        ("D", "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné"),
        ("E", "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution"),
        ("F", "Construction"),
        ("G", "Commerce ; réparation d'automobiles et de motocycles"),
        ("H", "Transports et entreposage"),
        ("I", "Hébergement et restauration"),
        ("J", "Information et communication"),
        ("K", "Activités financières et d'assurance"),
        ("L", "Activités immobilières"),
        ("M", "Activités spécialisées, scientifiques et techniques"),
        ("N", "Activités de services administratifs et de soutien"),
        ("O", "Administration publique"),
        ("P", "Enseignement"),
        ("Q", "Santé humaine et action sociale"),
        ("R", "Arts, spectacles et activités récréatives"),
        ("S", "Autres activités de services"),
        ("T", "Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre"),
        ("U", "Activités extra-territoriales"),
    ]

    /// Niveau 2: the divisions (first two digits of a code), with their labels and sections.
    static let divisions: [(code: String, label: String, section: String)] = [
        ("01", "Culture et production animale, chasse et services annexes", "A"),
        ("02", "Sylviculture et exploitation forestière", "A"),
        ("03", "Pêche et aquaculture", "A"),
        ("05", "Extraction de houille et de lignite", "B"),
        ("06", "Extraction d'hydrocarbures", "B"),
        ("07", "Extraction de minerais métalliques", "B"),
        ("08", "Autres industries extractives", "B"),
        ("09", "Services de soutien aux industries extractives", "B"),
        ("10", "Industries alimentaires", "C"),
        ("11", "Fabrication de boissons", "C"),
        ("12", "Fabrication de produits à base de tabac", "C"),
        ("13", "Fabrication de textiles", "C"),
        ("14", "Industrie de l'habillement", "C"),
        ("15", "Industrie du cuir et de la chaussure", "C"),
        ("16", "Travail du bois et fabrication d'articles en bois et en liège, à l'exception des meubles ; fabrication d'articles en vannerie et sparterie", "C"),
        ("17", "Industrie du papier et du carton", "C"),
        ("18", "Imprimerie et reproduction d'enregistrements", "C"),
        ("19", "Cokéfaction et raffinage", "C"),
        ("20", "Industrie chimique", "C"),
        ("21", "Industrie pharmaceutique", "C"),
        ("22", "Fabrication de produits en caoutchouc et en plastique", "C"),
        ("23", "Fabrication d'autres produits minéraux non métalliques", "C"),
        ("24", "Métallurgie", "C"),
        ("25", "Fabrication de produits métalliques, à l'exception des machines et des équipements", "C"),
        ("26", "Fabrication de produits informatiques, électroniques et optiques", "C"),
        ("27", "Fabrication d'équipements électriques", "C"),
        ("28", "Fabrication de machines et équipements n.c.a.", "C"),
        ("29", "Industrie automobile", "C"),
        ("30", "Fabrication d'autres matériels de transport", "C"),
        ("31", "Fabrication de meubles", "C"),
        ("32", "Autres industries manufacturières", "C"),
        ("33", "Réparation et installation de machines et d'équipements", "C"),
        ("35", "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné", "D"),
        ("36", "Captage, traitement et distribution d'eau", "E"),
        ("37", "Collecte et traitement des eaux usées", "E"),
        ("38", "Collecte, traitement et élimination des déchets ; récupération", "E"),
        ("39", "Dépollution et autres services de gestion des déchets", "E"),
        ("41", "Construction de bâtiments", "F"),
        ("42", "Génie civil", "F"),
        ("43", "Travaux de construction spécialisés", "F"),
        ("45", "Commerce et réparation d'automobiles et de motocycles", "G"),
        ("46", "Commerce de gros, à l'exception des automobiles et des motocycles", "G"),
        ("47", "Commerce de détail, à l'exception des automobiles et des motocycles", "G"),
        ("49", "Transports terrestres et transport par conduites", "H"),
        ("50", "Transports par eau", "H"),
        ("51", "Transports aériens", "H"),
        ("52", "Entreposage et services auxiliaires des transports", "H"),
        ("53", "Activités de poste et de courrier", "H"),
        ("55", "Hébergement", "I"),
        ("56", "Restauration", "I"),
        ("58", "Édition", "J"),
        ("59", "Production de films cinématographiques, de vidéo et de programmes de télévision ; enregistrement sonore et édition musicale", "J"),
        ("60", "Programmation et diffusion", "J"),
        ("61", "Télécommunications", "J"),
        ("62", "Programmation, conseil et autres activités informatiques", "J"),
        ("63", "Services d'information", "J"),
        ("64", "Activités des services financiers, hors assurance et caisses de retraite", "K"),
        ("65", "Assurance", "K"),
        ("66", "Activités auxiliaires de services financiers et d'assurance", "K"),
        ("68", "Activités immobilières", "L"),
        ("69", "Activités juridiques et comptables", "M"),
        ("70", "Activités des sièges sociaux ; conseil de gestion", "M"),
        ("71", "Activités d'architecture et d'ingénierie ; activités de contrôle et analyses techniques", "M"),
        ("72", "Recherche-développement scientifique", "M"),
        ("73", "Publicité et études de marché", "M"),
        ("74", "Autres activités spécialisées, scientifiques et techniques", "M"),
        ("75", "Activités vétérinaires", "M"),
        ("77", "Activités de location et location-bail", "N"),
        ("78", "Activités liées à l'emploi", "N"),
        ("79", "Activités des agences de voyage, voyagistes, services de réservation et activités connexes", "N"),
        ("80", "Enquêtes et sécurité", "N"),
        ("81", "Services relatifs aux bâtiments et aménagement paysager", "N"),
        ("82", "Activités administratives et autres activités de soutien aux entreprises", "N"),
        ("84", "Administration publique et défense ; sécurité sociale obligatoire", "O"),
        ("85", "Enseignement", "P"),
        ("86", "Activités pour la santé humaine", "Q"),
        ("87", "Hébergement médico-social et social", "Q"),
        ("88", "Action sociale sans hébergement", "Q"),
        ("90", "Activités créatives, artistiques et de spectacle", "R"),
        ("91", "Bibliothèques, archives, musées et autres activités culturelles", "R"),
        ("92", "Organisation de jeux de hasard et d'argent", "R"),
        ("93", "Activités sportives, récréatives et de loisirs", "R"),
        ("94", "Activités des organisations associatives", "S"),
        ("95", "Réparation d'ordinateurs et de biens personnels et domestiques", "S"),
        ("96", "Autres services personnels", "S"),
        ("97", "Activités des ménages en tant qu'employeurs de personnel domestique", "T"),
        ("98", "Activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre", "T"),
        ("99", "Activités des organisations et organismes extraterritoriaux", "U"),
    ]

    private static let divisionIndex: [String: (label: String, section: String)] =
        Dictionary(uniqueKeysWithValues: divisions.map { ($0.code, ($0.label, $0.section)) })
    private static let sectionLabels: [String: String] = Dictionary(uniqueKeysWithValues: sections.map { ($0.code, $0.label) })

    /// The NAF rév. 2 code `text` holds, normalised (« 88.99B »), with its division and
    /// section and their labels; nil when `text` is not such a code.
    ///
    /// Read: a sub-class code, two digits, a dot or none, two digits and a letter of either
    /// case (« 88.99B », « 8899B », « 88.99b »), alone or followed by a label after white
    /// space, a dash or a colon (« 88.99B - Action sociale sans hébergement n.c.a. »,
    /// « 8899B – … », « 88.99B : … », « 88.99B Action sociale… »: the label is not
    /// checked), spaces around. A class code without its letter reads only written with its
    /// dot and followed by a label after a dash or a colon (« 88.99 - Autres actions sociales
    /// sans hébergement n.c.a. »): alone, « 88.99 » is also a decimal number (an amount, a
    /// percentage, a spreadsheet's number cell) and is not read, nor is « 8899 ».
    ///
    /// Not read: a code whose division does not exist in NAF rév. 2 (« 04.10Z »,
    /// « 40.00Z »), numbers (a postcode « 62041 », a catégorie juridique « 9220 », a year),
    /// codes of NAF rév. 1 (« 85.3K »), words. The letter is not checked against INSEE's
    /// sub-classes: « 88.99Q » reads as a code of division 88.
    static func read(_ text: String) -> (code: String, division: String, divisionLabel: String, section: String, sectionLabel: String)? {
        let cell = Array(trimmed(text))
        guard cell.count >= 4, isDigit(cell[0]), isDigit(cell[1]) else { return nil }
        let hasDot = cell[2] == "."
        var index = hasDot ? 3 : 2
        guard index + 1 < cell.count, isDigit(cell[index]), isDigit(cell[index + 1]) else { return nil }
        index += 2
        let division = String(cell[0..<2])
        var code = division + "." + String(cell[(index - 2)..<index])
        if index < cell.count, cell[index].isASCII, cell[index].isLetter {
            code += cell[index].uppercased()
            index += 1
            guard index == cell.count || isLabel(cell[index...], afterSpace: true) else { return nil }
        } else {
            // A class: with its dot and a label after a dash or a colon only.
            guard hasDot, isLabel(cell[index...], afterSpace: false) else { return nil }
        }
        guard let found = divisionIndex[division], let sectionLabel = sectionLabels[found.section] else { return nil }
        return (code, division, found.label, found.section, sectionLabel)
    }

    /// Whether `values` are NAF rév. 2 codes: at least four in five of the non-empty ones,
    /// one at least, are read by ``read(_:)``.
    static func isCodeColumn(values: [String]) -> Bool {
        CodeCells.isCodeColumn(values) { read($0) != nil }
    }

    /// `text` without the white space around it (``CodeCells/trimmed(_:)``).
    private static func trimmed(_ text: String) -> Substring { CodeCells.trimmed(text) }

    private static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isWholeNumber }

    /// Whether `rest`, after a code, is a label: a dash or a colon (or, when `afterSpace`,
    /// white space alone), then text that starts with a letter or a parenthesis
    /// (« - Action sociale sans hébergement n.c.a. »).
    private static func isLabel(_ rest: ArraySlice<Character>, afterSpace: Bool) -> Bool {
        let separators: Set<Character> = ["-", "–", "—", ":"]
        guard let first = rest.first, first.isWhitespace || separators.contains(first) else { return false }
        guard let mark = rest.firstIndex(where: { !$0.isWhitespace }) else { return false }
        if separators.contains(rest[mark]) {
            guard let start = rest[(mark + 1)...].first(where: { !$0.isWhitespace }) else { return false }
            return start.isLetter || start == "("
        }
        return afterSpace && (rest[mark].isLetter || rest[mark] == "(")
    }
}
