/// The 101 départements of France and their 18 régions (code officiel géographique,
/// régions of 2016): what a postal code or an INSEE commune code locates an actor in
/// when a dataset gives no territories of its own.
public enum FrenchDepartements {
    /// A département: its INSEE code (`62`, `2A`, `971`), its name, its région.
    public struct Departement: Sendable, Hashable {
        /// The INSEE département code: two characters (`62`, `2A`), three overseas (`971`).
        public var code: String
        public var name: String
        /// The name of its région (`Hauts-de-France`).
        public var region: String
    }

    /// Every département, in the order of their codes.
    public static let all: [Departement] = table.flatMap { region, codes in
        codes.split(separator: " ").map { code in
            Departement(code: String(code), name: names[String(code)] ?? String(code), region: region)
        }
    }.sorted { $0.code < $1.code }

    /// The département of INSEE code `code` (`62`, `2a`, `971`), nil for any other text.
    public static func departement(code: String) -> Departement? { byCode[code.uppercased()] }

    private static let byCode: [String: Departement] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })

    /// Régions and the codes of their départements.
    private static let table: [(String, String)] = [
        ("Auvergne-Rhône-Alpes", "01 03 07 15 26 38 42 43 63 69 73 74"),
        ("Bourgogne-Franche-Comté", "21 25 39 58 70 71 89 90"),
        ("Bretagne", "22 29 35 56"),
        ("Centre-Val de Loire", "18 28 36 37 41 45"),
        ("Corse", "2A 2B"),
        ("Grand Est", "08 10 51 52 54 55 57 67 68 88"),
        ("Hauts-de-France", "02 59 60 62 80"),
        ("Île-de-France", "75 77 78 91 92 93 94 95"),
        ("Normandie", "14 27 50 61 76"),
        ("Nouvelle-Aquitaine", "16 17 19 23 24 33 40 47 64 79 86 87"),
        ("Occitanie", "09 11 12 30 31 32 34 46 48 65 66 81 82"),
        ("Pays de la Loire", "44 49 53 72 85"),
        ("Provence-Alpes-Côte d'Azur", "04 05 06 13 83 84"),
        ("Guadeloupe", "971"), ("Martinique", "972"), ("Guyane", "973"), ("La Réunion", "974"), ("Mayotte", "976"),
    ]

    private static let names: [String: String] = [
        "01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence", "05": "Hautes-Alpes",
        "06": "Alpes-Maritimes", "07": "Ardèche", "08": "Ardennes", "09": "Ariège", "10": "Aube", "11": "Aude",
        "12": "Aveyron", "13": "Bouches-du-Rhône", "14": "Calvados", "15": "Cantal", "16": "Charente",
        "17": "Charente-Maritime", "18": "Cher", "19": "Corrèze", "2A": "Corse-du-Sud", "2B": "Haute-Corse",
        "21": "Côte-d'Or", "22": "Côtes-d'Armor", "23": "Creuse", "24": "Dordogne", "25": "Doubs", "26": "Drôme",
        "27": "Eure", "28": "Eure-et-Loir", "29": "Finistère", "30": "Gard", "31": "Haute-Garonne", "32": "Gers",
        "33": "Gironde", "34": "Hérault", "35": "Ille-et-Vilaine", "36": "Indre", "37": "Indre-et-Loire",
        "38": "Isère", "39": "Jura", "40": "Landes", "41": "Loir-et-Cher", "42": "Loire", "43": "Haute-Loire",
        "44": "Loire-Atlantique", "45": "Loiret", "46": "Lot", "47": "Lot-et-Garonne", "48": "Lozère",
        "49": "Maine-et-Loire", "50": "Manche", "51": "Marne", "52": "Haute-Marne", "53": "Mayenne",
        "54": "Meurthe-et-Moselle", "55": "Meuse", "56": "Morbihan", "57": "Moselle", "58": "Nièvre", "59": "Nord",
        "60": "Oise", "61": "Orne", "62": "Pas-de-Calais", "63": "Puy-de-Dôme", "64": "Pyrénées-Atlantiques",
        "65": "Hautes-Pyrénées", "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin", "69": "Rhône",
        "70": "Haute-Saône", "71": "Saône-et-Loire", "72": "Sarthe", "73": "Savoie", "74": "Haute-Savoie",
        "75": "Paris", "76": "Seine-Maritime", "77": "Seine-et-Marne", "78": "Yvelines", "79": "Deux-Sèvres",
        "80": "Somme", "81": "Tarn", "82": "Tarn-et-Garonne", "83": "Var", "84": "Vaucluse", "85": "Vendée",
        "86": "Vienne", "87": "Haute-Vienne", "88": "Vosges", "89": "Yonne", "90": "Territoire de Belfort",
        "91": "Essonne", "92": "Hauts-de-Seine", "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d'Oise",
        "971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion", "976": "Mayotte",
    ]
}

extension FrenchDepartements {
    /// A postal code as a cell of a spreadsheet holds it.
    public enum PostalCodeReading: Sendable, Equatable {
        /// Five digits; `restoredZero` when the cell had four, the leading zero a
        /// spreadsheet drops from a number (`1500` for `01500`).
        case code(String, restoredZero: Bool)
        /// Not a postal code.
        case notACode
    }

    /// Reads a postal code: its digits, spaces inside allowed (`62 000`), followed by
    /// nothing or by words (`62000 Arras`, `62008 CEDEX`); four digits get back the
    /// leading zero a spreadsheet drops.
    public static func readPostalCode(_ text: String) -> PostalCodeReading {
        var digits: [Character] = []
        var rest = Substring(text)
        while let c = rest.first, c.isASCII && c.isNumber || c == " " || c == "\u{A0}" || c == "\u{202F}" {
            if c.isNumber { digits.append(c) }
            rest = rest.dropFirst()
        }
        let tail = rest.drop { $0.isWhitespace }
        guard digits.count == 4 || digits.count == 5, tail.isEmpty || tail.first?.isLetter == true || tail.first == "," else {
            return .notACode
        }
        return .code((digits.count == 4 ? "0" : "") + String(digits), restoredZero: digits.count == 4)
    }

    /// The postal code of a French address written on one line: the last group of
    /// exactly five digits followed by a space and a word, the town (`12 rue des
    /// Augustins, 62000 Arras` → `62000`, `BP 60012 62001 Arras Cedex` → `62001`); nil
    /// when the address has none (`12 rue des Augustins`).
    public static func postalCode(inAddress text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < scalars.count && scalars[i].value >= 0x30 && scalars[i].value <= 0x39 }
        var found: String?
        var i = 0
        while i < scalars.count {
            guard isDigit(i) else { i += 1; continue }
            var j = i
            while isDigit(j) { j += 1 }
            if j - i == 5 {
                var k = j
                while k < scalars.count, scalars[k] == " " || scalars[k] == "\u{A0}" { k += 1 }
                if k > j, k < scalars.count, scalars[k].properties.isAlphabetic {
                    found = String(String.UnicodeScalarView(scalars[i..<j]))
                }
            }
            i = j
        }
        return found
    }

    /// The département of a five-digit postal code: its first two digits, three
    /// overseas (`971`…`976`), and in Corsica `2A` for 200xx–201xx, `2B` for
    /// 202xx–206xx. Nil for codes outside the départements: Monaco and the overseas
    /// collectivités (975xx, 977xx, 978xx, 97133 Saint-Barthélemy, 97150 Saint-Martin,
    /// 98xxx), or no code in use (00xxx, 96xxx, 99xxx).
    ///
    /// A postal code names the département of its distribution office, which for a
    /// few communes near a border is the neighbouring one.
    public static func departement(ofPostalCode code: String) -> Departement? {
        let d = Array(code.utf8)
        guard d.count == 5, d.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let two = String(decoding: d[0..<2], as: UTF8.self)
        switch two {
        case "20":
            switch d[2] {
            case 0x30, 0x31: return departement(code: "2A")
            case 0x32...0x36: return departement(code: "2B")
            default: return nil
            }
        case "97":
            if code == "97133" || code == "97150" { return nil }
            return departement(code: String(decoding: d[0..<3], as: UTF8.self))
        default:
            return departement(code: two)
        }
    }

    /// The département of an INSEE commune code (``INSEECode/isCommuneCode(_:)``):
    /// `2A`/`2B` in Corsica, three digits overseas (`97411` → `974`), two otherwise.
    /// Nil outside the départements (975xx, 977xx, 978xx, 98xxx).
    public static func departement(ofCommuneCode code: String) -> Departement? {
        let c = INSEECode.canonical(code)
        guard INSEECode.isCommuneCode(c) else { return nil }
        if c.hasPrefix("97") { return departement(code: String(c.prefix(3))) }
        if c.hasPrefix("20") { return nil }
        return departement(code: String(c.prefix(2)))
    }
}
