import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// A CSV row that stops before the header's last columns, as a file typed by hand or
/// written by a script that drops empty trailing cells leaves it.
@Suite struct ShortRowsTests {
    /// Rows lacking optional trailing cells are read, their missing cells empty, with one
    /// warning for the table.
    @Test func rowsLackingOptionalTrailingCellsAreRead() throws {
        let folder = try ScratchFolder("short-rows")
        defer { folder.remove() }
        try folder.write([
            "actors.csv": Array("id,name,kind,territories,legal_form\na1,Recyclerie,association,62041,\na2,Régie,association\na3,Mairie,collectivite\n".utf8),
            "memberships.csv": Array("cooperation,actor,role\nc1,a1,porteur\nc1,a2\nc1,a3,membre\n".utf8),
        ])
        let result = DatasetLoader.load(folder: folder.url)
        #expect(result.errors.isEmpty, "\(result.diagnostics.map(\.description))")
        let dataset = try #require(result.dataset)
        #expect(dataset.actors.map(\.id) == ["a1", "a2", "a3"])
        #expect(dataset.actors[1].territories.isEmpty && dataset.actors[1].name == "Régie")
        #expect(dataset.memberships.first { $0.actor == "a2" }?.role == .membre, "a missing role is the default one")
        let said = result.warnings.map(\.description)
        #expect(said.contains(
            "actors.csv:3:21: warning: row shorter than the header: 3 cells where the header has 5 (missing from column \"territories\" on); the missing cells read as empty (and 1 more row)"),
            "\(said)")
        #expect(said.contains(
            "memberships.csv:3:6: warning: row shorter than the header: 2 cells where the header has 3 (missing from column \"role\" on); the missing cells read as empty"),
            "\(said)")
    }

    /// A row cut by a line break typed in an unquoted cell (two rows whose cells add up to
    /// one more than the header's),
    /// one lacking a required cell, or one holding the other delimiter stays an error.
    @Test func brokenRowsStayErrors() throws {
        let folder = try ScratchFolder("broken-rows")
        defer { folder.remove() }
        try folder.write([
            "actors.csv": Array("id,name,kind,summary\na1,Recyclerie du\nTernois,association,ok\na2,Régie,association,ok\n".utf8),
            "memberships.csv": Array("cooperation,actor,role\nc1\nc1;a2;membre\nc1,a1,membre\n".utf8),
        ])
        let result = DatasetLoader.load(folder: folder.url)
        let errors = result.errors.map(\.description)
        #expect(errors.contains("actors.csv:2:17: error: 2 cells where the header has 4 (missing from column \"kind\" on)"), "\(errors)")
        #expect(errors.contains("actors.csv:3:23: error: 3 cells where the header has 4 (missing from column \"summary\" on)"), "\(errors)")
        #expect(errors.contains("memberships.csv:2:3: error: 1 cells where the header has 3 (missing from column \"actor\" on)"), "\(errors)")
        #expect(errors.contains { $0.hasPrefix("memberships.csv:3:") && $0.contains("use one delimiter throughout the file") }, "\(errors)")
        #expect(!result.warnings.contains { $0.description.contains("row shorter than the header") }, "\(result.warnings.map(\.description))")
    }
}
