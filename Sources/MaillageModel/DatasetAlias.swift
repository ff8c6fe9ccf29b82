/// One entry of a dataset's aliases table: every mention of `alias` is read as `id`.
public struct DatasetAlias: Sendable, Hashable {
    public var alias: String
    public var id: String

    public init(alias: String, id: String) {
        self.alias = alias
        self.id = id
    }
}
