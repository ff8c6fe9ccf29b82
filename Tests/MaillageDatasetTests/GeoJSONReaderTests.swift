import Foundation
import MaillageModel
import Testing
@testable import MaillageDataset

/// The boundaries file reader (issue 17): outlines and keys read, hostile files refused
/// with a message that names the file and the feature.
@Suite struct GeoJSONReaderTests {
    private func read(_ text: String, limits: GeoJSONLimits = GeoJSONLimits()) throws -> GeoBoundaries {
        try GeoJSONReader.read(data: Data(text.utf8), file: "contours.geojson", limits: limits)
    }

    private func refusal(_ text: String, limits: GeoJSONLimits = GeoJSONLimits()) -> String {
        do {
            _ = try read(text, limits: limits)
            return "accepted"
        } catch {
            return "\(error)"
        }
    }

    static let square = "[[[2.7,50.2],[2.8,50.2],[2.8,50.3],[2.7,50.3],[2.7,50.2]]]"

    @Test func readsPolygonsMultiPolygonsAndTheirKeys() throws {
        let text = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":"pas-de-calais","properties":{"nom":"Pas-de-Calais"},"geometry":{"type":"MultiPolygon","coordinates":[\(Self.square),\(Self.square)]}},
          {"type":"Feature","properties":{"INSEE_COM":"62041","code":62041},"geometry":{"type":"Polygon","coordinates":\(Self.square)}},
          {"type":"Feature","properties":{"code":"x"},"geometry":{"type":"Point","coordinates":[2.7,50.2]}},
          {"type":"Feature","properties":{"code":"y"},"geometry":null}
        ]}
        """
        let boundaries = try read(text)
        #expect(boundaries.boundaries.count == 2)
        #expect(boundaries.boundaries[0].keys == ["pas-de-calais"])
        #expect(boundaries.boundaries[0].polygons.count == 2)
        #expect(boundaries.boundaries[1].keys == ["62041"])
        #expect(boundaries.boundaries[1].polygons[0][0].count == 5)
        #expect(boundaries.source == "contours.geojson")
    }

    @Test func hugeCoordinatesAreRefused() {
        let text = #"{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[2,50],[1e300,50],[3,51],[2,50]]]}}"#
        let message = refusal(text)
        #expect(message.hasPrefix("contours.geojson: error: feature 1: position [1e+300, 50] is out of range"), "\(message)")
        let lambert = #"{"type":"Polygon","coordinates":[[[684124,7021481],[684200,7021481],[684200,7021600],[684124,7021481]]]}"#
        #expect(refusal(lambert).contains("Lambert-93 or another projected system must be converted to WGS 84"))
        #expect(refusal(#"{"type":"Polygon","coordinates":[[[2,50],[2,1e999],[3,51],[2,50]]]}"#) != "accepted")
    }

    @Test func deepNestingIsRefusedBeforeParsing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let message = refusal(#"{"type":"Polygon","coordinates":"# + deep + "}")
        #expect(message.contains("nest 33 levels deep or more"), "\(message)")
        // Brackets inside strings do not count.
        let quoted = #"{"type":"Feature","properties":{"nom":""# + String(repeating: "[", count: 500) + #""},"geometry":{"type":"Polygon","coordinates":"# + Self.square + "}}"
        #expect(refusal(quoted) == "accepted")
    }

    @Test func limitsOnPointsFeaturesAndRingsHold() {
        var few = GeoJSONLimits()
        few.maximumPoints = 10
        let two = #"{"type":"MultiPolygon","coordinates":["# + Self.square + "," + Self.square + "]}"
        #expect(refusal(two, limits: few) == "accepted")
        let three = #"{"type":"MultiPolygon","coordinates":["# + [Self.square, Self.square, Self.square].joined(separator: ",") + "]}"
        #expect(refusal(three, limits: few).contains("more than 10 positions"))
        few.maximumFeatures = 1
        let features = #"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null},{"type":"Feature","geometry":null}]}"#
        #expect(refusal(features, limits: few).contains("2 features"))
        #expect(refusal(#"{"type":"Polygon","coordinates":[[[2,50],[3,50],[2,50]]]}"#).contains("a ring of 3 positions"))
        #expect(refusal(#"{"type":"Polygon","coordinates":[[[2,50],[3,true],[3,51],[2,50]]]}"#).contains("not [longitude, latitude]"))
        #expect(refusal("not json").contains("not valid JSON"))
        #expect(refusal("[]").contains("not GeoJSON"))
        #expect(refusal("").contains("empty file"))
    }

    @Test func aFileTooLargeIsRefusedBeforeReading() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("maillage-big-\(UUID().uuidString).geojson")
        try Data(repeating: 0x20, count: 2_000).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var small = GeoJSONLimits()
        small.maximumBytes = 1_000
        #expect(throws: GeoJSONReader.Failure.self) { try GeoJSONReader.read(fileAt: url, limits: small) }
        #expect(throws: GeoJSONReader.Failure.self) { try GeoJSONReader.read(fileAt: URL(fileURLWithPath: "/dev/zero")) }
        #expect(throws: GeoJSONReader.Failure.self) { try GeoJSONReader.read(fileAt: FileManager.default.temporaryDirectory) }
    }
}
