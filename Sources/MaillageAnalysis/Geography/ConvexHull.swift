import Foundation
import MaillageModel

/// The convex hull of points of a plane (Andrew's monotone chain).
public enum ConvexHull {
    /// The hull's corners, counter-clockwise, starting from the lowest-leftmost point;
    /// fewer than three points (or collinear ones) give the distinct extreme points.
    /// - Complexity: O(n log n).
    public static func of(_ points: [PlanePoint]) -> [PlanePoint] {
        let sorted = Set(points).sorted { $0.x != $1.x ? $0.x < $1.x : $0.y < $1.y }
        guard sorted.count > 2 else { return sorted }
        func cross(_ o: PlanePoint, _ a: PlanePoint, _ b: PlanePoint) -> Double {
            (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
        }
        var lower: [PlanePoint] = [], upper: [PlanePoint] = []
        for p in sorted {
            while lower.count >= 2, cross(lower[lower.count - 2], lower[lower.count - 1], p) <= 0 { lower.removeLast() }
            lower.append(p)
        }
        for p in sorted.reversed() {
            while upper.count >= 2, cross(upper[upper.count - 2], upper[upper.count - 1], p) <= 0 { upper.removeLast() }
            upper.append(p)
        }
        return Array(lower.dropLast() + upper.dropLast())
    }

    /// The hull of discs of `radius` around `points` (each disc as a 16-gon): an area
    /// around one or two places too, with rounded corners.
    public static func padded(_ points: [PlanePoint], radius: Double) -> [PlanePoint] {
        var around: [PlanePoint] = []
        for p in Set(points) {
            for k in 0..<16 {
                let angle = Double(k) * .pi / 8
                around.append(PlanePoint(x: p.x + radius * cos(angle), y: p.y + radius * sin(angle)))
            }
        }
        return of(around)
    }
}
