#!/usr/bin/env python3
"""Reads every `maillage export` format back with NetworkX and checks it is the graph
NetworkX itself builds from the same dataset.

For each case (a dataset and options), the reference graph is built here, independently
of Maillage, from the dataset's CSV files: the two-mode network of memberships and its
projection onto the actors with NetworkX's own functions (see the Graphs article of the documentation):
`bipartite.weighted_projected_graph` (count), `collaboration_weighted_projected_graph`
(newman), `overlap_weighted_projected_graph` (jaccard); in `--mode bipartite`, the
two-mode network itself, cooperations named `cooperation:ID`.

Then `maillage export` writes each format and it is read back:
  graphml  nx.read_graphml
  gexf     nx.read_gexf (the reader finds the GEXF 1.3 namespace itself)
  json     nx.node_link_graph(json.load(f))   (NetworkX >= 3.4 default key "edges")
  csv      the edge list and its node table, with the csv module
  dot      pydot (when installed; `pip install pydot`), labels unescaped as Graphviz does

and compared with the reference: same node ids, same edges, same weights (relative
error <= 1e-12), labels equal to the actors' names, the same attribute values in every
format, and on projected graphs degree, betweenness and PageRank equal to NetworkX's
(relative error <= 1e-6).

Usage: python3 References/check_exports.py [--maillage PATH]
(default: .build/debug/maillage, then .build/release/maillage). Ends with the line
"N passed, N failed" and exits 1 when anything failed.
"""

import argparse
import csv
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile

import networkx as nx
from networkx.algorithms import bipartite

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CASES = [
    ("Datasets/pas-de-calais-2015", []),
    ("Datasets/pas-de-calais-2015", ["--projection", "newman", "--weighted"]),
    ("Datasets/classics/florentine-families", ["--projection", "jaccard"]),
    ("Datasets/classics/davis-southern-women", []),
    ("Datasets/classics/davis-southern-women", ["--mode", "bipartite"]),
    ("Tests/Fixtures/hostile-names", []),
]
FORMATS = ["graphml", "gexf", "json", "csv", "dot"]
# Attributes compared across formats (when present in the reference format, JSON).
SHARED = ["label", "name", "kind", "territories", "cooperations", "cluster", "degree", "betweenness", "pagerank",
          "core", "articulation", "bipartite", "role"]


def read_table(path):
    """Rows of a dataset CSV (UTF-8, BOM accepted, comma or semicolon), or [] when absent."""
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


def reference(folder, options):
    """The graph NetworkX builds from the dataset, and the actors' names."""
    actors = read_table(os.path.join(folder, "actors.csv"))
    memberships = read_table(os.path.join(folder, "memberships.csv"))
    # Mentions listed in the aliases table are read as the id they name, as Maillage does.
    aliases = {}
    for row in read_table(os.path.join(folder, "aliases.csv")):
        aliases.setdefault(row["alias"], row["id"])
    for row in memberships:
        row["actor"] = aliases.get(row["actor"], row["actor"])
        row["cooperation"] = aliases.get(row["cooperation"], row["cooperation"])
    names = {row["id"]: (row.get("name") or row["id"]) for row in actors}
    actor_ids = [row["id"] for row in actors]
    for row in memberships:
        if row["actor"] not in names:
            names[row["actor"]] = row["actor"]
            actor_ids.append(row["actor"])
    B = nx.Graph()
    B.add_nodes_from(actor_ids, bipartite=0)
    for row in memberships:
        c = "cooperation:" + row["cooperation"]
        B.add_node(c, bipartite=1)
        B.add_edge(row["actor"], c, weight=1.0)
    for row in read_table(os.path.join(folder, "cooperations.csv")):
        B.add_node("cooperation:" + row["id"], bipartite=1)
    if "--mode" in options and options[options.index("--mode") + 1] == "bipartite":
        return B, names, True
    projection = options[options.index("--projection") + 1] if "--projection" in options else "count"
    project = {
        "count": bipartite.weighted_projected_graph,
        "newman": bipartite.collaboration_weighted_projected_graph,
        "jaccard": bipartite.overlap_weighted_projected_graph,
    }[projection]
    return project(B, actor_ids), names, False


def unescape_dot(text):
    """A quoted DOT string as Graphviz shows it: quotes stripped, \\\\ \\" \\n \\r undone."""
    if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
        text = text[1:-1]
    return re.sub(r'\\(.)', lambda m: {"\\": "\\", '"': '"', "n": "\n", "r": "\r"}.get(m.group(1), m.group(0)), text)


def dot_attributes(attributes):
    """Attributes of a DOT statement, unescaped; `data_X` (the DOT export's name for a data
    attribute X that Graphviz would act on) read back as X."""
    result = {}
    for key, value in attributes.items():
        key = unescape_dot(key)
        if key.startswith("data_"):
            key = key[len("data_"):]
        result[key] = unescape_dot(value)
    return result


def read_dot(path):
    import pydot  # optional dependency
    (graph,) = pydot.graph_from_dot_file(path, encoding="utf-8")
    G = nx.Graph()
    for node in graph.get_nodes():
        name = unescape_dot(node.get_name())
        if name in ("node", "edge", "graph"):
            continue
        G.add_node(name, **dot_attributes(node.get_attributes()))
    for edge in graph.get_edges():
        G.add_edge(unescape_dot(edge.get_source()), unescape_dot(edge.get_destination()), **dot_attributes(edge.get_attributes()))
    return G


def read_csv(edges_path, nodes_path):
    G = nx.Graph()
    with open(nodes_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            G.add_node(row["id"], **{k: v for k, v in row.items() if k != "id" and v != ""})
    with open(edges_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            attributes = {k: v for k, v in row.items() if k not in ("source", "target") and v != ""}
            G.add_edge(row["source"], row["target"], **attributes)
    return G


def read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "json":
        with open(path, encoding="utf-8") as f:
            return nx.node_link_graph(json.load(f))
    if fmt == "csv":
        return read_csv(path, path[: -len(".csv")] + ".nodes.csv")
    return read_dot(path)


def same_value(a, b):
    """Values equal across formats: text formats give strings, typed ones numbers/booleans."""
    if isinstance(a, bool) or isinstance(b, bool):
        return str(a).lower() == str(b).lower()
    try:
        x, y = float(a), float(b)
        return x == y or abs(x - y) <= 1e-12 * max(abs(x), abs(y))
    except (TypeError, ValueError):
        return a == b


def close(a, b, tolerance):
    return abs(a - b) <= tolerance * max(1.0, abs(b))


def check_case(maillage, folder, options, workdir):
    """Yields (label, list of problems) per format."""
    G_ref, names, is_bipartite = reference(os.path.join(ROOT, folder), options)
    graphs = {}
    for fmt in FORMATS:
        label = f"{folder} {' '.join(options)} [{fmt}]".replace("  ", " ")
        path = os.path.join(workdir, f"export.{fmt}")
        run = subprocess.run([maillage, "export", folder, *options, "-o", path], cwd=ROOT, capture_output=True, text=True)
        if run.returncode != 0:
            yield label, [f"maillage export failed: {run.stderr.strip()}"]
            continue
        if fmt == "dot":
            try:
                import pydot  # noqa: F401
            except ImportError:
                print(f"skip {label}: pydot is not installed")
                continue
        try:
            G = read(fmt, path)
        except Exception as error:  # a reader refusing the file is a failure
            yield label, [f"NetworkX could not read it: {error!r}"]
            continue
        graphs[fmt] = G
        problems = []
        if G.is_directed() or G.is_multigraph():
            problems.append(f"read as directed={G.is_directed()} multigraph={G.is_multigraph()}")
        if set(G.nodes) != set(G_ref.nodes):
            problems.append(f"nodes differ: missing {sorted(set(G_ref) - set(G))[:5]}, extra {sorted(set(G) - set(G_ref))[:5]}")
        ref_edges = {frozenset(e) for e in G_ref.edges}
        edges = {frozenset(e) for e in G.edges}
        if edges != ref_edges:
            problems.append(f"edges differ: {len(ref_edges - edges)} missing, {len(edges - ref_edges)} extra")
        worst = 0.0
        for u, v, data in G_ref.edges(data=True):
            if G.has_edge(u, v):
                w = float(G.edges[u, v].get("weight", "nan"))
                worst = max(worst, abs(w - data["weight"]) / max(abs(data["weight"]), 1e-300))
        if not worst <= 1e-12:
            problems.append(f"weights differ: max relative error {worst:.3g}")
        for node, name in names.items():
            if node in G and G.nodes[node].get("label") != name:
                problems.append(f"label of {node!r}: {G.nodes[node].get('label')!r} instead of {name!r}")
                break
        yield label, problems

    # Every format carries the same attribute values as the JSON export.
    base = graphs.get("json")
    if base is not None:
        for fmt, G in graphs.items():
            problems = []
            for node, data in base.nodes(data=True):
                for key in SHARED:
                    if key in data and node in G and not same_value(G.nodes[node].get(key), data[key]):
                        problems.append(f"node {node!r} {key}: {G.nodes[node].get(key)!r} vs JSON {data[key]!r}")
            for u, v, data in base.edges(data=True):
                for key in ("cooperations", "shared_cooperations", "role"):
                    if key in data and G.has_edge(u, v) and not same_value(G.edges[u, v].get(key), data[key]):
                        problems.append(f"edge {u!r}-{v!r} {key}: {G.edges[u, v].get(key)!r} vs JSON {data[key]!r}")
            yield f"{folder} {' '.join(options)} [{fmt} attributes = json]".replace("  ", " "), problems[:5]

        # Measures written on the nodes agree with NetworkX on the reference graph.
        if not is_bipartite:
            problems = []
            weighted = "--weighted" in options
            if weighted:
                for u, v, data in G_ref.edges(data=True):
                    data["distance"] = 1.0 / data["weight"]
            expected = {
                "degree": dict(G_ref.degree()),
                "betweenness": nx.betweenness_centrality(G_ref, weight="distance" if weighted else None),
                "pagerank": nx.pagerank(G_ref, alpha=0.85, weight="weight", tol=1e-12),
            }
            for key, values in expected.items():
                for node, value in values.items():
                    got = base.nodes[node].get(key)
                    if got is None or not close(float(got), value, 1e-6):
                        problems.append(f"{key} of {node!r}: {got} vs NetworkX {value}")
            yield f"{folder} {' '.join(options)} [measures = NetworkX]".replace("  ", " "), problems[:5]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--maillage", help="the maillage executable")
    args = parser.parse_args()
    maillage = args.maillage or next(
        (p for p in (os.path.join(ROOT, ".build/debug/maillage"), os.path.join(ROOT, ".build/release/maillage"))
         if os.path.exists(p)), None)
    if maillage is None:
        sys.exit("no maillage executable: run `swift build` or give --maillage PATH")
    passed = failed = 0
    with tempfile.TemporaryDirectory() as workdir:
        for folder, options in CASES:
            for label, problems in check_case(os.path.abspath(maillage), folder, options, workdir):
                if problems:
                    failed += 1
                    print(f"FAIL {label}")
                    for problem in problems:
                        print(f"     {problem}")
                else:
                    passed += 1
                    print(f"ok   {label}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
