// The compiler's version, defined once: `mpy-native --version` prints it
// with the MicroPython release whose behaviour it follows and the LLVM it
// generates code with (read from the linked library).
import CLLVM

public enum Version {
    /// The compiler's own version (semantic versioning).
    public static let number = "0.1.0"
    /// The MicroPython release the runtime and the bytecode follow.
    public static let micropython = "1.29"

    /// The linked LLVM's version, e.g. `19.1.7`.
    public static var llvm: String {
        var major: UInt32 = 0
        var minor: UInt32 = 0
        var patch: UInt32 = 0
        LLVMGetVersion(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }

    /// `mpy-native X.Y.Z (MicroPython 1.29 compatible, LLVM 19.x.y)`.
    public static var line: String { "mpy-native \(number) (MicroPython \(micropython) compatible, LLVM \(llvm))" }
}
