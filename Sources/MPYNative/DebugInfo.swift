// DWARF line tables for native code: one compile unit per module (the .py
// file), one subprogram per native function, and the source line of the
// bytecode instruction on every IR instruction lowered from it. With them,
// gdb on a host executable breaks on `file.py:LINE` inside a native
// function and its backtraces name Python lines.
import CLLVM
import Foundation

final class DebugInfo {
    let di: LLVMDIBuilderRef
    let rt: RuntimeABI
    let file: LLVMMetadataRef
    let subroutineType: LLVMMetadataRef

    init(_ rt: RuntimeABI, path: String, optimized: Bool) {
        self.rt = rt
        di = LLVMCreateDIBuilder(rt.module)
        let url = URL(fileURLWithPath: path)
        let name = url.lastPathComponent, dir = url.deletingLastPathComponent().path
        file = LLVMDIBuilderCreateFile(di, name, name.utf8.count, dir, dir.utf8.count)
        let producer = "mpy-native"
        _ = LLVMDIBuilderCreateCompileUnit(
            di, LLVMDWARFSourceLanguagePython, file, producer, producer.utf8.count, optimized ? 1 : 0,
            "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0, 0, 0, "", 0, "", 0)
        subroutineType = LLVMDIBuilderCreateSubroutineType(di, file, nil, 0, LLVMDIFlagZero)
        let version = LLVMValueAsMetadata(LLVMConstInt(rt.i32, 3, 0))
        LLVMAddModuleFlag(rt.module, LLVMModuleFlagBehaviorWarning, "Debug Info Version", 18, version)
        let dwarf = LLVMValueAsMetadata(LLVMConstInt(rt.i32, 4, 0))
        LLVMAddModuleFlag(rt.module, LLVMModuleFlagBehaviorWarning, "Dwarf Version", 13, dwarf)
    }

    deinit { LLVMDisposeDIBuilder(di) }

    /// The subprogram of a native function named `name` (its Python name)
    /// starting on `line`, attached to `function`.
    func subprogram(for function: LLVMValueRef, name: String, line: Int, optimized: Bool) -> LLVMMetadataRef {
        let sp = LLVMDIBuilderCreateFunction(
            di, file, name, name.utf8.count, "", 0, file, UInt32(line), subroutineType,
            1, 1, UInt32(line), LLVMDIFlagZero, optimized ? 1 : 0)!
        LLVMSetSubprogram(function, sp)
        return sp
    }

    /// Makes `line` the location of the instructions `builder` emits next.
    func setLine(_ line: Int, in scope: LLVMMetadataRef, builder: LLVMBuilderRef) {
        let loc = LLVMDIBuilderCreateDebugLocation(rt.ctx, UInt32(line), 0, scope, nil)
        LLVMSetCurrentDebugLocation2(builder, loc)
    }

    func finalize() { LLVMDIBuilderFinalize(di) }
}
