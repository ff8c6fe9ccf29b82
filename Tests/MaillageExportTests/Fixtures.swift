import MaillageModel
import MaillageExport

/// Strings a dataset could hold that try to break out of every export format.
let hostileStrings: [String] = [
    #"Le "Collectif" <script>alert('x')</script>"#,
    "]]> &amp; &lt; & <![CDATA[ fin",
    #"a -- b -> c { x } ; [label="pwn"] subgraph cluster_0 { }"#,
    #"back\slash \N \G \l \"quoted\" ends with \"#,
    "ligne 1\nligne 2\r\nligne 3\rtab\there",
    "🤝 Coopération 👩🏽‍🌾 e\u{301}",
    "تعاونية الاقتصاد الاجتماعي \u{202E}txt.exe שיתוף",
    "ctrl\u{0}\u{1}\u{7}\u{1B}[31m\u{7F}\u{85}\u{FFFE}\u{FFFF}end",
    #"=HYPERLINK("http://x","clic")"#,
    "-1+2",
    "+33 3 21 00 00 00",
    "@SUM(A1)",
    "' OR 1=1 --",
    "line\u{2028}sep\u{2029}para",
    "<html-like label=<b>bold</b>> | {record|fields} <port>",
    "a,b;c\td",
]

/// A network whose ids, labels, attribute names' values and graph name carry the hostile
/// strings, with attributes of every type and some missing values.
func hostileNetwork() -> AttributedNetwork {
    var network = AttributedNetwork(
        name: "Réseau \"hostile\" <x> & \\ {}",
        graphAttributes: [.init("projection", .string("count")), .init("seed", .int(1)), .init("note", .string(hostileStrings[2]))],
        nodeKeys: [AttributeKey("name", .string), AttributeKey("territories", .string), AttributeKey("betweenness", .double),
                   AttributeKey("degree", .int), AttributeKey("articulation", .bool), AttributeKey("image", .string),
                   AttributeKey("URL", .string)],
        edgeKeys: [AttributeKey("cooperations", .string), AttributeKey("shared_cooperations", .int)])
    for (i, text) in hostileStrings.enumerated() {
        network.nodes.append(.init(
            id: "n\(i) " + text, label: text,
            attributes: [.string(text), .joined(["t-\(i)", text]), i == 3 ? .double(.nan) : .double(Double(i) / 7),
                         .int(i), .bool(i % 2 == 0), .string("/etc/passwd"), i == 5 ? nil : .string("javascript:alert(\(i))")],
            color: RGBColor(red: UInt8(i * 10), green: 0x9E, blue: 0x73), size: 10 + Double(i)))
    }
    let n = network.nodes.count
    for i in 0..<n {
        let j = (i * 5 + 3) % n
        guard i != j, !network.edges.contains(where: { Set([$0.source, $0.target]) == Set([i, j]) }) else { continue }
        network.edges.append(.init(source: i, target: j, weight: 1.0 / Double(i + 1) + 0.1,
                                   attributes: [.joined(["coop-\(i)", hostileStrings[(i + 1) % n]]), .int(i + 1)]))
    }
    network.edges.append(.init(source: 0, target: 1, weight: 1e-7, attributes: [nil, .int(0)]))
    return network
}

/// A small plain network: a triangle and a pendant node.
func smallNetwork() -> AttributedNetwork {
    AttributedNetwork(
        name: "Petit réseau",
        nodeKeys: [AttributeKey("kind", .string), AttributeKey("pagerank", .double), AttributeKey("core", .int),
                   AttributeKey("articulation", .bool)],
        edgeKeys: [AttributeKey("cooperations", .string)],
        nodes: [
            .init(id: "a", label: "Alpha", attributes: [.string("structure"), .double(0.3), .int(2), .bool(true)]),
            .init(id: "b", label: "Bêta", attributes: [.string("appui"), .double(0.25), .int(2), .bool(false)]),
            .init(id: "c", label: "Gamma", attributes: [.string("financeur"), .double(0.25), .int(2), .bool(false)]),
            .init(id: "d", label: "Delta", attributes: [.string("structure"), .double(0.2), .int(1), .bool(false)]),
        ],
        edges: [
            .init(source: 0, target: 1, weight: 2, attributes: [.joined(["c1", "c2"])]),
            .init(source: 0, target: 2, weight: 1, attributes: [.string("c1")]),
            .init(source: 1, target: 2, weight: 0.5, attributes: [.string("c1")]),
            .init(source: 0, target: 3, weight: 1, attributes: [.string("c3")]),
        ])
}
