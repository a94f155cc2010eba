// The code-generation targets mpy-native knows, named as mpy-cross names them
// (-march=x64|armv7m|armv7emsp), with the LLVM triple, CPU and features of each.

public enum TargetArch: String, CaseIterable, Sendable {
    case x64
    case armv7m
    case armv7emsp

    /// Accepts mpy-cross's names plus `x86_64`.
    public init?(name: String) {
        switch name {
        case "x64", "x86_64", "x86-64": self = .x64
        case "armv7m": self = .armv7m
        case "armv7emsp": self = .armv7emsp
        default: return nil
        }
    }

    /// Unnormalized triple; `TargetMachine` normalizes it (an unnormalized
    /// `thumbv7em-none-eabihf` would silently lose the hard-float ABI).
    public var triple: String {
        switch self {
        case .x64: return "x86_64-unknown-linux-gnu"
        case .armv7m: return "thumbv7m-none-eabi"
        case .armv7emsp: return "thumbv7em-none-eabihf"
        }
    }

    public var cpu: String {
        switch self {
        case .x64: return "x86-64"
        case .armv7m: return "cortex-m3"
        case .armv7emsp: return "cortex-m4"
        }
    }

    /// cortex-m4 with the hard-float triple already implies fpv4-sp-d16.
    public var features: String {
        switch self {
        case .x64: return ""
        case .armv7m: return ""
        case .armv7emsp: return "+vfp4d16sp"
        }
    }

    /// Bytes in a machine word (and so in one object reference).
    public var wordSize: Int { self == .x64 ? 8 : 4 }

    /// The QEMU board that runs firmware for this architecture, if any.
    public var qemuBoard: String? {
        switch self {
        case .x64: return nil
        case .armv7m: return "mps2-an385"
        case .armv7emsp: return "mps2-an386"
        }
    }
}
