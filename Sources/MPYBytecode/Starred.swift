// Star arguments in calls (f(*a, k=1, **d)), starred items in displays
// ([*a, b], (*a,), {*a}, {**d, 'k': 1}) and starred assignment targets.
//
// A call with * or ** builds an arguments tuple (a list while items are
// spread, then LIST_TO_TUPLE) and, when it has keywords, a dict: runs of
// name=value become BUILD_MAP, each **mapping is merged with DICT_MERGE,
// which rejects a keyword given twice. CALL_EX then calls.
import CMPYFormat
import MPYSemantics
import MPYSyntax

extension FunctionCompiler {
    static func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    /// Whether a call needs CALL_EX.
    static func needsCallEx(_ args: [Expr], _ keywords: [Keyword]) -> Bool {
        args.contains(where: isStarred) || keywords.contains { $0.name == nil }
    }

    /// Builds a list of `elts` with starred items spread; the `prefix`
    /// values already on the stack become its first items.
    func buildSpreadList(_ elts: [Expr], prefix: Int = 0) throws(CompileError) {
        var i = 0
        while i < elts.count && prefix + i < FunctionCompiler.displayChunk && !FunctionCompiler.isStarred(elts[i]) {
            try expr(elts[i])
            i += 1
        }
        b.emit(Op.buildList, .u(prefix + i))
        for e in elts[i...] {
            if case .starred(let inner) = e.kind {
                try expr(inner)
                b.emit(Op.listExtend, .u(1))
            } else {
                try expr(e)
                b.emit(Op.listAppend, .u(1))
            }
        }
    }

    /// With the callable and `prefix` positional values on the stack: the
    /// arguments tuple, the keywords dict if any, and CALL_EX.
    func callEx(prefix: Int, _ args: [Expr], _ keywords: [Keyword]) throws(CompileError) {
        if args.contains(where: FunctionCompiler.isStarred) {
            try buildSpreadList(args, prefix: prefix)
            b.emit(Op.listToTuple)
        } else {
            for a in args { try expr(a) }
            b.emit(Op.buildTuple, .u(prefix + args.count))
        }
        if keywords.isEmpty {
            b.emit(Op.callEx, .u(0))
            return
        }
        var started = false
        var i = 0
        while i < keywords.count {
            if keywords[i].name != nil {
                var n = 0
                while i < keywords.count, let kn = keywords[i].name {
                    loadStr(kn.name)
                    try expr(keywords[i].value)
                    n += 1
                    i += 1
                }
                b.emit(Op.buildMap, .u(n))
                if started { b.emit(Op.dictMerge, .two(1, 1)) }
            } else {
                if !started { b.emit(Op.buildMap, .u(0)) }
                try expr(keywords[i].value)
                b.emit(Op.dictMerge, .two(1, 1))
                i += 1
            }
            started = true
        }
        b.emit(Op.callEx, .u(1))
    }

    /// A set display with starred items: each spread item is added in a loop.
    func spreadSet(_ elts: [Expr]) throws(CompileError) {
        var i = 0
        while i < elts.count && i < FunctionCompiler.displayChunk && !FunctionCompiler.isStarred(elts[i]) {
            try expr(elts[i])
            i += 1
        }
        b.emit(Op.buildSet, .u(i))
        for e in elts[i...] {
            if case .starred(let inner) = e.kind {
                try expr(inner)
                b.emit(Op.getIter)
                let top = b.newLabel(), end = b.newLabel()
                b.place(top)
                b.emit(Op.forIter, .jump(end))
                b.emit(Op.setAdd, .u(2))
                b.emit(Op.jump, .jump(top))
                b.place(end)
            } else {
                try expr(e)
                b.emit(Op.setAdd, .u(1))
            }
        }
    }

    /// A dict display with ** items: later keys win.
    func spreadDict(_ items: [DictItem]) throws(CompileError) {
        var i = 0
        while i < items.count, let k = items[i].key {
            try expr(k)
            try expr(items[i].value)
            i += 1
        }
        b.emit(Op.buildMap, .u(i))
        for item in items[i...] {
            if let k = item.key {
                try expr(k)
                try expr(item.value)
                b.emit(Op.mapAdd, .u(1))
            } else {
                try expr(item.value)
                b.emit(Op.dictMerge, .two(1, 0))
            }
        }
    }

    /// Stores the sequence on top of the stack into targets with one
    /// starred item: UNPACK_EX, then each target in order.
    func storeStarred(_ elts: [Expr], at range: SourceRange) throws(CompileError) {
        let stars = elts.indices.filter { FunctionCompiler.isStarred(elts[$0]) }
        guard stars.count == 1, let star = stars.first else {
            throw CompileError("multiple starred expressions in assignment", at: elts[stars[1]].range)
        }
        b.emit(Op.unpackEx, .two(star, elts.count - star - 1))
        for e in elts {
            if case .starred(let inner) = e.kind { try store(inner) } else { try store(e) }
        }
    }
}
