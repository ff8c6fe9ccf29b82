import Foundation
import Testing

/// `maillage report` end to end: the bundled dataset's report in both languages, and a
/// dataset whose strings carry script and event-handler payloads, which must stay text.
/// (Tests/Browser/report_browser_test.py opens the same pages in Chromium.)
@Suite struct ReportCommandTests {
    let hostile = repositoryRoot.appendingPathComponent("Tests/Fixtures/hostile-names").path

    private func report(_ arguments: [String]) throws -> (result: ProcessResult, html: String?) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try runMaillage(["report"] + arguments + ["-o", url.path], in: repositoryRoot)
        return (result, FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) })
    }

    private func data(_ page: HTMLInspection) throws -> [String: Any] {
        let block = try #require(page.scripts.first { $0.attributes["type"] == "application/json" && $0.attributes["id"] == "report-data" })
        return try #require(try JSONSerialization.jsonObject(with: Data(block.content.utf8)) as? [String: Any])
    }

    private func rows(_ page: HTMLInspection, table: String) -> Int {
        // Rows of a table: the <tr> elements after the table's <tbody>, up to the next table.
        guard let start = page.elements.firstIndex(where: { $0.attributes["id"] == table }) else { return -1 }
        var count = 0, inBody = false
        for element in page.elements[(start + 1)...] {
            if element.name == "table" { break }
            if element.name == "tbody" { inBody = true }
            if inBody && element.name == "tr" { count += 1 }
        }
        return count
    }

    @Test func theBundledDatasetsReportIsOneSelfContainedPage() throws {
        let (result, html) = try report([])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("rapport écrit"))
        let text = try #require(html)
        #expect(text.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        let page = HTMLInspection(text)
        #expect(page.problems.isEmpty, "\(page.problems.prefix(5))")

        // Nothing to fetch: no src, no external href, no stylesheet link, a CSP that forbids it.
        for element in page.elements {
            #expect(element.attributes["src"] == nil, "\(element.name) has a src")
            if let href = element.attributes["href"] { #expect(href.hasPrefix("#") || href.hasPrefix("data:"), "\(element.name) href=\(href)") }
        }
        let policy = try #require(page.all("meta").first { $0.attributes["http-equiv"] == "Content-Security-Policy" }?.attributes["content"])
        #expect(policy.contains("default-src 'none'") && policy.contains("script-src 'sha256-"))
        #expect(!policy.contains("unsafe-eval") && !policy.contains("script-src 'unsafe-inline'"))
        #expect(page.scripts.count == 2)

        // Summary, map, hubs, clusters, territories, cooperations, actors, provenance.
        for id in ["chiffres", "carte", "tetes-de-pont", "groupes", "territoires", "cooperations", "acteurs", "source", "map", "search", "panel"] {
            #expect(page.element(id: id) != nil, "missing #\(id)")
        }
        // The cooperation map's nodes and ties (the geographic map's ids start with `geo-`).
        #expect(page.all("g").filter { $0.attributes["class"]?.hasPrefix("node actor") == true && $0.attributes["id"]?.hasPrefix("actor-") == true }.count == 73)
        #expect(page.all("g").filter { $0.attributes["class"] == "edge tie" && $0.attributes["id"]?.hasPrefix("tie-") == true }.count == 277)
        #expect(page.all("g").filter { $0.attributes["class"]?.hasPrefix("node actor") == true && $0.attributes["id"]?.hasPrefix("geo-actor-") == true }.count == 47)
        #expect(page.element(id: "actor-apes") != nil)
        #expect(rows(page, table: "table-hubs") == 10)
        #expect(rows(page, table: "table-cooperations") == 20)
        #expect(rows(page, table: "table-acteurs") == 85)
        #expect(rows(page, table: "table-territoires") >= 2)
        // Every column header of the sortable tables says how it sorts.
        let headers = page.all("th").filter { $0.attributes["scope"] == "col" }
        #expect(headers.count > 30 && headers.allSatisfy { $0.attributes["data-type"] != nil })
        #expect(page.text.contains("Dispositif local d'accompagnement (DLA)"))
        #expect(page.text.contains("Source des données") && page.text.contains("La Coopération dans le Pas-de-Calais"))
        // The booklet's aliases table, said where the data are described.
        #expect(page.text.contains("Table des alias : 6 noms lus comme un autre (« dla-collectif-artois-insertion » → « dla », "), "\(page.text.suffix(3000))")

        // The script's data: every actor and cooperation, every tie of the projected graph.
        let json = try data(page)
        // Column by column (Report.pageData): one name per actor and cooperation, each tie once.
        #expect(((json["actors"] as? [String: Any])?["name"] as? [String])?.count == 85)
        #expect(((json["cooperations"] as? [String: Any])?["name"] as? [String])?.count == 20)
        #expect(((json["ties"] as? [String: Any])?["gaps"] as? [Int])?.count == 277)  // for each actor, gaps to its partners after it
        #expect(json["lang"] as? String == "fr")
    }

    @Test func englishWithLangEn() throws {
        let (result, html) = try report(["--lang", "en", "--top", "5"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = HTMLInspection(try #require(html))
        #expect(page.problems.isEmpty, "\(page.problems.prefix(5))")
        #expect(page.elements.first?.attributes["lang"] == "en")
        #expect(page.text.contains("Cooperation network — pas-de-calais-2015"))
        #expect(page.text.contains("Facilitator hubs") && page.text.contains("Data source"))
        #expect(!page.text.contains("Têtes de pont"))
        #expect(rows(page, table: "table-hubs") == 5)
        #expect((try data(page)["text"] as? [String: String])?["partners"] == "Partners")
    }

    @Test func hostileNamesStayText() throws {
        let (result, html) = try report([hostile])
        #expect(result.status == 0, "\(result.stderr)")
        let raw = try #require(html)
        let page = HTMLInspection(raw)
        #expect(page.problems.isEmpty, "\(page.problems.prefix(5))")
        // No element or attribute came from the data.
        #expect(page.scripts.count == 2)
        #expect(page.all("img").isEmpty && page.all("b").isEmpty && page.all("iframe").isEmpty)
        for element in page.elements {
            #expect(!element.attributes.keys.contains { $0.hasPrefix("on") }, "<\(element.name)> has an event handler")
            if let href = element.attributes["href"] { #expect(!href.lowercased().contains("javascript:")) }
        }
        for payload in ["<script>alert(1)</script>", "<b onmouseover=\"alert(2)\">gras</b>", "<img src=x onerror=alert(4)>",
                        "</script><script>alert(5)</script>"] {
            #expect(!raw.contains(payload), "raw payload \(payload)")
            #expect(page.text.contains(payload), "payload not shown as text: \(payload)")
        }
        #expect(!raw.contains("javascript:alert"))
        // The JSON block carries the names exactly, and could not close its element.
        let block = try #require(page.scripts.first { $0.attributes["type"] == "application/json" })
        #expect(!block.content.contains("<") && !block.content.contains(">"))
        let actors = try #require(try data(page)["actors"] as? [String: Any])
        let names = Set(try #require(actors["name"] as? [String]))
        #expect(names.contains("<script>alert(1)</script>"))
        #expect(names.contains("ligne une\nligne deux"))
        #expect(names.contains("back\\slash \\N \\G \\l"))
        #expect((actors["website"] as? [String])?.allSatisfy(\.isEmpty) == true)
    }

    @Test func refusesWhatItCannotWrite() throws {
        let wrongExtension = try runMaillageInEnglish(["report", "-o", "/tmp/report.svg"], in: repositoryRoot)
        #expect(wrongExtension.status != 0)
        #expect(wrongExtension.stderr.contains(".html"))
        let missingFolder = try runMaillageInEnglish(["report", "-o", "/nonexistent-folder/r.html"], in: repositoryRoot)
        #expect(missingFolder.status != 0)
        #expect(missingFolder.stderr.contains("does not exist"))
        let zeroTop = try runMaillageInEnglish(["report", "-o", "/tmp/r.html", "--top", "0"], in: repositoryRoot)
        #expect(zeroTop.status != 0)
    }
}
