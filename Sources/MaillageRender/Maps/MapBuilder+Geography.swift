import Foundation
import MaillageAnalysis
import MaillageModel

extension MapBuilder {
    /// Why a geographic map cannot be drawn for `session` with `boundaries`, nil when it can.
    public static func geographicProblem(session: AnalysisSession, boundaries: GeoBoundaries?, language: Language) -> String? {
        let placement = GeoPlacement(dataset: session.dataset, boundaries: boundaries)
        if placement.placesAnyActor { return nil }
        return language.pick(
            "aucun acteur n'a de lieu : ajoutez des colonnes lat et lon (degrés WGS 84) aux territoires ou aux acteurs, ou une colonne insee et --boundaries FICHIER.geojson (voir DatasetFormat)",
            "no actor has a place: add lat and lon columns (WGS 84 degrees) to the territories or the actors, or an insee column and --boundaries FILE.geojson (see DatasetFormat)")
    }

    /// The geographic map (`--layout geo`): the actors view (actors at their places) or
    /// the territories view (one disc per territory of the level at its place).
    /// - Complexity: O(n + m) and the outlines' points, on top of what the session computes.
    func geographic(title: String) -> Map {
        let placement = GeoPlacement(dataset: dataset, boundaries: request.boundaries)
        let assignment = session.assignment
        let territoryView = request.view == .territories
        // What the map frames: the drawn things' places and the matched outlines.
        var extent: [GeoCoordinate] = []
        let g = session.projected.graph
        let drawnActors = (0..<g.nodeCount).filter { placement.actorPlaces[$0] != nil && (request.includeIsolated || g.degree($0) > 0) }
        var drawn = [Bool](repeating: false, count: g.nodeCount)
        for a in drawnActors { drawn[a] = true }
        let territoryPlaces: [GeoCoordinate?] = assignment.territories.map { t in
            dataset.territoryIndex[t.id].flatMap { placement.territoryPlaces[$0] }
        }
        if territoryView {
            extent += territoryPlaces.compactMap { $0 }
            // The hulls around the territories' actors are drawn too.
            extent += (0..<g.nodeCount).compactMap { assignment.groupOfActor[$0] >= 0 ? placement.actorPlaces[$0] : nil }
        } else {
            extent += drawnActors.compactMap { placement.actorPlaces[$0] }
        }
        let outlined = dataset.territories.indices.filter { placement.territoryBoundaries[$0] != nil }
            .sorted { dataset.territories[$0].level < dataset.territories[$1].level }
        for t in outlined {
            if let b = placement.territoryBoundaries[t], let boundary = placement.boundaries?.boundaries[b] {
                extent += boundary.outerPoints
            }
        }
        if extent.isEmpty { extent = placement.actorPlaces.compactMap { $0 } }
        let layout = GeoLayout(extent: extent, width: 900)
        var areas: [GeoArea] = []
        for t in outlined {
            guard let b = placement.territoryBoundaries[t], let boundary = placement.boundaries?.boundaries[b] else { continue }
            let wide = dataset.territories[t].level <= .departement
            areas.append(GeoArea(rings: boundary.polygons.compactMap { $0.first?.map(layout.point) }, style: wide ? .land : .outline))
        }
        let unplaced = (0..<g.nodeCount).count { placement.actorPlaces[$0] == nil && (request.includeIsolated || g.degree($0) > 0) }
        var notes: [String] = []
        let projection = layout.projection.name(french: l == .fr)
        let scale = layout.scaleBar
        // Hulls of the territories of the level that have no outline, around their actors' places.
        let outlinedIDs = Set(outlined.map { dataset.territories[$0].id })
        var hullPoints = [[PlanePoint]](repeating: [], count: assignment.territories.count)
        for a in 0..<g.nodeCount {
            let group = assignment.groupOfActor[a]
            guard group >= 0, let place = placement.actorPlaces[a], territoryView || drawn[a] else { continue }
            let p = layout.point(place)
            hullPoints[group].append(PlanePoint(x: p.x, y: p.y))
        }
        for (group, t) in assignment.territories.enumerated() where !outlinedIDs.contains(t.id) && !hullPoints[group].isEmpty {
            let hull = ConvexHull.padded(hullPoints[group], radius: 16)
            areas.append(GeoArea(rings: [hull.map { ($0.x, $0.y) }], style: .hull(group)))
        }
        if territoryView {
            let structure = session.territoryStructure
            var shown: [Int] = []
            for (i, place) in territoryPlaces.enumerated() where place != nil && structure.groups[i].members > 0 { shown.append(i) }
            var position = [Int](repeating: -1, count: assignment.territories.count)
            for (k, i) in shown.enumerated() { position[i] = k }
            let territories = shown.map { i in
                let t = assignment.territories[i], f = structure.groups[i]
                return MapTerritory(id: t.id, name: t.name, actors: f.members, details: [
                    l.pick("\(f.members) acteurs · \(f.internalTies) liens internes · \(f.externalTies) liens vers d'autres territoires",
                           "\(f.members) actors · \(f.internalTies) internal ties · \(f.externalTies) ties to other territories"),
                ])
            }
            let positions = shown.compactMap { territoryPlaces[$0].map(layout.point) }
            let links = session.territoryLinks.edges.compactMap { e -> (u: Int, v: Int, ties: Int)? in
                let u = position[Int(e.u)], v = position[Int(e.v)]
                return u >= 0 && v >= 0 ? (u, v, Int(e.weight)) : nil
            }
            notes.append(l.pick("Disque : un territoire (\(assignment.level.rawValue)) à son lieu, d'aire proportionnelle à ses acteurs · trait : liens de coopération entre leurs acteurs",
                                "Disc: a territory (\(assignment.level.rawValue)) at its place, its area proportional to its actors · line: cooperation ties between their actors"))
            let missing = assignment.territories.indices.count { territoryPlaces[$0] == nil && structure.groups[$0].members > 0 }
            if missing > 0 {
                notes.append(l.pick("\(missing) territoire(s) sans lieu connu non représenté(s)", "\(missing) territory(ies) with no known place not drawn"))
            }
            notes += commonNotes(projection: projection, unplaced: 0, placement: placement)
            let frame = MapFrame(title: title, subtitle: l.pick("Territoires sur la carte : \(territories.count), liens entre territoires : \(links.count)",
                                                                "Territories on the map: \(territories.count), ties between territories: \(links.count)") + scopeText,
                                 layout: .geo, seed: layoutSeed)
            let map = GeoMap(frame: frame, content: .territories(territories, positions: positions, links: links), areas: areas, labels: [],
                             width: layout.width, height: layout.height, scaleBar: scale, projectionName: projection, notes: notes, language: l)
            return Map(document: map.document(), layout: .geo,
                       summary: l.pick("\(territories.count) territoires, \(links.count) liens", "\(territories.count) territories, \(links.count) ties"))
        }
        // Actors: grouped by place, spread on a ring around it in the order of their ids.
        var byPlace: [GeoCoordinate: [Int]] = [:]
        for a in drawnActors { if let p = placement.actorPlaces[a] { byPlace[p, default: []].append(a) } }
        var positions = [(x: Double, y: Double)](repeating: (0, 0), count: g.nodeCount)
        var labels: [GeoLabel] = []
        for (place, members) in byPlace.sorted(by: { ($0.key.latitude, $0.key.longitude) < ($1.key.latitude, $1.key.longitude) }) {
            let centre = layout.point(place)
            let ordered = members.sorted { dataset.actors[$0].id < dataset.actors[$1].id }
            let offsets = GeoLayout.ring(count: ordered.count, spacing: 17)
            for (k, a) in ordered.enumerated() { positions[a] = (centre.x + offsets[k].dx, centre.y + offsets[k].dy) }
            let radius = offsets.map { ($0.dx * $0.dx + $0.dy * $0.dy).squareRoot() }.max() ?? 0
            // The ring's name: the territories its actors are placed at (a région and its
            // département may share one centre).
            var names: [String] = []
            for a in ordered {
                if case .territory(let t)? = placement.actorOrigins[a], !names.contains(dataset.territories[t].shortName) {
                    names.append(dataset.territories[t].shortName)
                }
            }
            if !names.isEmpty {
                labels.append(GeoLabel(text: names.prefix(2).joined(separator: " / ") + (names.count > 2 ? " …" : ""),
                                       x: centre.x, y: centre.y - radius - 4))
            }
        }
        // Neighbouring rings pushed apart, but not into the sea.
        let land = areas.filter { $0.style == .land }.flatMap(\.rings)
        let spread = GeoLayout.keptInside(GeoLayout.separated(drawnActors.map { positions[$0] }, minimum: 15),
                                          places: drawnActors.map { placement.actorPlaces[$0].map(layout.point) ?? positions[$0] },
                                          rings: land)
        for (k, a) in drawnActors.enumerated() { positions[a] = spread[k] }
        let sizeMeasure = ActorMeasure.named(request.sizeBy).flatMap { $0.isBoolean ? nil : $0 } ?? ActorMeasure.all[0]
        session.compute([sizeMeasure] + (ActorMeasure.named("betweenness").map { [$0] } ?? []))
        let sizes = session.values(of: sizeMeasure)
        let betweenness = session.betweenness
        let maxSize = drawnActors.map { sizes[$0] }.filter(\.isFinite).max() ?? 0
        var index = [Int](repeating: -1, count: g.nodeCount)
        for (i, a) in drawnActors.enumerated() { index[a] = i }
        let coloring: MapColoring = request.colorBy == .kind ? .kind : .group
        var groupOf = [Int](repeating: -1, count: g.nodeCount)
        var groupNames: [String] = []
        switch request.groupSource {
        case .cluster:
            groupOf = session.clusterOfActor
            groupNames = session.clusters.indices.map { l.pick("groupe ", "cluster ") + "\($0 + 1)" }
        case .territory:
            groupOf = assignment.groupOfActor
            groupNames = assignment.territories.map(\.shortName)
        case .none: break
        }
        let actors: [MapActor] = drawnActors.map { a in
            let actor = dataset.actors[a]
            var details = [l.pick("Type : ", "Kind: ") + l.label(actor.kind)]
            switch placement.actorOrigins[a] {
            case .territory(let t)?: details.append(l.pick("Lieu : ", "Place: ") + dataset.territories[t].name)
            case .own?: details.append(l.pick("Lieu : coordonnées de l'acteur", "Place: the actor's own coordinates"))
            default: break
            }
            details.append(l.pick("Liens : ", "Ties: ") + "\(g.degree(a))" + l.pick(" · intermédiarité : ", " · betweenness: ")
                           + Self.decimal(betweenness[a], digits: 3))
            let relative = maxSize > 0 && sizes[a].isFinite ? max(sizes[a], 0) / maxSize : 0.5
            return MapActor(id: actor.id, name: actor.name, kind: actor.kind, details: details, size: relative, group: groupOf[a],
                            highlighted: request.ego == actor.id)
        }
        var ties: [MapTie] = []
        for edge in g.edges {
            let u = index[Int(edge.u)], v = index[Int(edge.v)]
            guard u >= 0, v >= 0 else { continue }
            let names = session.projected.cooperations(between: edge.u, and: edge.v).map { dataset.cooperations[$0].name }
            ties.append(MapTie(u: u, v: v, weight: edge.weight, cooperations: names))
        }
        notes.append(l.pick("Lieu : commune de l'acteur, ou centre de son territoire · anneau : acteurs d'un même lieu · taille : ",
                            "Place: the actor's commune, or its territory's centre · ring: actors of one place · size: ")
                     + sizeMeasure.name(in: l) + l.pick(" · trait : lien (", " · line: tie (") + weightMeaning + ")")
        notes += commonNotes(projection: projection, unplaced: unplaced, placement: placement)
        let frame = MapFrame(title: title, subtitle: l.pick("\(actors.count) acteurs à leur lieu, \(ties.count) liens de coopération",
                                                            "\(actors.count) actors at their places, \(ties.count) cooperation ties") + scopeText,
                             layout: .geo, seed: layoutSeed)
        let map = GeoMap(frame: frame, content: .actors(actors, positions: drawnActors.map { positions[$0] }, ties: ties,
                                                       coloring: coloring, groups: groupNames),
                         areas: areas, labels: labels, width: layout.width, height: layout.height, scaleBar: scale,
                         projectionName: projection, notes: notes, language: l)
        return Map(document: map.document(), layout: .geo,
                   summary: l.pick("\(actors.count) acteurs, \(ties.count) liens", "\(actors.count) actors, \(ties.count) ties")
                       + (unplaced > 0 ? l.pick(", \(unplaced) sans lieu", ", \(unplaced) without a place") : ""))
    }

    /// Notes every geographic map carries: projection and scale, areas, what was left out.
    private func commonNotes(projection: String, unplaced: Int, placement: GeoPlacement) -> [String] {
        var notes: [String] = []
        let outlines = placement.territoryBoundaries.count { $0 != nil }
        if let boundaries = placement.boundaries {
            let unmatched = boundaries.boundaries.count - Set(placement.territoryBoundaries.compactMap { $0 }).count
            notes.append(l.pick("Contours : \(boundaries.source) (\(outlines) territoire(s) reconnu(s)", "Outlines: \(boundaries.source) (\(outlines) territory(ies) matched")
                         + (unmatched > 0 ? l.pick(", \(unmatched) contour(s) sans territoire non tracé(s))", ", \(unmatched) outline(s) matching no territory not drawn)") : ")")
                         + l.pick(" ; autres territoires : enveloppe de leurs acteurs", "; other territories: hull of their actors"))
        } else {
            notes.append(l.pick("Aires en pointillés : enveloppe des acteurs de chaque territoire (--boundaries FICHIER.geojson pour les contours réels)",
                                "Dashed areas: hull of each territory's actors (--boundaries FILE.geojson for the real outlines)"))
        }
        notes.append(l.pick("Carte en ", "Map in ") + projection + l.pick(", nord en haut", ", north up"))
        if unplaced > 0 {
            notes.append(l.pick("\(unplaced) acteur(s) sans lieu connu (ni coordonnées ni territoire situé) non représenté(s)",
                                "\(unplaced) actor(s) with no known place (no coordinates, no placed territory) not drawn"))
        }
        return notes
    }
}
