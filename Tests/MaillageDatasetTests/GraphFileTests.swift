import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// Graph files (``GraphFile``): Gephi's GEXF, GraphML (yEd, NetworkX) and Pajek's `.net`,
/// given alone or alone in a folder, read as actors and two-member cooperations (or, in a
/// two-mode network, as memberships), every message at the line of its node or edge.
@Suite struct GraphFileTests {
    /// Loads `text` written as `name`, given as the dataset (`alone`: its folder instead).
    static func load(_ name: String, _ text: String, folder alone: Bool = false) throws -> DatasetLoadResult {
        try load(name, Array(text.utf8), folder: alone)
    }

    static func load(_ name: String, _ bytes: [UInt8], folder alone: Bool = false) throws -> DatasetLoadResult {
        let folder = try ScratchFolder("graph")
        defer { folder.remove() }
        try folder.write([name: bytes])
        return DatasetLoader.load(folder: alone ? folder.url : folder.url.appendingPathComponent(name))
    }

    /// What Gephi 0.10 writes: node attributes (a kind, a commune, a name, two computed
    /// measures), an edge attribute with a default, `viz:` elements, weights of 1.0, a
    /// dynamic graph with an edge's `start` and `end` and another's spells.
    static let gephi = """
        <?xml version='1.0' encoding='UTF-8'?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz">
          <meta lastmodifieddate="2024-03-12"><creator>Gephi 0.10.1</creator></meta>
          <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
            <attributes class="node" mode="static">
              <attribute id="type" title="Type" type="string"/>
              <attribute id="commune" title="Commune" type="string"/>
              <attribute id="nom" title="Nom" type="string"/>
              <attribute id="modularity_class" title="Modularity Class" type="integer"/>
            </attributes>
            <attributes class="edge" mode="static">
              <attribute id="nature" title="Type de partenariat" type="string">
                <default>Convention</default>
              </attribute>
            </attributes>
            <nodes>
              <node id="0" label="CIAS de Lens">
                <attvalues>
                  <attvalue for="type" value="Collectivité"/>
                  <attvalue for="commune" value="Lens"/>
                  <attvalue for="modularity_class" value="0"/>
                </attvalues>
                <viz:size value="10.0"/>
                <viz:position x="-12.3" y="45.6"/>
              </node>
              <node id="1" label="Régie de quartier &amp; Cie">
                <attvalues><attvalue for="type" value="Association"/><attvalue for="commune" value="Liévin"/></attvalues>
              </node>
              <node id="2" label="Jardin de Cocagne">
                <attvalues><attvalue for="type" value="SCIC"/><attvalue for="commune" value="Arras"/></attvalues>
              </node>
              <node id="3" label="DLA 62"><attvalues><attvalue for="nom" value="DLA du Pas-de-Calais"/></attvalues></node>
            </nodes>
            <edges>
              <edge id="0" source="0" target="1" weight="1.0" label="Convention insertion" start="2019-01-01" end="2022-12-31"/>
              <edge id="1" source="1" target="2" weight="2.0">
                <attvalues><attvalue for="nature" value="Mutualisation"/></attvalues>
                <spells><spell start="2021-03-01" end="2021-12-31"/><spell start="2023-01-01" end="Infinity"/></spells>
              </edge>
              <edge id="2" source="2" target="3" weight="1.0"/>
            </edges>
          </graph>
        </gexf>

        """

    @Test func aGephiFileGivesActorsWithTheirAttributesAndOneCooperationPerEdge() throws {
        let result = try Self.load("réseau.gexf", Self.gephi)
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.name) == ["CIAS de Lens", "Régie de quartier & Cie", "Jardin de Cocagne", "DLA 62"])
        #expect(dataset.actors.map(\.kind) == [.collectivite, .structure, .structure, .unknown])
        #expect(dataset.actors.first?.territories == ["Lens"])
        #expect(dataset.cooperations.map(\.name) == ["Convention insertion", "Régie de quartier & Cie – Jardin de Cocagne", "Jardin de Cocagne – DLA 62"])
        #expect(dataset.cooperations.map(\.form) == [.unknown, .mutualisation, .unknown])
        #expect(dataset.cooperations.map(\.summary) == ["Convention", "", "Convention"], "the attribute's default, where an edge gives no value")
        #expect(dataset.cooperations[0].started == PartialDate(year: 2019, month: 1, day: 1))
        #expect(dataset.cooperations[0].ended == PartialDate(year: 2022, month: 12, day: 31))
        #expect(dataset.cooperations[1].started == PartialDate(year: 2021, month: 3, day: 1), "the first spell's start")
        #expect(dataset.cooperations[1].ended == nil, "the last spell is open")
        #expect(dataset.memberships.count == 6)
        #expect(result.printed == [
            "réseau.gexf: warning: read as a network of actors: each node an actor (4), each edge a cooperation of the two nodes it joins (3)",
            "réseau.gexf: warning: territories.csv is absent: territories taken from the level columns (3 municipalities), each of the level of its column",
            "réseau.gexf:8: warning: node attribute \"Nom\" not read: it gives a column the file already gives",
            "réseau.gexf:9: warning: attribute \"Modularity Class\" not read: a measure, position or bookkeeping a network program (Gephi, Cytoscape, Maillage) adds; Maillage computes its own on these data (`maillage centrality`, `maillage clusters`)",
            "réseau.gexf:36: warning: edge weights not read (1 – 2, the first other than 1 here): in Maillage a tie's weight is the number of cooperations the pair shares, and each edge of the file is one",
        ], "\(result.printed)")
    }

    /// A dynamic GEXF's node times are when each actor entered and left the network, so
    /// `--at` and `compare` see it join.
    @Test func aDynamicGraphsNodesEnterAndLeave() throws {
        let text = """
            <gexf version="1.3"><graph mode="dynamic" timeformat="integer" defaultedgetype="undirected">
            <nodes>
            <node id="a" label="Mairie" start="2019"/>
            <node id="b" label="Biocoop"><spells><spell start="2021" end="2022"/></spells></node>
            <node id="c" label="Jardin"/>
            </nodes>
            <edges><edge source="a" target="c" start="2019"/><edge source="b" target="c" start="2021" end="2022"/></edges>
            </graph></gexf>
            """
        let result = try Self.load("dynamique.gexf", text)
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.map { "\($0.name) \($0.founded?.description ?? "") \($0.closed?.description ?? "")" } == [
            "Mairie 2019 ", "Biocoop 2021 2022", "Jardin  ",
        ])
        #expect(dataset.asOf(try #require(PartialDate(year: 2020))).actors.map(\.name) == ["Mairie", "Jardin"])
        #expect(dataset.asOf(try #require(PartialDate(year: 2023))).cooperations.map(\.name) == ["Mairie – Jardin"])
    }

    /// A value Maillage refuses is reported at the line of its node.
    @Test func aWrongValueIsReportedAtItsNodesLine() throws {
        let text = Self.gephi.replacingOccurrences(of: "value=\"SCIC\"", with: "value=\"Fusée\"")
        let result = try Self.load("réseau.gexf", text)
        #expect(result.dataset == nil)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.file == "réseau.gexf" && error.position.line == 29, "\(result.printed)")
        #expect(error.text.en.contains("Fusée"))
    }

    /// NetworkX's `write_graphml` of the Florentine families (ids are the names, no label)
    /// and its `write_pajek`: the same 15 actors and 20 ties as NetworkX.
    @Test func networkXFilesGiveTheSameNetwork() throws {
        let edges = [("Acciaiuoli", "Medici"), ("Medici", "Barbadori"), ("Medici", "Ridolfi"), ("Medici", "Tornabuoni"), ("Medici", "Albizzi"),
                     ("Medici", "Salviati"), ("Castellani", "Peruzzi"), ("Castellani", "Strozzi"), ("Castellani", "Barbadori"),
                     ("Peruzzi", "Strozzi"), ("Peruzzi", "Bischeri"), ("Strozzi", "Ridolfi"), ("Strozzi", "Bischeri"), ("Ridolfi", "Tornabuoni"),
                     ("Tornabuoni", "Guadagni"), ("Albizzi", "Ginori"), ("Albizzi", "Guadagni"), ("Salviati", "Pazzi"), ("Bischeri", "Guadagni"),
                     ("Guadagni", "Lamberteschi")]
        var names: [String] = []
        for (a, b) in edges { for name in [a, b] where !names.contains(name) { names.append(name) } }
        var graphML = """
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">

            """
        for name in names { graphML += "<node id=\"\(name)\" />\n" }
        for (a, b) in edges { graphML += "<edge source=\"\(a)\" target=\"\(b)\" />\n" }
        graphML += "</graph></graphml>\n"
        var pajek = "*vertices \(names.count)\n"
        for (i, name) in names.enumerated() { pajek += "\(i + 1) \(name) 0.0 0.0 ellipse\n" }
        pajek += "*edges\n"
        for (a, b) in edges { pajek += "\(names.firstIndex(of: a)! + 1) \(names.firstIndex(of: b)! + 1) 1.0\n" }
        for (name, text) in [("florentine.graphml", graphML), ("florentine.net", pajek)] {
            let result = try Self.load(name, text)
            #expect(!result.hasErrors, "\(result.printed)")
            let dataset = try #require(result.dataset)
            #expect(dataset.actors.map(\.name) == names, "\(name)")
            #expect(dataset.cooperations.map(\.name) == edges.map { "\($0.0) – \($0.1)" }, "\(name)")
            #expect(result.printed == ["\(name): warning: read as a network of actors: each node an actor (15), each edge a cooperation of the two nodes it joins (20)"])
        }
    }

    /// yEd keeps its labels in its graphics; its edges are directed, and a pair linked
    /// both ways shares two cooperations, which a warning says. The file alone in a
    /// folder is read as when it is given.
    @Test func aYEdFileIsReadWithItsLabels() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key attr.name="Commune" attr.type="string" for="node" id="d4"/>
              <key for="node" id="d6" yfiles.type="nodegraphics"/>
              <key for="edge" id="d10" yfiles.type="edgegraphics"/>
              <graph edgedefault="directed" id="G">
                <node id="n0">
                  <data key="d4"><![CDATA[Arras]]></data>
                  <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0.0" y="0.0"/>
                    <y:NodeLabel alignment="center">Maison de l'ESS</y:NodeLabel></y:ShapeNode></data>
                </node>
                <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Recyclerie du Ternois</y:NodeLabel></y:ShapeNode></data></node>
                <node id="n2"><data key="d6"><y:ShapeNode><y:NodeLabel>Épicerie solidaire</y:NodeLabel></y:ShapeNode></data></node>
                <edge id="e0" source="n0" target="n1">
                  <data key="d10"><y:PolyLineEdge><y:EdgeLabel>Accompagnement</y:EdgeLabel></y:PolyLineEdge></data>
                </edge>
                <edge id="e1" source="n1" target="n0"/>
                <edge id="e2" source="n1" target="n2"/>
              </graph>
            </graphml>

            """
        for alone in [false, true] {
            let result = try Self.load("partenariats.graphml", text, folder: alone)
            #expect(!result.hasErrors, "\(result.printed)")
            let dataset = try #require(result.dataset)
            #expect(dataset.actors.map(\.name) == ["Maison de l'ESS", "Recyclerie du Ternois", "Épicerie solidaire"])
            #expect(dataset.actors[0].territories == ["Arras"])
            #expect(dataset.cooperations.map(\.name) == ["Accompagnement", "Recyclerie du Ternois – Maison de l'ESS", "Recyclerie du Ternois – Épicerie solidaire"])
            #expect(result.printed.contains(
                "partenariats.graphml: warning: directed edges read as undirected cooperations: 1 pair linked both ways therefore shares two cooperations (a tie of weight 2)"))
        }
    }

    /// Nodes that list their cooperations (a « Coopérations » attribute, as Maillage's own
    /// export writes `cooperations`) give the memberships; the edges, their projection, are
    /// not read again, but name the cooperations.
    @Test func nodesListingTheirCooperationsGiveTheMemberships() throws {
        let text = """
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
              <attributes class="node"><attribute id="0" title="Coopérations" type="string"/></attributes>
              <attributes class="edge">
                <attribute id="0" title="cooperations" type="string"/><attribute id="1" title="cooperation_names" type="string"/>
                <attribute id="2" title="forms" type="string"/>
              </attributes>
              <nodes>
                <node id="a" label="Mairie"><attvalues><attvalue for="0" value="pole; tiers"/></attvalues></node>
                <node id="b" label="Biocoop"><attvalues><attvalue for="0" value="pole"/></attvalues></node>
                <node id="c" label="Jardins"><attvalues><attvalue for="0" value="tiers|seul"/></attvalues></node>
                <node id="d" label="Isolée"/>
              </nodes>
              <edges>
                <edge source="a" target="b"><attvalues><attvalue for="0" value="pole"/><attvalue for="1" value="Pôle alimentaire"/>
                  <attvalue for="2" value="mutualisation"/></attvalues></edge>
                <edge source="a" target="c"><attvalues><attvalue for="0" value="tiers"/><attvalue for="1" value="Tiers-lieu"/></attvalues></edge>
              </edges>
            </graph></gexf>
            """
        let result = try Self.load("projection.gexf", text)
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.name) == ["Mairie", "Biocoop", "Jardins", "Isolée"])
        #expect(dataset.cooperations.map(\.name) == ["Pôle alimentaire", "Tiers-lieu", "seul"])
        #expect(dataset.cooperations.map(\.form) == [.mutualisation, .unknown, .unknown])
        #expect(dataset.memberships.map { "\($0.cooperation) \($0.actor)" } == ["pole a", "tiers a", "pole b", "tiers c", "seul c"])
        #expect(result.printed.contains(
            "projection.gexf:2: warning: read as a network whose nodes list their cooperations (attribute \"Coopérations\", as Maillage exports them): 4 actors, 3 cooperations, 5 memberships; the 2 edges, their projection, are not read again as cooperations"),
            "\(result.printed)")
    }

    /// Cytoscape's GraphML: its own columns (`SUID`, `selected`, `shared name`,
    /// `interaction`) said in one warning, its `name` the node's label.
    @Test func aCytoscapeFileSaysItsOwnColumnsOnce() throws {
        let text = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="k0" for="node" attr.name="SUID" attr.type="long"/><key id="k1" for="node" attr.name="shared name" attr.type="string"/>
              <key id="k2" for="node" attr.name="name" attr.type="string"/><key id="k3" for="node" attr.name="selected" attr.type="boolean"/>
              <key id="k4" for="edge" attr.name="interaction" attr.type="string"/><key id="k5" for="node" attr.name="Commune" attr.type="string"/>
              <graph edgedefault="directed">
                <node id="n0"><data key="k0">52</data><data key="k1">Mairie</data><data key="k2">Mairie</data><data key="k3">false</data><data key="k5">Die</data></node>
                <node id="n1"><data key="k0">53</data><data key="k1">Biocoop</data><data key="k2">Biocoop</data><data key="k3">false</data></node>
                <edge source="n0" target="n1"><data key="k4">pp</data></edge>
              </graph>
            </graphml>
            """
        let result = try Self.load("cytoscape.graphml", text)
        let dataset = try #require(result.dataset, "\(result.printed)")
        #expect(dataset.actors.map(\.name) == ["Mairie", "Biocoop"])
        #expect(dataset.actors[0].territories == ["Die"])
        #expect(result.printed.filter { $0.contains("not read") || $0.contains("unknown column") } == [
            "cytoscape.graphml:2: warning: attributes not read: \"SUID\", \"shared name\", \"selected\", \"interaction\", measures, positions or bookkeeping a network program (Gephi, Cytoscape, Maillage) adds; Maillage computes its own on these data (`maillage centrality`, `maillage clusters`)",
        ], "\(result.printed)")
    }

    /// Two-mode networks: Pajek's `*Vertices n n₁` in Windows-1252, and NetworkX's
    /// `bipartite` attribute, give actors, cooperations and memberships.
    @Test func twoModeNetworksGiveMemberships() throws {
        let pajek = Array("""
            % Marvel, abridged
            *Vertices 6 4
            1 "Spider-Man"
            2 "Mary Jane"
            3 "Iron Man"
            4 "Héloïse"
            5 "ASM 1"
            6 "ASM 2"
            *Edges
            1 5
            2 5
            1 6
            3 6
            4 6
            5 6

            """.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })  // Latin-1 = Windows-1252 here
        let result = try Self.load("marvel.net", pajek)
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.name) == ["Spider-Man", "Mary Jane", "Iron Man", "Héloïse"])
        #expect(dataset.cooperations.map(\.name) == ["ASM 1", "ASM 2"])
        #expect(dataset.memberships.map { "\($0.cooperation) \($0.actor)" } == ["5 1", "5 2", "6 1", "6 3", "6 4"])
        #expect(result.printed.contains { $0.hasPrefix("marvel.net:6:5: warning: read as Windows-1252") && $0.hasSuffix("re-save it as UTF-8") }, "\(result.printed)")
        #expect(result.printed.contains("marvel.net: warning: read as a two-mode network: the nodes of the first mode are the actors (4), those of the second the cooperations (2), each edge a membership (5)"))
        #expect(result.printed.contains("marvel.net:15: warning: 1 edge between two cooperations not read (the first here): Maillage links actors through cooperations"))
        // Saved as text (the Marvel network's `porgat.txt`), with a membership listed twice:
        // read as Pajek, the duplicate named by its labels.
        let text = try Self.load("porgat.txt", pajek + Array("1 5\n".utf8))
        #expect(text.dataset?.memberships.count == 5, "\(text.printed)")
        #expect(text.printed.contains("porgat.txt:16: warning: duplicate membership of \"Spider-Man\" (1) in \"ASM 1\" (5) (first on line 10); this row is ignored"), "\(text.printed)")

        let davis = """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d0" for="node" attr.name="bipartite" attr.type="long" />
              <graph edgedefault="undirected">
                <node id="Evelyn Jefferson"><data key="d0">0</data></node>
                <node id="Laura Mandeville"><data key="d0">0</data></node>
                <node id="E1"><data key="d0">1</data></node>
                <node id="E2"><data key="d0">1</data></node>
                <edge source="Evelyn Jefferson" target="E1" />
                <edge source="E2" target="Laura Mandeville" />
                <edge source="Evelyn Jefferson" target="E2" />
              </graph>
            </graphml>
            """
        let women = try Self.load("davis.graphml", davis)
        #expect(!women.hasErrors, "\(women.printed)")
        let events = try #require(women.dataset)
        #expect(events.actors.map(\.name) == ["Evelyn Jefferson", "Laura Mandeville"])
        #expect(events.cooperations.map(\.name) == ["E1", "E2"])
        #expect(events.memberships.map { "\($0.cooperation) \($0.actor)" } == ["E1 Evelyn Jefferson", "E2 Laura Mandeville", "E2 Evelyn Jefferson"])
    }

    /// A network drawn by hand in Gephi, actors and projects as nodes told apart by their
    /// « Type »: the projects are cooperations, each actor–project edge a membership, an
    /// edge between two actors a cooperation of the two, one between two projects said.
    @Test func nodesTypedAsProjectsAreCooperations() throws {
        let text = """
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
            <attributes class="node"><attribute id="0" title="Type" type="string"/><attribute id="1" title="Commune" type="string"/></attributes>
            <nodes>
            <node id="1" label="Mairie de Die"><attvalues><attvalue for="0" value="Collectivité"/><attvalue for="1" value="Die"/></attvalues></node>
            <node id="2" label="Biocoop"><attvalues><attvalue for="0" value="SCIC"/></attvalues></node>
            <node id="3" label="DLA Drôme"><attvalues><attvalue for="0" value="Structure d'appui"/></attvalues></node>
            <node id="p1" label="Pôle alimentaire"><attvalues><attvalue for="0" value="Projet"/><attvalue for="1" value="Die"/></attvalues></node>
            <node id="p2" label="Tiers-lieu"><attvalues><attvalue for="0" value="projet"/></attvalues></node>
            </nodes>
            <edges>
            <edge source="1" target="p1"/><edge source="p1" target="2"/><edge source="1" target="p2"/>
            <edge source="3" target="2" label="Accompagnement DLA"/>
            <edge source="p1" target="p2"/>
            </edges></graph></gexf>
            """
        let result = try Self.load("réseau.gexf", text)
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.name) == ["Mairie de Die", "Biocoop", "DLA Drôme"])
        #expect(dataset.actors.map(\.kind) == [.collectivite, .structure, .appui])
        #expect(dataset.cooperations.map(\.name) == ["Pôle alimentaire", "Tiers-lieu", "Accompagnement DLA"])
        #expect(dataset.cooperations[0].territories == ["Die"])
        #expect(dataset.memberships.map { "\($0.cooperation) \($0.actor)" } == ["p1 1", "p1 2", "p2 1", "3+2 3", "3+2 2"])
        #expect(result.printed.contains(
            "réseau.gexf: warning: read as a two-mode network: the nodes of the first mode are the actors (3), those of the second the cooperations (2), each edge a membership (3); an edge between two actors is a cooperation of the two (1)"),
            "\(result.printed)")
        #expect(result.printed.contains(
            "réseau.gexf:13: warning: 1 edge between two cooperations not read (the first here): Maillage links actors through cooperations"),
            "\(result.printed)")
    }

    /// Pajek's lists and arcs, comments, unlisted vertices, and a project's second network.
    @Test func pajekListsArcsAndProjects() throws {
        let text = """
            *Network Partenariats
            % commentaire
            *Vertices 4
            1 "Centre social"
            2 Mairie
            *Arcslist
            1 2 3
            *Edges
            3 4 2
            *Partition classes
            *Vertices 4
            1
            2
            """
        let result = try Self.load("projet.paj", text)
        #expect(!result.hasErrors, "\(result.printed)")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.name) == ["Centre social", "Mairie", "3", "4"], "a vertex with no line is named by its number")
        #expect(dataset.cooperations.map(\.name) == ["Centre social – Mairie", "Centre social – 3", "3 – 4"])
        #expect(result.printed.contains("projet.paj:9: warning: edge weights not read (2, the first other than 1 here): in Maillage a tie's weight is the number of cooperations the pair shares, and each edge of the file is one"))
    }

    /// Hostile and broken files: each refused with its reason, at its line when it has one.
    @Test func brokenAndHostileFilesAreRefusedWithTheirLine() throws {
        let cases: [(String, String, String)] = [
            ("a.gexf", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n<gexf><graph/></gexf>",
             "a.gexf: error: refused: a.gexf declares a DTD or entities, which a GEXF file does not need (entity expansion can make a small file huge)"),
            ("b.gexf", "<gexf>\n<graph>\n<nodes>\n<node id=\"1\">\n</graph></gexf>", "b.gexf: error: not a GEXF file: b.gexf is not well-formed XML (line 5)"),
            ("c.graphml", "<gexf><graph/></gexf>", "c.graphml: error: not a GraphML file: its root element is not <graphml>"),
            ("d.gexf", "<gexf><graph><nodes>\n<node label=\"x\"/>\n</nodes></graph></gexf>", "d.gexf:2: error: node without an id attribute"),
            ("e.graphml", "<graphml><graph>\n<node id=\"a\"/>\n<edge source=\"a\"/>\n</graph></graphml>",
             "e.graphml:3: error: edge without \"target\": an edge joins two nodes"),
            ("f.net", "*Vertices 2\n*Edges\n1 3\n", "f.net:3: error: \"3\" is not a vertex number (1 to 2)"),
            ("g.net", "1 2\n", "g.net: error: not a Pajek file: no \"*Vertices\" line"),
        ]
        for (name, text, message) in cases {
            let result = try Self.load(name, text)
            #expect(result.dataset == nil, "\(name)")
            #expect(result.printed.contains(message), "\(name): \(result.printed)")
        }
    }

    /// A graph file over 512 MiB is refused before it is parsed, with what to do.
    @Test func aGraphFileTooLargeIsRefused() throws {
        let folder = try ScratchFolder("graph-huge")
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("énorme.gexf").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("<gexf>".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(GraphFile.maximumBytes + 1))  // sparse: no disk used
        try handle.close()
        let result = DatasetLoader.load(folder: URL(fileURLWithPath: path))
        #expect(result.dataset == nil)
        #expect(result.printed == [
            "énorme.gexf: error: graph file of 512 MiB: past 512 MiB, reading it would take over 4 GiB of memory; give the network as CSV (a list of ties Source, Target, or its memberships)",
        ], "\(result.printed)")
    }

    /// A graph file beside Maillage's tables, or beside another graph file, is not read.
    @Test func aGraphFileBesideOtherTablesIsNotRead() throws {
        let folder = try ScratchFolder("graph-beside")
        defer { folder.remove() }
        try folder.write([
            "memberships.csv": Array("cooperation,actor\nPôle,Mairie\nPôle,Centre social\n".utf8),
            "réseau.gexf": Array(Self.gephi.utf8),
        ])
        let result = DatasetLoader.load(folder: folder.url)
        #expect(!result.hasErrors)
        #expect(result.dataset?.actors.count == 2)
        #expect(result.printed.contains(
            "réseau.gexf: warning: not read: the folder holds Maillage's tables; a graph file is analysed on its own (maillage summary \"réseau.gexf\")"))
    }

    /// Mangled graph files (bytes changed, cut and copied at random): each load ends with
    /// a dataset or with errors, never a crash, and errors leave no dataset.
    @Test func mangledGraphFilesNeverCrash() throws {
        let pajek = "*Vertices 5 3\n1 \"A\"\n2 \"B\"\n3 C\n4 \"P1\"\n5 \"P2\"\n*Edges\n1 4\n2 4\n3 5 2\n*Arcslist\n1 5\n"
        let samples: [(String, [UInt8])] = [("g.gexf", Array(Self.gephi.utf8)), ("g.net", Array(pajek.utf8))]
        var random = FuzzRandom(seed: 20261205)
        let folder = try ScratchFolder("graph-fuzz")
        defer { folder.remove() }
        for (name, sample) in samples {
            for _ in 0..<150 {
                var bytes = sample
                for _ in 0..<(1 + random.below(10)) {
                    let at = random.below(bytes.count)
                    switch random.below(3) {
                    case 0: bytes[at] = UInt8(random.below(256))
                    case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(30)))
                    default:
                        let from = random.below(bytes.count)
                        bytes.insert(contentsOf: bytes[from..<min(bytes.count, from + 1 + random.below(40))], at: at)
                    }
                    if bytes.isEmpty { bytes = sample }
                }
                try folder.write([name: bytes])
                let result = DatasetLoader.load(folder: folder.url.appendingPathComponent(name))
                #expect((result.dataset == nil) == result.hasErrors, "\(result.printed)")
            }
        }
    }
}
