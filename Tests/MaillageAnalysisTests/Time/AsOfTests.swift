import MaillageModel
import Testing
@testable import MaillageAnalysis

/// `Dataset.asOf`: the dataset as it stood at a date equals the undated dataset built
/// from the rows alive that day, and every analysis of it is the same.
@Suite struct AsOfTests {
    static func y(_ text: String) -> PartialDate { PartialDate(text)! }

    /// Eight actors, four cooperations; dates on every kind of row.
    static let dated: Dataset = {
        let actors = [
            Actor(id: "a1", kind: .collectivite), Actor(id: "a2", kind: .structure), Actor(id: "a3", kind: .structure),
            Actor(id: "a4", kind: .structure, founded: y("2020")), Actor(id: "a5", kind: .entreprise, closed: y("2019-06")),
            Actor(id: "a6", kind: .structure), Actor(id: "a7", kind: .appui), Actor(id: "a8", kind: .structure, founded: y("2018-03-01")),
        ]
        let cooperations = [
            Cooperation(id: "c1", started: y("2015")), Cooperation(id: "c2", started: y("2019"), ended: y("2020")),
            Cooperation(id: "c3"), Cooperation(id: "c4", started: y("2021")),
        ]
        let memberships = [
            Membership(cooperation: "c1", actor: "a1", role: .animateur), Membership(cooperation: "c1", actor: "a2"),
            Membership(cooperation: "c1", actor: "a3", since: y("2019-09")), Membership(cooperation: "c1", actor: "a4"),
            Membership(cooperation: "c2", actor: "a3"), Membership(cooperation: "c2", actor: "a5"), Membership(cooperation: "c2", actor: "a6"),
            Membership(cooperation: "c3", actor: "a6"), Membership(cooperation: "c3", actor: "a7", until: y("2019")),
            Membership(cooperation: "c3", actor: "a8"), Membership(cooperation: "c4", actor: "a1"), Membership(cooperation: "c4", actor: "a8"),
        ]
        return Dataset(name: "daté", actors: actors, cooperations: cooperations, memberships: memberships, territories: [])
    }()

    /// The undated dataset of the rows alive at `date`, written out by hand.
    static func expected(_ date: String) -> Dataset {
        let (actors, cooperations, memberships): ([String], [String], [(String, String)]) = switch date {
        case "2018": (["a1", "a2", "a3", "a5", "a6", "a7", "a8"], ["c1", "c3"],
                      [("c1", "a1"), ("c1", "a2"), ("c3", "a6"), ("c3", "a7"), ("c3", "a8")])
        case "2019-06": (["a1", "a2", "a3", "a5", "a6", "a7", "a8"], ["c1", "c2", "c3"],
                         [("c1", "a1"), ("c1", "a2"), ("c2", "a3"), ("c2", "a5"), ("c2", "a6"), ("c3", "a6"), ("c3", "a7"), ("c3", "a8")])
        case "2019": (["a1", "a2", "a3", "a6", "a7", "a8"], ["c1", "c2", "c3"],
                      [("c1", "a1"), ("c1", "a2"), ("c1", "a3"), ("c2", "a3"), ("c2", "a6"), ("c3", "a6"), ("c3", "a7"), ("c3", "a8")])
        case "2020": (["a1", "a2", "a3", "a4", "a6", "a7", "a8"], ["c1", "c2", "c3"],
                      [("c1", "a1"), ("c1", "a2"), ("c1", "a3"), ("c1", "a4"), ("c2", "a3"), ("c2", "a6"), ("c3", "a6"), ("c3", "a8")])
        default: (["a1", "a2", "a3", "a4", "a6", "a7", "a8"], ["c1", "c3", "c4"],
                  [("c1", "a1"), ("c1", "a2"), ("c1", "a3"), ("c1", "a4"), ("c3", "a6"), ("c3", "a8"), ("c4", "a1"), ("c4", "a8")])
        }
        let kinds = Dictionary(uniqueKeysWithValues: dated.actors.map { ($0.id, $0.kind) })
        let roles = Dictionary(uniqueKeysWithValues: dated.memberships.map { ("\($0.cooperation)/\($0.actor)", $0.role) })
        return Dataset(name: "daté", actors: actors.map { Actor(id: $0, kind: kinds[$0]!) }, cooperations: cooperations.map { Cooperation(id: $0) },
                       memberships: memberships.map { Membership(cooperation: $0.0, actor: $0.1, role: roles["\($0.0)/\($0.1)"]!) },
                       territories: [])
    }

    @Test(arguments: ["2018", "2019-06", "2019", "2020", "2021"])
    func asOfEqualsTheUndatedDatasetOfTheRowsAlive(_ date: String) {
        let got = Self.dated.asOf(Self.y(date)), want = Self.expected(date)
        #expect(got.actors.map(\.id) == want.actors.map(\.id))
        #expect(got.cooperations.map(\.id) == want.cooperations.map(\.id))
        #expect(got.memberships.map { "\($0.cooperation)/\($0.actor)/\($0.role)" } == want.memberships.map { "\($0.cooperation)/\($0.actor)/\($0.role)" })
        let a = AnalysisSession(dataset: got), b = AnalysisSession(dataset: want)
        #expect(a.graph == b.graph)
        #expect(a.betweenness == b.betweenness)
        #expect(a.clusters == b.clusters)
        #expect(a.hubs(top: 5).hubs.map(\.actor) == b.hubs(top: 5).hubs.map(\.actor))
        #expect(a.hubs(top: 5).hubs.map(\.score) == b.hubs(top: 5).hubs.map(\.score))
    }

    @Test func undatedDatasetIsWholeOnAnyDay() {
        let undated = Self.expected("2019")
        #expect(!undated.isDated && Self.dated.isDated)
        for date in ["1900", "2019", "2999-12-31"] {
            let d = undated.asOf(Self.y(date))
            #expect(d.actors == undated.actors && d.memberships == undated.memberships && d.cooperations == undated.cooperations)
        }
        #expect(Self.dated.dates.map(\.description) == ["2015", "2018-03-01", "2019", "2019-06", "2019-09", "2020", "2021"])
    }
}
