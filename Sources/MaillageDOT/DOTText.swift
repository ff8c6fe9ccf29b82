import MaillageSupport

/// Quoting of strings for the DOT language (graphviz.org/doc/info/lang.html): the one
/// DOT escaper of Maillage, used by ``DOTEncoder`` for maps and exports alike.
///
/// Every id, attribute name and value is written as a double-quoted DOT string:
/// `\` becomes `\\` and `"` becomes `\"`, so no dataset string can end the string, open
/// a brace, start an edge operator (`--`, `->`) or an HTML-like label (`<…>`), and no
/// Graphviz label escape (`\N`, `\G`, `\l`…) survives as one; a line feed becomes `\n`
/// and a carriage return `\r` (line breaks in Graphviz labels); the other characters XML
/// 1.0 forbids (C0 controls but tab) are removed, since Graphviz's SVG output could not
/// carry them.
public enum DOTText {
    /// `text` as a quoted DOT string.
    /// - Complexity: O(length).
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        escaper.escape(text, into: &out)
        out += "\""
        return out
    }

    /// The escapes of ``quoted(_:)``, inside the quotes.
    static let escaper = ScalarEscaper(
        replacing: ["\\": "\\\\", "\"": "\\\"", "\n": "\\n", "\r": "\\r"],
        otherwise: { XMLText.isAllowed($0) ? nil : "" })

    /// What ``quoted(_:)`` reads back as under Graphviz's label rules (`\\` → `\`,
    /// `\"` → `"`, `\n` → line feed, `\r` → carriage return): `text` less the removed
    /// control characters.
    public static func readBack(_ text: String) -> String { XMLText.allowed(text) }

    /// Every attribute name Graphviz knows (graphviz.org/doc/info/attrs.html, up to
    /// Graphviz 12), lower-cased. A data attribute with one of these names would act on
    /// Graphviz — read a file (`image`, `shapefile`, `fontpath`), make a link (`URL`,
    /// `href`), switch the layout (`layout`, `mode`) or rescale the drawing (`resolution`
    /// is a synonym of `dpi`) — so it is written as `data_<name>`.
    public static let graphvizAttributeNames: Set<String> = [
        "_background", "area", "arrowhead", "arrowsize", "arrowtail", "bb", "beautify", "bgcolor", "center", "charset",
        "class", "cluster", "clusterrank", "color", "colorscheme", "comment", "compound", "concentrate", "constraint",
        "damping", "decorate", "defaultdist", "dim", "dimen", "dir", "diredgeconstraints", "distortion", "dpi",
        "edgehref", "edgetarget", "edgetooltip", "edgeurl", "epsilon", "esep", "fillcolor", "fixedsize", "fontcolor",
        "fontname", "fontnames", "fontpath", "fontsize", "forcelabels", "gradientangle", "group", "head_lp", "headclip",
        "headhref", "headlabel", "headport", "headtarget", "headtooltip", "headurl", "height", "href", "id", "image",
        "imagepath", "imagepos", "imagescale", "inputscale", "k", "label", "label_scheme", "labelangle",
        "labeldistance", "labelfloat", "labelfontcolor", "labelfontname", "labelfontsize", "labelhref", "labeljust",
        "labelloc", "labeltarget", "labeltooltip", "labelurl", "landscape", "layer", "layerlistsep", "layers",
        "layerselect", "layersep", "layout", "len", "levels", "levelsgap", "lhead", "lheight", "linelength", "lp",
        "ltail", "lwidth", "margin", "maxiter", "mclimit", "mindist", "minlen", "mode", "model", "newrank", "nodesep",
        "nojustify", "normalize", "notranslate", "nslimit", "nslimit1", "oneblock", "ordering", "orientation",
        "outputorder", "overlap", "overlap_scaling", "overlap_shrink", "pack", "packmode", "pad", "page", "pagedir",
        "pencolor", "penwidth", "peripheries", "pin", "pos", "quadtree", "quantum", "radius", "rank", "rankdir",
        "ranksep", "ratio", "rects", "regular", "remincross", "repulsiveforce", "resolution", "root", "rotate",
        "rotation", "samehead", "sametail", "samplepoints", "scale", "searchsize", "sep", "shape", "shapefile",
        "showboxes", "sides", "size", "skew", "smoothing", "sortv", "splines", "start", "style", "stylesheet",
        "tail_lp", "tailclip", "tailhref", "taillabel", "tailport", "tailtarget", "tailtooltip", "tailurl", "target",
        "tbbalance", "tooltip", "truecolor", "url", "vertices", "viewport", "voro_margin", "weight", "width",
        "xdotversion", "xlabel", "xlp", "z",
    ]

    /// The attribute name written for a data attribute called `name`, quoted.
    public static func attributeName(_ name: String) -> String {
        quoted(graphvizAttributeNames.contains(name.lowercased()) ? "data_" + name : name)
    }
}
