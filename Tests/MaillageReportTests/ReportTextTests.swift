import Foundation
import MaillageAnalysis
import Testing
@testable import MaillageReport

/// Words and numbers in the report's two languages, the README reader, the website
/// filter and the SVG guard.
@Suite struct ReportTextTests {
    @Test func numbersFollowTheLanguage() {
        #expect(ReportLanguage.fr.decimal(0.0583, digits: 3) == "0,058")
        #expect(ReportLanguage.en.decimal(0.0583, digits: 3) == "0.058")
        #expect(ReportLanguage.fr.decimal(-0.1, digits: 2) == "−0,10")
        #expect(ReportLanguage.fr.decimal(-0.0001, digits: 2) == "0,00")
        #expect(ReportLanguage.fr.decimal(.nan, digits: 2) == "–")
        #expect(ReportLanguage.fr.integer(1234567) == "1\u{202F}234\u{202F}567")
        #expect(ReportLanguage.en.integer(1234567) == "1,234,567")
        #expect(ReportLanguage.en.integer(999) == "999")
    }

    @Test func hubReasonsInBothLanguages() {
        let names = ["Communauté d'agglomération du Boulonnais", "CA Artois Comm", "C", "D", "E"]
        let pairs = [DepartureImpact.GroupPair(0, 1), DepartureImpact.GroupPair(0, 2), DepartureImpact.GroupPair(1, 2), DepartureImpact.GroupPair(3, 4)]
        let cases: [(HubReason, String, String)] = [
            // The English verbs follow the roles' English names: animateur "facilitator", porteur "lead".
            (.animates(3), "anime 3 coopérations", "facilitates 3 cooperations"),
            (.carries(2), "porte 2 coopérations", "leads 2 cooperations"),
            (.supports(1), "accompagne 1 coopération", "supports 1 cooperation"),
            (.betweennessRank(1), "première intermédiarité du réseau", "highest betweenness in the network"),
            (.betweennessRank(2), "intermédiarité au 2e rang du réseau", "betweenness ranked 2nd in the network"),
            (.betweennessRank(13), "intermédiarité au 13e rang du réseau", "betweenness ranked 13th in the network"),
            (.onlyLink(pairs, cutters: [1, 1, 1, 1]), "seul lien entre CA du Boulonnais et CA Artois Comm, entre CA du Boulonnais et C, entre CA Artois Comm et C (et 1 autre paire)",
             "only link between CA du Boulonnais and CA Artois Comm, between CA du Boulonnais and C, between CA Artois Comm and C (and 1 other pair)"),
            (.onlyLink(pairs, cutters: [2, 1, 3, 0]),
             "seul lien entre CA du Boulonnais et C ; l'un des deux passages obligés entre CA du Boulonnais et CA Artois Comm ; l'un des 3 passages obligés entre CA Artois Comm et C ; passage obligé entre D et E",
             "only link between CA du Boulonnais and C ; one of the two necessary links between CA du Boulonnais and CA Artois Comm ; one of the 3 necessary links between CA Artois Comm and C ; a necessary link between D and E"),
            (.articulation(disconnectedPairs: 12, componentsCreated: 1), "son départ couperait 12 paires d'acteurs (2 morceaux)",
             "its departure would cut 12 pairs of actors (2 pieces)"),
            (.brokersBetweenTerritories(liaison: 1, itinerant: 0), "courtier : 1 mise en relation entre territoires tiers",
             "broker: 1 introduction between two other territories"),
        ]
        for (reason, french, english) in cases {
            #expect(reason.text(territoryNames: names, language: .fr) == french)
            #expect(reason.text(territoryNames: names, language: .en) == english)
        }
    }

    @Test func readmeBlocks() {
        let blocks = ProvenanceText.blocks("# Titre\n\nUn paragraphe\nsur deux lignes.\n\n- un\n- deux\n  suite\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n1. premier\n2. second\n")
        #expect(blocks == [
            .heading(1, "Titre"), .paragraph("Un paragraphe sur deux lignes."), .list(ordered: false, items: ["un", "deux suite"]),
            .table([["a", "b"], ["1", "2"]]), .list(ordered: true, items: ["premier", "second"]),
        ])
        #expect(ProvenanceText.blocks("validé le 18 février\n2014. Suite") == [.paragraph("validé le 18 février 2014. Suite")])
        let inline = HTMLNode.el("p", [:], ProvenanceText.inline("**<b>** `<i>` [lien](javascript:x) fin")).rendered()
        #expect(inline == "<p><strong>&lt;b&gt;</strong> <code>&lt;i&gt;</code> lien (javascript:x) fin</p>")
    }

    @Test func onlyWebAddressesBecomeLinks() {
        #expect(Report.safeWebsite("www.ess62.fr") == "https://www.ess62.fr")
        #expect(Report.safeWebsite("http://apes-hdf.org/page?x=1") == "http://apes-hdf.org/page?x=1")
        #expect(Report.safeWebsite("HTTPS://Example.org") == "HTTPS://Example.org")
        for bad in ["javascript:alert(3)", "JavaScript:alert(1)", "data:text/html,<script>", "https://", "http://a b", "\"><svg onload=x>",
                    "vbscript:x", "ess62", "www.ess62.fr\"onmouseover=\"x", "", "file:///etc/passwd", "//evil.example"] {
            #expect(Report.safeWebsite(bad) == nil, "\(bad)")
        }
    }

    @Test func inlineSVGKeepsOnlyTheSVGElement() throws {
        let graphviz = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"
         "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <!-- Generated by graphviz version 2.43.0 (0)
         -->
        <svg width="10pt" height="10pt" viewBox="0 0 10 10">
        <!-- n0 -->
        <g id="actor&#45;a" class="node actor"><a xlink:title="&lt;b onmouseover=&quot;alert(2)&quot;&gt;"><text>x</text></a></g>
        </svg>

        """
        let svg = try InlineSVG(graphvizSVG: graphviz)
        #expect(svg.markup.hasPrefix("<svg width=\"10pt\""))
        #expect(svg.markup.hasSuffix("</svg>"))
        #expect(!svg.markup.contains("<!--") && !svg.markup.contains("<?xml") && !svg.markup.contains("DOCTYPE"))
        #expect(svg.markup.contains("onmouseover=&quot;"))  // escaped text in a value is not a handler

        for active in ["<svg><script>alert(1)</script></svg>", "<svg><foreignObject><p>x</p></foreignObject></svg>",
                       "<svg><g onload=\"alert(1)\"></g></svg>", "<svg><a onclick='x'></a></svg>", "<svg><!-- open </svg>", "no svg here",
                       "<svg></svg><svg></svg>"] {
            #expect(throws: InlineSVG.Problem.self) { try InlineSVG(graphvizSVG: active) }
        }
    }
}
