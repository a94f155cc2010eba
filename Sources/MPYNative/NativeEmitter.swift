// The native back end's entry point: lowers the code objects of a module
// whose emitter is native (`@micropython.native`, `--emit native`) into
// LLVM functions in the module image's own LLVM module, so native code
// refers to the image's constants, names and code objects directly. The
// image writer stores each entry in its code object (mpy_code.native).
import CLLVM
import MPYBytecode
import MPYImage
import MPYSemantics

public enum NativeEmitter {
    /// Entry functions by code-object index, for `ImageWriter.emit(_:native:)`.
    /// Every native code object is lowered, or the module fails to compile
    /// with the construct named.
    public static func lower(_ bc: BytecodeModule, writer: ImageWriter, codes: [LLVMValueRef]) throws -> [Int: LLVMValueRef] {
        let rt = RuntimeABI(writer)
        var entries: [Int: LLVMValueRef] = [:]
        guard bc.codes.contains(where: { $0.emitter == .native }) else { return entries }
        let debug = DebugInfo(rt, path: bc.file, optimized: writer.tm.optLevel != .O0)
        for (i, code) in bc.codes.enumerated() where code.emitter == .native {
            let name = "\(writer.prefix).native.\(i).\(ImageWriterNames.symbolPart(code.name))"
            let lowering = FunctionLowering(code: code, index: i, writer: writer, rt: rt, codes: codes, name: name)
            lowering.debug = debug
            entries[i] = try lowering.lower()
        }
        debug.finalize()
        return entries
    }
}

enum ImageWriterNames {
    /// A function name as a symbol fragment (for readable IR and backtraces).
    static func symbolPart(_ s: String) -> String {
        String(s.unicodeScalars.map { c -> Character in
            (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))) || c == "_" ? Character(c) : "_"
        })
    }
}
