// Recognises MicroPython's compile-time decorators `@micropython.bytecode`,
// `@micropython.native` and `@micropython.viper`, which pick a function's
// emitter and are never called at run time. As in MicroPython, any other
// decorator rooted at the name `micropython` is an error, and the bare names
// (`@native` after `from micropython import native`) are ordinary decorators.
import MPYSyntax

public enum EmitterSelection {
    /// The emitter a decorator selects, nil for an ordinary decorator.
    /// Throws for `@micropython.<anything else>`.
    public static func marker(_ decorator: Expr) throws(CompileError) -> EmitMode? {
        var callee = decorator
        var isCall = false
        if case .call(let f, _, _) = decorator.kind {
            callee = f
            isCall = true
        }
        guard let parts = dottedName(callee), let root = parts.first, root.name == "micropython" else { return nil }
        guard parts.count == 2, !isCall else {
            throw CompileError("invalid micropython decorator", at: decorator.range)
        }
        let attr = parts[1]
        switch attr.name {
        case "bytecode": return .bytecode
        case "native": return .native
        case "viper": return .viper
        case "asm_thumb", "asm_xtensa", "asm_rv32":
            throw CompileError("inline assembler (@micropython.\(attr.name)) is not supported", at: attr.range)
        default:
            throw CompileError("invalid micropython decorator", at: attr.range)
        }
    }

    /// `a.b.c` as its parts (the root with the name expression's range), or
    /// nil if the expression is not a dotted name.
    static func dottedName(_ e: Expr) -> [Identifier]? {
        switch e.kind {
        case .name(let n):
            return [Identifier(n, e.range)]
        case .attribute(let base, let attr):
            guard var parts = dottedName(base) else { return nil }
            parts.append(attr)
            return parts
        default:
            return nil
        }
    }
}
