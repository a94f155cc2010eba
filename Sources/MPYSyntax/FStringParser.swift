// Splits an f-string literal into constant text and replacement fields
// (`{expr!r:spec}`, `{expr=}`), parsing each expression with the ordinary
// lexer and parser over its exact byte range, so positions stay exact.

enum FStringParser {
    static func parse(
        file: SourceFile, token: Token, prefix sp: StringPrefix,
        scopeCounter: inout ScopeID, depth: Int
    ) throws(CompileError) -> [Expr] {
        var state = State(file: file, bytes: file.bytes, sp: sp, nextScope: scopeCounter, depth: depth)
        let (parts, _) = try state.parts(from: sp.bodyStart, to: sp.bodyEnd, inSpec: false)
        scopeCounter = state.nextScope
        return parts
    }

    struct State {
        let file: SourceFile
        let bytes: [UInt8]
        let sp: StringPrefix
        var nextScope: ScopeID
        let depth: Int

        /// Literal text and fields up to `to`, or (inSpec) up to the '}' that
        /// closes the enclosing field. Returns the parts and the stop index.
        mutating func parts(from: Int, to: Int, inSpec: Bool) throws(CompileError) -> ([Expr], Int) {
            var parts: [Expr] = []
            var chunk: [UInt8] = []
            var chunkStart = from
            var segStart = from
            var i = from
            func flushSegment(_ end: Int, _ chunk: inout [UInt8]) throws(CompileError) {
                if end > segStart {
                    chunk += try LiteralDecoder.decode(bytes, from: segStart, to: end, raw: sp.isRaw, isBytes: false)
                }
            }
            while i < to {
                let c = bytes[i]
                if c == 0x7B {  // '{'
                    if !inSpec && i + 1 < to && bytes[i + 1] == 0x7B {
                        try flushSegment(i + 1, &chunk)
                        i += 2
                        segStart = i
                        continue
                    }
                    try flushSegment(i, &chunk)
                    if !chunk.isEmpty {
                        parts.append(Expr(.constant(.string(String(decoding: chunk, as: UTF8.self))), SourceRange(chunkStart, i)))
                        chunk = []
                    }
                    let (fieldParts, end) = try field(at: i, to: to)
                    parts += fieldParts
                    i = end
                    segStart = i
                    chunkStart = i
                    continue
                }
                if c == 0x7D {  // '}'
                    if inSpec { break }
                    if i + 1 < to && bytes[i + 1] == 0x7D {
                        try flushSegment(i + 1, &chunk)
                        i += 2
                        segStart = i
                        continue
                    }
                    throw CompileError("f-string: single '}' is not allowed", at: i)
                }
                if c == 0x5C && !sp.isRaw && i + 1 < to {
                    let d = bytes[i + 1]
                    if d == 0x4E && i + 2 < to && bytes[i + 2] == 0x7B {
                        // \N{NAME}: its braces are not a field.
                        var k = i + 3
                        while k < to && bytes[k] != 0x7D { k += 1 }
                        i = min(k + 1, to)
                        continue
                    }
                    if d != 0x7B && d != 0x7D { i += 2; continue }
                }
                i += 1
            }
            if inSpec && i >= to {
                throw CompileError("f-string: expecting '}'", at: max(from - 1, 0))
            }
            try flushSegment(i, &chunk)
            if !chunk.isEmpty {
                parts.append(Expr(.constant(.string(String(decoding: chunk, as: UTF8.self))), SourceRange(chunkStart, i)))
            }
            return (parts, i)
        }

        /// A replacement field starting at the '{' at `open`.
        mutating func field(at open: Int, to: Int) throws(CompileError) -> ([Expr], Int) {
            var i = open + 1
            let exprStart = i
            var nest = 0
            var selfDoc = false
            scan: while true {
                guard i < to else { throw CompileError("f-string: expecting '}'", at: open) }
                let c = bytes[i]
                switch c {
                case 0x22, 0x27:
                    i = try skipQuoted(i, to: to)
                    continue
                case 0x5C:
                    throw CompileError("f-string expression part cannot include a backslash", at: i)
                case 0x23:
                    throw CompileError("f-string expression part cannot include '#'", at: i)
                case 0x28, 0x5B, 0x7B: nest += 1
                case 0x29, 0x5D: nest -= 1
                case 0x7D:
                    if nest == 0 { break scan }
                    nest -= 1
                case 0x21 where nest == 0 && (i + 1 >= to || bytes[i + 1] != 0x3D):
                    break scan
                case 0x3A where nest == 0:
                    break scan
                case 0x3D where nest == 0:
                    let prev = bytes[i - 1]
                    let next = i + 1 < to ? bytes[i + 1] : 0
                    if next != 0x3D && prev != 0x3D && prev != 0x21 && prev != 0x3C && prev != 0x3E {
                        selfDoc = true
                        break scan
                    }
                    if next == 0x3D { i += 1 }
                default: break
                }
                i += 1
            }
            let exprEnd = i
            var onlyBlank = true
            for k in exprStart..<exprEnd where bytes[k] != 0x20 && bytes[k] != 0x09 && bytes[k] != 0x0A && bytes[k] != 0x0D {
                onlyBlank = false
                break
            }
            if onlyBlank { throw CompileError("f-string: empty expression not allowed", at: open) }
            do {
                return try expressionField(open: open, exprStart: exprStart, exprEnd: exprEnd, selfDoc: selfDoc, to: to)
            } catch let e {
                // Errors inside a field say they come from an f-string, as CPython's do.
                if e.message.hasPrefix("f-string") { throw e }
                throw CompileError("f-string: " + e.message, at: e.offset)
            }
        }

        mutating func expressionField(open: Int, exprStart: Int, exprEnd: Int, selfDoc: Bool, to: Int) throws(CompileError) -> ([Expr], Int)
        {
            var i = exprEnd
            let tokens = try Lexer.tokenizeFragment(bytes, from: exprStart, to: exprEnd)
            var parser = Parser(file: file, tokens: tokens, firstScope: nextScope)
            parser.depth = depth + 1
            try parser.enter(tokens[0])
            var value = parser.at(.kwYield) ? try parser.yieldExpr() : try parser.starExpressions()
            if parser.at(.kwFor) || parser.at(.kwAsync) {
                // `f"{x for x in y}"` is a generator expression, as in CPython.
                let scope = parser.newScope()
                let comps = try parser.comprehensionClauses()
                value = Expr(.generator(scope, value, comps), value.range.to(parser.toks[parser.p - 1].range))
            }
            if !parser.at(.endOfFile) { throw parser.unexpected() }
            nextScope = parser.nextScope
            var result: [Expr] = []
            if selfDoc {
                i += 1
                while i < to && (bytes[i] == 0x20 || bytes[i] == 0x09) { i += 1 }
                let docText = String(decoding: bytes[exprStart..<i], as: UTF8.self)
                result.append(Expr(.constant(.string(docText)), SourceRange(exprStart, i)))
            }
            var conversion: Character?
            if i < to && bytes[i] == 0x21 {
                let cv = i + 1 < to ? bytes[i + 1] : 0
                guard cv == 0x72 || cv == 0x73 || cv == 0x61 else {
                    throw CompileError("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: i + 1)
                }
                conversion = Character(Unicode.Scalar(cv))
                i += 2
            }
            var spec: Expr?
            if i < to && bytes[i] == 0x3A {
                let specStart = i + 1
                let (specParts, end) = try parts(from: specStart, to: to, inSpec: true)
                spec = Expr(.joinedStr(specParts), SourceRange(specStart, end))
                i = end
            }
            guard i < to && bytes[i] == 0x7D else { throw CompileError("f-string: expecting '}'", at: open) }
            i += 1
            if selfDoc && conversion == nil && spec == nil { conversion = "r" }
            result.append(Expr(.formattedValue(value, conversion: conversion, spec: spec), SourceRange(open, i)))
            return (result, i)
        }

        /// Skips a string literal inside a field's expression.
        func skipQuoted(_ start: Int, to: Int) throws(CompileError) -> Int {
            let q = bytes[start]
            let triple = start + 2 < to && bytes[start + 1] == q && bytes[start + 2] == q
            var i = start + (triple ? 3 : 1)
            while i < to {
                if bytes[i] == 0x5C {
                    throw CompileError("f-string expression part cannot include a backslash", at: i)
                }
                if bytes[i] == q {
                    if !triple { return i + 1 }
                    if i + 2 < to && bytes[i + 1] == q && bytes[i + 2] == q { return i + 3 }
                }
                i += 1
            }
            throw CompileError("f-string: unterminated string", at: start)
        }
    }
}
