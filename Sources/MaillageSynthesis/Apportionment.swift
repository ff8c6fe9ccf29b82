/// Splits `total` into `weights.count` whole parts proportional to `weights`
/// (largest-remainder method), each part at least `minimum` when the total allows.
///
/// When `total < minimum · weights.count`, the units go one at a time to the
/// heaviest parts first. Ties are broken by position, so the result is deterministic.
/// - Complexity: O(k log k) for k weights.
func apportion(_ total: Int, weights: [Double], minimum: Int = 0) -> [Int] {
    let k = weights.count
    guard k > 0, total > 0 else { return [Int](repeating: 0, count: k) }
    let order = weights.indices.sorted { weights[$0] > weights[$1] || (weights[$0] == weights[$1] && $0 < $1) }
    let rest = total - minimum * k
    if rest < 0 {
        var parts = [Int](repeating: 0, count: k)
        for j in 0..<total { parts[order[j % k]] += 1 }
        return parts
    }
    var parts = [Int](repeating: minimum, count: k)
    let sum = weights.reduce(0, +)
    guard sum > 0 else {
        for j in 0..<rest { parts[order[j % k]] += 1 }
        return parts
    }
    var assigned = 0
    var remainders: [(fraction: Double, index: Int)] = []
    remainders.reserveCapacity(k)
    for i in 0..<k {
        let exact = Double(rest) * weights[i] / sum
        let whole = exact.rounded(.down)
        parts[i] += Int(whole)
        assigned += Int(whole)
        remainders.append((exact - whole, i))
    }
    remainders.sort { $0.fraction > $1.fraction || ($0.fraction == $1.fraction && $0.index < $1.index) }
    var j = 0
    while assigned < rest {
        parts[remainders[j % k].index] += 1
        assigned += 1
        j += 1
    }
    return parts
}
