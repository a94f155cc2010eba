// Bridges the CLI to the semantic stage (scopes, consts, emitter choice).
import MPYSyntax
import MPYSemantics

extension EmitOption {
    var mode: EmitMode {
        switch self {
        case .bytecode: return .bytecode
        case .native: return .native
        case .viper: return .viper
        }
    }
}

extension FrontEnd {
    static func analyze(_ file: SourceFile, emit: EmitOption, mpyOpt: Int, package: String = "") throws -> SemanticModel {
        let module = try parse(file)
        var options = SemanticOptions()
        options.package = package
        options.defaultEmitter = emit.mode
        options.mpyOptLevel = mpyOpt
        do {
            return try SemanticAnalyzer.analyze(module, options: options)
        } catch let e {
            printError(e.render(in: file), newline: false)
            throw FrontEndFailure.reported
        }
    }

    static func renderScopes(_ model: SemanticModel) -> String {
        ScopeDump.render(model)
    }

    /// The first compile error of a file, if any.
    static func check(_ file: SourceFile) -> CompileError? {
        do {
            let module = try Parser.parse(file)
            _ = try SemanticAnalyzer.analyze(module)
            return nil
        } catch let e {
            return e
        }
    }
}
