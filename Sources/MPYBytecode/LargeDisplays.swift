// Displays too long for the value stack ([0, 1, ... 65535], big dict
// tables): the first `displayChunk` items are built as usual, every later
// item is added one at a time (LIST_APPEND, SET_ADD, MAP_ADD), so the stack
// never holds more than one chunk and any length compiles. Displays up to
// the chunk size compile exactly as before.
import CMPYFormat
import MPYSemantics
import MPYSyntax

extension FunctionCompiler {
    /// Items pushed at once by one BUILD_LIST / BUILD_SET / BUILD_MAP.
    static let displayChunk = 1024

    /// A list display of more than `displayChunk` items, no starred item.
    func largeList(_ elts: [Expr]) throws(CompileError) {
        try chunked(elts, build: Op.buildList, add: Op.listAppend) { (e: Expr) throws(CompileError) in try expr(e) }
    }

    /// A set display of more than `displayChunk` items, no starred item.
    func largeSet(_ elts: [Expr]) throws(CompileError) {
        try chunked(elts, build: Op.buildSet, add: Op.setAdd) { (e: Expr) throws(CompileError) in try expr(e) }
    }

    /// A dict display of more than `displayChunk` items, no `**` item.
    /// Keys and values are evaluated in source order, a repeated key's last
    /// value wins, as with BUILD_MAP.
    func largeDict(_ items: [DictItem]) throws(CompileError) {
        try chunked(items, build: Op.buildMap, add: Op.mapAdd) { (item: DictItem) throws(CompileError) in try dictItem(item) }
    }

    /// The first `displayChunk` items pushed and built by `build`, every
    /// later one pushed and added by `add` (operand 1: the display is just
    /// below the item).
    private func chunked<T>(_ items: [T], build: UInt8, add: UInt8, push: (T) throws(CompileError) -> Void) throws(CompileError) {
        let head = items.prefix(FunctionCompiler.displayChunk)
        for item in head { try push(item) }
        b.emit(build, .u(head.count))
        for item in items.dropFirst(head.count) {
            try push(item)
            b.emit(add, .u(1))
        }
    }

    func dictItem(_ item: DictItem) throws(CompileError) {
        guard let k = item.key else { throw CompileError("internal error: '**' in a dict display", at: item.value.range) }
        try expr(k)
        try expr(item.value)
    }
}
