// Runs the shared front end on one file: reads it, parses and analyzes,
// and turns compile errors into the standard diagnostic text.
import MPYSyntax
import Foundation

/// A compile error in a module's source.
public enum FrontEndFailure: Error, CustomStringConvertible {
    /// A diagnostic was already printed (by the CLI).
    case reported
    /// The rendered diagnostic (`file:line:col: error: message`, the source
    /// line and a caret), ending in a newline.
    case diagnostic(String)

    public var description: String {
        switch self {
        case .reported: return "error reported"
        case .diagnostic(let text): return text
        }
    }
}

public enum FrontEnd {
    public static func readSource(_ path: String) throws -> SourceFile {
        SourceFile(path: path, bytes: try FileErrors.read(path))
    }

    public static func parse(_ file: SourceFile) throws -> Module {
        do {
            return try Parser.parse(file)
        } catch let e {
            throw FrontEndFailure.diagnostic(e.render(in: file))
        }
    }

    public static func printError(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write((text + (newline ? "\n" : "")).data(using: .utf8)!)
    }
}
