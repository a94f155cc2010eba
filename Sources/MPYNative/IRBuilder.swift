// A thin layer over the LLVM C API's instruction builder: the handful of
// instruction kinds the lowering emits, with Swift arrays for operands and
// the function under construction at hand for new blocks.
import CLLVM

final class IRBuilder {
    let b: LLVMBuilderRef
    let rt: RuntimeABI
    var function: LLVMValueRef!

    init(_ rt: RuntimeABI) {
        self.rt = rt
        b = LLVMCreateBuilderInContext(rt.ctx)
    }

    deinit { LLVMDisposeBuilder(b) }

    // MARK: blocks

    func block(_ name: String) -> LLVMBasicBlockRef { LLVMAppendBasicBlockInContext(rt.ctx, function, name) }
    func position(_ bb: LLVMBasicBlockRef) { LLVMPositionBuilderAtEnd(b, bb) }
    var current: LLVMBasicBlockRef { LLVMGetInsertBlock(b) }
    /// The current block already ends in a branch or return.
    var terminated: Bool { LLVMGetBasicBlockTerminator(current) != nil }

    // MARK: memory

    func alloca(_ type: LLVMTypeRef, _ name: String = "") -> LLVMValueRef { LLVMBuildAlloca(b, type, name) }
    func load(_ type: LLVMTypeRef, _ p: LLVMValueRef, _ name: String = "") -> LLVMValueRef { LLVMBuildLoad2(b, type, p, name) }
    @discardableResult func store(_ v: LLVMValueRef, _ p: LLVMValueRef) -> LLVMValueRef { LLVMBuildStore(b, v, p) }

    /// Address of word `index` of the array or structure at `base`.
    func wordAddress(_ base: LLVMValueRef, _ index: Int) -> LLVMValueRef {
        var idx: [LLVMValueRef?] = [LLVMConstInt(rt.i32, UInt64(index), 0)]
        return LLVMBuildInBoundsGEP2(b, rt.word, base, &idx, 1, "")
    }

    func wordAddress(_ base: LLVMValueRef, _ index: LLVMValueRef) -> LLVMValueRef {
        var idx: [LLVMValueRef?] = [index]
        return LLVMBuildInBoundsGEP2(b, rt.word, base, &idx, 1, "")
    }

    func loadWord(_ base: LLVMValueRef, _ index: Int, _ name: String = "") -> LLVMValueRef {
        load(rt.word, wordAddress(base, index), name)
    }

    func loadPtr(_ base: LLVMValueRef, _ index: Int, _ name: String = "") -> LLVMValueRef {
        load(rt.ptr, wordAddress(base, index), name)
    }

    // MARK: values

    func phi(_ type: LLVMTypeRef, _ incoming: [(LLVMValueRef, LLVMBasicBlockRef)]) -> LLVMValueRef {
        let p = LLVMBuildPhi(b, type, "")!
        var values: [LLVMValueRef?] = incoming.map { $0.0 }
        var blocks: [LLVMBasicBlockRef?] = incoming.map { $0.1 }
        LLVMAddIncoming(p, &values, &blocks, UInt32(incoming.count))
        return p
    }

    func toPtr(_ v: LLVMValueRef) -> LLVMValueRef { LLVMBuildIntToPtr(b, v, rt.ptr, "") }
    func toWord(_ v: LLVMValueRef) -> LLVMValueRef { LLVMBuildPtrToInt(b, v, rt.word, "") }
    func icmp(_ p: LLVMIntPredicate, _ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildICmp(b, p, x, y, "") }
    func and(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildAnd(b, x, y, "") }
    func or(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildOr(b, x, y, "") }
    func xor(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildXor(b, x, y, "") }
    func add(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildAdd(b, x, y, "") }
    func sub(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildSub(b, x, y, "") }
    func ashr(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildAShr(b, x, y, "") }
    func shl(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildShl(b, x, y, "") }
    func select(_ c: LLVMValueRef, _ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildSelect(b, c, x, y, "") }
    func trunc(_ v: LLVMValueRef, _ t: LLVMTypeRef) -> LLVMValueRef { LLVMBuildTrunc(b, v, t, "") }
    /// A narrower integer (an i1 condition, a loaded element) widened to a word with zeros.
    func zext(_ v: LLVMValueRef, from _: LLVMTypeRef? = nil) -> LLVMValueRef { LLVMBuildZExt(b, v, rt.word, "") }

    /// `{result, overflow}` of llvm.{s}{add,sub,mul}.with.overflow on words.
    func withOverflow(_ op: String, _ x: LLVMValueRef, _ y: LLVMValueRef) -> (LLVMValueRef, LLVMValueRef) {
        let name = "llvm.\(op).with.overflow"
        var tys: [LLVMTypeRef?] = [rt.word]
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        let fn = LLVMGetIntrinsicDeclaration(rt.module, id, &tys, 1)!
        let ft = LLVMIntrinsicGetType(rt.ctx, id, &tys, 1)!
        var args: [LLVMValueRef?] = [x, y]
        let pair = LLVMBuildCall2(b, ft, fn, &args, 2, "")!
        return (LLVMBuildExtractValue(b, pair, 0, ""), LLVMBuildExtractValue(b, pair, 1, ""))
    }

    /// A call of intrinsic `name` overloaded on `type` (its result type).
    func callIntrinsic(_ name: String, _ args: [LLVMValueRef], type: LLVMTypeRef) -> LLVMValueRef {
        var tys: [LLVMTypeRef?] = [type]
        let id = LLVMLookupIntrinsicID(name, name.utf8.count)
        let fn = LLVMGetIntrinsicDeclaration(rt.module, id, &tys, 1)!
        let ft = LLVMIntrinsicGetType(rt.ctx, id, &tys, 1)!
        var a: [LLVMValueRef?] = args
        return LLVMBuildCall2(b, ft, fn, &a, UInt32(a.count), "")
    }

    // MARK: control

    func br(_ bb: LLVMBasicBlockRef) { LLVMBuildBr(b, bb) }
    func condBr(_ c: LLVMValueRef, _ t: LLVMBasicBlockRef, _ f: LLVMBasicBlockRef) { LLVMBuildCondBr(b, c, t, f) }
    func ret(_ v: LLVMValueRef) { LLVMBuildRet(b, v) }

    /// Branch on a condition that is almost never true (error paths).
    func condBrUnlikely(_ c: LLVMValueRef, _ t: LLVMBasicBlockRef, _ f: LLVMBasicBlockRef) {
        let br = LLVMBuildCondBr(b, c, t, f)!
        var weights: [LLVMMetadataRef?] = [
            LLVMValueAsMetadata(LLVMConstInt(rt.i32, 1, 0)), LLVMValueAsMetadata(LLVMConstInt(rt.i32, 2000, 0)),
        ]
        let tag = LLVMMDStringInContext2(rt.ctx, "branch_weights", 14)
        var node: [LLVMMetadataRef?] = [tag] + weights
        let md = LLVMMDNodeInContext2(rt.ctx, &node, node.count)
        weights.removeAll()
        let kind = LLVMGetMDKindIDInContext(rt.ctx, "prof", 4)
        LLVMSetMetadata(br, kind, LLVMMetadataAsValue(rt.ctx, md))
    }

    /// A call of runtime function `name` (declared from RuntimeABI.signatures).
    @discardableResult
    func call(_ name: String, _ args: [LLVMValueRef]) -> LLVMValueRef {
        let (fn, ft) = rt.function(name)
        var a: [LLVMValueRef?] = args
        return LLVMBuildCall2(b, ft, fn, &a, UInt32(a.count), "")
    }
}

// MARK: doubles (the float fast paths)

extension IRBuilder {
    var f64: LLVMTypeRef { LLVMDoubleTypeInContext(rt.ctx) }
    func sitofp(_ v: LLVMValueRef) -> LLVMValueRef { LLVMBuildSIToFP(b, v, f64, "") }
    func fadd(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildFAdd(b, x, y, "") }
    func fsub(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildFSub(b, x, y, "") }
    func fmul(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildFMul(b, x, y, "") }
    func fdiv(_ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef { LLVMBuildFDiv(b, x, y, "") }
    func fcmp(_ p: LLVMRealPredicate, _ x: LLVMValueRef, _ y: LLVMValueRef) -> LLVMValueRef {
        LLVMBuildFCmp(b, p, x, y, "")
    }

    /// The double `bytes` bytes into the object at `base`.
    func loadDouble(_ base: LLVMValueRef, byteOffset bytes: Int) -> LLVMValueRef {
        var idx: [LLVMValueRef?] = [LLVMConstInt(rt.i32, UInt64(bytes), 0)]
        let p = LLVMBuildInBoundsGEP2(b, rt.i8, base, &idx, 1, "")!
        return load(f64, p)
    }
}
