/// The columns one dataset file may hold (see the DatasetFormat article of the documentation).
struct TableSchema: Sendable {
    /// The file's name inside the dataset folder.
    var file: String
    var required: [String]
    var optional: [String]

    var allColumns: [String] { required + optional }

    static let memberships = TableSchema(file: "memberships.csv", required: ["cooperation", "actor"], optional: ["role", "since", "until"])
    static let actors = TableSchema(
        file: "actors.csv", required: ["id"],
        optional: ["name", "kind", "legal_form", "sector", "territories", "website", "founded", "closed"])
    static let cooperations = TableSchema(
        file: "cooperations.csv", required: ["id"],
        optional: ["name", "form", "sector", "territories", "declared_members", "status", "started", "summary", "source", "ended"])
    static let territories = TableSchema(file: "territories.csv", required: ["id"], optional: ["name", "level", "parent"])
}
