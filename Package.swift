// swift-tools-version: 6.0
//
// Maillage — maps cooperation networks of the social and solidarity economy.
//
// Layers, one module each, data flowing one way:
//   CTemporaryFiles  the temporary-file registry's signal handlers (C, async-signal-safe)
//   MaillageSupport  small shared tools (SHA-256, ordered JSON, JSON/XML/HTML escaping,
//                    seeded generators, fixed-chunk parallel loops)
//   MaillageModel    domain values (actors, cooperations, memberships, territories)
//   MaillageWorkbook .xlsx / .ods workbooks → sheets of text cells, hostile archives refused
//   MaillageDataset  dataset folder (CSV) → validated model, with diagnostics
//   MaillageGraph    model → compact graphs (two-mode network, projections, scope)
//   MaillageAnalysis graphs → measures, communities, brokerage, territories, hubs
//   MaillageDOT      DOT document model and encoder (no Graphviz needed)
//   MaillageRender   maps and the in-process Graphviz renderer
//   MaillageExport   GraphML, GEXF, node-link JSON, CSV and DOT exports
//   MaillageReport   the self-contained HTML report
//   MaillageSynthesis synthetic national-scale datasets
//   maillage         the command line (swift-argument-parser)
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Maillage",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "maillage", targets: ["maillage"]),
        .library(name: "MaillageDataset", targets: ["MaillageDataset"]),
        .library(name: "MaillageAnalysis", targets: ["MaillageAnalysis"]),
        .library(name: "MaillageRender", targets: ["MaillageRender"]),
        .library(name: "MaillageExport", targets: ["MaillageExport"]),
        .library(name: "MaillageReport", targets: ["MaillageReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // The temporary-file registry and its signal handlers, in C so that the
        // handlers are async-signal-safe (see its header).
        .target(name: "CTemporaryFiles"),
        .target(name: "MaillageSupport", dependencies: ["CTemporaryFiles"], swiftSettings: swiftSettings),
        .target(name: "MaillageModel", dependencies: ["MaillageSupport"], swiftSettings: swiftSettings),
        .target(name: "MaillageDataset", dependencies: ["MaillageModel", "MaillageSupport", "MaillageWorkbook"], swiftSettings: swiftSettings),
        .target(
            name: "MaillageWorkbook", dependencies: ["MaillageSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: swiftSettings),
        .target(name: "MaillageGraph", dependencies: ["MaillageModel", "MaillageSupport"], swiftSettings: swiftSettings),
        .target(name: "MaillageDOT", dependencies: ["MaillageSupport"], swiftSettings: swiftSettings),
        .target(
            name: "MaillageAnalysis",
            dependencies: [
                "MaillageGraph", "MaillageSupport",
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "MaillageRender", dependencies: ["CGraphviz", "MaillageModel", "MaillageAnalysis", "MaillageDOT"], swiftSettings: swiftSettings),
        .target(name: "MaillageSynthesis", dependencies: ["MaillageModel", "MaillageSupport"], swiftSettings: swiftSettings),
        .target(name: "MaillageExport", dependencies: ["MaillageGraph", "MaillageModel", "MaillageAnalysis", "MaillageDOT", "MaillageSupport"], swiftSettings: swiftSettings),
        .target(name: "MaillageReport", dependencies: ["MaillageModel", "MaillageAnalysis", "MaillageRender", "MaillageSupport"], swiftSettings: swiftSettings),
        .executableTarget(
            name: "maillage",
            dependencies: [
                "MaillageModel", "MaillageDataset", "MaillageGraph", "MaillageAnalysis", "MaillageRender", "MaillageSynthesis", "MaillageExport",
                "MaillageReport", "MaillageSupport", "MaillageWorkbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "maillage-example",
            dependencies: ["MaillageDataset", "MaillageAnalysis", "MaillageRender", "MaillageReport"],
            path: "Examples/UsingMaillage",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "maillage-suggestion-evaluation",
            dependencies: ["MaillageDataset", "MaillageAnalysis"],
            path: "Benchmarks/SuggestionEvaluation",
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "maillage-pipeline",
            dependencies: ["MaillageDataset", "MaillageGraph", "MaillageAnalysis"],
            path: "Benchmarks/Pipeline",
            swiftSettings: swiftSettings
        ),
        // Tests mirror the modules; MaillageTestSupport holds what several of them share
        // (repository paths, dataset fixtures, NetworkX reference cases, tiny datasets,
        // running the executable). Fixture folders live in Tests/Fixtures.
        .target(
            name: "MaillageTestSupport",
            dependencies: ["MaillageModel", "MaillageGraph", "MaillageDataset", "MaillageSupport"],
            path: "Tests/MaillageTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "MaillageSupportTests", dependencies: ["MaillageSupport", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageModelTests", dependencies: ["MaillageModel", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageDatasetTests", dependencies: ["MaillageDataset", "MaillageWorkbook", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageGraphTests", dependencies: ["MaillageGraph", "MaillageDataset", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageAnalysisTests", dependencies: ["MaillageAnalysis", "MaillageDataset", "MaillageSupport", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageDOTTests", dependencies: ["MaillageDOT", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageRenderTests", dependencies: ["MaillageRender", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageCommandTests", dependencies: ["maillage", "maillage-example", "MaillageAnalysis", "MaillageWorkbook", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageSynthesisTests", dependencies: ["MaillageSynthesis", "MaillageDataset", "MaillageSupport", "MaillageAnalysis", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageExportTests", dependencies: ["MaillageExport", "MaillageTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "MaillageReportTests", dependencies: ["MaillageReport", "MaillageDataset", "MaillageSupport", "MaillageTestSupport"], swiftSettings: swiftSettings),
    ]
)
