// Small helpers the syntax tests share: lex or parse a snippet, pull out the
// first expression, and run deep recursions on a thread with a large stack.
import Foundation
@testable import MPYSyntax

func source(_ text: String) -> SourceFile { SourceFile(path: "t.py", text: text) }

func lex(_ text: String) throws(CompileError) -> [Token] { try Lexer.tokenize(source(text)) }

func kinds(_ text: String) throws(CompileError) -> [TokenKind] { try lex(text).map(\.kind) }

func parse(_ text: String) throws(CompileError) -> Module { try Parser.parse(source(text)) }

/// The error the front end reports for `text`, or nil when it parses.
func parseError(_ text: String) -> CompileError? {
    do { _ = try parse(text); return nil } catch { return error }
}

func parseError(bytes: [UInt8]) -> CompileError? {
    do { _ = try Parser.parse(SourceFile(path: "t.py", bytes: bytes)); return nil } catch { return error }
}

struct NotAnExpression: Error {}

/// The expression of the first statement (an expression statement, or the
/// value of an assignment).
func firstExpr(_ text: String) throws -> Expr {
    let m = try parse(text)
    guard let s = m.body.first else { throw NotAnExpression() }
    switch s.kind {
    case .expr(let e): return e
    case .assign(_, let v): return v
    default: throw NotAnExpression()
    }
}

/// The constant a one-literal program evaluates to.
func constant(_ text: String) throws -> Constant {
    guard case .constant(let c) = try firstExpr(text).kind else { throw NotAnExpression() }
    return c
}

func string(_ text: String) throws -> String? {
    if case .string(let s) = try constant(text) { return s }
    return nil
}

func bytesValue(_ text: String) throws -> [UInt8]? {
    if case .bytes(let b) = try constant(text) { return b }
    return nil
}

/// The source text a range covers.
func slice(_ text: String, _ r: SourceRange) -> String { source(text).text(r) }

/// Runs `body` on a thread with a 64 MiB stack and waits: the test runner's
/// threads may have stacks too small for the parser's deepest recursion.
func onBigStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        box.value = body()
        done.signal()
    }
    thread.stackSize = 64 << 20
    thread.start()
    done.wait()
    return box.value!
}

final class ResultBox<T>: @unchecked Sendable {
    var value: T?
    init() {}
}
