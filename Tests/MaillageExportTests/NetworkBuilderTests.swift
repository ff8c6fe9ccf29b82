import MaillageExport
import MaillageGraph
import MaillageModel
import Testing

/// The builders turn a dataset and its graphs into the attributed networks the exports
/// carry: actors with their attributes, ties with their provenance, memberships with roles.
@Suite struct NetworkBuilderTests {
    /// Three cooperations: c1 {a, b, c}, c2 {a, b}, c3 {c, d}; actor e in none.
    let dataset = Dataset(
        name: "Démo",
        actors: [
            Actor(id: "a", name: "Alpha", kind: .structure, legalForm: "SCIC", sector: "Insertion", territories: ["t1", "t2"]),
            Actor(id: "b", name: "Bêta", kind: .teteDeReseau, territories: ["t1"], website: "www.b.fr"),
            Actor(id: "c", name: "Gamma", kind: .collectivite),
            Actor(id: "d", name: "Delta", kind: .financeur),
            Actor(id: "e", name: "Epsilon"),
        ],
        cooperations: [
            Cooperation(id: "c1", name: "Coop 1", form: .mutualisation, sector: "Services", territories: ["t1"], declaredMembers: 20),
            Cooperation(id: "c2", name: "Coop | 2", form: .partenariat),
            Cooperation(id: "c3", name: "Coop 3", form: .mutualisation, status: .enConstruction),
        ],
        memberships: [
            Membership(cooperation: "c1", actor: "a", role: .porteur), Membership(cooperation: "c1", actor: "b"),
            Membership(cooperation: "c1", actor: "c", role: .financeur), Membership(cooperation: "c2", actor: "a"),
            Membership(cooperation: "c2", actor: "b", role: .animateur), Membership(cooperation: "c3", actor: "c"),
            Membership(cooperation: "c3", actor: "d"), Membership(cooperation: "c2", actor: "b", role: .partenaire),
        ],
        territories: [Territory(id: "t1", name: "Artois", level: .pays), Territory(id: "t2", name: "Ternois", level: .pays)])

    @Test(arguments: Projection.allCases)
    func cooperationGraphCarriesActorsAndTieProvenance(projection: Projection) throws {
        let projected = ProjectedGraph(network: TwoModeNetwork(dataset: dataset), projection: projection)
        let extra = AttributeColumn.doubles("pagerank", [0.4, 0.3, 0.2, .nan, 0.1])
        let network = AttributedNetwork.cooperationGraph(dataset: dataset, projected: projected, extraColumns: [extra],
                                                         graphAttributes: [.init("projection", .string(projection.rawValue))])
        #expect(network.problems().isEmpty, "\(network.problems())")
        #expect(network.name == "Démo")
        #expect(network.nodes.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(network.nodes.map(\.label) == ["Alpha", "Bêta", "Gamma", "Delta", "Epsilon"])
        #expect(network.nodeValue("kind", of: 1) == .string("tete_de_reseau"))
        #expect(network.nodeValue("kind_label", of: 1) == .string("tête de réseau"))
        #expect(network.nodeValue("territories", of: 0) == .string("t1|t2"))
        #expect(network.nodeValue("territory_names", of: 0) == .string("Artois|Ternois"))
        #expect(network.nodeValue("legal_form", of: 0) == .string("SCIC"))
        #expect(network.nodeValue("legal_form", of: 1) == nil)
        #expect(network.nodeValue("website", of: 1) == .string("www.b.fr"))
        #expect(network.nodeValue("cooperations", of: 0) == .string("c1|c2"))
        #expect(network.nodeValue("roles", of: 0) == .string("porteur|membre"), "in the order of its cooperations")
        #expect(network.nodeValue("roles", of: 1) == .string("membre|animateur"), "a pair listed twice: its first role")
        #expect(network.nodeValue("roles", of: 4) == nil)
        #expect(network.nodeValue("cooperation_count", of: 4) == .int(0))
        #expect(network.nodeValue("cooperations", of: 4) == nil)
        #expect(network.nodeValue("pagerank", of: 2) == .double(0.2))
        #expect(network.nodeValue("pagerank", of: 3) == nil)
        #expect(network.nodes[0].color == OkabeIto.bluishGreen)
        #expect(network.nodes[4].color == Palette.color(of: ActorKind.unknown))

        // Ties: a–b (c1, c2), a–c (c1), b–c (c1), c–d (c3).
        let ties = Dictionary(uniqueKeysWithValues: network.edges.enumerated().map { e, edge in
            ("\(network.nodes[edge.source].id)\(network.nodes[edge.target].id)", e)
        })
        #expect(Set(ties.keys) == ["ab", "ac", "bc", "cd"])
        let ab = try #require(ties["ab"])
        #expect(network.edgeValue("cooperations", of: ab) == .string("c1|c2"))
        #expect(network.edgeValue("cooperation_names", of: ab) == .string("Coop 1|Coop | 2"))
        #expect(network.edgeValue("forms", of: ab) == .string("mutualisation|partenariat"))
        #expect(network.edgeValue("shared_cooperations", of: ab) == .int(2))
        #expect(network.edgeValue("cooperations", of: try #require(ties["cd"])) == .string("c3"))
        for (e, edge) in network.edges.enumerated() {
            #expect(edge.weight == projected.graph.weight(edge.source, edge.target), "weight of edge \(e)")
        }
        if projection == .count { #expect(network.edges[ab].weight == 2) }
        if projection == .newman { #expect(abs(network.edges[ab].weight - 1.5) < 1e-12) }  // 1/2 + 1/1
    }

    @Test func twoModeNetworkHasActorsCooperationsAndRoles() throws {
        let twoMode = TwoModeNetwork(dataset: dataset)
        let degrees = (0..<twoMode.graph.nodeCount).map { Double(twoMode.graph.degree($0)) }
        let network = AttributedNetwork.twoModeNetwork(dataset: dataset, network: twoMode,
                                                       extraColumns: [.integers("degree", degrees)])
        #expect(network.problems().isEmpty, "\(network.problems())")
        #expect(network.nodes.map(\.id) == ["a", "b", "c", "d", "e", "cooperation:c1", "cooperation:c2", "cooperation:c3"])
        #expect(network.edges.count == 7)
        #expect(network.nodeValue("bipartite", of: 0) == .int(0))
        #expect(network.nodeValue("bipartite", of: 5) == .int(1))
        #expect(network.nodeValue("type", of: 5) == .string("cooperation"))
        #expect(network.nodeValue("name", of: 6) == .string("Coop | 2"))
        #expect(network.nodeValue("sector", of: 5) == .string("Services"))
        #expect(network.nodeValue("territory_names", of: 5) == .string("Artois"))
        #expect(network.nodeValue("kind", of: 5) == nil)
        #expect(network.nodeValue("form", of: 5) == .string("mutualisation"))
        #expect(network.nodeValue("status", of: 7) == .string("en_construction"))
        #expect(network.nodeValue("declared_members", of: 5) == .int(20))
        #expect(network.nodeValue("declared_members", of: 6) == nil)
        #expect(network.nodeValue("members", of: 5) == .string("a|b|c"))
        #expect(network.nodeValue("member_count", of: 5) == .int(3))
        #expect(network.nodeValue("form", of: 0) == nil)
        #expect(network.nodeValue("kind", of: 0) == .string("structure"))
        #expect(network.nodeValue("degree", of: 5) == .int(3))
        #expect(network.nodes[5].color == OkabeIto.black)
        let roles = Dictionary(uniqueKeysWithValues: network.edges.enumerated().map { e, edge in
            ("\(network.nodes[edge.source].id)>\(network.nodes[edge.target].id)", network.edgeValue("role", of: e))
        })
        #expect(roles["a>cooperation:c1"] == .string("porteur"))
        #expect(roles["b>cooperation:c2"] == .string("animateur|partenaire"))
        #expect(roles["c>cooperation:c1"] == .string("financeur"))
    }

    @Test func sizesMakeAreasProportional() {
        var network = smallNetwork()
        network.setSizes(from: [4, 1, 0, .nan])
        #expect(network.nodes.map(\.size) == [50, 30, 10, 10])
        network.setSizes(from: [0, 0, 0, 0], range: 5...8)
        #expect(network.nodes.map(\.size) == [5, 5, 5, 5])
    }

    @Test func problemsAreReported() {
        var network = smallNetwork()
        #expect(network.problems().isEmpty)
        network.nodes[1].id = "a"
        network.nodeKeys.append(AttributeKey("label", .string))
        network.edgeKeys.append(AttributeKey("cooperations", .string))
        network.nodes[0].attributes[1] = .string("0.3")
        network.edges.append(.init(source: 1, target: 0, weight: 1))
        network.edges.append(.init(source: 2, target: 2, weight: 0))
        network.edges.append(.init(source: 0, target: 9))
        let problems = network.problems()
        #expect(problems.contains("node id \"a\" appears twice"))
        #expect(problems.contains("node key \"label\" uses a reserved name"))
        #expect(problems.contains("edge key \"cooperations\" declared twice"))
        #expect(problems.contains("node \"a\": pagerank is a string, declared double"))
        #expect(problems.contains { $0.hasPrefix("edge 4 repeats the pair") })
        #expect(problems.contains { $0.hasPrefix("edge 5 is a loop") })
        #expect(problems.contains("edge 5 has weight 0.0"))
        #expect(problems.contains("edge 6 joins 0 and 9, outside 0..<4"))
    }

    @Test func formatsFromExtensions() {
        #expect(ExportFormat(pathExtension: "GraphML") == .graphml)
        #expect(ExportFormat(pathExtension: "gexf") == .gexf)
        #expect(ExportFormat(pathExtension: "gv") == .dot)
        #expect(ExportFormat(pathExtension: "json") == .json)
        #expect(ExportFormat(pathExtension: "csv") == .csv)
        #expect(ExportFormat(pathExtension: "XLSX") == .kumu)
        #expect(ExportFormat(pathExtension: "svg") == nil)
        #expect(ExportFormat.allCases.map(\.fileExtension) == ["graphml", "gexf", "json", "csv", "dot", "xlsx", "csv"])
    }

    /// The matrix writer: an empty corner, ids across and down, weights in both cells of a
    /// tie, whole weights as integers, a formula-like id guarded.
    @Test func adjacencyMatrixCells() {
        var network = AttributedNetwork(name: "m")
        network.nodes = [.init(id: "a"), .init(id: "=b"), .init(id: "c")]
        network.edges = [.init(source: 0, target: 1, weight: 2, attributes: []), .init(source: 1, target: 2, weight: 0.5, attributes: [])]
        #expect(AdjacencyMatrixCSVWriter().write(network) == ",a,'=b,c\na,0,2,0\n'=b,2,0,0.5\nc,0,0.5,0\n")
    }

    @Test func okabeItoHexes() {
        #expect(OkabeIto.all.map(\.hex) == ["#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"])
        #expect(Set(ActorKind.datasetValues.map(Palette.color(of:))).count == ActorKind.datasetValues.count)
    }
}
