// swift-tools-version:6.0
import PackageDescription

/// Settings every Swift target shares.
///
/// - `ExistentialAny` (SE-0335): an existential is spelled `any P`, so its cost is visible.
/// - `MemberImportVisibility` (SE-0444): a file sees the members of the modules it imports itself.
/// - `InternalImportsByDefault` (SE-0409): an import is internal unless it says `public` or `package`.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "athena-sandbox",
    products: [
        .executable(name: "athena-sandbox", targets: ["athena-sandbox"])
    ],
    targets: [
        // C libraries from Debian's -dev packages.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),

        // Layers, lowest first. A target imports only targets listed above it.
        .target(name: "SandboxSupport", swiftSettings: swiftSettings),
        .target(name: "SandboxHTTP", dependencies: ["CMicroHTTPD", "SandboxSupport"], swiftSettings: swiftSettings),
        .target(name: "SandboxStore", dependencies: ["CSQLite", "SandboxSupport"], swiftSettings: swiftSettings),
        .target(name: "SandboxCrypto", dependencies: ["COpenSSL", "SandboxSupport"], swiftSettings: swiftSettings),
        .target(name: "FHIR", dependencies: ["SandboxSupport", "SandboxStore"], swiftSettings: swiftSettings),
        .target(
            name: "Authorization",
            dependencies: ["SandboxSupport", "SandboxHTTP", "SandboxStore", "SandboxCrypto"],
            swiftSettings: swiftSettings
        ),
        .target(name: "Faults", dependencies: ["SandboxSupport", "SandboxHTTP"], swiftSettings: swiftSettings),
        .target(
            name: "Audit",
            dependencies: ["SandboxSupport", "SandboxHTTP", "SandboxStore"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Athena",
            dependencies: ["SandboxSupport", "SandboxHTTP", "SandboxStore", "FHIR", "Authorization"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Seeding",
            dependencies: ["SandboxSupport", "SandboxStore", "FHIR", "Athena"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SandboxApp",
            dependencies: [
                "SandboxSupport", "SandboxHTTP", "SandboxStore", "SandboxCrypto", "FHIR", "Authorization", "Faults",
                "Audit", "Athena", "Seeding",
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "athena-sandbox",
            dependencies: ["SandboxApp", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),

        .testTarget(name: "SandboxSupportTests", dependencies: ["SandboxSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SandboxHTTPTests",
            dependencies: ["SandboxHTTP", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SandboxStoreTests",
            dependencies: ["SandboxStore", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SandboxCryptoTests",
            dependencies: ["SandboxCrypto", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AuthorizationTests",
            dependencies: ["Authorization", "SandboxCrypto", "SandboxHTTP", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FaultsTests",
            dependencies: ["Faults", "SandboxHTTP", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AuditTests",
            dependencies: ["Audit", "SandboxHTTP", "SandboxStore", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FHIRTests",
            dependencies: ["FHIR", "SandboxStore", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "AthenaTests",
            dependencies: ["Athena", "FHIR", "SandboxHTTP", "SandboxStore", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SeedingTests",
            dependencies: ["Seeding", "Athena", "FHIR", "SandboxStore", "SandboxSupport"],
            exclude: ["Fixtures"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SandboxAppTests",
            dependencies: ["SandboxApp", "athena-sandbox", "SandboxHTTP", "SandboxSupport"],
            swiftSettings: swiftSettings
        ),
    ]
)
