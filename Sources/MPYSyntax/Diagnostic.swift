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

    /// The full diagnostic text for `file`, ending in a newline.
    public func render(in file: SourceFile) -> String {
        let pos = file.position(of: offset)
        var out = "\(file.path):\(pos.line):\(pos.column): error: \(message)\n"
        let text = file.lineText(pos.line)
        out += text + "\n"
        // Keep tabs under tabs so the caret lines up in any terminal.
        var caret = ""
        for (i, ch) in text.unicodeScalars.enumerated() where i < pos.column - 1 {
            caret.unicodeScalars.append(ch == "\t" ? "\t" : " ")
        }
        out += caret + "^\n"
        return out
    }
}
