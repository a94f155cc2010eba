// `--dump tokens|ast|scopes|bytecode`: one front-end stage of a module as
// text (the CLI prints it; golden tests compare it).
import MPYBytecode
import MPYSyntax

/// A stage `--dump` can print.
public enum DumpStage: String, CaseIterable, Sendable {
    case tokens, ast, scopes, bytecode
}

extension FrontEnd {
    /// The text of `stage` for the module at `path`. Errors in the source
    /// throw `FrontEndFailure.diagnostic` with the rendered text.
    public static func dump(_ stage: DumpStage, file path: String, emit: EmitOption, mpyOpt: Int) throws -> String {
        let source = try readSource(path)
        switch stage {
        case .tokens:
            let tokens: [Token]
            do { tokens = try Lexer.tokenize(source) } catch let e {
                throw FrontEndFailure.diagnostic(e.render(in: source))
            }
            var out = ""
            for t in tokens {
                let pos = source.position(of: Int(t.start))
                let text =
                    t.kind == .newline || t.kind == .indent || t.kind == .dedent || t.kind == .endOfFile
                    ? "" : " " + source.text(t.range)
                out += "\(pos) \(t.kind)\(text)\n"
            }
            return out
        case .ast:
            return ASTDump.render(try parse(source))
        case .scopes:
            return renderScopes(try analyze(source, emit: emit, mpyOpt: mpyOpt))
        case .bytecode:
            let model = try analyze(source, emit: emit, mpyOpt: mpyOpt)
            do {
                return Disassembler.render(try BytecodeCompiler.compile(model))
            } catch let e {
                throw FrontEndFailure.diagnostic(e.render(in: source))
            }
        }
    }
}
