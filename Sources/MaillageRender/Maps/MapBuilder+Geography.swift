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

    /// Above this many ties, the geographic map draws them bundled: one line per pair of
    /// places, as wide as its number of ties (``GeoBundle``).
    public static let bundledTies = 600

    /// How many bundles (pairs of places) the geographic map draws at most: the most tied.
    public static let drawnBundles = 800

    /// How many places are named at most on a map of many actors (more than
    /// ``MapRequest/View/labelledActors``): those with the most actors, where room allows.
    static let namedPlaces = 40

    /// The geographic map (`--layout geo`): the actors view (actors at their places) or
    /// the territories view (one disc per territory of the level at its place).
    ///
    /// The actors view draws the actors and ties the network map would draw for the same
    /// request (``actorSelection()``: `--ego`, `--cluster`, `--territory`,
    /// `--backbone`, `--include-isolated`), less those with no place, which the legend
    /// counts. Names follow the network map's rule (every actor on a small map, the main
    /// hubs on a large one or a backbone), then the places', each where room allows
    /// (``LabelPlacement``); above ``bundledTies`` ties, ties are bundled between places.
    /// - Complexity: O(n + m) and the outlines' points, on top of what the session
    ///   computes (and the backbone); O(n log n) to rank names.
    func geographic(title: String) -> Map {
        let placement = GeoPlacement(dataset: dataset, boundaries: request.boundaries)
        let assignment = session.assignment
        let territoryView = request.view == .territories
        // What the map frames: the drawn things' places and the matched outlines.
        var extent: [GeoCoordinate] = []
        let g = session.projected.graph
        let selection = actorSelection()
        let drawnActors = territoryView ? [] : selection.drawn.filter { placement.actorPlaces[$0] != nil }
        let unplaced = territoryView ? 0 : selection.drawn.count - drawnActors.count
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
        // A focus or an ego is framed on its actors (the outlines cut at the frame); the
        // whole network on the outlines too.
        let framedOnActors = !territoryView && (request.focus != nil || request.ego != nil) && !extent.isEmpty
        for t in outlined where !framedOnActors {
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
            let rings = boundary.polygons.compactMap { $0.first?.map(layout.point) }
                .map { GeoLayout.clipped($0, minX: 0, minY: 0, maxX: layout.width, maxY: layout.height) }.filter { !$0.isEmpty }
            if !rings.isEmpty { areas.append(GeoArea(rings: rings, style: wide ? .land : .outline)) }
        }
        var notes: [String] = []
        let projection = layout.projection.name(french: l == .fr)
        let scale = layout.scaleBar
        let frameBox = LabelPlacement.Box(minX: 2, minY: 2, maxX: layout.width - 2, maxY: layout.height - 2)
        let furniture = GeoMap.furnitureBoxes(width: layout.width, height: layout.height, scaleBarPoints: scale.points, projectionName: projection)
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
            let hull = GeoLayout.clipped(ConvexHull.padded(hullPoints[group], radius: 16).map { ($0.x, $0.y) },
                                         minX: 0, minY: 0, maxX: layout.width, maxY: layout.height)
            if !hull.isEmpty { areas.append(GeoArea(rings: [hull], style: .hull(group))) }
        }
        if territoryView {
            return geographicTerritories(title: title, placement: placement, territoryPlaces: territoryPlaces, layout: layout, areas: areas,
                                         frameBox: frameBox, furniture: furniture)
        }
        // Actors: grouped by place, spread on a ring around it in the order of their ids;
        // small marks, closer together, on a map of many actors.
        let compact = drawnActors.count > MapRequest.View.labelledActors
        let crowdSpacing = compact ? GeoMap.crowdSpacing(count: drawnActors.count, width: layout.width, height: layout.height) : nil
        let spacing = crowdSpacing ?? 17
        var byPlace: [GeoCoordinate: [Int]] = [:]
        for a in drawnActors { if let p = placement.actorPlaces[a] { byPlace[p, default: []].append(a) } }
        var positions = [(x: Double, y: Double)](repeating: (0, 0), count: g.nodeCount)
        var placeOf = [Int](repeating: -1, count: g.nodeCount)
        var places: [GeoPlace] = []
        var placeRadius: [Double] = []
        for (place, members) in byPlace.sorted(by: { ($0.key.latitude, $0.key.longitude) < ($1.key.latitude, $1.key.longitude) }) {
            let centre = layout.point(place)
            let ordered = members.sorted { dataset.actors[$0].id < dataset.actors[$1].id }
            let offsets = GeoLayout.ring(count: ordered.count, spacing: spacing)
            for (k, a) in ordered.enumerated() {
                positions[a] = (centre.x + offsets[k].dx, centre.y + offsets[k].dy)
                placeOf[a] = places.count
            }
            // The ring's name: the territories its actors are placed at (a région and its
            // département may share one centre).
            var names: [String] = []
            for a in ordered {
                if case .territory(let t)? = placement.actorOrigins[a], !names.contains(dataset.territories[t].shortName) {
                    names.append(dataset.territories[t].shortName)
                }
            }
            places.append(GeoPlace(name: names.prefix(2).joined(separator: " / ") + (names.count > 2 ? " …" : ""),
                                   x: centre.x, y: centre.y, actors: ordered.count))
            placeRadius.append(offsets.map { ($0.dx * $0.dx + $0.dy * $0.dy).squareRoot() }.max() ?? 0)
        }
        // Neighbouring rings pushed apart (on a small map: a crowd's rings may overlap,
        // as its places do), but not into the sea.
        let land = areas.filter { $0.style == .land }.flatMap(\.rings)
        let spread = GeoLayout.keptInside(compact ? drawnActors.map { positions[$0] } : GeoLayout.separated(drawnActors.map { positions[$0] }, minimum: 15),
                                          places: drawnActors.map { placement.actorPlaces[$0].map(layout.point) ?? positions[$0] },
                                          rings: land)
        for (k, a) in drawnActors.enumerated() { positions[a] = spread[k] }
        let sizeMeasure = ActorSize.named(request.sizeBy) ?? .measure(ActorMeasure.all[0])
        session.compute((sizeMeasure.measure.map { [$0] } ?? []) + (ActorMeasure.named("betweenness").map { [$0] } ?? []))
        let sizes = session.sizes(by: sizeMeasure)
        let betweenness = session.betweenness
        // An actor without a headcount is drawn smallest; a measure undefined for it, mid-sized.
        let missingSize = sizeMeasure.isJobs ? 0.0 : 0.5
        let maxSize = drawnActors.map { sizes[$0] }.filter(\.isFinite).max() ?? 0
        var index = [Int](repeating: -1, count: g.nodeCount)
        for (i, a) in drawnActors.enumerated() { index[a] = i }
        let (groupOf, groupNames, coloring) = actorGroups()
        let (named, namesAll) = namedActors(drawnActors, sizes: sizes, backbone: selection.significant != nil, egoIndex: selection.egoIndex)
        let actors: [MapActor] = drawnActors.map { a in
            let actor = dataset.actors[a]
            var details = [l.pick("Type : ", "Kind: ") + l.label(actor.kind)]
            switch placement.actorOrigins[a] {
            case .territory(let t)?: details.append(l.pick("Lieu : ", "Place: ") + dataset.territories[t].name)
            case .own?: details.append(l.pick("Lieu : coordonnées de l'acteur", "Place: the actor's own coordinates"))
            default: break
            }
            details.append(l.pick("Liens : ", "Ties: ") + "\(g.degree(a))" + l.pick(" · intermédiarité : ", " · betweenness: ")
                           + l.decimal(betweenness[a], digits: 3))
            if groupOf[a] >= 0, groupOf[a] < groupNames.count { details.append(l.pick("Groupe : ", "Group: ") + groupNames[groupOf[a]]) }
            let relative = maxSize > 0 && sizes[a].isFinite ? max(sizes[a], 0) / maxSize : missingSize
            return MapActor(id: actor.id, name: actor.name, kind: actor.kind, details: details, size: relative, group: groupOf[a],
                            highlighted: a == selection.egoIndex, named: named[a])
        }
        // Ties: the selection's between placed actors; bundled between places when many.
        let edges = g.edges
        var kept: [Int] = []
        for (e, edge) in edges.enumerated() where drawn[Int(edge.u)] && drawn[Int(edge.v)] && selection.keeps(edge: e) { kept.append(e) }
        var ties: [MapTie] = []
        var bundles: [GeoBundle] = []
        var withinPlaces = 0, bundledTies = 0, placePairs = 0
        if kept.count > Self.bundledTies {
            var counts: [Int: Int] = [:]
            let k = places.count
            for e in kept {
                let edge = edges[e]
                let a = placeOf[Int(edge.u)], b = placeOf[Int(edge.v)]
                if a == b { withinPlaces += 1; continue }
                counts[min(a, b) * k + max(a, b), default: 0] += 1
            }
            // The strongest pairs of places only, when even they are many.
            let strongest = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(Self.drawnBundles)
            bundledTies = strongest.reduce(0) { $0 + $1.value }
            placePairs = counts.count
            bundles = strongest.map(\.key).sorted().map { GeoBundle(from: $0 / k, to: $0 % k, ties: counts[$0] ?? 0) }
        } else {
            for e in kept {
                let edge = edges[e]
                let names = session.projected.cooperations(between: edge.u, and: edge.v).map { dataset.cooperations[$0].name }
                ties.append(MapTie(u: index[Int(edge.u)], v: index[Int(edge.v)], weight: edge.weight, cooperations: names))
            }
        }
        // Names: the actors the network map names, the ego and the largest first, then
        // the places with the most actors; each where it fits.
        var order = rankedBySize(drawnActors.filter { named[$0] }, sizes: sizes)
        if let ego = selection.egoIndex, let at = order.firstIndex(of: ego) { order.insert(order.remove(at: at), at: 0) }
        var requests: [LabelPlacement.Label] = []
        var texts: [(String, Double, GeoLabel.Kind)] = []
        for a in order {
            let text = MapText.shortened(MapText.abbreviated(dataset.actors[a].name), to: 26)
            let size = LabelPlacement.textSize(text, fontSize: 7)
            let mark = GeoMap.markSize(actors[index[a]].size, crowdSpacing: crowdSpacing)
            requests.append(LabelPlacement.Label(x: positions[a].x, y: positions[a].y, clearance: mark.width / 2, width: size.width, height: size.height))
            texts.append((text, 7, .actor(index[a])))
        }
        let placeOrder = places.indices.filter { !places[$0].name.isEmpty }
            .sorted { places[$0].actors != places[$1].actors ? places[$0].actors > places[$1].actors : $0 < $1 }
            .prefix(compact ? Self.namedPlaces : places.count)
        for p in placeOrder {
            let size = LabelPlacement.textSize(places[p].name, fontSize: 8.5)
            requests.append(LabelPlacement.Label(x: places[p].x, y: places[p].y, clearance: placeRadius[p] + (compact ? 5 : 11),
                                                 width: size.width, height: size.height, below: true))
            texts.append((places[p].name, 8.5, .place))
        }
        // On a map of many actors, a name may cover the small marks of the crowd (it is
        // written on a pale backing), never a named actor's mark nor another name.
        let marks = drawnActors.filter { !compact || named[$0] }.map { a in
            let mark = GeoMap.markSize(actors[index[a]].size, crowdSpacing: crowdSpacing)
            return LabelPlacement.Box(centreX: positions[a].x, y: positions[a].y, width: mark.width, height: mark.height)
        }
        let boxes = LabelPlacement.place(requests, obstacles: marks + furniture, frame: frameBox)
        var labels: [GeoLabel] = []
        for (k, box) in boxes.enumerated() {
            guard let box else { continue }
            labels.append(GeoLabel(text: texts[k].0, x: box.centre.x, y: box.centre.y, fontSize: texts[k].1, kind: texts[k].2,
                                   backing: compact))
        }
        let namedCount = labels.count { if case .actor = $0.kind { true } else { false } }
        let tieCount = kept.count
        notes.append(l.pick("Lieu : commune de l'acteur, ou centre de son territoire · anneau : acteurs d'un même lieu · taille : ",
                            "Place: the actor's commune, or its territory's centre · ring: actors of one place · size: ")
                     + sizeMeasure.legend(in: l)
                     + (bundles.isEmpty ? l.pick(" · trait : lien (", " · line: tie (") + weightMeaning + ")" : ""))
        if !bundles.isEmpty {
            notes.append(l.pick("Trait : les liens entre les acteurs de deux lieux, épais comme leur nombre (\(l.integer(tieCount)) liens, trop pour les tracer un à un)",
                                "Line: the ties between the actors of two places, as wide as their number (\(tieCount) ties, too many to draw one by one)"))
            if bundles.count < placePairs {
                notes.append(l.pick("Traits tracés : les \(l.integer(bundles.count)) paires de lieux les plus liées sur \(l.integer(placePairs)), qui portent \(l.integer(bundledTies)) liens",
                                    "Lines drawn: the \(bundles.count) most tied pairs of places of \(placePairs), carrying \(bundledTies) ties"))
            }
            if withinPlaces > 0 {
                notes.append(l.pick(l.count(withinPlaces, "lien", "liens") + " entre acteurs d'un même lieu, non tracé" + (withinPlaces == 1 ? "" : "s"),
                                    l.count(withinPlaces, "tie", "ties") + " between actors of one place, not drawn"))
            }
        }
        let hover = request.interactive ? l.pick(", les autres au survol", ", the others on hover") : ""
        if namesAll {
            if namedCount < drawnActors.count {
                notes.append(l.pick("Noms : \(l.integer(namedCount)) acteurs sur \(l.integer(drawnActors.count)), là où la place le permet", "Names: \(l.integer(namedCount)) of \(l.integer(drawnActors.count)) actors, where room allows") + hover)
            }
        } else {
            notes.append(l.pick("Noms : parmi les \(l.integer(min(Self.namedHubs, drawnActors.count))) acteurs les plus grands (\(sizeMeasure.name(in: l))), les \(l.integer(namedCount)) qui trouvent la place",
                                "Names: of the \(min(Self.namedHubs, drawnActors.count)) largest actors (\(sizeMeasure.name(in: l))), the \(namedCount) that find room") + hover)
        }
        notes += selectionNotes(selection)
        if let ego = selection.egoIndex, !drawn[ego] {
            notes.append(l.pick("\(dataset.actors[ego].name) n'a pas de lieu connu : ses partenaires sont dessinés sans lui",
                                "\(dataset.actors[ego].name) has no known place: its partners are drawn without it"))
        }
        notes += commonNotes(projection: projection, unplaced: unplaced, placement: placement)
        let counts = l.pick(l.count(actors.count, "acteur", "acteurs") + ", " + l.count(tieCount, "lien", "liens"),
                            l.count(actors.count, "actor", "actors") + ", " + l.count(tieCount, "tie", "ties"))
        let subtitle = selectionSubtitle(selection, counts: counts) {
            l.pick(l.count(actors.count, "acteur", "acteurs") + " à leur lieu, " + l.count(tieCount, "lien", "liens") + " de coopération",
                   l.count(actors.count, "actor", "actors") + " at their places, " + l.count(tieCount, "cooperation tie", "cooperation ties")) + scopeText
        }
        let frame = MapFrame(title: title, subtitle: subtitle, layout: .geo, seed: layoutSeed)
        var map = GeoMap(frame: frame, content: .actors(actors, positions: drawnActors.map { positions[$0] }, ties: ties,
                                                       coloring: coloring, groups: groupNames),
                         areas: areas, labels: labels, width: layout.width, height: layout.height, scaleBar: scale,
                         projectionName: projection, notes: notes, language: l)
        map.crowdSpacing = crowdSpacing
        if !bundles.isEmpty {
            map.places = places
            map.bundles = bundles
        }
        return Map(document: map.document(), layout: .geo,
                   summary: counts + (unplaced > 0 ? l.pick(", \(unplaced) sans lieu", ", \(unplaced) without a place") : ""))
    }

    /// The territories view of the geographic map: one disc per territory of the level
    /// at its place, sized by its actors, tied by the ties between their actors, named
    /// where room allows (the largest first).
    /// - Complexity: O(T log T + L) for T territories and L links.
    private func geographicTerritories(title: String, placement: GeoPlacement, territoryPlaces: [GeoCoordinate?], layout: GeoLayout,
                                       areas: [GeoArea], frameBox: LabelPlacement.Box, furniture: [LabelPlacement.Box]) -> Map {
        let assignment = session.assignment
        let structure = session.territoryStructure
        var shown: [Int] = []
        for (i, place) in territoryPlaces.enumerated() where place != nil && structure.groups[i].members > 0 { shown.append(i) }
        var position = [Int](repeating: -1, count: assignment.territories.count)
        for (k, i) in shown.enumerated() { position[i] = k }
        let territories = shown.map { i in
            let t = assignment.territories[i], f = structure.groups[i]
            return MapTerritory(id: t.id, name: t.name, actors: f.members, details: [
                l.pick("\(l.count(f.members, "acteur", "acteurs")) · \(l.count(f.internalTies, "lien interne", "liens internes")) · \(l.count(f.externalTies, "lien", "liens")) vers d'autres territoires",
                       "\(l.count(f.members, "actor", "actors")) · \(l.count(f.internalTies, "internal tie", "internal ties")) · \(l.count(f.externalTies, "tie", "ties")) to other territories"),
            ])
        }
        let positions = shown.compactMap { territoryPlaces[$0].map(layout.point) }
        let links = session.territoryLinks.edges.compactMap { e -> (u: Int, v: Int, ties: Int)? in
            let u = position[Int(e.u)], v = position[Int(e.v)]
            return u >= 0 && v >= 0 ? (u, v, Int(e.weight)) : nil
        }
        // Names beside the discs, the territories with the most actors first.
        let maxActors = territories.map(\.actors).max() ?? 1
        let discs = territories.indices.map { i in
            let d = GeoMap.discDiameter(actors: territories[i].actors, maxActors: maxActors)
            return LabelPlacement.Box(centreX: positions[i].x, y: positions[i].y, width: d, height: d)
        }
        let order = territories.indices.sorted { territories[$0].actors != territories[$1].actors ? territories[$0].actors > territories[$1].actors : $0 < $1 }
        let texts = order.map { i in
            MapText.wrapped(MapText.abbreviated(territories[i].name), width: 16) + "\n"
                + (territories[i].actors == 1 ? l.pick("1 acteur", "1 actor") : l.pick("\(territories[i].actors) acteurs", "\(territories[i].actors) actors"))
        }
        let requests = order.enumerated().map { k, i in
            let size = LabelPlacement.textSize(texts[k], fontSize: 8)
            return LabelPlacement.Label(x: positions[i].x, y: positions[i].y, clearance: discs[i].maxX - positions[i].x,
                                        width: size.width, height: size.height)
        }
        var labels: [GeoLabel] = []
        for (k, box) in LabelPlacement.place(requests, obstacles: discs + furniture, frame: frameBox).enumerated() {
            guard let box else { continue }
            labels.append(GeoLabel(text: texts[k], x: box.centre.x, y: box.centre.y, fontSize: 8, kind: .actor(order[k])))
        }
        var notes = [l.pick("Disque : un territoire (\(l.label(assignment.level))) à son lieu, d'aire proportionnelle à ses acteurs · trait : liens de coopération entre leurs acteurs",
                            "Disc: a territory (\(l.label(assignment.level))) at its place, its area proportional to its actors · line: cooperation ties between their actors")]
        if labels.count < territories.count {
            notes.append(l.pick("Noms : \(l.integer(labels.count)) territoires sur \(l.integer(territories.count)), là où la place le permet", "Names: \(l.integer(labels.count)) of \(l.integer(territories.count)) territories, where room allows")
                         + (request.interactive ? l.pick(", les autres au survol", ", the others on hover") : ""))
        }
        let missing = assignment.territories.indices.count { territoryPlaces[$0] == nil && structure.groups[$0].members > 0 }
        if missing > 0 {
            notes.append(l.pick(missing == 1 ? "1 territoire sans lieu connu n'est pas représenté" : "\(missing) territoires sans lieu connu ne sont pas représentés",
                                l.count(missing, "territory", "territories") + " with no known place not drawn"))
        }
        notes += commonNotes(projection: layout.projection.name(french: l == .fr), unplaced: 0, placement: placement)
        let frame = MapFrame(title: title, subtitle: l.pick("Territoires sur la carte : \(l.integer(territories.count)), liens entre territoires : \(l.integer(links.count))",
                                                            "Territories on the map: \(territories.count), ties between territories: \(links.count)") + scopeText,
                             layout: .geo, seed: layoutSeed)
        let map = GeoMap(frame: frame, content: .territories(territories, positions: positions, links: links), areas: areas, labels: labels,
                         width: layout.width, height: layout.height, scaleBar: layout.scaleBar,
                         projectionName: layout.projection.name(french: l == .fr), notes: notes, language: l)
        return Map(document: map.document(), layout: .geo,
                   summary: l.pick(l.count(territories.count, "territoire", "territoires") + ", " + l.count(links.count, "lien", "liens"),
                                   l.count(territories.count, "territory", "territories") + ", " + l.count(links.count, "tie", "ties")))
    }

    /// Notes every geographic map carries: projection and scale, areas, what was left out.
    private func commonNotes(projection: String, unplaced: Int, placement: GeoPlacement) -> [String] {
        var notes: [String] = []
        let outlines = placement.territoryBoundaries.count { $0 != nil }
        if let boundaries = placement.boundaries {
            let unmatched = boundaries.boundaries.count - Set(placement.territoryBoundaries.compactMap { $0 }).count
            notes.append(l.pick("Contours : \(boundaries.source) (" + l.count(outlines, "territoire reconnu", "territoires reconnus"),
                                "Outlines: \(boundaries.source) (" + l.count(outlines, "territory", "territories") + " matched")
                         + (unmatched > 0 ? l.pick(unmatched == 1 ? ", 1 contour sans territoire n'est pas tracé)" : ", \(unmatched) contours sans territoire ne sont pas tracés)",
                                                   ", " + l.count(unmatched, "outline", "outlines") + " matching no territory not drawn)") : ")")
                         + l.pick(" ; autres territoires : enveloppe de leurs acteurs", "; other territories: hull of their actors"))
        } else {
            notes.append(l.pick("Aires en pointillés : enveloppe des acteurs de chaque territoire (--boundaries FICHIER.geojson pour les contours réels)",
                                "Dashed areas: hull of each territory's actors (--boundaries FILE.geojson for the real outlines)"))
        }
        notes.append(l.pick("Carte en ", "Map in ") + projection + l.pick(", nord en haut", ", north up"))
        if unplaced > 0 {
            notes.append(l.pick((unplaced == 1 ? "1 acteur sans lieu connu n'est pas représenté"
                                    : "\(l.integer(unplaced)) acteurs sans lieu connu ne sont pas représentés")
                                    + " (ni coordonnées ni territoire situé)",
                                l.count(unplaced, "actor", "actors") + " with no known place (no coordinates, no placed territory) not drawn"))
        }
        return notes
    }
}
