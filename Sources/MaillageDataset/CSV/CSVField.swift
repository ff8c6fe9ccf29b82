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
