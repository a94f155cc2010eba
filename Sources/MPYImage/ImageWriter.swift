// Turns a compiled module (BytecodeModule) into an LLVM module of read-only
// data laid out as mpy_format.h and the runtime's object headers describe:
// code objects, constant pools, interned names, and the module image.
//
// Names and string constants become `linkonce_odr` str objects named by a
// hash of their content, each in its own COMDAT, so the linker keeps one
// copy of equal strings across separately compiled modules: interning by
// address, with no RAM and no start-up work.
import CLLVM
import BigInt
import CMPYFormat
import MPYBytecode
import MPYLLVM

public struct ImageError: Error, CustomStringConvertible {
    public let description: String
}

public final class ImageWriter {
    public let ctx: LLVMContextRef
    public let module: LLVMModuleRef
    public let tm: TargetMachine
    public let word: LLVMTypeRef
    public let i8: LLVMTypeRef
    public let i16: LLVMTypeRef
    public let i32: LLVMTypeRef
    public let ptr: LLVMTypeRef
    public let wordBits: Int
    var strings: [String: LLVMValueRef] = [:]
    var externs: [String: LLVMValueRef] = [:]
    var counter = 0
    public let prefix: String

    /// `moduleName` is the dotted import name ("__main__" for the program).
    public init(target tm: TargetMachine, moduleName: String) {
        self.tm = tm
        ctx = LLVMContextCreate()
        module = LLVMModuleCreateWithNameInContext(moduleName, ctx)
        tm.configure(module)
        wordBits = tm.arch.wordSize * 8
        word = LLVMIntTypeInContext(ctx, UInt32(wordBits))
        i8 = LLVMInt8TypeInContext(ctx)
        i16 = LLVMInt16TypeInContext(ctx)
        i32 = LLVMInt32TypeInContext(ctx)
        ptr = LLVMPointerTypeInContext(ctx, 0)
        prefix = "mpy." + ImageWriter.mangle(moduleName)
    }

    deinit {
        LLVMDisposeModule(module)
        LLVMContextDispose(ctx)
    }

    /// Symbol of the module image (`mpy_module_image`) for a module name.
    public static func imageSymbol(for moduleName: String) -> String { "mpy_module." + mangle(moduleName) }

    /// Symbol of a frozen module's image: distinct from `imageSymbol`, so a
    /// program module and a frozen one of the same name can be linked together.
    public static func frozenImageSymbol(for moduleName: String) -> String { "mpy_frozen_module." + mangle(moduleName) }

    /// Module names in symbols: ASCII letters, digits, `_` and the dots of
    /// package names stay; any other character becomes `$` and its hex code,
    /// so distinct module names never share a symbol.
    static func mangle(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if (c.isASCII && c.properties.isAlphabetic) || ("0"..."9").contains(c) || c == "_" || c == "." {
                out.unicodeScalars.append(c)
            } else {
                out += "$" + String(c.value, radix: 16) + "$"
            }
        }
        return out
    }

    // MARK: helpers

    public func external(_ name: String) -> LLVMValueRef {
        if let g = externs[name] { return g }
        let g = LLVMGetNamedGlobal(module, name) ?? LLVMAddGlobal(module, i8, name)!
        externs[name] = g
        return g
    }

    public func wordConst(_ v: Int) -> LLVMValueRef { LLVMConstInt(word, UInt64(bitPattern: Int64(v)), 1) }
    public func toWord(_ p: LLVMValueRef) -> LLVMValueRef { LLVMConstPtrToInt(p, word) }

    func constStruct(_ fields: [LLVMValueRef]) -> LLVMValueRef {
        var f: [LLVMValueRef?] = fields
        return LLVMConstStructInContext(ctx, &f, UInt32(f.count), 0)
    }

    func constArray(_ type: LLVMTypeRef, _ items: [LLVMValueRef]) -> LLVMValueRef {
        var v: [LLVMValueRef?] = items
        return LLVMConstArray2(type, &v, UInt64(v.count))
    }

    /// A private constant global holding `value`.
    public func global(_ value: LLVMValueRef, name: String? = nil, align: UInt32 = 0) -> LLVMValueRef {
        counter += 1
        let g = LLVMAddGlobal(module, LLVMTypeOf(value), name ?? "\(prefix).\(counter)")!
        LLVMSetInitializer(g, value)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMPrivateLinkage)
        LLVMSetUnnamedAddr(g, 1)
        if align > 0 { LLVMSetAlignment(g, align) }
        return g
    }

    public func bytesArray(_ b: [UInt8]) -> LLVMValueRef {
        constArray(i8, b.map { LLVMConstInt(i8, UInt64($0), 0) })
    }

    // MARK: objects

    /// The runtime's string hash (FNV-1a, masked to a positive small int, never 0).
    func strHash(_ bytes: [UInt8]) -> Int {
        var h: UInt32 = 2166136261
        for b in bytes { h ^= UInt32(b); h = h &* 16777619 }
        let smallMax = (1 << (wordBits - 2)) - 1
        let r = Int(h) & (smallMax >> 1)
        return r == 0 ? 1 : r
    }

    /// An interned str object: `{ type, hash, len, data, chars }` (mp_str_t in
    /// obj.h; chars counts the code points as the runtime does, the bytes that
    /// are not UTF-8 continuation bytes), merged by content.
    public func str(_ s: String) -> LLVMValueRef {
        if let g = strings[s] { return g }
        let bytes = Array(s.utf8)
        var hasher: UInt64 = 0xcbf29ce484222325
        for b in bytes { hasher ^= UInt64(b); hasher = hasher &* 0x100000001b3 }
        let name = "mpy.str.\(bytes.count).\(String(hasher, radix: 16))"
        if let g = LLVMGetNamedGlobal(module, name) { strings[s] = g; return g }
        let comdat = LLVMGetOrInsertComdat(module, name)
        let data = LLVMAddGlobal(module, LLVMArrayType2(i8, UInt64(bytes.count + 1)), name + ".data")!
        LLVMSetInitializer(data, bytesArray(bytes + [0]))
        LLVMSetGlobalConstant(data, 1)
        LLVMSetLinkage(data, LLVMLinkOnceODRLinkage)
        LLVMSetVisibility(data, LLVMHiddenVisibility)
        LLVMSetComdat(data, comdat)
        let chars = bytes.filter { $0 & 0xC0 != 0x80 }.count
        let obj = constStruct([
            external("mp_type_str"), wordConst(strHash(bytes)), wordConst(bytes.count), data, wordConst(chars),
        ])
        let g = LLVMAddGlobal(module, LLVMTypeOf(obj), name)!
        LLVMSetInitializer(g, obj)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetLinkage(g, LLVMLinkOnceODRLinkage)
        LLVMSetVisibility(g, LLVMHiddenVisibility)
        LLVMSetComdat(g, comdat)
        LLVMSetAlignment(g, 8)
        strings[s] = g
        return g
    }

    /// A constant as an object word (tagged small int, immediate, or pointer).
    public func object(_ c: ConstValue, codes: [LLVMValueRef]) throws -> LLVMValueRef {
        switch c {
        case .none: return wordConst(0x06)
        case .bool(let b): return wordConst(b ? 0x16 : 0x0E)
        case .ellipsis: return wordConst(0x2E)
        case .int(let v):
            let limit = BigInt(1) << (wordBits - 2)
            if v >= -limit && v < limit { return wordConst(Int(v) << 1 | 1) }
            return toWord(bigInt(v))
        case .float(let d):
            let obj = constStruct([external("mp_type_float"), LLVMConstReal(LLVMDoubleTypeInContext(ctx), d)])
            return toWord(global(obj, align: 8))
        case .str(let s): return toWord(str(s))
        case .tuple(let items):
            let elems = try items.map { try object($0, codes: codes) }
            let obj = constStruct([external("mp_type_tuple"), wordConst(items.count), constArray(word, elems)])
            return toWord(global(obj, align: 8))
        case .code(let i): return toWord(codes[i])
        case .bytes(let b):
            // mp_bytes_t `{ type, hash, len, const uint8_t *data }`, the data in
            // read-only memory; the hash is the runtime's (same as str's).
            let data = global(bytesArray(b + [0]))
            let obj = constStruct([external("mp_type_bytes"), wordConst(strHash(b)), wordConst(b.count), data])
            return toWord(global(obj, align: 8))
        case .complex(let d):
            // mp_complex_t `{ type, double real, double imag }`; a literal is purely imaginary.
            let f64 = LLVMDoubleTypeInContext(ctx)
            let obj = constStruct([external("mp_type_complex"), LLVMConstReal(f64, 0), LLVMConstReal(f64, d)])
            return toWord(global(obj, align: 8))
        }
    }

    /// A big int: `{ type, mpz* }` and the mpz `{ u32 len, u32 neg, u32 digits[] }`.
    func bigInt(_ v: BigInt) -> LLVMValueRef {
        var mag = v.magnitude
        var digits: [LLVMValueRef] = []
        while mag > 0 {
            digits.append(LLVMConstInt(i32, UInt64(mag & 0xFFFF_FFFF), 0))
            mag >>= 32
        }
        let mpz = constStruct([
            LLVMConstInt(i32, UInt64(digits.count), 0), LLVMConstInt(i32, v < 0 ? 1 : 0, 0),
            constArray(i32, digits),
        ])
        let z = global(mpz, align: 8)
        return global(constStruct([external("mp_type_int"), z]), align: 8)
    }

    // MARK: code objects

    /// Native code for some code objects: called once the code-object
    /// globals exist (so native functions can refer to them and to the
    /// constants), it returns each lowered code object's entry function.
    public typealias NativeLowering = (ImageWriter, _ codes: [LLVMValueRef]) throws -> [Int: LLVMValueRef]

    /// Emits every code object and the module image; returns the image global.
    @discardableResult
    public func emit(_ bc: BytecodeModule, moduleName: String, native: NativeLowering? = nil) throws -> LLVMValueRef {
        // Code objects refer to each other through consts; make placeholders
        // first, then fill them in.
        let codeType = codeStructType()
        let codes: [LLVMValueRef] = bc.codes.indices.map { i in
            let g = LLVMAddGlobal(module, codeType, "\(prefix).code.\(i)")!
            LLVMSetGlobalConstant(g, 1)
            LLVMSetLinkage(g, LLVMPrivateLinkage)
            LLVMSetAlignment(g, 8)
            return g
        }
        let file = str(bc.file)
        let entries = try native?(self, codes) ?? [:]
        for (i, code) in bc.codes.enumerated() {
            LLVMSetInitializer(codes[i], try codeStruct(code, file: file, codes: codes, type: codeType, native: entries[i]))
        }
        let image = constStruct([toWord(str(moduleName)), codes[bc.top]])
        let g = LLVMAddGlobal(module, LLVMTypeOf(image), ImageWriter.imageSymbol(for: moduleName))!
        LLVMSetInitializer(g, image)
        LLVMSetGlobalConstant(g, 1)
        LLVMSetAlignment(g, 8)
        return g
    }

    /// `mpy_code` as an LLVM struct (natural C layout).
    func codeStructType() -> LLVMTypeRef {
        var fields: [LLVMTypeRef?] = [
            ptr, ptr, ptr, ptr, word, word, i32,
            i16, i16, i16, i16, i16, i16, i16, i16, i16, i16, i16,
            ptr, ptr, ptr, i16, ptr, ptr, i16,
        ]
        return LLVMStructTypeInContext(ctx, &fields, UInt32(fields.count), 0)
    }

    func arrayGlobal(_ type: LLVMTypeRef, _ items: [LLVMValueRef], align: UInt32) -> LLVMValueRef {
        if items.isEmpty { return LLVMConstNull(ptr) }
        return global(constArray(type, items), align: align)
    }

    func codeStruct(
        _ c: CodeObject, file: LLVMValueRef, codes: [LLVMValueRef], type: LLVMTypeRef,
        native: LLVMValueRef?
    ) throws -> LLVMValueRef {
        func u16(_ v: Int, _ what: String) throws -> LLVMValueRef {
            guard v >= 0 && v <= 0xFFFF else { throw ImageError(description: "function '\(c.name)' is too large: \(what) \(v)") }
            return LLVMConstInt(i16, UInt64(v), 0)
        }
        let consts = arrayGlobal(word, try c.consts.map { try object($0, codes: codes) }, align: 8)
        let names = arrayGlobal(word, c.names.map { toWord(str($0)) }, align: 8)
        let bytecode = global(bytesArray(c.bytecode))
        let lines = global(bytesArray(c.lineTable + [0, 0]))
        let argNames = arrayGlobal(word, c.argNames.map { toWord(str($0)) }, align: 8)
        let cellArgs = arrayGlobal(i16, c.cellArgs.map { LLVMConstInt(i16, UInt64($0), 0) }, align: 2)
        // The interpreter's inline caches: zeroed RAM (.bss), the one
        // writable part of an image; none for code that runs as machine code.
        let nCaches = native == nil ? c.cacheCount : 0
        var caches = LLVMConstNull(ptr)!
        if nCaches > 0 {
            let type = LLVMArrayType2(word, UInt64(nCaches * Int(MPY_CACHE_WORDS)))!
            counter += 1
            let g = LLVMAddGlobal(module, type, "\(prefix).caches.\(counter)")!
            LLVMSetInitializer(g, LLVMConstNull(type))
            LLVMSetLinkage(g, LLVMInternalLinkage)
            LLVMSetAlignment(g, UInt32(wordBits / 8))
            caches = g
        }
        var fields: [LLVMValueRef?] = [
            consts, names, bytecode, lines, toWord(str(c.name)), toWord(file),
            LLVMConstInt(i32, UInt64(c.bytecode.count), 0),
            try u16(c.consts.count, "constants"), try u16(c.names.count, "names"), try u16(c.nLocals, "locals"),
            try u16(c.nCells, "cells"), try u16(c.nFree, "free variables"), try u16(c.maxStack, "stack depth"),
            try u16(c.nPosArgs, "parameters"), try u16(c.nKwOnlyArgs, "keyword-only parameters"),
            try u16(c.nPosOnlyArgs, "positional-only parameters"),
            try u16(min(c.firstLine, 0xFFFF), "line"), LLVMConstInt(i16, UInt64(c.flags), 0),
            argNames, cellArgs,
            c.excTable.isEmpty ? LLVMConstNull(ptr) : global(bytesArray(c.excTable)),
            try u16(c.nExcEntries, "exception handlers"),
            native ?? LLVMConstNull(ptr), caches, try u16(nCaches, "cached names"),
        ]
        return LLVMConstNamedStruct(type, &fields, UInt32(fields.count))
    }

    /// IR text, for `--emit-llvm`.
    public func irText() -> String {
        let s = LLVMPrintModuleToString(module)!
        defer { LLVMDisposeMessage(s) }
        return String(cString: s)
    }

    public func objectCode() throws -> [UInt8] { try tm.emit(module) }

    /// Assembly (`-S`), after optimization.
    public func assembly() throws -> [UInt8] { try tm.emit(module, assembly: true) }

    /// IR text after optimization (`--emit-llvm`).
    public func optimizedIR() throws -> String {
        try tm.verifyAndOptimize(module)
        return irText()
    }
}
