// Statements: assignments and their targets, control flow, imports, raise,
// assert, definitions.
import BigInt
import CMPYFormat
import MPYSemantics
import MPYSyntax

extension FunctionCompiler {
    func body(_ stmts: [Stmt]) throws(CompileError) {
        for s in stmts { try statement(s) }
    }

    func statement(_ s: Stmt) throws(CompileError) {
        b.markLine(m.line(s.range.start))
        b.sourceOffset = Int32(truncatingIfNeeded: s.range.start)
        switch s.kind {
        case .expr(let e):
            // A lone constant (a docstring) does nothing.
            if case .constant = e.kind { return }
            try expr(e)
            b.emit(Op.popTop)
        case .assign(let targets, let value):
            if scope.kind == .module, let def = m.constDefs[s.range.start] {
                // NAME = const(...): hidden names compile to nothing.
                if !def.isHidden {
                    loadConstant(def.value)
                    try name(def.name, .store, at: s.range)
                }
                return
            }
            try expr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { b.emit(Op.dupTop) }
                try store(t)
            }
        case .annAssign(let target, _, let value, _):
            // Annotations are not evaluated (MicroPython).
            if let value {
                try expr(value)
                try store(target)
            }
        case .augAssign(let target, let op, let value):
            try augAssign(target, op, value)
        case .delete(let targets):
            for t in targets { try delete(t) }
        case .pass, .global, .nonlocal:
            break
        case .break:
            try breakStatement(s, isBreak: true)
        case .continue:
            try breakStatement(s, isBreak: false)
        case .return(let v):
            try returnStatement(v)
        case .raise(nil, nil):
            reraiseStatement()
        case .raise(let exc, let cause):
            var n = 0
            if let exc { try expr(exc); n = 1 }
            if let cause { try expr(cause); n = 2 }
            b.emit(Op.raise, .u(n))
        case .assert(let test, let message):
            if m.model.assertsRemoved { return }
            let end = b.newLabel()
            try jumpIf(test, true, end)
            b.emit(Op.loadGlobal, .name(b.nameIndex("AssertionError")))
            if let message { try expr(message) }
            b.emit(Op.call, .two(message == nil ? 0 : 1, 0))
            b.emit(Op.raise, .u(1))
            b.place(end)
        case .import(let aliases):
            for a in aliases { try importModule(a) }
        case .importFrom(let module, let names, let level):
            try importFrom(module, names, level, s)
        case .if(let test, let bodyStmts, let orElse):
            let otherwise = b.newLabel()
            try jumpIf(test, false, otherwise)
            try body(bodyStmts)
            if orElse.isEmpty {
                b.place(otherwise)
            } else {
                let end = b.newLabel()
                b.emit(Op.jump, .jump(end))
                b.place(otherwise)
                try body(orElse)
                b.place(end)
            }
        case .while(let test, let bodyStmts, let orElse):
            let top = b.newLabel(), otherwise = b.newLabel(), end = b.newLabel()
            b.place(top)
            try jumpIf(test, false, otherwise)
            blocks.append(
                Block(
                    kind: .loop(LoopContext(continueLabel: top, breakLabel: end, isFor: false)),
                    handlerDepth: b.activeHandlers.count, hiddenLevel: hiddenNext))
            try body(bodyStmts)
            blocks.removeLast()
            b.emit(Op.jump, .jump(top))
            b.place(otherwise)
            try body(orElse)
            b.place(end)
        case .for(let target, let iter, let bodyStmts, let orElse, let isAsync):
            if isAsync {
                try asyncForStatement(s, target, iter, bodyStmts, orElse)
                return
            }
            try expr(iter)
            b.emit(Op.getIter)
            let top = b.newLabel(), otherwise = b.newLabel(), end = b.newLabel()
            b.place(top)
            b.emit(Op.forIter, .jump(otherwise))
            try store(target)
            blocks.append(
                Block(
                    kind: .loop(LoopContext(continueLabel: top, breakLabel: end, isFor: true)),
                    handlerDepth: b.activeHandlers.count, hiddenLevel: hiddenNext))
            try body(bodyStmts)
            blocks.removeLast()
            b.emit(Op.jump, .jump(top))
            b.place(otherwise)
            try body(orElse)
            b.place(end)
        case .with(let items, let bodyStmts, let isAsync):
            try withStatement(s, items[...], bodyStmts, isAsync: isAsync)
        case .try(let bodyStmts, let handlers, let orElse, let final):
            try tryStatement(s, bodyStmts, handlers, orElse, final)
        case .functionDef(let d):
            try functionDef(d, s)
        case .classDef(let d):
            try classDef(d, s)
        }
    }

    // MARK: targets

    /// Stores the value on top of the stack into `target`.
    func store(_ target: Expr) throws(CompileError) {
        switch target.kind {
        case .name(let n):
            try name(n, .store, at: target.range)
        case .attribute(let obj, let attr):
            try expr(obj)
            b.emit(Op.storeAttr, .name(b.nameIndex(attr.name)))
        case .subscript(let obj, let index):
            try expr(obj)
            try expr(index)
            b.emit(Op.storeSubscr)
        case .tuple(let elts), .list(let elts):
            if elts.contains(where: FunctionCompiler.isStarred) { return try storeStarred(elts, at: target.range) }
            b.emit(Op.unpackSequence, .u(elts.count))
            for e in elts { try store(e) }
        case .starred:
            throw CompileError("starred assignment target must be in a list or tuple", at: target.range)
        default:
            throw CompileError("internal error: cannot assign to this expression", at: target.range)
        }
    }

    func delete(_ target: Expr) throws(CompileError) {
        switch target.kind {
        case .name(let n):
            try name(n, .delete, at: target.range)
        case .attribute(let obj, let attr):
            try expr(obj)
            b.emit(Op.deleteAttr, .name(b.nameIndex(attr.name)))
        case .subscript(let obj, let index):
            try expr(obj)
            try expr(index)
            b.emit(Op.deleteSubscr)
        case .tuple(let elts), .list(let elts):
            for e in elts { try delete(e) }
        default:
            throw CompileError("internal error: cannot delete this expression", at: target.range)
        }
    }

    func augAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws(CompileError) {
        let code = FunctionCompiler.binaryCode(op)
        switch target.kind {
        case .name(let n):
            try name(n, .load, at: target.range)
            try expr(value)
            b.emit(Op.inplace, .u(code))
            try name(n, .store, at: target.range)
        case .attribute(let obj, let attr):
            let nameIdx = b.nameIndex(attr.name)
            try expr(obj)
            b.emit(Op.dupTop)
            b.emit(Op.loadAttr, .name(nameIdx))
            try expr(value)
            b.emit(Op.inplace, .u(code))
            b.emit(Op.rotTwo)
            b.emit(Op.storeAttr, .name(nameIdx))
        case .subscript(let obj, let index):
            try expr(obj)
            try expr(index)
            b.emit(Op.dupTopTwo)
            b.emit(Op.loadSubscr)
            try expr(value)
            b.emit(Op.inplace, .u(code))
            b.emit(Op.rotThree)
            b.emit(Op.storeSubscr)
        default:
            throw CompileError("internal error: bad augmented assignment target", at: target.range)
        }
    }

    // MARK: imports

    func importModule(_ a: Alias) throws(CompileError) {
        b.emit(Op.loadNone)
        b.emit(Op.loadSmallInt, .s(0))
        b.emit(Op.importName, .name(b.nameIndex(a.name)))
        let parts = a.name.split(separator: ".").map(String.init)
        if let asName = a.asName {
            // IMPORT_NAME gives the top package: walk down to the submodule.
            for p in parts.dropFirst() { b.emit(Op.loadAttr, .name(b.nameIndex(p))) }
            try name(asName.name, .store, at: asName.range)
        } else {
            try name(parts.first ?? a.name, .store, at: a.range)
        }
    }

    func importFrom(_ module: String?, _ names: [Alias], _ level: Int, _ s: Stmt) throws(CompileError) {
        // Relative imports are resolved here, ahead of time: the runtime
        // sees a level only for one that leaves the known packages.
        var module = module, level = level
        if level > 0, let absolute = m.model.absoluteImport(module, level: level) {
            module = absolute
            level = 0
        }
        if let star = names.first(where: { $0.name == "*" }) {
            if scope.kind != .module { throw CompileError("'import *' only allowed at module level", at: star.range) }
            loadConstant(.tuple([.string("*")]))
            loadConstant(.int(BigInt(level)))
            b.emit(Op.importName, .name(b.nameIndex(module ?? "")))
            b.emit(Op.importStar)
            return
        }
        loadConstant(.tuple(names.map { .string($0.name) }))
        loadConstant(.int(BigInt(level)))
        b.emit(Op.importName, .name(b.nameIndex(module ?? "")))
        for a in names {
            b.emit(Op.importFrom, .name(b.nameIndex(a.name)))
            if let asName = a.asName {
                try name(asName.name, .store, at: asName.range)
            } else {
                try name(a.name, .store, at: a.range)
            }
        }
        b.emit(Op.popTop)
    }
}
