// Runs the shared front end on one file for the CLI: reads it, parses and
// analyzes, and turns compile errors into the standard diagnostic on stderr.
import MPYSyntax
import Foundation

enum FrontEndFailure: Error {
    case reported  // a diagnostic was already printed
}

enum FrontEnd {
    static func readSource(_ path: String) throws -> SourceFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("error: cannot read '\(path)'")
            throw FrontEndFailure.reported
        }
        return SourceFile(path: path, bytes: [UInt8](data))
    }

    static func parse(_ file: SourceFile) throws -> Module {
        do {
            return try Parser.parse(file)
        } catch let e {
            printError(e.render(in: file), newline: false)
            throw FrontEndFailure.reported
        }
    }

    static func printError(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write((text + (newline ? "\n" : "")).data(using: .utf8)!)
    }
}
