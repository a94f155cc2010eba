// The runtime's C ABI as native code sees it: the functions it calls (with
// their LLVM types, declared on first use), the layouts of the few runtime
// structures it reads directly, and the tagged constants of obj.h. Keeping
// these in one place is what ties the emitter to runtime.h and native.h.
import CLLVM
import MPYImage

final class RuntimeABI {
    let w: ImageWriter
    let ctx: LLVMContextRef
    let module: LLVMModuleRef
    /// mp_obj_t, size_t, mp_int_t: the target's word.
    let word: LLVMTypeRef
    let ptr: LLVMTypeRef
    let i1: LLVMTypeRef
    let i8: LLVMTypeRef
    let i32: LLVMTypeRef
    let void: LLVMTypeRef
    /// Bytes per word.
    let wordSize: Int
    /// The native entry's type (mpy_native_fn).
    let entryType: LLVMTypeRef
    private var declared: [String: (fn: LLVMValueRef, type: LLVMTypeRef)] = [:]

    init(_ w: ImageWriter) {
        self.w = w
        ctx = w.ctx
        module = w.module
        word = w.word
        ptr = w.ptr
        i1 = LLVMInt1TypeInContext(w.ctx)
        i8 = w.i8
        i32 = w.i32
        void = LLVMVoidTypeInContext(w.ctx)
        wordSize = w.wordBits / 8
        var params: [LLVMTypeRef?] = [w.ptr, w.word, w.word, w.ptr]
        entryType = LLVMFunctionType(w.word, &params, 4, 0)
    }

    // MARK: constants of obj.h

    static let none = 0x06, falseObj = 0x0E, trueObj = 0x16, sentinel = 0x1E
    /// Word tags: a small int x is the word 2x+1 (`& smallIntTag` set); an
    /// object's address has the bits of `pointerTagMask` clear.
    static let smallIntTag = 1, pointerTagMask = 3
    func const(_ v: Int) -> LLVMValueRef { LLVMConstInt(word, UInt64(bitPattern: Int64(v)), 1) }
    var null: LLVMValueRef { const(0) }
    var noneObj: LLVMValueRef { const(RuntimeABI.none) }
    var trueObj: LLVMValueRef { const(RuntimeABI.trueObj) }
    var falseObj: LLVMValueRef { const(RuntimeABI.falseObj) }
    var sentinelObj: LLVMValueRef { const(RuntimeABI.sentinel) }
    func smallInt(_ v: Int) -> LLVMValueRef { const(v << 1 | 1) }

    /// runtime.h's MP_OP_INPLACE: mp_binary_op's operator for `x op= y` is
    /// MP_OP_INPLACE + op (enum mpy_binary_op).
    static let inplaceOp = 16
    /// mp_viper_unbox's and mp_viper_unbox_float's `kind` (native.h): an int
    /// truncated to the word (a float as is), a truth value, a pointer, or
    /// int(x) / float(x) of any object.
    enum UnboxKind { static let word = 0, truth = 1, pointer = 2, convert = 3 }

    // MARK: layouts (in words from the start of the structure)

    /// mp_frame_t: fun, ns, ip, sp, slots, stack, handling, back.
    enum Frame { static let fun = 0, ns = 1, ip = 2, sp = 3, slots = 4, stack = 5, handling = 6, back = 7 }
    /// mp_fun_bc_t: base, code, globals, defaults, kwdefaults, closure.
    enum Fun { static let globals = 2 }
    /// mp_cell_t: base, value.
    enum Cell { static let value = 1 }
    /// mp_range_iter_t: base, cur, stop, step.
    enum RangeIter { static let cur = 1, stop = 2, step = 3 }
    /// frame.ip of a viper function entered by a typed call (raw words in
    /// the slots, the raw result through frame.sp); never a bytecode address.
    static let typedCallMark = 1
    /// mp_state_t (runtime.h): the C stack's top and budget, the running frame.
    enum State { static let stackTop = 5, stackLimit = 6, frame = 9 }
    /// mp_dict_t: base, used, filled, alloc, index_mask, entries, index,
    /// version; entries of three words (key, value, hash).
    enum Dict { static let entries = 5, version = 7, entryWords = 3 }
    /// mp_global_cache_t (native.h): globals, version, builtins_version,
    /// entry (the entry number * 2, + `inBuiltins` when found there).
    enum GlobalCache { static let globals = 0, version = 1, entry = 3, inBuiltins = 1 }
    /// Words of an mp_frame_t.
    static let frameWords = 8
    /// mp_fun_bc_t's type word and code pointer.
    enum FunObj { static let type = 0, code = 1 }
    /// mp_list_t: base, len, alloc, items.
    enum List { static let len = 1, items = 3 }
    /// mp_tuple_t: base, len, items[] inline.
    enum Tuple { static let len = 1, items = 2 }
    /// mp_float_t: base, then the binary64 value at byte 8 on every target
    /// (a double is 8-byte aligned on ARM EABI and x86-64 alike).
    static let floatValueByteOffset = 8

    // MARK: functions

    enum T { case word, ptr, i32, i8, void, f64 }

    func type(_ t: T) -> LLVMTypeRef {
        switch t {
        case .word: return word
        case .ptr: return ptr
        case .i32: return i32
        case .i8: return i8
        case .void: return void
        case .f64: return LLVMDoubleTypeInContext(ctx)
        }
    }

    /// The runtime functions native code calls: name, result, parameters.
    /// C `bool` results are read as i8 (0 or 1), `int` as i32.
    static let signatures: [String: (T, [T])] = [
        "mp_load_global": (.word, [.ptr, .word]),
        "mp_dict_set": (.i8, [.ptr, .word, .word]),
        "mp_load_attr": (.word, [.word, .word]),
        "mp_store_attr": (.i8, [.word, .word, .word]),
        "mp_load_method": (.word, [.word, .word, .ptr]),
        "mp_subscr": (.word, [.word, .word, .word]),
        "mp_binary_op": (.word, [.i32, .word, .word]),
        "mp_unary_op": (.word, [.i32, .word]),
        "mp_truth": (.i32, [.word]),
        "mp_getiter": (.word, [.word]),
        "mp_op_get_awaitable": (.word, [.word]),
        "mp_iternext": (.word, [.word]),
        "mp_tuple_new": (.word, [.word, .ptr]),
        "mp_list_new": (.word, [.word, .ptr]),
        "mp_list_append": (.i8, [.word, .word]),
        "mp_set_add": (.i8, [.word, .word]),
        "mp_slice_new": (.word, [.word, .word, .word]),
        "mp_subscr_slice": (.word, [.word, .word, .word, .word, .word]),
        "mp_call": (.word, [.word, .word, .ptr, .ptr]),
        "mp_make_function": (.word, [.ptr, .ptr, .word, .word, .word]),
        "mp_import": (.word, [.word, .word, .i32, .ptr]),
        "mp_op_call": (.word, [.word, .word, .ptr, .word, .ptr]),
        "mp_op_call_ex": (.word, [.word, .word, .word]),
        "mp_op_list_extend": (.i8, [.word, .word]),
        "mp_op_dict_merge": (.i8, [.word, .word, .word]),
        "mp_op_import_star": (.i8, [.word, .ptr]),
        "mp_op_import_from": (.word, [.word, .word]),
        "mp_op_compare": (.word, [.i32, .word, .word]),
        "mp_op_build_map": (.word, [.word, .ptr]),
        "mp_op_build_set": (.word, [.word, .ptr]),
        "mp_op_unpack": (.i8, [.word, .word, .ptr]),
        "mp_op_unpack_ex": (.i8, [.word, .word, .word, .ptr]),
        "mp_op_load_name": (.word, [.ptr, .ptr, .word]),
        "mp_op_delete_name": (.i8, [.ptr, .word]),
        "mp_op_raise": (.word, [.word, .word, .word]),
        "mp_op_reraise": (.word, [.word]),
        "mp_raise": (.word, [.word]),
        "mp_op_yield_from": (.word, [.word, .word, .word, .ptr]),
        "mp_native_load_global": (.word, [.ptr, .word, .ptr]),
        "mp_native_load_attr": (.word, [.word, .word, .ptr]),
        "mp_native_load_method": (.word, [.word, .word, .ptr, .ptr]),
        "mp_native_store_attr": (.i8, [.word, .word, .word, .ptr]),
        "mp_native_enter_frame": (.i8, [.ptr]),
        "mp_native_leave_frame": (.void, [.ptr]),
        "mp_native_traceback": (.void, [.ptr, .i32]),
        "mp_native_catch": (.word, [.ptr, .i32, .i32]),
        "mp_native_enter_block": (.void, [.ptr, .i32]),
        "mp_native_unbound_local": (.word, []),
        "mp_native_unbound_free": (.word, []),
        "mp_viper_box_int": (.word, [.word]),
        "mp_viper_box_uint": (.word, [.word]),
        "mp_viper_unbox": (.i8, [.word, .i32, .ptr]),
        "mp_viper_zero_division": (.word, []),
        "mp_viper_range_zero_step": (.word, []),
        "mp_viper_unbox_float": (.i8, [.word, .i32, .ptr]),
        "mp_viper_float_to_int": (.i8, [.f64, .ptr]),
        "mp_viper_float_zero_division": (.word, []),
        "mp_float_new": (.word, [.f64]),
    ]

    /// The declaration of runtime function `name` and its type.
    func function(_ name: String) -> (fn: LLVMValueRef, type: LLVMTypeRef) {
        if let d = declared[name] { return d }
        guard let (result, params) = RuntimeABI.signatures[name] else {
            preconditionFailure("runtime function \(name) has no signature")
        }
        var p: [LLVMTypeRef?] = params.map(type)
        let ft = LLVMFunctionType(type(result), &p, UInt32(p.count), 0)!
        let fn = LLVMGetNamedFunction(module, name) ?? LLVMAddFunction(module, name, ft)!
        addAttribute(fn, "nounwind")
        declared[name] = (fn, ft)
        return (fn, ft)
    }

    func addAttribute(_ fn: LLVMValueRef, _ name: String, index: LLVMAttributeIndex = LLVMAttributeIndex(bitPattern: -1)) {
        let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
        LLVMAddAttributeAtIndex(fn, index, LLVMCreateEnumAttribute(ctx, kind, 0))
    }

    /// A global of the runtime's (a type object, __build_class__), by address.
    func global(_ name: String) -> LLVMValueRef { w.external(name) }
}
