// swift-tools-version:6.0
// mpy-native: an ahead-of-time compiler for MicroPython programs.
// One Swift target per compiler stage; see docs/ARCHITECTURE.md.
import PackageDescription

let package = Package(
    name: "mpy-native",
    products: [
        .executable(name: "mpy-native", targets: ["mpy-native"]),
        .library(name: "MPYSyntax", targets: ["MPYSyntax"]),
        .library(name: "MPYSemantics", targets: ["MPYSemantics"]),
        .library(name: "MPYLLVM", targets: ["MPYLLVM"]),
        // The freezer: manifests and frozen images, for firmware builds (docs/ARCHITECTURE.md).
        .library(name: "MPYFreezer", targets: ["MPYFreezer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // Stage 1: source text -> tokens -> AST (with exact source ranges).
        .target(name: "MPYSyntax", dependencies: [.product(name: "BigInt", package: "BigInt")]),
        // Stage 2: scopes, name resolution, const() folding, emitter selection.
        .target(name: "MPYSemantics", dependencies: ["MPYSyntax", .product(name: "BigInt", package: "BigInt")]),
        // The LLVM 19 C API as a Clang module (no unsafe flags: usable as a dependency).
        .target(name: "CLLVM", linkerSettings: [.linkedLibrary("LLVM-19")]),
        // Thin Swift layer over the LLVM C API: targets, machines, object emission.
        .target(name: "MPYLLVM", dependencies: ["CLLVM"]),
        // The bytecode and image format shared with the C runtime (mpy_format.h).
        .target(name: "CMPYFormat"),
        // Bytecode back end: code objects in the format of mpy_format.h.
        .target(
            name: "MPYBytecode", dependencies: ["MPYSyntax", "MPYSemantics", "CMPYFormat", .product(name: "BigInt", package: "BigInt")]),
        // Module images: code objects, constants and names as read-only data via LLVM.
        .target(
            name: "MPYImage", dependencies: ["MPYBytecode", "MPYLLVM", "CLLVM", "CMPYFormat", .product(name: "BigInt", package: "BigInt")]),
        // Native back end: code objects lowered to LLVM IR (locals in registers, inline fast paths).
        .target(
            name: "MPYNative",
            dependencies: [
                "MPYBytecode", "MPYImage", "MPYLLVM", "MPYSemantics", "CLLVM", "CMPYFormat", .product(name: "BigInt", package: "BigInt"),
            ]),
        // The C runtime (object model, GC, VM, builtins), written once for every target.
        // SwiftPM compiles it for the host as a check; programs get it built by the driver.
        .target(name: "MPYRuntime", dependencies: ["CMPYFormat"], exclude: ["lib"]),
        // The driver as a library: compiling modules and programs, building the
        // runtime, linking per board, running firmware in QEMU (shared by the CLI and the freezer).
        // It carries the runtime's C sources (EmbedRuntime), so a built compiler needs no checkout.
        .target(
            name: "MPYDriver",
            dependencies: [
                "MPYSyntax", "MPYSemantics", "MPYLLVM", "MPYBytecode", "MPYImage", "MPYNative", "CLLVM",
            ],
            plugins: ["EmbedRuntime"]),
        // Build-tool plugin: embeds Sources/MPYRuntime, the format header and Targets/ in MPYDriver
        // at every build, through the tool mpy-embed-runtime.
        .plugin(name: "EmbedRuntime", capability: .buildTool(), dependencies: ["mpy-embed-runtime"]),
        .executableTarget(name: "mpy-embed-runtime"),
        // The freezer: manifest evaluation and frozen images (module images + frozen-module table).
        .target(name: "MPYFreezer", dependencies: ["MPYDriver", "MPYSyntax", "MPYLLVM", "MPYImage"]),
        // The command-line interface.
        .executableTarget(
            name: "mpy-native",
            dependencies: [
                "MPYDriver", "MPYFreezer", "MPYSyntax", "MPYLLVM", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // Front-end fuzzer: random bytes and mutations of valid programs.
        .executableTarget(name: "mpy-fuzz", dependencies: ["MPYSyntax", "MPYSemantics"], path: "Tests/Fuzz"),
        // Front-end throughput over a corpus, against CPython's ast.parse.
        .executableTarget(name: "frontend-bench", dependencies: ["MPYSyntax", "MPYSemantics"], path: "Benchmarks/FrontEnd"),
        .testTarget(name: "MPYSyntaxTests", dependencies: ["MPYSyntax"]),
        .testTarget(name: "MPYSemanticsTests", dependencies: ["MPYSemantics"]),
        .testTarget(name: "MPYLLVMTests", dependencies: ["MPYLLVM"]),
        .testTarget(name: "MPYBytecodeTests", dependencies: ["MPYBytecode", "CMPYFormat"]),
        .testTarget(name: "MPYNativeTests", dependencies: ["MPYNative", "MPYBytecode", "MPYSemantics", "MPYSyntax"]),
        .testTarget(name: "MPYFreezerTests", dependencies: ["MPYFreezer", "MPYDriver", "MPYLLVM"]),
    ]
)
