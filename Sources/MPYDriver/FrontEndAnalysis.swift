// The front end's second step for the driver and the CLI: semantic analysis
// (scopes, const() folding, the emitter of each function) under a module's
// code mode (`EmitOption`), the scopes dump, and `check`'s first error.
import MPYSyntax
import MPYSemantics
import MPYLLVM

/// The code mode of a module (`--emit`, a manifest's `emit=`).
public enum EmitOption: String, CaseIterable, Sendable {
    case bytecode, native, viper
}

extension EmitOption {
    public var mode: EmitMode {
        switch self {
        case .bytecode: return .bytecode
        case .native: return .native
        case .viper: return .viper
        }
    }
}

extension FrontEnd {
    public static func analyze(_ file: SourceFile, emit: EmitOption, mpyOpt: Int, package: String = "") throws -> SemanticModel {
        let module = try StageTimer.measure("parse") { try parse(file) }
        var options = SemanticOptions()
        options.package = package
        options.defaultEmitter = emit.mode
        options.mpyOptLevel = mpyOpt
        do {
            let t = StageTimer.start()
            defer { t.stop("semantic analysis") }
            return try SemanticAnalyzer.analyze(module, options: options)
        } catch let e {
            throw FrontEndFailure.diagnostic(e.render(in: file))
        }
    }

    public static func renderScopes(_ model: SemanticModel) -> String {
        ScopeDump.render(model)
    }

    /// The first compile error of a file, if any.
    public static func check(_ file: SourceFile) -> CompileError? {
        do {
            let module = try Parser.parse(file)
            _ = try SemanticAnalyzer.analyze(module)
            return nil
        } catch let e {
            return e
        }
    }
}
