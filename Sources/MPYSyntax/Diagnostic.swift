// Compile errors and their one rendering: `file:line:col: error: message`,
// then the source line and a caret under the column (clang's layout).

public struct CompileError: Error, Sendable, Equatable {
    public var message: String
    /// Byte offset the caret points at.
    public var offset: Int
    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }
    public init(_ message: String, at range: SourceRange) {
        self.init(message, at: Int(range.start))
    }

    /// The most columns of a source line a diagnostic shows.
    static let maxShownColumns = 160

    /// The full diagnostic text for `file`, ending in a newline;
    /// `severity` "warning" for a finding that does not stop compilation.
    public func render(in file: SourceFile, severity: String = "error") -> String {
        let pos = file.position(of: offset)
        var out = "\(file.path):\(pos.line):\(pos.column): \(severity): \(message)\n"
        // A very long line (a generated table on one line) is shown as a
        // window around the column, with "..." where it is cut.
        let scalars = Array(file.lineText(pos.line).unicodeScalars)
        let column = max(0, min(pos.column - 1, scalars.count))
        var start = 0, end = scalars.count
        if scalars.count > Self.maxShownColumns {
            start = max(0, column - Self.maxShownColumns / 2)
            end = min(scalars.count, start + Self.maxShownColumns)
        }
        var text = String.UnicodeScalarView()
        if start > 0 { text.append(contentsOf: "...".unicodeScalars) }
        text.append(contentsOf: scalars[start..<end])
        if end < scalars.count { text.append(contentsOf: "...".unicodeScalars) }
        out += String(text) + "\n"
        // Keep tabs under tabs so the caret lines up in any terminal.
        var caret = start > 0 ? "   " : ""
        for ch in scalars[start..<max(start, column)] {
            caret.unicodeScalars.append(ch == "\t" ? "\t" : " ")
        }
        out += caret + "^\n"
        return out
    }
}
