import MaillageSupport

/// Fictitious French place names ("Beaumont-sur-Canche", "Fresnoy-en-Ternois") and
/// evocative association names ("La Passerelle"), built from common parts so that
/// they read as French without designating a real place, person or organisation.
enum PlaceNames {
    static let bases = [
        "Beaumont", "Villeneuve", "Fontenay", "Montigny", "Neuville", "Châtillon", "Clermont", "Belleville",
        "Marcilly", "Saint-Martin", "Saint-Laurent", "Saint-Pierre", "Saint-Julien", "Saint-Amand", "Saint-Germain",
        "Sainte-Marie", "Roquefort", "Bourgneuf", "Longueville", "Valmont", "Hautecourt", "Rochefort", "Aubigny",
        "Verneuil", "Mareuil", "Bréville", "Fresnoy", "Fréville", "Audincourt", "Champigny", "Courcelles", "Dampierre",
        "Givenchy", "Hardinghem", "Lanvallay", "Plouaret", "Kermoal", "Montbrison", "Mirebeau", "Pontarlier",
        "Vauclair", "Berneval", "Estrées", "Ligny", "Maisoncelle", "Noyelles", "Ourville", "Pierrefonds", "Quesnoy",
        "Rougemont", "Sauveterre", "Tourville", "Vaudricourt", "Authon", "Essarts", "Isbergues", "Ambleteuse",
        "Orval", "Escoville", "Airon",
    ]

    static let rivers = [
        "Lys", "Aa", "Canche", "Authie", "Somme", "Oise", "Aisne", "Marne", "Meuse", "Moselle", "Saône", "Loire",
        "Allier", "Cher", "Indre", "Vienne", "Creuse", "Dordogne", "Lot", "Tarn", "Garonne", "Adour", "Charente",
        "Sèvre", "Vilaine", "Rance", "Orne", "Risle", "Eure", "Yonne", "Seine", "Doubs", "Ain", "Isère", "Drôme",
        "Durance", "Hérault", "Aude", "Gers", "Vézère", "Loir", "Sarthe", "Mayenne", "Ill", "Sambre", "Scarpe",
        "Escaut", "Ternoise", "Liane", "Hem",
    ]

    static let pays = [
        "Artois", "Auge", "Bray", "Brie", "Beauce", "Caux", "Vexin", "Morvan", "Velay", "Forez", "Quercy",
        "Périgord", "Ternois", "Boulonnais", "Vimeu", "Santerre", "Thiérache", "Argonne", "Champagne", "Bresse",
        "Dombes", "Gâtinais", "Sologne", "Berry", "Limousin", "Médoc", "Béarn", "Couserans", "Cévennes", "Vercors",
        "Chablais", "Bugey", "Trièves", "Montreuillois", "Cambrésis",
    ]

    static let suffixes = ["-le-Château", "-les-Bains", "-la-Forêt", "-le-Grand", "-le-Vieux", "-les-Mines", "-la-Rivière", "-en-Vallée"]

    static let evocative = [
        "Le Relais", "La Passerelle", "Le Trait d'union", "L'Envol", "La Fabrique", "L'Atelier", "Le Chaudron",
        "La Boussole", "Le Fil d'Ariane", "Les Colibris", "Horizon", "Les Jardins partagés", "La Clé des champs",
        "Le Grenier", "L'Étincelle", "La Ruche", "Le Tremplin", "Le Pont", "La Courte Échelle", "Les Amis du bocage",
        "La Main tendue", "L'Escale", "Le Phare", "Les Petits Pas", "La Source", "Le Lien", "Au fil de l'eau",
        "La Belle Échappée", "Cap Avenir", "Élan", "Récup'Action", "Terre d'envol", "Le Bocal", "Graines de demain",
        "L'Arbre à palabres", "Le Champ commun", "La Marmite", "L'Orée", "Les Mains vertes", "Le Bon Accueil",
        "La Roue libre", "Le Chemin", "Les Tisserands", "La Mosaïque", "Solidarité", "Entraide", "L'Ouvroir",
        "Le Quai", "La Cordée", "Les Semeurs",
    ]

    /// A place name: a base, alone or qualified by a river, a pays or a suffix.
    static func place(_ rng: inout SplitMix64) -> String {
        let base = rng.pick(bases)
        switch rng.nextInt(below: 10) {
        case 0, 1, 2: return base
        case 3, 4, 5: return base + "-sur-" + rng.pick(rivers)
        case 6, 7: return base + "-en-" + rng.pick(pays)
        default: return base + rng.pick(suffixes)
        }
    }

    /// "de Beaumont", "d'Authon".
    static func of(_ name: String) -> String {
        guard let first = name.first else { return "de" }
        return "AEIOUÉÈÊÎÔYaeiouéèêîôy".contains(first) ? "d'" + name : "de " + name
    }

    /// The name of an EPCI whose main place is `place`; `rank` 0 is the largest of its
    /// département, a métropole when the département is populous.
    static func epci(place: String, rank: Int, populous: Bool, _ rng: inout SplitMix64) -> String {
        if rank == 0 {
            if populous { return "Métropole " + of(place) }
            return rng.chance(0.3) ? "Communauté d'agglomération du Grand " + place : "Communauté d'agglomération " + of(place)
        }
        switch rng.nextInt(below: 6) {
        case 0: return "Communauté de communes du Pays " + of(place)
        case 1: return "Communauté de communes du Val " + of(rng.pick(rivers))
        case 2: return "Communauté de communes " + of(rng.pick(pays))
        default: return "Communauté de communes " + of(place)
        }
    }

    /// Fills `template`: `{N}` an evocative name, `{P}` a place (`{oP}`: "de Beaumont"), `{S}` a surname.
    /// - Complexity: O(length of the result), one pass over the template's bytes.
    static func fill(_ template: String, place: String, _ rng: inout SplitMix64) -> String {
        template.substituting { key in
            switch key {
            case "N": return rng.pick(evocative)
            case "P": return place
            case "oP": return of(place)
            case "S": return rng.pick(SectorCatalog.surnames)
            default: return nil
            }
        }
    }

    /// A lower-case ASCII slug for web addresses ("la-passerelle-beaumont").
    static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for scalar in text.lowercased().unicodeScalars {
            let mapped: String
            switch scalar {
            case "à", "â", "ä": mapped = "a"
            case "é", "è", "ê", "ë": mapped = "e"
            case "î", "ï": mapped = "i"
            case "ô", "ö": mapped = "o"
            case "ù", "û", "ü": mapped = "u"
            case "ç": mapped = "c"
            case "œ": mapped = "oe"
            default:
                mapped = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) ? String(scalar) : ""
            }
            if mapped.isEmpty {
                if !out.isEmpty { dash = true }
            } else {
                if dash { out += "-"; dash = false }
                out += mapped
            }
        }
        return out
    }
}

extension String {
    /// The string with each `{key}` replaced by `replacement(key)` (left as is when nil),
    /// in one pass over its UTF-8 bytes.
    func substituting(_ replacement: (String) -> String?) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 32)
        var key: [UInt8] = []
        var inKey = false
        for byte in utf8 {
            if inKey {
                if byte == UInt8(ascii: "}") {
                    let name = String(decoding: key, as: UTF8.self)
                    if let value = replacement(name) {
                        out.append(contentsOf: value.utf8)
                    } else {
                        out.append(UInt8(ascii: "{")); out.append(contentsOf: key); out.append(byte)
                    }
                    inKey = false
                    key.removeAll(keepingCapacity: true)
                } else {
                    key.append(byte)
                }
            } else if byte == UInt8(ascii: "{") {
                inKey = true
            } else {
                out.append(byte)
            }
        }
        if inKey { out.append(UInt8(ascii: "{")); out.append(contentsOf: key) }
        return String(decoding: out, as: UTF8.self)
    }
}
