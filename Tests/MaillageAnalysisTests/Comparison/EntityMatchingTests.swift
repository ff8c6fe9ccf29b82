import MaillageModel
import Testing
@testable import MaillageAnalysis

/// Issue 16, item 3: two datasets are matched by id, then by the loader's name
/// reconciliation (aliases tables, folded names), and the counts say how.
@Suite struct EntityMatchingTests {
    typealias Row = (id: String, name: String)

    @Test func idsFirstThenFoldedNamesAsTheLoaderFoldsThem() {
        let old: [Row] = [("a1", "Mairie d'Arras"), ("a2", "Œuvre de la Soupe"), ("a3", "Réseau Économie Solidaire"),
                          ("a4", "Garage Solidaire"), ("a5", "Ａｓｓｏ Ｌｏｎｇｕｅ")]
        let new: [Row] = [("a1", "Mairie d’Arras"), ("x2", "OEUVRE DE LA SOUPE"), ("x3", "reseau-economie-solidaire"),
                          ("x6", "Nouvelle asso"), ("x5", "asso longue")]
        let m = EntityMatching(old: old, new: new)
        #expect(m.matchedByID == 1)
        #expect(m.matchedByAlias == 0)
        #expect(m.matchedByName == 3)
        #expect(m.newOfOld == [0, 1, 2, nil, 4])
        #expect(m.onlyOld == [3] && m.onlyNew == [3])
        // The one normalisation: « œ » spelt out, width, accents, case and punctuation folded.
        #expect(NameMatching.folded("Œuvre de la Soupe") == NameMatching.folded("OEUVRE DE LA SOUPE"))
        #expect(NameMatching.folded("Ａｓｓｏ Ｌｏｎｇｕｅ") == "assolongue")
    }

    @Test func twoDatesOfOneDatasetMatchByIdOnly() {
        let m = EntityMatching(old: [("c1", "Coop")], new: [("c2", "Coop")], byName: false,
                               aliases: ([], [DatasetAlias(alias: "c1", id: "c2")]))
        #expect(m.matched == 0 && m.onlyOld == [0] && m.onlyNew == [0])
    }

    @Test func aNameHeldByTwoRowsMatchesNeither() {
        let m = EntityMatching(old: [("a", "Asso"), ("b", "ASSO")], new: [("x", "asso")])
        #expect(m.matched == 0)
        #expect(m.onlyOld == [0, 1] && m.onlyNew == [0])
    }

    @Test func aliasesTablesOfEitherDatasetMatchRowsBeforeNames() {
        // New dataset: "APF" is an alias of apf-62 (the old id and the old name both hit it);
        // old dataset: "Ressourcerie" (folded) is an alias of r1, the name of a new row.
        let old: [Row] = [("apf", "APF"), ("r1", "Ressourcerie du Diois"), ("d", "DLA")]
        let new: [Row] = [("apf-62", "Association des paralysés de France"), ("rd", "ressourcerie"), ("dla", "D.L.A.")]
        let m = EntityMatching(old: old, new: new, aliases: (old: [DatasetAlias(alias: "Ressourcerie", id: "r1")],
                                                             new: [DatasetAlias(alias: "APF", id: "apf-62")]))
        #expect(m.matchedByID == 0 && m.matchedByAlias == 2 && m.matchedByName == 1)
        #expect(m.newOfOld == [0, 1, 2])
    }

    @Test func anAliasNamingAnAlreadyMatchedRowIsIgnored() {
        let m = EntityMatching(old: [("a", "A"), ("b", "B")], new: [("a", "A")], aliases: ([], [DatasetAlias(alias: "B", id: "a")]))
        #expect(m.matchedByID == 1 && m.matchedByAlias == 0 && m.onlyOld == [1])
    }
}
