/// One cell of a CSV file, with where it starts.
public struct CSVField: Sendable, Hashable {
    /// The cell's text, unquoted (`""` inside quotes becomes `"`).
    public var value: String
    /// 1-based physical line of the cell's first character.
    public var line: Int
    /// 1-based column (in characters) of the cell's first character, its opening quote if quoted.
    public var column: Int

    public init(value: String, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// One record (row) of a CSV file.
public struct CSVRecord: Sendable, Hashable {
    public var fields: [CSVField]
    /// 1-based physical line where the record starts.
    public var line: Int
    /// 1-based physical line where the record ends (after `line` when a quoted cell spans lines).
    public var endLine: Int
    /// 1-based column, on `endLine`, just past the record's last character, for "missing cell" messages.
    public var endColumn: Int
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        // Fast path: most cells have nothing to trim.
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
