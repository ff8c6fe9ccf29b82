/// The thirteen régions of metropolitan France and their ninety-six départements,
/// with rounded populations (thousands of inhabitants, order of magnitude of the
/// 2020 census): the real frame the synthetic dataset hangs its fictitious EPCI,
/// communes and actors on. Actors are spread over départements in proportion to
/// population, as ESS employment roughly is.
struct FrenchRegion: Sendable {
    /// INSEE region code.
    var code: String
    var name: String
    /// "de", "du", "de la", "de l'", "des": how the name follows "Région …".
    var of: String
    var departements: [FrenchDepartement]
}

/// A département of ``FrenchRegion``.
struct FrenchDepartement: Sendable {
    /// INSEE département code ("62", "2A").
    var code: String
    var name: String
    /// How the name follows "Département …": "du Nord", "de la Somme", "de l'Aisne", "des Yvelines", "de Paris".
    var of: String
    /// Population in thousands.
    var population: Int

    /// "du Nord", "de l'Aisne": the name with its preposition.
    var ofName: String { of.hasSuffix("'") ? of + name : of + " " + name }
}

extension FrenchRegion {
    /// "de Bretagne", "des Hauts-de-France".
    var ofName: String { of.hasSuffix("'") ? of + name : of + " " + name }
}

enum FrenchGeography {
    private static func d(_ code: String, _ name: String, _ of: String, _ population: Int) -> FrenchDepartement {
        FrenchDepartement(code: code, name: name, of: of, population: population)
    }

    /// Régions in the order the generator takes them (Hauts-de-France first: the
    /// project was born in the Pas-de-Calais), each with its départements.
    static let regions: [FrenchRegion] = [
        FrenchRegion(code: "32", name: "Hauts-de-France", of: "des", departements: [
            d("62", "Pas-de-Calais", "du", 1466), d("59", "Nord", "du", 2608), d("80", "Somme", "de la", 570),
            d("02", "Aisne", "de l'", 531), d("60", "Oise", "de l'", 829),
        ]),
        FrenchRegion(code: "28", name: "Normandie", of: "de", departements: [
            d("76", "Seine-Maritime", "de la", 1255), d("14", "Calvados", "du", 694), d("27", "Eure", "de l'", 599),
            d("50", "Manche", "de la", 496), d("61", "Orne", "de l'", 280),
        ]),
        FrenchRegion(code: "11", name: "Île-de-France", of: "d'", departements: [
            d("75", "Paris", "de", 2166), d("93", "Seine-Saint-Denis", "de la", 1644), d("92", "Hauts-de-Seine", "des", 1624),
            d("78", "Yvelines", "des", 1448), d("77", "Seine-et-Marne", "de la", 1421), d("94", "Val-de-Marne", "du", 1407),
            d("91", "Essonne", "de l'", 1301), d("95", "Val-d'Oise", "du", 1249),
        ]),
        FrenchRegion(code: "44", name: "Grand Est", of: "du", departements: [
            d("67", "Bas-Rhin", "du", 1140), d("57", "Moselle", "de la", 1046), d("68", "Haut-Rhin", "du", 764),
            d("54", "Meurthe-et-Moselle", "de la", 733), d("51", "Marne", "de la", 566), d("88", "Vosges", "des", 364),
            d("10", "Aube", "de l'", 310), d("08", "Ardennes", "des", 270), d("55", "Meuse", "de la", 184),
            d("52", "Haute-Marne", "de la", 172),
        ]),
        FrenchRegion(code: "53", name: "Bretagne", of: "de", departements: [
            d("35", "Ille-et-Vilaine", "d'", 1079), d("29", "Finistère", "du", 915), d("56", "Morbihan", "du", 759),
            d("22", "Côtes-d'Armor", "des", 600),
        ]),
        FrenchRegion(code: "52", name: "Pays de la Loire", of: "des", departements: [
            d("44", "Loire-Atlantique", "de la", 1429), d("49", "Maine-et-Loire", "du", 818), d("85", "Vendée", "de la", 685),
            d("72", "Sarthe", "de la", 566), d("53", "Mayenne", "de la", 307),
        ]),
        FrenchRegion(code: "24", name: "Centre-Val de Loire", of: "du", departements: [
            d("45", "Loiret", "du", 680), d("37", "Indre-et-Loire", "d'", 610), d("28", "Eure-et-Loir", "d'", 432),
            d("41", "Loir-et-Cher", "du", 331), d("18", "Cher", "du", 304), d("36", "Indre", "de l'", 219),
        ]),
        FrenchRegion(code: "27", name: "Bourgogne-Franche-Comté", of: "de", departements: [
            d("71", "Saône-et-Loire", "de", 551), d("25", "Doubs", "du", 543), d("21", "Côte-d'Or", "de la", 534),
            d("89", "Yonne", "de l'", 335), d("39", "Jura", "du", 259), d("70", "Haute-Saône", "de la", 235),
            d("58", "Nièvre", "de la", 204), d("90", "Territoire de Belfort", "du", 141),
        ]),
        FrenchRegion(code: "84", name: "Auvergne-Rhône-Alpes", of: "d'", departements: [
            d("69", "Rhône", "du", 1876), d("38", "Isère", "de l'", 1271), d("74", "Haute-Savoie", "de la", 826),
            d("42", "Loire", "de la", 765), d("63", "Puy-de-Dôme", "du", 662), d("01", "Ain", "de l'", 652),
            d("26", "Drôme", "de la", 516), d("73", "Savoie", "de la", 436), d("03", "Allier", "de l'", 335),
            d("07", "Ardèche", "de l'", 328), d("43", "Haute-Loire", "de la", 227), d("15", "Cantal", "du", 144),
        ]),
        FrenchRegion(code: "75", name: "Nouvelle-Aquitaine", of: "de", departements: [
            d("33", "Gironde", "de la", 1623), d("64", "Pyrénées-Atlantiques", "des", 682), d("17", "Charente-Maritime", "de la", 651),
            d("86", "Vienne", "de la", 438), d("24", "Dordogne", "de la", 413), d("40", "Landes", "des", 413),
            d("79", "Deux-Sèvres", "des", 375), d("87", "Haute-Vienne", "de la", 372), d("16", "Charente", "de la", 352),
            d("47", "Lot-et-Garonne", "du", 331), d("19", "Corrèze", "de la", 240), d("23", "Creuse", "de la", 116),
        ]),
        FrenchRegion(code: "76", name: "Occitanie", of: "d'", departements: [
            d("31", "Haute-Garonne", "de la", 1400), d("34", "Hérault", "de l'", 1176), d("30", "Gard", "du", 748),
            d("66", "Pyrénées-Orientales", "des", 479), d("81", "Tarn", "du", 389), d("11", "Aude", "de l'", 374),
            d("12", "Aveyron", "de l'", 279), d("82", "Tarn-et-Garonne", "du", 259), d("65", "Hautes-Pyrénées", "des", 229),
            d("32", "Gers", "du", 191), d("46", "Lot", "du", 174), d("09", "Ariège", "de l'", 153), d("48", "Lozère", "de la", 76),
        ]),
        FrenchRegion(code: "93", name: "Provence-Alpes-Côte d'Azur", of: "de", departements: [
            d("13", "Bouches-du-Rhône", "des", 2043), d("06", "Alpes-Maritimes", "des", 1094), d("83", "Var", "du", 1076),
            d("84", "Vaucluse", "du", 561), d("04", "Alpes-de-Haute-Provence", "des", 164), d("05", "Hautes-Alpes", "des", 141),
        ]),
        FrenchRegion(code: "94", name: "Corse", of: "de", departements: [
            d("2B", "Haute-Corse", "de la", 181), d("2A", "Corse-du-Sud", "de la", 158),
        ]),
    ]

    /// Number of départements in ``regions`` (96).
    static let departementCount = regions.reduce(0) { $0 + $1.departements.count }
}
