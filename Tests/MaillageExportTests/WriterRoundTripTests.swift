import MaillageModel
import Foundation
import MaillageExport
import Testing

/// Every writer's output read back independently (FoundationXML, JSONSerialization, a
/// CSV and a DOT reader) gives the same nodes, edges, weights and attributes — on a plain
/// network and on one whose every string is hostile.
@Suite struct WriterRoundTripTests {
    /// GraphML's r, g, b channels folded into one `color` like the other formats; `size` dropped.
    private func foldingColors(_ read: ReadBack) -> ReadBack {
        var read = read
        for (id, attributes) in read.nodes {
            var a = attributes
            if case .number(let r)? = a["r"], case .number(let g)? = a["g"], case .number(let b)? = a["b"] {
                a["color"] = .text(RGBColor(red: UInt8(r), green: UInt8(g), blue: UInt8(b)).hex)
            }
            for channel in ["r", "g", "b", "size"] { a[channel] = nil }
            read.nodes[id] = a
        }
        return read
    }

    private func check(_ read: ReadBack, against expected: ReadBack, _ format: String, tolerance: Double = 0) {
        let differences = expected.differences(from: read, tolerance: tolerance)
        #expect(differences.isEmpty, "\(format): \(differences.prefix(8).joined(separator: "\n"))")
        #expect(Set(read.nodeOrder).count == read.nodeOrder.count, "\(format): repeated node ids")
    }

    @Test(arguments: ["small", "hostile"])
    func graphMLReadsBack(name: String) throws {
        let network = name == "small" ? smallNetwork() : hostileNetwork()
        let reader = try GraphMLReader.read(GraphMLWriter().write(network))
        #expect(reader.problems.isEmpty, "\(reader.problems)")
        #expect(reader.edgeDefault == "undirected")
        check(foldingColors(reader.result), against: .expected(network, transform: xmlAllowed, includeColor: true), "GraphML \(name)")
        #expect(reader.graphData["seed"] == (name == "hostile" ? .number(1) : nil))
        #expect(reader.graphData["name"] == .text(xmlAllowed(network.name)))
        let declared = Dictionary(reader.keys.values.map { ("\($0.domain).\($0.name)", $0.type) }, uniquingKeysWith: { a, _ in a })
        for key in network.nodeKeys { #expect(declared["node.\(key.name)"] == key.type, "node key \(key.name)") }
        for key in network.edgeKeys { #expect(declared["edge.\(key.name)"] == key.type, "edge key \(key.name)") }
        #expect(declared["edge.weight"] == .double)
        #expect(declared["node.label"] == .string)
    }

    @Test(arguments: ["small", "hostile"])
    func gexfReadsBack(name: String) throws {
        let network = name == "small" ? smallNetwork() : hostileNetwork()
        let reader = try GEXFReader.read(GEXFWriter().write(network))
        #expect(reader.problems.isEmpty, "\(reader.problems)")
        #expect(reader.version == "1.3")
        #expect(reader.defaultEdgeType == "undirected")
        check(reader.result, against: .expected(network, transform: xmlAllowed, includeColor: true), "GEXF \(name)")
        for node in network.nodes {
            #expect(reader.sizes[xmlAllowed(node.id)] == node.size, "size of \(node.id.debugDescription)")
        }
        #expect(reader.metaDescription.hasPrefix(xmlAllowed(network.name)))
    }

    @Test(arguments: ["small", "hostile"])
    func nodeLinkJSONReadsBackExactly(name: String) throws {
        let network = name == "small" ? smallNetwork() : hostileNetwork()
        let text = NodeLinkJSONWriter().write(network)
        let (read, top) = try NodeLinkReader.read(text)
        // Foundation's JSONSerialization on Linux may round a double one unit in the last
        // place off (Python's json reads the same text exactly; see weightsKeepFullPrecision).
        check(read, against: .expected(network, includeColor: true), "JSON \(name)", tolerance: 4e-16)
        #expect(top["directed"] as? Bool == false)
        #expect(top["multigraph"] as? Bool == false)
        #expect((top["graph"] as? [String: Any])?["name"] as? String == network.name)
        #expect(top["links"] == nil)
        // No raw control character reaches the file: they are all escaped.
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func nodeLinkJSONCanUseTheLinksKey() throws {
        let network = smallNetwork()
        let text = NodeLinkJSONWriter(edgesKey: "links").write(network)
        let (read, top) = try NodeLinkReader.read(text, edgesKey: "links")
        #expect(top["edges"] == nil)
        #expect(read.edgeCount == 4)
    }

    @Test(arguments: ["small", "hostile"])
    func csvTablesReadBack(name: String) throws {
        let network = name == "small" ? smallNetwork() : hostileNetwork()
        let read = try CSVReader.read(edges: EdgeListCSVWriter().write(network), nodes: NodeTableCSVWriter().write(network), network: network)
        // Text a spreadsheet would run as a formula gains a leading quote; nothing else changes.
        let guarded: (String) -> String = { s in
            guard let first = s.first else { return s }
            return "=+@\t".contains(first) || (first == "-" && Double(s) == nil) ? "'" + s : s
        }
        check(read, against: .expected(network, transform: guarded, includeColor: true), "CSV \(name)")
    }

    @Test func csvGuardsFormulasButNotNumbers() throws {
        var network = smallNetwork()
        network.nodes[0].label = "=1+1"
        network.nodes[1].label = "-3.5"
        network.nodes[2].label = "-x"
        network.nodes[3].label = "a;b"
        let rows = try CSVReader.records(NodeTableCSVWriter().write(network))
        #expect(rows.map { $0[1] } == ["label", "'=1+1", "-3.5", "'-x", "a;b"])
        #expect(NodeTableCSVWriter().write(network).contains("\"a;b\""))
    }

    @Test(arguments: ["small", "hostile"])
    func dotReadsBackAsText(name: String) throws {
        let network = name == "small" ? smallNetwork() : hostileNetwork()
        let text = DOTWriter().write(network)
        let dot = try DOTReader.parse(text)
        #expect(dot.name == xmlAllowed(network.name))
        #expect(dot.nodes.count == network.nodes.count)
        #expect(dot.edges.count == network.edges.count)
        check(try dot.readBack(network: network), against: .expected(network, transform: xmlAllowed, includeColor: true), "DOT \(name)")
        // One statement per line: a line break in the data never reaches the text.
        #expect(text.split(separator: "\n").count == network.nodes.count + network.edges.count + 2 + (network.graphAttributes.isEmpty ? 0 : 1))
    }

    @Test func dotNeverLetsDataSetGraphvizAttributes() throws {
        let text = DOTWriter().write(hostileNetwork())
        #expect(text.contains(#""data_image"="/etc/passwd""#))
        #expect(text.contains(#""data_URL"="javascript:alert(0)""#))
        #expect(!text.contains(#""image"="#) && !text.contains(#""URL"="#) && !text.contains("imagepath"))
        var network = smallNetwork()
        network.graphAttributes = [.init("mode", .string("projected")), .init("resolution", .double(1)), .init("seed", .int(1))]
        network.nodeKeys[3] = AttributeKey("cluster", .bool)
        let renamed = DOTWriter().write(network)
        #expect(renamed.contains(#"graph ["data_mode"="projected", "data_resolution"="1.0", "seed"="1"];"#))
        #expect(renamed.contains(#""data_cluster"="true""#))
        let dot = try DOTReader.parse(text)
        for (_, attributes) in dot.nodes {
            #expect(Set(attributes.keys).isSubset(of: ["label", "name", "territories", "betweenness", "degree", "articulation",
                                                        "data_image", "data_URL", "color"]))
        }
    }

    @Test func xmlEscapesEverySpecialCharacter() {
        var network = smallNetwork()
        network.nodes[0].label = #"<script>&"'"#
        for text in [GraphMLWriter().write(network), GEXFWriter().write(network)] {
            #expect(text.contains("&lt;script&gt;&amp;&quot;&apos;"))
            #expect(!text.contains("<script>"))
        }
        network.nodes[0].label = "a\u{1}b\u{FFFE}c\rd"
        #expect(GraphMLWriter().write(network).contains("<data key=\"label\">abc&#13;d</data>"))
        #expect(GEXFWriter().write(network).contains("label=\"abc&#13;d\""))
    }

    @Test func nonFiniteValuesAreLeftOut() throws {
        var network = smallNetwork()
        network.nodes[0].attributes[1] = .double(.nan)
        network.nodes[1].attributes[1] = .double(.infinity)
        let graphml = try GraphMLReader.read(GraphMLWriter().write(network))
        #expect(graphml.result.nodes["a"]?["pagerank"] == nil)
        #expect(graphml.result.nodes["b"]?["pagerank"] == nil)
        #expect(graphml.result.nodes["c"]?["pagerank"] == .number(0.25))
        let json = try NodeLinkReader.read(NodeLinkJSONWriter().write(network)).readBack
        #expect(json.nodes["a"]?["pagerank"] == nil)
        let csv = try CSVReader.records(NodeTableCSVWriter().write(network))
        #expect(csv[1][3] == "" && csv[2][3] == "" && csv[3][3] == "0.25")
    }

    @Test func emptyNetworkStillWellFormed() throws {
        let network = AttributedNetwork(name: "vide")
        #expect(try GraphMLReader.read(GraphMLWriter().write(network)).result.nodeOrder.isEmpty)
        #expect(try GEXFReader.read(GEXFWriter().write(network)).result.nodeOrder.isEmpty)
        #expect(try NodeLinkReader.read(NodeLinkJSONWriter().write(network)).readBack.edgeCount == 0)
        #expect(try DOTReader.parse(DOTWriter().write(network)).nodes.isEmpty)
        #expect(EdgeListCSVWriter().write(network) == "source,target,weight\n")
    }

    @Test func weightsKeepFullPrecision() throws {
        var network = smallNetwork()
        network.edges[0].weight = 1.0 / 3.0
        network.edges[1].weight = 1e-9
        for text in [GraphMLWriter().write(network), GEXFWriter().write(network), NodeLinkJSONWriter().write(network),
                     EdgeListCSVWriter().write(network), DOTWriter().write(network)] {
            #expect(text.contains("0.3333333333333333"))
            #expect(text.contains("1e-09"))
        }
    }
}
