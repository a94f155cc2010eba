// Python's view of compile-time constants for dumps and folding errors:
// repr() (delegating to MPYSyntax's PythonRepr) and the type name.
import MPYSyntax

extension Constant {
    /// The value as Python's repr() prints it.
    public var pythonRepr: String { PythonRepr.constant(self) }

    /// Python's type name, for error messages.
    public var pythonTypeName: String {
        switch self {
        case .none: return "NoneType"
        case .ellipsis: return "ellipsis"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .imaginary: return "complex"
        case .string: return "str"
        case .bytes: return "bytes"
        case .tuple: return "tuple"
        }
    }
}
