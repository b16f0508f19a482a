// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "incidents",
    products: [
        .executable(name: "incidents", targets: ["incidents"]),
        .library(name: "IncidentsCore", targets: ["IncidentsCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C module over Debian's libsqlite3 (libsqlite3-dev, pkg-config name "sqlite3").
        .systemLibrary(
            name: "IncidentsCSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // C module over Debian's zlib (zlib1g-dev, pkg-config name "zlib"): `.gz` inputs.
        // Only Input/GzipSource.swift imports it.
        .systemLibrary(
            name: "IncidentsCZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Our own thin wrapper: the only module that imports IncidentsCSQLite.
        .target(name: "IncidentsSQLite", dependencies: ["IncidentsCSQLite"]),
        // All domain logic: Arabic text, extraction, gazetteer, store, queries, rendering.
        .target(name: "IncidentsCore", dependencies: ["IncidentsSQLite", "IncidentsCZlib"]),
        // Command definitions (argument parsing, output), testable in-process.
        .target(
            name: "IncidentsCLI",
            dependencies: [
                "IncidentsCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The thin executable.
        .executableTarget(name: "incidents", dependencies: ["IncidentsCLI"]),
        .testTarget(name: "IncidentsSQLiteTests", dependencies: ["IncidentsSQLite"]),
        .testTarget(name: "IncidentsCoreTests", dependencies: ["IncidentsCore", "IncidentsSQLite"]),
        .testTarget(
            name: "IncidentsCLITests",
            dependencies: ["IncidentsCLI", "IncidentsCore"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
