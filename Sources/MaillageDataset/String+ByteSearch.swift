extension String {
    /// Whether the string holds `needle`, compared byte for byte (no Foundation).
    func containsBytes(_ needle: String) -> Bool {
        var hay = self, pattern = needle
        return hay.withUTF8 { hay in
            pattern.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard hay.count >= pattern.count else { return false }
                var i = 0
                while i + pattern.count <= hay.count {
                    if hay[i] == first, UnsafeBufferPointer(rebasing: hay[i..<(i + pattern.count)]).elementsEqual(pattern) { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
