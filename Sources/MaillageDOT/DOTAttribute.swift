/// A Graphviz attribute that Maillage may set, typed so that no dataset text can
/// reach an attribute that reads files (`image`, `imagepath`, `shapefile`,
/// `fontpath`, `fontnames`…), sets a link target or changes the layout engine
/// (`layout`): those have no case here.
///
/// Text values are escaped by ``DOTEncoder``; `.label` and `.xlabel` text is shown
/// verbatim (newlines break lines), whatever characters it holds.
public enum DOTAttribute: Sendable, Hashable {
    // Text shown or attached to an element.
    /// Text Graphviz draws (entity-escaped, see ``DOTEncoder``).
    case label(String)
    case xlabel(String)
    /// A label as data for programs that read the file (pydot, NetworkX): written with
    /// DOT escapes only, so it reads back exactly as given.
    case plainLabel(String)
    /// A label made of an HTML-like table built with ``HTMLLabel`` (escaped there).
    case htmlLabel(HTMLLabel)
    case tooltip(String)
    /// The element's id in SVG output; use ``DOTEncoder/svgID(_:prefix:)`` to derive it from data.
    case id(String)
    /// CSS class(es) in SVG output.
    case cssClass(String)

    // Appearance.
    case shape(NodeShape)
    case style([Style])
    case color(String)
    case fillColor(String)
    case fontColor(String)
    case fontName(String)
    case fontSize(Double)
    case penWidth(Double)
    case width(Double)
    case height(Double)
    case fixedSize(Bool)
    case margin(Double)
    case peripheries(Int)
    case bgColor(String)

    // Layout.
    case overlap(String)
    case splines(String)
    case sep(String)
    case outputOrder(String)
    case rankDir(String)
    case nodeSep(Double)
    case rankSep(Double)
    case labelLocation(String)
    case labelJust(String)
    case forceLabels(Bool)
    case pad(Double)
    case size(String)
    case ratio(String)
    case start(Int)
    case k(Double)
    case repulsiveForce(Double)
    case weight(Double)
    /// The edge weight as text the caller formatted (an export's exact decimal); ``weight(_:)``
    /// rounds to four decimals for layouts.
    case weightText(String)
    case len(Double)
    case pack(Bool)
    case packMode(String)
    case concentrate(Bool)
    /// A node's pinned position in points (`pos="x,y!"`), for the `nop2` layout of the
    /// geographic maps (Graphviz's `neato -n2`).
    case position(x: Double, y: Double)
    /// Shapes drawn under the graph (`_background`), built with ``XDotDrawing``: only
    /// numbers and colours, never dataset text.
    case background(XDotDrawing)

    // Data.
    /// A data attribute for programs that read the file (NetworkX, pydot, Gephi): name
    /// and value written as quoted strings; a name Graphviz knows is written
    /// `data_<name>` (``DOTText/attributeName(_:)``), so data never acts on Graphviz.
    case data(name: String, value: String)

    /// Node shapes used by the maps.
    public enum NodeShape: String, Sendable, Hashable {
        case ellipse, circle, box, diamond, hexagon, octagon, doubleoctagon, house, invhouse, triangle, square,
             pentagon, note, tab, folder, component, plaintext, point, cylinder, star, septagon
    }

    /// Drawing styles.
    public enum Style: String, Sendable, Hashable {
        case filled, rounded, dashed, dotted, bold, solid, invis
    }

    /// The attribute's name in the DOT language (for ``data(name:value:)``, the data's
    /// own name, before any `data_` prefix).
    public var name: String {
        switch self {
        case .label, .htmlLabel, .plainLabel: "label"
        case .xlabel: "xlabel"
        case .tooltip: "tooltip"
        case .id: "id"
        case .cssClass: "class"
        case .shape: "shape"
        case .style: "style"
        case .color: "color"
        case .fillColor: "fillcolor"
        case .fontColor: "fontcolor"
        case .fontName: "fontname"
        case .fontSize: "fontsize"
        case .penWidth: "penwidth"
        case .width: "width"
        case .height: "height"
        case .fixedSize: "fixedsize"
        case .margin: "margin"
        case .peripheries: "peripheries"
        case .bgColor: "bgcolor"
        case .overlap: "overlap"
        case .splines: "splines"
        case .sep: "sep"
        case .outputOrder: "outputorder"
        case .rankDir: "rankdir"
        case .nodeSep: "nodesep"
        case .rankSep: "ranksep"
        case .labelLocation: "labelloc"
        case .labelJust: "labeljust"
        case .forceLabels: "forcelabels"
        case .pad: "pad"
        case .size: "size"
        case .ratio: "ratio"
        case .start: "start"
        case .k: "K"
        case .repulsiveForce: "repulsiveforce"
        case .weight, .weightText: "weight"
        case .len: "len"
        case .pack: "pack"
        case .packMode: "packmode"
        case .concentrate: "concentrate"
        case .position: "pos"
        case .background: "_background"
        case .data(let name, _): name
        }
    }
}
