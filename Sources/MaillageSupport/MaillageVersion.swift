/// The version of Maillage, as every `meta` object, export and report records it.
public enum MaillageVersion {
    /// The current version.
    public static let current = "0.1.0"
}
