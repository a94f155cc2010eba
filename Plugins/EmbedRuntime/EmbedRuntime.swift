// Build-tool plugin of MPYDriver: the C runtime's sources travel inside the
// compiler, so that a built mpy-native needs no checkout. At every build it
// lists the files the driver compiles or reads (the runtime, the format
// header, board support and linker script under Targets/, the QEMU plugin)
// and the Python library under Sources/MPYRuntime/lib (asyncio) by walking
// their folders, so new files join without editing a list, and
// declares them as inputs of one command: the tool mpy-embed-runtime writes
// them into a Swift source of MPYDriver (RuntimeSources.swift reads it).
import Foundation
import PackagePlugin

@main
struct EmbedRuntime: BuildToolPlugin {
    /// Folders (relative to the package) whose files are embedded, and the
    /// extensions taken from them.
    static let folders = ["Sources/MPYRuntime", "Sources/CMPYFormat/include", "Targets"]
    static let extensions: Set<String> = ["c", "h", "ld", "py"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var paths: [String] = []
        for folder in Self.folders {
            let base = root.appending(path: folder)
            guard
                let walk = FileManager.default.enumerator(
                    at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
            else { continue }
            for case let url as URL in walk where Self.extensions.contains(url.pathExtension) {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                let full = url.standardizedFileURL.path
                let prefix = root.standardizedFileURL.path + "/"
                guard full.hasPrefix(prefix) else { continue }
                paths.append(String(full.dropFirst(prefix.count)))
            }
        }
        paths.sort()
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuntime.swift")
        return [
            .buildCommand(
                displayName: "Embedding the runtime sources (\(paths.count) files)",
                executable: try context.tool(named: "mpy-embed-runtime").url,
                arguments: [root.path, output.path] + paths,
                inputFiles: paths.map { root.appending(path: $0) },
                outputFiles: [output])
        ]
    }
}
