import MaillageModel

/// Where each territory and each actor of a dataset lies, by the placement rule of
/// the DatasetFormat article:
///
/// - a territory: its own `lat`/`lon`; else the centre of its outline in the
///   boundaries file (matched by id or INSEE code); else the centre of its children's
///   places (recursively);
/// - an actor: its own `lat`/`lon`; else the territory (or outline) of its `insee`
///   code; else the place of its most local territory that has one (commune before
///   EPCI, pays, département, région), a territory without a place standing in its
///   nearest enclosing territory that has one (a commune in its département).
///
/// Actors with no place at all are not drawn on a geographic map (the map says how many).
public struct GeoPlacement: Sendable {
    /// How an actor got its place.
    public enum Origin: Sendable, Hashable {
        case own
        case territory(Int)
        case boundary(Int)
    }

    /// Place of each territory, indexed like `dataset.territories`.
    public let territoryPlaces: [GeoCoordinate?]
    /// Place of each actor, indexed like `dataset.actors`.
    public let actorPlaces: [GeoCoordinate?]
    /// How each placed actor got its place (nil when unplaced).
    public let actorOrigins: [Origin?]
    /// The boundary (index into `boundaries.boundaries`) matched to each territory.
    public let territoryBoundaries: [Int?]
    /// The boundaries file, if one was given.
    public let boundaries: GeoBoundaries?

    /// Places `dataset`'s territories and actors.
    /// - Complexity: O(T + A + B·k) for T territories, A actors and B boundaries of k keys.
    public init(dataset: Dataset, boundaries: GeoBoundaries? = nil) {
        self.boundaries = boundaries
        let territories = dataset.territories
        var byKey: [String: Int] = [:]
        for (b, boundary) in (boundaries?.boundaries ?? []).enumerated() {
            for key in boundary.keys where byKey[key] == nil { byKey[key] = b }
        }
        let matched: [Int?] = territories.map { t in byKey[t.id] ?? t.insee.flatMap { byKey[$0] } }
        territoryBoundaries = matched
        var children = [[Int]](repeating: [], count: territories.count)
        for (i, t) in territories.enumerated() {
            if let p = t.parent, let pi = dataset.territoryIndex[p], pi != i { children[pi].append(i) }
        }
        var places = [GeoCoordinate?](repeating: nil, count: territories.count)
        var state = [UInt8](repeating: 0, count: territories.count)  // 0 to do, 1 in progress, 2 done
        // Iterative post-order: a territory's children are placed before it.
        for root in territories.indices where state[root] == 0 {
            var stack: [(Int, Bool)] = [(root, false)]
            while let (t, expanded) = stack.popLast() {
                if expanded {
                    if let own = territories[t].coordinate {
                        places[t] = own
                    } else if let b = matched[t], let centre = boundaries.flatMap({ Self.centre(of: $0.boundaries[b]) }) {
                        places[t] = centre
                    } else {
                        places[t] = GeoCoordinate.centre(of: children[t].compactMap { places[$0] })
                    }
                    state[t] = 2
                } else if state[t] == 0 {
                    state[t] = 1
                    stack.append((t, true))
                    for c in children[t] where state[c] == 0 { stack.append((c, false)) }
                }
            }
        }
        territoryPlaces = places
        var byINSEE: [String: Int] = [:]
        for (i, t) in territories.enumerated() { if let code = t.insee, byINSEE[code] == nil { byINSEE[code] = i } }
        let preference: [TerritoryLevel: Int] = [.commune: 0, .epci: 1, .pays: 2, .departement: 3, .region: 4, .autre: 5]
        var actorPlaces: [GeoCoordinate?] = []
        var origins: [Origin?] = []
        for actor in dataset.actors {
            if let own = actor.coordinate {
                actorPlaces.append(own); origins.append(.own); continue
            }
            if let code = actor.insee {
                if let t = byINSEE[code], let place = places[t] {
                    actorPlaces.append(place); origins.append(.territory(t)); continue
                }
                if let b = byKey[code], let centre = boundaries.flatMap({ Self.centre(of: $0.boundaries[b]) }) {
                    actorPlaces.append(centre); origins.append(.boundary(b)); continue
                }
            }
            // Each own territory, or its nearest enclosing territory with a place (a
            // commune without one stands in its département's).
            let candidates = actor.territories.compactMap { id in
                dataset.ancestry(ofTerritory: id).lazy.compactMap { dataset.territoryIndex[$0.id] }.first { places[$0] != nil }
            }
            if let best = candidates.min(by: { (preference[territories[$0].level] ?? 9) < (preference[territories[$1].level] ?? 9) }) {
                actorPlaces.append(places[best]); origins.append(.territory(best))
            } else {
                actorPlaces.append(nil); origins.append(nil)
            }
        }
        self.actorPlaces = actorPlaces
        actorOrigins = origins
    }

    /// Whether any actor has a place: what a geographic map needs.
    public var placesAnyActor: Bool { actorPlaces.contains { $0 != nil } }

    /// Whether the dataset itself gives coordinates (on an actor or a territory), or
    /// the boundaries file outlines one of its territories.
    public static func hasCoordinates(_ dataset: Dataset) -> Bool {
        dataset.territories.contains { $0.coordinate != nil } || dataset.actors.contains { $0.coordinate != nil }
    }

    /// The centre of an outline: the area-weighted centroid of its largest polygon's
    /// outer ring (in degrees, which is close enough at the scale of a commune or a
    /// département); the mean of its points when that ring has no area.
    public static func centre(of boundary: GeoBoundary) -> GeoCoordinate? {
        var best: (area: Double, centre: GeoCoordinate)?
        for polygon in boundary.polygons {
            guard let ring = polygon.first, ring.count >= 3 else { continue }
            var a = 0.0, cx = 0.0, cy = 0.0
            for i in 0..<(ring.count - 1) {
                let p = ring[i], q = ring[i + 1]
                let cross = p.longitude * q.latitude - q.longitude * p.latitude
                a += cross
                cx += (p.longitude + q.longitude) * cross
                cy += (p.latitude + q.latitude) * cross
            }
            let area = abs(a / 2)
            let centre = area > 0 ? GeoCoordinate(latitude: cy / (3 * a), longitude: cx / (3 * a)) : GeoCoordinate.centre(of: ring)
            if let centre, area >= (best?.area ?? -1) { best = (area, centre) }
        }
        return best?.centre
    }
}
