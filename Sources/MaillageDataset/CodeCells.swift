/// What the readers of INSEE's codes (``LegalCategoryCodes``, ``ActivityCodes``) share:
/// a cell's text without the white space around it, and the test that a column holds
/// codes.
enum CodeCells {
    /// `text` without the white space (spaces, tabs, no-break spaces) around it.
    static func trimmed(_ text: String) -> Substring {
        var s = Substring(text)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }

    /// Whether at least four in five of the non-empty `values`, one at least, are codes
    /// (`isCode`).
    static func isCodeColumn(_ values: [String], isCode: (String) -> Bool) -> Bool {
        var count = 0, read = 0
        for value in values where !trimmed(value).isEmpty {
            count += 1
            if isCode(value) { read += 1 }
        }
        return count > 0 && 5 * read >= 4 * count
    }
}
