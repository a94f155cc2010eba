// Bridges the CLI to the semantic stage (scopes, consts, emitter choice).
import MPYSyntax

extension FrontEnd {
    struct Model { let module: Module }

    static func analyze(_ file: SourceFile, emit: EmitOption, mpyOpt: Int) throws -> Model {
        Model(module: try parse(file))
    }

    static func renderScopes(_ model: Model) -> String {
        "scope dump not available yet\n"
    }

    /// The first compile error of a file, if any.
    static func check(_ file: SourceFile) -> CompileError? {
        do { _ = try Parser.parse(file); return nil } catch let e { return e }
    }
}
