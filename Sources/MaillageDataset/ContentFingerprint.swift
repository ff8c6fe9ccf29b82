import MaillageModel
import MaillageSupport

extension Dataset {
    /// SHA-256 (hexadecimal) of the dataset's content — its territories, actors,
    /// cooperations and memberships as ``DatasetWriter`` writes them — whatever files
    /// it was read from: a CSV folder and the same tables in a workbook give the same
    /// content fingerprint, where ``DatasetLoadResult/fingerprint`` (of the files'
    /// bytes) differs.
    /// - Complexity: O(size of the dataset).
    public var contentFingerprint: String {
        var hasher = SHA256()
        for (name, bytes) in [
            ("territories", DatasetWriter.territoriesCSV(self)), ("actors", DatasetWriter.actorsCSV(self)),
            ("cooperations", DatasetWriter.cooperationsCSV(self)), ("memberships", DatasetWriter.membershipsCSV(self)),
        ] {
            hasher.update(Array(name.utf8) + [0])
            hasher.update(bytes)
        }
        return hasher.finalizeHex()
    }
}
