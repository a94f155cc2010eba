// Second pass of scope analysis: decides for every symbol whether it is a
// local, a cell, a free variable or a global, following CPython 3.11's
// symtable rules (class scopes are invisible to nested functions, `global`
// in a function hides outer bindings from its inner scopes), then fills the
// cellvars/freevars lists and the implicit `__class__` cell of classes.
import MPYSyntax

struct NameResolver {
    let scopes: [Scope]
    /// (user scope, name, binding scope) for every free variable found.
    private var captures: [(ScopeID, String, ScopeID)] = []

    init(scopes: [Scope]) { self.scopes = scopes }

    private enum Lookup { case global, binder(ScopeID) }

    mutating func resolve() throws(CompileError) {
        for s in scopes {
            for i in s.symbols.indices {
                let r = try resolution(of: s.symbols[i], in: s)
                s.symbols[i].resolution = r
            }
        }
        for (user, name, binder) in captures { capture(from: user, name, binder) }
        for s in scopes {
            s.freeVars = s.symbols.filter { $0.resolution == .free || $0.flags.contains(.freeInClass) }.map(\.name)
            s.cellVars = s.symbols.filter { $0.resolution == .cell }.map(\.name)
            if s.needsClassCell && !s.cellVars.contains("__class__") { s.cellVars.append("__class__") }
        }
    }

    private func scope(_ id: ScopeID?) -> Scope? {
        guard let id, id >= 0, id < scopes.count else { return nil }
        return scopes[id]
    }

    private mutating func resolution(of sym: Symbol, in s: Scope) throws(CompileError) -> Resolution {
        let f = sym.flags
        let at = s.directives[sym.name] ?? sym.firstSeen
        if f.contains(.declaredGlobal) {
            if f.contains(.declaredNonlocal) {
                throw CompileError("name '\(sym.name)' is nonlocal and global", at: at)
            }
            return .globalExplicit
        }
        if f.contains(.declaredNonlocal) {
            guard s.kind != .module else {
                throw CompileError("nonlocal declaration not allowed at module level", at: at)
            }
            guard case .binder(let b) = lookup(sym.name, above: s) else {
                throw CompileError("no binding for nonlocal '\(sym.name)' found", at: at)
            }
            captures.append((s.id, sym.name, b))
            return .free
        }
        if sym.isBound { return .local }
        if s.kind == .module { return .globalImplicit }
        switch lookup(sym.name, above: s) {
        case .global:
            return .globalImplicit
        case .binder(let b):
            captures.append((s.id, sym.name, b))
            return .free
        }
    }

    /// The nearest enclosing function-like scope that decides `name`: one
    /// that binds it (or declares it nonlocal), or declares it global.
    /// Classes are skipped, except that methods see the class's `__class__`.
    private func lookup(_ name: String, above s: Scope) -> Lookup {
        var p = scope(s.parent)
        var guardCount = 0
        while let q = p, guardCount <= scopes.count {
            guardCount += 1
            switch q.kind {
            case .module:
                return .global
            case .class:
                if name == "__class__" { return .binder(q.id) }
            case .function, .lambda, .comprehension:
                let f = q.flags(of: name)
                if f.contains(.declaredGlobal) { return .global }
                if f.isBound || f.contains(.declaredNonlocal) { return .binder(q.id) }
            }
            p = scope(q.parent)
        }
        return .global
    }

    /// Makes the binder's local a cell and passes the variable through
    /// every scope between it and the user.
    private func capture(from user: ScopeID, _ name: String, _ binder: ScopeID) {
        guard let b = scope(binder) else { return }
        if b.kind == .class {
            b.needsClassCell = true
        } else if let sym = b.symbol(name), sym.resolution == .local {
            b.setResolution(name, .cell)
        }
        var p = scope(scope(user)?.parent)
        var guardCount = 0
        while let q = p, q.id != binder, guardCount <= scopes.count {
            guardCount += 1
            if let sym = q.symbol(name) {
                if q.kind == .class && sym.resolution != .free, let i = q.index[name] {
                    q.symbols[i].flags.insert(.freeInClass)
                }
            } else {
                q.add(name, .passThrough, at: q.range)
                q.setResolution(name, .free)
            }
            p = scope(q.parent)
        }
    }
}
