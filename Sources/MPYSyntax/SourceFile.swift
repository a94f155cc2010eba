// A source file as UTF-8 bytes, with the line table that turns byte offsets
// into the 1-based line:column positions every diagnostic and dump prints.

public struct SourceRange: Hashable, Sendable {
    public var start: Int32
    public var end: Int32
    public init(_ start: Int, _ end: Int) {
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
    }
    public init(start: Int32, end: Int32) { self.start = start; self.end = end }
    public func to(_ other: SourceRange) -> SourceRange { SourceRange(start: start, end: other.end) }
}

public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var description: String { "\(line):\(column)" }
}

public final class SourceFile: @unchecked Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Byte offset at which each line starts (line 1 at index 0).
    public let lineStarts: [Int]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 30 + 1)
        bytes.withUnsafeBufferPointer { b in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c == 0x0A {
                    starts.append(i + 1)
                } else if c == 0x0D {
                    if i + 1 < n && b[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        lineStarts = starts
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// 1-based line of a byte offset.
    public func line(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// 1-based line and column; columns count Unicode scalars, not bytes.
    public func position(of offset: Int) -> SourcePosition {
        let off = max(0, min(offset, bytes.count))
        let line = line(of: off)
        var col = 1
        var i = lineStarts[line - 1]
        while i < off {
            if bytes[i] & 0xC0 != 0x80 { col += 1 }
            i += 1
        }
        // Count a trailing continuation byte sequence as part of its scalar.
        return SourcePosition(line: line, column: col)
    }

    /// The text of a 1-based line without its line terminator.
    public func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    public func text(_ range: SourceRange) -> String {
        let s = max(0, min(Int(range.start), bytes.count))
        let e = max(s, min(Int(range.end), bytes.count))
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}
