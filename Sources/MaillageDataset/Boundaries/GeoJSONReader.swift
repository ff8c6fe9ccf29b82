import Foundation
import MaillageModel

/// Reads the areas of a GeoJSON file (RFC 7946) given with `--boundaries`: the
/// Polygon and MultiPolygon geometries of a FeatureCollection, a Feature or a bare
/// geometry, with the values that may name a territory (`GeoBoundary.keys`).
///
/// A boundaries file comes from anywhere, so it is read defensively, and refused with
/// a message naming the file and the feature when it breaks a limit of
/// ``GeoJSONLimits``: its size (checked before reading), how deep its arrays and
/// objects nest (checked on the bytes before parsing, so a deep file never reaches the
/// parser's recursion), its number of features and of positions, a position that is
/// not two finite numbers within −180…180 (longitude) and −90…90 (latitude), a ring of
/// fewer than four positions. Other geometries (points, lines) are skipped. Property
/// strings are only compared with the dataset's ids and INSEE codes, never drawn: a
/// name holding markup stays inert.
public enum GeoJSONReader {
    /// Why a boundaries file was refused.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The file as the user named it.
        public var file: String
        /// What is wrong, in French and in English.
        public var text: LocalizedText
        /// What is wrong, in English.
        public var message: String { text.en }
        public var description: String { description(in: .en) }
        /// `file: erreur: message` in French, `file: error: message` in English.
        public func description(in language: Language) -> String {
            "\(file): \(Diagnostic.Severity.error.name(in: language)): \(language.text(text))"
        }

        init(file: String, fr: String, en: String) {
            self.file = file
            self.text = LocalizedText(fr: fr, en: en)
        }
    }

    /// Reads the file at `url`.
    /// - Throws: ``Failure``.
    /// - Complexity: O(file size).
    public static func read(fileAt url: URL, limits: GeoJSONLimits = GeoJSONLimits()) throws -> GeoBoundaries {
        let name = url.path
        switch TextScreening.kind(ofFileAt: url.path) {
        case .regular: break
        case .missing: throw Failure(file: name, fr: "aucun fichier de ce nom", en: "no such file")
        case .folder: throw Failure(file: name, fr: "un dossier, pas un fichier GeoJSON", en: "a folder, not a GeoJSON file")
        case .other: throw Failure(file: name, fr: "pas un fichier ordinaire (un périphérique, un tube ou une socket ne sont jamais lus)", en: "not a regular file (a device, pipe or socket is never read)")
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        guard size <= limits.maximumBytes else {
            throw Failure(
                file: name,
                fr: "\(size) octets : un fichier de contours est lu jusqu'à \(limits.maximumBytes / 1_048_576) Mio (simplifiez les contours, ou ne gardez que ceux de la zone)",
                en: "\(size) bytes: a boundaries file is read up to \(limits.maximumBytes / 1_048_576) MiB (simplify the outlines, or keep only the area's)")
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw Failure(file: name, fr: "illisible", en: "cannot be read") }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limits.maximumBytes + 1)) ?? Data()
        guard data.count <= limits.maximumBytes else {
            throw Failure(file: name, fr: "a dépassé \(limits.maximumBytes / 1_048_576) Mio pendant la lecture", en: "grew past \(limits.maximumBytes / 1_048_576) MiB while read")
        }
        return try read(data: data, file: name, limits: limits)
    }

    /// Reads GeoJSON text; `file` names it in messages and in `GeoBoundaries.source`.
    /// - Throws: ``Failure``.
    public static func read(data: Data, file: String, limits: GeoJSONLimits = GeoJSONLimits()) throws -> GeoBoundaries {
        func fail(_ french: String, _ english: String) -> Failure { Failure(file: file, fr: french, en: english) }
        guard !data.isEmpty else { throw fail("fichier vide : une FeatureCollection GeoJSON est attendue", "empty file: a GeoJSON FeatureCollection is expected") }
        if let depth = nesting(data, over: limits.maximumDepth) {
            throw fail("tableaux et objets s'imbriquent sur \(depth) niveaux ou plus ; un fichier de contours en a au plus \(limits.maximumDepth)", "arrays and objects nest \(depth) levels deep or more; a boundaries file nests at most \(limits.maximumDepth)")
        }
        let root: JSONNode
        do {
            root = try JSONDecoder().decode(JSONNode.self, from: data)
        } catch {
            throw fail("pas du JSON valide", "not valid JSON")
        }
        var state = ReadState(limits: limits, file: file)
        guard let object = root.object, let type = object["type"]?.string else {
            throw fail("pas du GeoJSON : le premier niveau doit être un objet avec un « type » (FeatureCollection, Feature, Polygon ou MultiPolygon)", "not GeoJSON: the top level must be an object with a \"type\" (FeatureCollection, Feature, Polygon or MultiPolygon)")
        }
        switch type {
        case "FeatureCollection":
            guard let features = object["features"]?.array else { throw fail("une FeatureCollection sans tableau « features »", "a FeatureCollection without a \"features\" array") }
            guard features.count <= limits.maximumFeatures else {
                throw fail("\(features.count) entités : un fichier de contours en contient au plus \(limits.maximumFeatures)", "\(features.count) features: a boundaries file holds at most \(limits.maximumFeatures)")
            }
            for (i, feature) in features.enumerated() {
                guard let feature = feature.object else { throw fail("l'entité \(i + 1) n'est pas un objet", "feature \(i + 1) is not an object") }
                try state.readFeature(feature, number: i + 1)
            }
        case "Feature":
            try state.readFeature(object, number: 1)
        default:
            try state.readGeometry(object, keys: [], where: LocalizedText(fr: "la géométrie", en: "the geometry"))
        }
        return GeoBoundaries(boundaries: state.boundaries, source: URL(fileURLWithPath: file).lastPathComponent)
    }

    /// The depth at which `data`'s arrays and objects first nest deeper than `limit`
    /// (strings skipped), nil when they never do.
    /// - Complexity: O(n), no recursion.
    static func nesting(_ data: Data, over limit: Int) -> Int? {
        var depth = 0, inString = false, escaped = false
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == 0x5C { escaped = true } else if byte == 0x22 { inString = false }
                continue
            }
            switch byte {
            case 0x22: inString = true
            case 0x5B, 0x7B:
                depth += 1
                if depth > limit { return depth }
            case 0x5D, 0x7D: depth -= 1
            default: break
            }
        }
        return nil
    }

    /// Property names (lower case) whose values may name a territory.
    static let keyProperties: Set<String> = ["id", "code", "insee", "code_insee", "codgeo", "insee_com", "code_commune", "depcom", "code_insee_commune"]

    private struct ReadState {
        let limits: GeoJSONLimits
        let file: String
        var boundaries: [GeoBoundary] = []
        var points = 0

        func fail(_ french: String, _ english: String) -> Failure { Failure(file: file, fr: french, en: english) }

        mutating func readFeature(_ feature: [String: JSONNode], number: Int) throws {
            var keys: [String] = []
            if let id = Self.key(feature["id"]) { keys.append(id) }
            if let properties = feature["properties"]?.object {
                for (name, value) in properties.sorted(by: { $0.key < $1.key })
                where keyProperties.contains(name.lowercased()) {
                    if let key = Self.key(value), !keys.contains(key) { keys.append(key) }
                }
            }
            guard let geometry = feature["geometry"]?.object else { return }  // null geometry: nothing to draw
            try readGeometry(geometry, keys: keys, where: LocalizedText(fr: "l'entité \(number)", en: "feature \(number)"))
        }

        /// A property value as a key: a string of at most 200 characters, or a whole number.
        static func key(_ value: JSONNode?) -> String? {
            switch value {
            case .string(let s)?: return s.isEmpty || s.count > 200 ? nil : s
            case .number(let d)?:
                guard d.isFinite, d == d.rounded(), abs(d) < 1e12 else { return nil }
                return String(Int64(d))
            default: return nil
            }
        }

        mutating func readGeometry(_ geometry: [String: JSONNode], keys: [String], where place: LocalizedText) throws {
            guard let type = geometry["type"]?.string else { throw fail("\(place.fr) : une géométrie sans « type »", "\(place.en): a geometry without a \"type\"") }
            var polygons: [[[GeoCoordinate]]] = []
            switch type {
            case "Polygon":
                polygons = [try polygon(geometry["coordinates"], where: place)]
            case "MultiPolygon":
                guard let list = geometry["coordinates"]?.array else { throw fail("\(place.fr) : les coordonnées du MultiPolygon ne sont pas un tableau", "\(place.en): MultiPolygon coordinates are not an array") }
                polygons = try list.map { try polygon($0, where: place) }
            case "GeometryCollection":
                guard let list = geometry["geometries"]?.array else { throw fail("\(place.fr) : une GeometryCollection sans « geometries »", "\(place.en): a GeometryCollection without \"geometries\"") }
                for member in list {
                    guard let member = member.object else { throw fail("\(place.fr) : une géométrie membre n'est pas un objet", "\(place.en): a member geometry is not an object") }
                    try readGeometry(member, keys: keys, where: place)
                }
                return
            default:
                return  // points and lines outline no area
            }
            if !polygons.isEmpty { boundaries.append(GeoBoundary(keys: keys, polygons: polygons)) }
        }

        mutating func polygon(_ value: JSONNode?, where place: LocalizedText) throws -> [[GeoCoordinate]] {
            guard let rings = value?.array, !rings.isEmpty else { throw fail("\(place.fr) : les coordonnées d'un polygone doivent être un tableau non vide d'anneaux", "\(place.en): polygon coordinates must be a non-empty array of rings") }
            return try rings.map { ring in
                guard let positions = ring.array else { throw fail("\(place.fr) : un anneau n'est pas un tableau de positions", "\(place.en): a ring is not an array of positions") }
                guard positions.count >= 4 else {
                    throw fail("\(place.fr) : un anneau de \(positions.count) positions ; un anneau fermé en a au moins 4", "\(place.en): a ring of \(positions.count) positions; a closed ring has at least 4")
                }
                points += positions.count
                guard points <= limits.maximumPoints else {
                    throw fail("plus de \(limits.maximumPoints) positions : simplifiez les contours (par exemple mapshaper -simplify) ou ne gardez que ceux de la zone", "more than \(limits.maximumPoints) positions: simplify the outlines (e.g. mapshaper -simplify) or keep only the area's")
                }
                var out: [GeoCoordinate] = []
                out.reserveCapacity(positions.count + 1)
                for position in positions {
                    guard let numbers = position.array, numbers.count >= 2, numbers.count <= 4,
                          let lon = Self.number(numbers[0]), let lat = Self.number(numbers[1]) else {
                        throw fail("\(place.fr) : une position n'est pas [longitude, latitude]", "\(place.en): a position is not [longitude, latitude]")
                    }
                    guard (-180...180).contains(lon), (-90...90).contains(lat) else {
                        throw fail(
                            "\(place.fr) : la position [\(GeoCoordinate.format(lon)), \(GeoCoordinate.format(lat))] est hors limites (WGS 84 : longitude -180…180, latitude -90…90 ; un fichier en Lambert-93 ou dans une autre projection doit être converti en WGS 84)",
                            "\(place.en): position [\(GeoCoordinate.format(lon)), \(GeoCoordinate.format(lat))] is out of range (WGS 84: longitude -180…180, latitude -90…90; a file in Lambert-93 or another projected system must be converted to WGS 84)")
                    }
                    out.append(GeoCoordinate(latitude: lat, longitude: lon))
                }
                if out.first != out.last, let first = out.first { out.append(first) }
                return out
            }
        }

        static func number(_ value: JSONNode) -> Double? {
            guard case .number(let d) = value, d.isFinite else { return nil }
            return d
        }
    }
}

/// A JSON value as decoded from a boundaries file (booleans kept apart from numbers).
enum JSONNode: Decodable {
    case null, bool(Bool), number(Double), string(String), array([JSONNode]), object([String: JSONNode])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONNode].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONNode].self)) }
    }

    var object: [String: JSONNode]? { if case .object(let o) = self { o } else { nil } }
    var array: [JSONNode]? { if case .array(let a) = self { a } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
}

/// The limits a boundaries file is read within (``GeoJSONReader``).
public struct GeoJSONLimits: Sendable {
    /// Largest file read, in bytes (64 MiB: the communes of a few départements at full detail).
    public var maximumBytes = 64 * 1_048_576
    /// Deepest nesting of arrays and objects (a MultiPolygon in a FeatureCollection nests 7).
    public var maximumDepth = 32
    public var maximumFeatures = 100_000
    /// Positions over all rings.
    public var maximumPoints = 2_000_000

    public init() {}
}
