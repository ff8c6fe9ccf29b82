import MaillageModel
import MaillageRender

/// What a map shows and how, independent of the command that asks for it: `render`
/// fills it from its options, `report` from its own.
struct MapOptions {
    /// Projection and scope filters (the scope is only named in the subtitle: the
    /// dataset given to ``MapBuilder`` is already scoped).
    var graph: GraphOptions
    /// Community detection settings for `--color-by`/`--group-by cluster`, and the layout seed.
    var clusters: ClusterOptions
    var view: RenderCommand.View = .actors
    /// Graphviz layout; nil chooses one for the view and size.
    var layout: LayoutEngine?
    var colorBy: RenderCommand.ColorBy = .kind
    /// Key of the measure that sizes actors (a ``MeasureColumn`` key).
    var sizeBy: String = "degree"
    var groupBy: RenderCommand.GroupBy = .none
    /// Territory level for colours, frames and the territories view; nil chooses it.
    var level: TerritoryLevel?
    /// Draw only the neighbourhood of this actor id, `depth` steps away.
    var ego: String?
    var depth: Int = 1
    var includeIsolated = false

    /// What groups actors for colours and frames: clusters, territories, or nothing.
    var groupSource: RenderCommand.GroupBy {
        switch colorBy {
        case .cluster: .cluster
        case .territory: .territory
        case .kind: groupBy
        }
    }
}
