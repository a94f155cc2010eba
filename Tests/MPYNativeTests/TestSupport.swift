// Small Python snippets through the front end and the bytecode compiler,
// ready for the native back end's analyses (CodeAnalysis, ViperAnalysis).
import MPYBytecode
import MPYSemantics
import MPYSyntax
@testable import MPYNative

struct SnippetError: Error, CustomStringConvertible {
    let description: String
}

enum Snippet {
    static func file(_ source: String) -> SourceFile { SourceFile(path: "t.py", text: source) }

    static func module(_ source: String) throws -> BytecodeModule {
        let model = try SemanticAnalyzer.analyze(try Parser.parse(file(source)))
        return try BytecodeCompiler.compile(model)
    }

    /// The code object named `name` (the module body for "<module>").
    static func code(_ source: String, _ name: String) throws -> CodeObject {
        guard let c = try module(source).codes.first(where: { $0.name == name }) else {
            throw SnippetError(description: "no code object \(name)")
        }
        return c
    }

    static func analysis(_ source: String, _ name: String) throws -> CodeAnalysis {
        CodeAnalysis(try code(source, name))
    }

    /// Instruction index of a bytecode offset (every offset the tests name
    /// starts an instruction).
    static func index(_ a: CodeAnalysis, _ offset: Int) throws -> Int {
        guard let i = a.indexAt[offset] else { throw SnippetError(description: "no instruction at \(offset)") }
        return i
    }

    /// The local's slot number in a code object.
    static func slot(_ code: CodeObject, _ local: String) throws -> Int {
        guard let i = code.localNames.firstIndex(of: local) else { throw SnippetError(description: "no local \(local)") }
        return i
    }

    /// The types ViperAnalysis gives the locals of the viper function `name`,
    /// by local name.
    static func viperLocals(
        _ source: String, _ name: String, wordBits: Int = 64,
        typedTargets: [String: (params: [ViperType], returns: ViperType)] = [:]
    ) throws -> [String: String] {
        let c = try code(source, name)
        let v = try ViperAnalysis(code: c, analysis: CodeAnalysis(c), wordBits: wordBits, typedTargets: typedTargets)
        return Dictionary(uniqueKeysWithValues: zip(c.localNames, v.locals.map(\.description)))
    }

    /// "message @ line:col" of the viper error for function `name`, the
    /// position being where the back end's diagnostic points; nil when the
    /// analysis accepts the function.
    static func viperError(_ source: String, _ name: String, moduleGlobals: Set<String>? = nil) throws -> String? {
        let c = try code(source, name)
        do {
            _ = try ViperAnalysis(code: c, analysis: CodeAnalysis(c), wordBits: 64, moduleGlobals: moduleGlobals)
            return nil
        } catch {
            guard let at = c.sourceOffsets[error.offset] else { return "\(error.message) @ offset \(error.offset)" }
            return "\(error.message) @ \(file(source).position(of: at))"
        }
    }

    /// The viper analysis's warnings for function `name`, located as viperError's.
    static func viperWarnings(_ source: String, _ name: String, moduleGlobals: Set<String>? = nil) throws -> [String] {
        let c = try code(source, name)
        let v = try ViperAnalysis(code: c, analysis: CodeAnalysis(c), wordBits: 64, moduleGlobals: moduleGlobals)
        return v.warnings.map { w in
            guard let at = c.sourceOffsets[w.offset] else { return "\(w.message) @ offset \(w.offset)" }
            return "\(w.message) @ \(file(source).position(of: at))"
        }
    }
}
