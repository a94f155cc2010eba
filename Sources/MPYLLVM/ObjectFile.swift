// Reads the sections and symbols of an object file or a linked ELF image
// through LLVM's object library, for the size report: how many bytes of
// machine code each native function and each section take.
import CLLVM

public struct ObjectSection: Sendable {
    public let name: String
    public let size: Int
}

public struct ObjectSymbol: Sendable {
    public let name: String
    /// The section that holds the symbol ("" for undefined and absolute symbols).
    public let section: String
    public let size: Int
}

public struct ObjectFile {
    public let sections: [ObjectSection]
    public let symbols: [ObjectSymbol]

    /// Parses `bytes` (ELF relocatable or executable).
    public init(bytes: [UInt8]) throws {
        let buffer = bytes.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) {
                LLVMCreateMemoryBufferWithMemoryRangeCopy($0, b.count, "object")!
            }
        }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        var message: UnsafeMutablePointer<CChar>?
        guard let binary = LLVMCreateBinary(buffer, nil, &message) else {
            throw LLVMError("cannot read the object file: \(takeMessage(message))")
        }
        defer { LLVMDisposeBinary(binary) }
        var sections: [ObjectSection] = []
        let sit = LLVMObjectFileCopySectionIterator(binary)!
        defer { LLVMDisposeSectionIterator(sit) }
        while LLVMObjectFileIsSectionIteratorAtEnd(binary, sit) == 0 {
            let name = LLVMGetSectionName(sit).map { String(cString: $0) } ?? ""
            sections.append(ObjectSection(name: name, size: Int(LLVMGetSectionSize(sit))))
            LLVMMoveToNextSection(sit)
        }
        var symbols: [ObjectSymbol] = []
        let symIt = LLVMObjectFileCopySymbolIterator(binary)!
        defer { LLVMDisposeSymbolIterator(symIt) }
        // A second section iterator, moved to each symbol's section.
        let owner = LLVMObjectFileCopySectionIterator(binary)!
        defer { LLVMDisposeSectionIterator(owner) }
        while LLVMObjectFileIsSymbolIteratorAtEnd(binary, symIt) == 0 {
            let name = LLVMGetSymbolName(symIt).map { String(cString: $0) } ?? ""
            LLVMMoveToContainingSection(owner, symIt)
            let section =
                LLVMObjectFileIsSectionIteratorAtEnd(binary, owner) == 0
                ? (LLVMGetSectionName(owner).map { String(cString: $0) } ?? "") : ""
            symbols.append(ObjectSymbol(name: name, section: section, size: Int(LLVMGetSymbolSize(symIt))))
            LLVMMoveToNextSymbol(symIt)
        }
        self.sections = sections
        self.symbols = symbols
    }

    /// What a section holds at run time, by the conventional ELF names:
    /// "text", "rodata", "data", "bss", or nil for what is not loaded
    /// (debug information, symbol tables, relocations, attributes).
    public static func kind(ofSection name: String) -> String? {
        func isIn(_ base: String) -> Bool { name == base || name.hasPrefix(base + ".") }
        if isIn(".text") { return "text" }
        if isIn(".rodata") || name.hasPrefix(".ARM.exidx") || name.hasPrefix(".ARM.extab") || isIn(".data.rel.ro") { return "rodata" }
        if isIn(".data") { return "data" }
        if isIn(".bss") || isIn(".tbss") { return "bss" }
        return nil
    }

    /// Sizes of the loaded sections by kind (see `kind(ofSection:)`).
    public var footprint: [String: Int] {
        var out: [String: Int] = ["text": 0, "rodata": 0, "data": 0, "bss": 0]
        for s in sections { if let k = ObjectFile.kind(ofSection: s.name) { out[k, default: 0] += s.size } }
        return out
    }
}
