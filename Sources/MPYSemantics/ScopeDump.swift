// The stable text form of a SemanticModel printed by `mpy-native --dump
// scopes` and compared by golden tests: one block per scope in ScopeID order,
// symbols in order of first appearance, constants in Python repr.
import MPYSyntax

public enum ScopeDump {
    public static func render(_ model: SemanticModel) -> String {
        var out = ""
        for s in model.scopes { render(s, model, into: &out) }
        return out
    }

    static func render(_ s: Scope, _ model: SemanticModel, into out: inout String) {
        var header = "scope \(s.id) \(s.kind.rawValue) \(s.name)"
        if let p = s.parent { header += " (parent \(p))" }
        if s.isFunctionLike { header += " emitter=\(s.emitter.rawValue)" }
        if s.kind == .class && s.inheritedEmitter != model.options.defaultEmitter {
            header += " methods-emitter=\(s.inheritedEmitter.rawValue)"
        }
        if s.isGenerator { header += " generator" }
        if s.isAsync { header += " async" }
        if s.isCoroutine { header += " coroutine" }
        if s.needsClassCell { header += " class-cell" }
        if s.hasImportStar { header += " import-star" }
        out += header + "\n"

        if s.kind == .module && !model.constDefinitions.isEmpty {
            let items = model.constDefinitions.map { d in
                "\(d.name)=\(d.value.pythonRepr) (\(d.isHidden ? "hidden" : "global"))"
            }
            out += "  consts: " + items.joined(separator: ", ") + "\n"
        }
        if !s.consumedDecorators.isEmpty {
            out += "  consumed decorators: " + s.consumedDecorators.map(String.init).joined(separator: ", ") + "\n"
        }
        if s.kind == .function || s.kind == .lambda {
            out += "  params: " + signature(s.params) + "\n"
        }
        if !s.symbols.isEmpty {
            out += "  symbols:\n"
            for sym in s.symbols { out += "    " + line(sym, s, model) + "\n" }
        }
        if !s.inlinedConsts.isEmpty {
            let items = s.inlinedConsts.map { n in "\(n)=\(model.consts[n]?.pythonRepr ?? "?")" }
            out += "  inlined: " + items.joined(separator: ", ") + "\n"
        }
        if !s.cellVars.isEmpty { out += "  cellvars: " + s.cellVars.joined(separator: ", ") + "\n" }
        if !s.freeVars.isEmpty { out += "  freevars: " + s.freeVars.joined(separator: ", ") + "\n" }
    }

    /// Parameters in Python signature syntax: `a, /, b=..., *args, c, **kw`.
    static func signature(_ params: [ParameterInfo]) -> String {
        var parts: [String] = []
        var sawStar = false
        for (i, p) in params.enumerated() {
            let d = p.hasDefault ? "=..." : ""
            switch p.kind {
            case .positionalOnly:
                parts.append(p.name + d)
                let next = i + 1 < params.count ? params[i + 1].kind : nil
                if next != .positionalOnly { parts.append("/") }
            case .positional:
                parts.append(p.name + d)
            case .varArgs:
                parts.append("*" + p.name)
                sawStar = true
            case .keywordOnly:
                if !sawStar {
                    parts.append("*")
                    sawStar = true
                }
                parts.append(p.name + d)
            case .varKeywords:
                parts.append("**" + p.name)
            }
        }
        return parts.isEmpty ? "(none)" : parts.joined(separator: ", ")
    }

    static func line(_ sym: Symbol, _ s: Scope, _ model: SemanticModel) -> String {
        var text = sym.name + ": "
        if sym.isParameter { text += "param " }
        text += sym.resolution.rawValue
        if sym.flags.contains(.function) { text += " def" }
        if sym.flags.contains(.classDef) { text += " class" }
        if sym.flags.contains(.imported) { text += " import" }
        if sym.flags.contains(.const) {
            text += model.hiddenConsts.contains(sym.name) ? " const hidden" : " const global"
        }
        if sym.flags.contains(.freeInClass) { text += " (also free)" }
        return text
    }
}
