// Shared helpers: parse + analyze a source string, look up resolutions, and
// capture a compile error as "message @ line:col" for exact comparisons.
import MPYSyntax
@testable import MPYSemantics

enum Fixture {
    static func file(_ source: String) -> SourceFile {
        SourceFile(path: "test.py", text: source)
    }

    static func model(_ source: String, options: SemanticOptions = .init()) throws -> SemanticModel {
        let module = try Parser.parse(file(source))
        return try SemanticAnalyzer.analyze(module, options: options)
    }

    /// "message @ line:col" of the error analysis raises, or nil. Parse
    /// errors are reported with a "parse:" prefix so tests notice them.
    static func error(_ source: String, options: SemanticOptions = .init()) -> String? {
        let f = file(source)
        let module: Module
        do {
            module = try Parser.parse(f)
        } catch {
            return "parse: \(error.message) @ \(f.position(of: error.offset))"
        }
        do {
            _ = try SemanticAnalyzer.analyze(module, options: options)
            return nil
        } catch {
            return "\(error.message) @ \(f.position(of: error.offset))"
        }
    }

    /// The scope named `name` (first in id order).
    static func scope(_ m: SemanticModel, _ name: String) -> Scope? {
        m.scopes.first { $0.name == name }
    }

    /// Resolution of `symbol` in the scope named `scopeName`, as the dump
    /// prints it ("local", "cell", "free", "global explicit", ...).
    static func resolution(_ m: SemanticModel, _ scopeName: String, _ symbol: String) -> String? {
        scope(m, scopeName)?.symbol(symbol)?.resolution.rawValue
    }
}
