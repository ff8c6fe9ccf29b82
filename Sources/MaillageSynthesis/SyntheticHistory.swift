import MaillageModel
import MaillageSupport

/// A synthetic dataset dated over a span of years (`maillage synth --years A-B`), with
/// the changes of every year recorded by the generator, so that `compare` can be checked
/// against them.
///
/// The dataset of ``SyntheticDataset/generate(actors:seed:)`` is dated, deterministically
/// for the seed:
/// - about 30 % of cooperations are born during the span (`started` in A+1…B), the
///   others started by A (their drawn year, capped at A); a quarter of all end during the
///   span (`ended` in A…B−1, not before they start);
/// - about 12 % of memberships start after their cooperation (`since`), 8 % stop before
///   it ends (`until`), always within the cooperation's life;
/// - about 6 % of actors are founded during the span (`founded` in A+1…B) and 4 % close
///   (`closed` in A…B−1).
///
/// Dates are years. Following the rule of `PartialDate`, a row is present in year Y when
/// its start year ≤ Y ≤ its end year; the network of year Y is the dataset as it stood on
/// 31 December Y (`Dataset.asOf(_:)`).
public struct SyntheticHistory: Sendable {
    /// What changed between the end of year Y − 1 and the end of year Y.
    public struct YearChanges: Sendable, Hashable {
        public var year: Int
        /// Ids of actors founded in Y.
        public var actorsJoined: Set<String> = []
        /// Ids of actors closed in Y − 1 (their last year was Y − 1).
        public var actorsLeft: Set<String> = []
        /// Ids of cooperations started in Y.
        public var cooperationsCreated: Set<String> = []
        /// Ids of cooperations ended in Y − 1.
        public var cooperationsEnded: Set<String> = []
        /// (cooperation, actor) memberships present in Y and not in Y − 1, for whatever
        /// reason (the membership, its actor or its cooperation began).
        public var membershipsAdded: Set<MembershipKey> = []
        /// (cooperation, actor) memberships present in Y − 1 and not in Y.
        public var membershipsRemoved: Set<MembershipKey> = []
    }

    /// A membership's identity.
    public struct MembershipKey: Sendable, Hashable {
        public var cooperation: String
        public var actor: String
        public init(cooperation: String, actor: String) { self.cooperation = cooperation; self.actor = actor }
    }

    /// The dated dataset.
    public let dataset: Dataset
    /// The span of years.
    public let years: ClosedRange<Int>
    /// The changes of years A+1…B, in order.
    public let changes: [YearChanges]

    /// Generates a dated dataset of `actors` actors over `years` (at least two years).
    /// - Complexity: that of ``SyntheticDataset/generate(actors:seed:)`` plus O(M · years).
    public static func generate(actors actorCount: Int, seed: UInt64, years: ClosedRange<Int>) -> SyntheticHistory {
        precondition(years.count >= 2, "at least two years")
        let a = years.lowerBound, b = years.upperBound
        var base = SyntheticDataset.generate(actors: actorCount, seed: seed)
        var rng = SplitMix64.stream(seed, 0x7E3A)

        var actors = base.actors
        for i in actors.indices {
            if rng.chance(0.06) { actors[i].founded = PartialDate(year: rng.nextInt(in: (a + 1)...b)) }
            if rng.chance(0.04) {
                let first = max(a, actors[i].founded?.year ?? a)
                if first <= b - 1 { actors[i].closed = PartialDate(year: rng.nextInt(in: first...(b - 1))) }
            }
        }
        var cooperations = base.cooperations
        for i in cooperations.indices {
            let drawn = cooperations[i].started?.year ?? a
            let start = rng.chance(0.3) ? rng.nextInt(in: (a + 1)...b) : min(drawn, a)
            cooperations[i].started = PartialDate(year: start)
            if rng.chance(0.25) {
                let first = max(start, a)
                if first <= b - 1 { cooperations[i].ended = PartialDate(year: rng.nextInt(in: first...(b - 1))) }
            }
            if start > a { cooperations[i].status = .active }
        }
        var memberships = base.memberships
        for i in memberships.indices {
            guard let c = base.cooperationIndex[memberships[i].cooperation] else { continue }
            let lo = max(cooperations[c].started?.year ?? a, a), hi = min(cooperations[c].ended?.year ?? b, b)
            if rng.chance(0.12), lo < hi { memberships[i].since = PartialDate(year: rng.nextInt(in: (lo + 1)...hi)) }
            if rng.chance(0.08) {
                let first = memberships[i].since?.year ?? lo
                if first <= hi - 1 { memberships[i].until = PartialDate(year: rng.nextInt(in: first...(hi - 1))) }
            }
        }
        base = Dataset(name: base.name + "-\(a)-\(b)", actors: actors, cooperations: cooperations, memberships: memberships,
                       territories: base.territories, provenance: base.provenance + datedNote(years: years, seed: seed))

        // The record, by years (integers), independently of Dataset.asOf.
        func present(_ start: PartialDate?, _ end: PartialDate?, in year: Int) -> Bool {
            (start?.year ?? Int.min) <= year && year <= (end?.year ?? Int.max)
        }
        let actorIndex = base.actorIndex, cooperationIndex = base.cooperationIndex
        func membershipPresent(_ m: Membership, in year: Int) -> Bool {
            guard let x = actorIndex[m.actor], let c = cooperationIndex[m.cooperation] else { return false }
            return present(m.since, m.until, in: year) && present(actors[x].founded, actors[x].closed, in: year)
                && present(cooperations[c].started, cooperations[c].ended, in: year)
        }
        var changes: [YearChanges] = []
        for year in (a + 1)...b {
            var change = YearChanges(year: year)
            for actor in actors {
                if actor.founded?.year == year { change.actorsJoined.insert(actor.id) }
                if actor.closed?.year == year - 1 { change.actorsLeft.insert(actor.id) }
            }
            for cooperation in cooperations {
                if cooperation.started?.year == year { change.cooperationsCreated.insert(cooperation.id) }
                if cooperation.ended?.year == year - 1 { change.cooperationsEnded.insert(cooperation.id) }
            }
            for m in memberships {
                let before = membershipPresent(m, in: year - 1), after = membershipPresent(m, in: year)
                if after && !before { change.membershipsAdded.insert(MembershipKey(cooperation: m.cooperation, actor: m.actor)) }
                if before && !after { change.membershipsRemoved.insert(MembershipKey(cooperation: m.cooperation, actor: m.actor)) }
            }
            changes.append(change)
        }
        return SyntheticHistory(dataset: base, years: years, changes: changes)
    }

    /// The README paragraph of a dated dataset.
    static func datedNote(years: ClosedRange<Int>, seed: UInt64) -> String {
        """

        ## Dates (\(years.lowerBound)–\(years.upperBound))

        Jeu daté par `maillage synth --years \(years.lowerBound)-\(years.upperBound) --seed \(seed)` : des coopérations
        naissent (`started`) et s'arrêtent (`ended`), des adhésions commencent (`since`) ou cessent (`until`), des
        acteurs sont créés (`founded`) ou ferment (`closed`). Une année de début vaut à partir de son 1er janvier, une
        année de fin jusqu'à son 31 décembre ; une ligne sans date est présente tout du long.

        """
    }
}
