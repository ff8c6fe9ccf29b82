/// Whether a cooperation is running or still being built.
public enum CooperationStatus: String, Sendable, CaseIterable, Codable {
    case active
    case enConstruction = "en_construction"
}
