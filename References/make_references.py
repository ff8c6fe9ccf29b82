#!/usr/bin/env python3
"""Reference values for every measure of Maillage, computed with NetworkX.

Run from anywhere (paths are resolved from this file):

    python3 References/make_references.py

Writes References/networkx/<case>.json for:
  * classic graphs, given as edge lists inside the JSON (karate, krackhardt-kite,
    florentine, les-miserables, two seeded random disconnected graphs);
  * every dataset folder (any folder holding memberships.csv) found under Datasets/
    and References/datasets/, under each projection (count, newman, jaccard) and in
    bipartite mode;
and (re)writes the two seeded random two-mode datasets References/datasets/random-a
and random-b first, so they are measured like any other dataset.

Definitions follow the Measures article of the documentation (see measure_graph below). The script is deterministic:
the same inputs give the same files (it re-executes itself with PYTHONHASHSEED=0). Swift tests read these files; they never run Python.
Versions: see requirements.txt (networkx 3.6.1, numpy 2.4.6, scipy 1.17.1).
"""

import csv
import io
import json
import math
import os
import random
import sys

# NetworkX iterates over sets of node ids (projections, harmonic sums), whose order
# follows Python's string hashing: fix it so that every run writes identical files.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
from pathlib import Path

import networkx as nx
import numpy as np
import scipy as sp
from networkx.algorithms import bipartite

# eigenvector_centrality_numpy calls scipy.sparse.linalg.eigs without a generator, and
# scipy then draws ARPACK's start vector from fresh OS entropy (last digits of the result
# vary run to run). Give it a seeded generator: same eigenvector, identical bits each run.
_eigs = sp.sparse.linalg.eigs


def _seeded_eigs(*args, rng=None, **kwargs):
    return _eigs(*args, rng=np.random.default_rng(0) if rng is None else rng, **kwargs)


sp.sparse.linalg.eigs = _seeded_eigs

REFERENCES = Path(__file__).resolve().parent
ROOT = REFERENCES.parent
OUTPUT = REFERENCES / "networkx"
RANDOM_DATASETS = REFERENCES / "datasets"
PROJECTIONS = ("count", "newman", "jaccard")


# ---------------------------------------------------------------- dataset reading

def read_table(path):
    """Rows of a CSV file as dicts keyed by lower-cased header, cells trimmed.

    UTF-8 with an optional BOM; the delimiter is ';' when the header line holds more
    ';' than ',', else ','. Blank rows are skipped.
    """
    text = path.read_bytes().decode("utf-8-sig")
    header_line = text.splitlines()[0] if text else ""
    delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    records = []
    for row in rows[1:]:
        if all(not cell.strip() for cell in row):
            continue
        records.append({name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)})
    return records


def read_dataset(folder):
    """(actor ids, cooperation ids, memberships as (actor, cooperation) pairs).

    Tables first in file order; actors or cooperations named only in memberships.csv
    are appended in order of first appearance. Repeated memberships count once. Ids of
    memberships.csv listed in aliases.csv are read as the id they name.
    """
    actors, cooperations = [], []
    seen_actors, seen_cooperations = set(), set()

    def add(table, seen, key):
        if key and key not in seen:
            seen.add(key)
            table.append(key)

    if (folder / "actors.csv").exists():
        for row in read_table(folder / "actors.csv"):
            add(actors, seen_actors, row.get("id", ""))
    if (folder / "cooperations.csv").exists():
        for row in read_table(folder / "cooperations.csv"):
            add(cooperations, seen_cooperations, row.get("id", ""))
    # The aliases table (alias -> id, as Maillage applies it): a mention written as an
    # alias is read as the id it names (the booklet's merged DLA and Cigales mentions).
    aliases = {}
    if (folder / "aliases.csv").exists():
        for row in read_table(folder / "aliases.csv"):
            if row.get("alias") and row.get("id"):
                aliases.setdefault(row["alias"], row["id"])
    memberships, seen_pairs = [], set()
    for row in read_table(folder / "memberships.csv"):
        a, c = row.get("actor", ""), row.get("cooperation", "")
        if not a or not c:
            continue
        a, c = aliases.get(a, a), aliases.get(c, c)
        add(actors, seen_actors, a)
        add(cooperations, seen_cooperations, c)
        if (a, c) not in seen_pairs:
            seen_pairs.add((a, c))
            memberships.append((a, c))
    return actors, cooperations, memberships


def two_mode_graph(actors, cooperations, memberships):
    """The two-mode network, nodes prefixed ('a', id) / ('c', id) since ids may collide."""
    B = nx.Graph()
    B.add_nodes_from((("a", a) for a in actors), bipartite=0)
    B.add_nodes_from((("c", c) for c in cooperations), bipartite=1)
    B.add_edges_from(((("a", a), ("c", c)) for a, c in memberships), weight=1)
    return B


def project(B, actor_nodes, projection):
    if projection == "count":
        P = bipartite.weighted_projected_graph(B, actor_nodes)
    elif projection == "newman":
        P = bipartite.collaboration_weighted_projected_graph(B, actor_nodes)
    elif projection == "jaccard":
        P = bipartite.overlap_weighted_projected_graph(B, actor_nodes, jaccard=True)
    else:
        raise ValueError(projection)
    return nx.relabel_nodes(P, {node: node[1] for node in P})


# ---------------------------------------------------------------- measures

def clean(value):
    """JSON-safe number: NaN and infinities become null, numpy scalars become Python."""
    if value is None:
        return None
    value = float(value) if not isinstance(value, (int, bool)) else value
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def by_node(G, mapping):
    return {node: clean(mapping[node]) for node in G}


def eigenvector_convention(G):
    """eigenvector_centrality_numpy(G, weight="weight") on connected graphs.

    Disconnected graphs (Maillage's convention): each connected component with ≥ 2 nodes
    gets eigenvector_centrality_numpy on its own, scaled by sqrt(n_c / n); isolated nodes
    get 0. The whole vector then has L2 norm sqrt(share of nodes in components of size
    ≥ 2): 1 without isolated nodes, and exactly NetworkX's vector on a connected graph. NetworkX cannot solve a 2-node
    component (ARPACK needs k < N − 1); its Perron vector is (1/√2, 1/√2) whatever the
    weight, which is used there.
    """
    n = G.number_of_nodes()
    result = {node: 0.0 for node in G}
    for component in nx.connected_components(G):
        n_c = len(component)
        if n_c < 2:
            continue
        H = G.subgraph(component)
        if n_c == 2:
            values = {node: 1.0 / math.sqrt(2.0) for node in H}
        else:
            values = nx.eigenvector_centrality_numpy(H, weight="weight")
        scale = math.sqrt(n_c / n)
        for node, x in values.items():
            result[node] = x * scale
    return result


def measure_graph(G):
    """Every measure of the Measures article on a simple undirected graph whose edges carry 'weight'."""
    for _, _, data in G.edges(data=True):
        data["distance"] = 1.0 / data["weight"]
    components = [sorted(c) for c in nx.connected_components(G)]
    components.sort(key=lambda c: c[0])
    return {
        "degree": {node: d for node, d in G.degree()},
        "strength": {node: clean(s) for node, s in G.degree(weight="weight")},
        "betweenness": by_node(G, nx.betweenness_centrality(G, normalized=True)),
        "betweenness_weighted": by_node(G, nx.betweenness_centrality(G, normalized=True, weight="distance")),
        "closeness": by_node(G, nx.closeness_centrality(G)),
        "closeness_weighted": by_node(G, nx.closeness_centrality(G, distance="distance")),
        "harmonic": by_node(G, nx.harmonic_centrality(G)),
        "eigenvector": by_node(G, eigenvector_convention(G)),
        "pagerank": by_node(G, nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)),
        "clustering": by_node(G, nx.clustering(G)),
        "constraint": by_node(G, nx.constraint(G)),
        "effective_size": by_node(G, nx.effective_size(G)),
        "core": {node: k for node, k in nx.core_number(G).items()},
        "articulation": sorted(nx.articulation_points(G)),
        "bridges": sorted(sorted(edge) for edge in nx.bridges(G)),
        "components": components,
    }


def edge_list(G):
    return [[u, v, clean(w)] for u, v, w in G.edges(data="weight")]


# ---------------------------------------------------------------- cases

def write_case(name, payload):
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{name}.json"
    text = json.dumps(payload, ensure_ascii=False, indent=1, allow_nan=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def graph_case(name, G):
    """A classic graph: string node ids, every edge with a 'weight' (1 when unweighted)."""
    G = nx.relabel_nodes(G, {node: str(node) for node in G})
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v, {"weight": float(w)}) for u, v, w in G.edges(data="weight", default=1.0))
    payload = {
        "case": name,
        "kind": "graph",
        "mode": "projected",
        "nodes": list(H),
        "edges": edge_list(H),
        "measures": measure_graph(H),
    }
    write_case(name, payload)
    return f"{name}: {H.number_of_nodes()} nodes, {H.number_of_edges()} edges, " \
           f"{nx.number_connected_components(H)} components"


def unweighted(G):
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from(G.edges(), weight=1.0)
    return H


def random_weighted_graph():
    """Disconnected, weighted, with isolated nodes. Weights are powers of two, so sums of
    distances 1/w are exact and equal-length weighted paths tie exactly."""
    rng = random.Random(20150601)
    G = nx.Graph()
    G.add_nodes_from(range(48))
    # Three blocks of different densities, a few isolated nodes (42..47 stay alone).
    for lo, hi, p in ((0, 20, 0.18), (20, 34, 0.3), (34, 42, 0.45)):
        for u in range(lo, hi):
            for v in range(u + 1, hi):
                if rng.random() < p:
                    G.add_edge(u, v, weight=rng.choice((0.5, 1.0, 1.0, 2.0, 4.0)))
    return G


def random_unweighted_graph():
    G = nx.gnm_random_graph(40, 45, seed=7)
    G.add_nodes_from(range(40, 44))  # isolated
    return unweighted(G)


def classic_graph_cases():
    karate = unweighted(nx.karate_club_graph())
    return [
        graph_case("karate", karate),
        graph_case("krackhardt-kite", unweighted(nx.krackhardt_kite_graph())),
        graph_case("florentine", unweighted(nx.florentine_families_graph())),
        graph_case("les-miserables", nx.les_miserables_graph()),
        graph_case("random-weighted", random_weighted_graph()),
        graph_case("random-unweighted", random_unweighted_graph()),
    ]


def relative(folder):
    return folder.resolve().relative_to(ROOT).as_posix()


def dataset_cases(folder):
    actors, cooperations, memberships = read_dataset(folder)
    B = two_mode_graph(actors, cooperations, memberships)
    actor_nodes = [("a", a) for a in actors]
    name = folder.name
    lines = []
    for projection in PROJECTIONS:
        P = project(B, actor_nodes, projection)
        payload = {
            "case": f"{name}.{projection}",
            "kind": "dataset",
            "dataset": relative(folder),
            "projection": projection,
            "mode": "projected",
            "nodes": list(actors),
            "edges": edge_list(P),
            "measures": measure_graph(P),
        }
        write_case(f"{name}.{projection}", payload)
    lines.append(f"{name}: {len(actors)} actors, {len(cooperations)} cooperations, "
                 f"{len(memberships)} memberships, {P.number_of_edges()} ties, "
                 f"{nx.number_connected_components(P)} components")
    degree = bipartite.degree_centrality(B, actor_nodes)
    betweenness = bipartite.betweenness_centrality(B, actor_nodes)
    closeness = bipartite.closeness_centrality(B, actor_nodes)
    payload = {
        "case": f"{name}.bipartite",
        "kind": "dataset",
        "dataset": relative(folder),
        "mode": "bipartite",
        "nodes": list(actors),
        "actors": list(actors),
        "cooperations": list(cooperations),
        "edges": [[a, c, 1] for a, c in memberships],
        "measures": {
            "degree": {a: clean(degree[("a", a)]) for a in actors},
            "betweenness": {a: clean(betweenness[("a", a)]) for a in actors},
            "closeness": {a: clean(closeness[("a", a)]) for a in actors},
        },
    }
    write_case(f"{name}.bipartite", payload)
    return lines


# ---------------------------------------------------------------- random two-mode datasets

KINDS = ("structure", "collectivite", "tete_de_reseau", "appui", "financeur", "entreprise", "institution")
FORMS = ("mutualisation", "partenariat", "collectif", "regroupement", "appui")
ROLES = ("porteur", "animateur", "membre", "membre", "membre", "partenaire", "financeur", "accompagnateur")


def write_csv(path, header, rows, delimiter=",", bom=False):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(("\ufeff" if bom else "") + buffer.getvalue(), encoding="utf-8")


def random_dataset(name, seed, actor_count, cooperation_count, sizes, blocks, delimiter, bom, readme):
    """A seeded two-mode dataset. Active actors are split into blocks (fractions `blocks`)
    and each cooperation draws its members from one block, so the projection has several
    components; sizes are drawn from `sizes`. Deliberately: a few actors join nothing, two
    of them share a single 2-member cooperation (a 2-node component), one cooperation has
    a single member and one has none, one actor id equals a cooperation id, and one actor
    appears only in memberships.csv."""
    rng = random.Random(seed)
    folder = RANDOM_DATASETS / name
    folder.mkdir(parents=True, exist_ok=True)
    actors = [f"{name[-1]}{i:03d}" for i in range(actor_count)]
    cooperations = [f"coop-{i:03d}" for i in range(cooperation_count)]
    cooperations[1] = actors[5]              # ids of the two tables may collide
    inactive = max(4, actor_count // 20)
    active = actors[: actor_count - inactive]
    pools, start = [], 0
    for k, fraction in enumerate(blocks):
        end = len(active) if k == len(blocks) - 1 else start + max(2, round(fraction * len(active)))
        pools.append(active[start:end])
        start = end
    # A small popularity bias so that some actors are hubs.
    weight = {a: 1.0 / (1 + (i % 17) / 4) + (3.0 if i % 29 == 0 else 0.0) for i, a in enumerate(active)}
    extra = f"{name[-1]}-seul-dans-memberships"
    memberships = []
    for index, c in enumerate(cooperations):
        if index == cooperation_count - 1:
            continue                                           # no member at all
        if index == cooperation_count - 2:
            chosen = [active[0]]                               # a single member
        elif index == cooperation_count - 3:
            chosen = [actors[-3], actors[-2]]                  # an isolated pair
        else:
            pool = pools[rng.choices(range(len(pools)), weights=blocks)[0]]
            size = min(rng.choice(sizes), len(pool))
            members = set()
            while len(members) < size:
                members.add(rng.choices(pool, weights=[weight[a] for a in pool])[0])
            chosen = sorted(members, key=actors.index)
        for a in chosen:
            memberships.append((c, a, rng.choice(ROLES)))
    memberships.append((cooperations[0], extra, "membre"))
    rng.shuffle(memberships)
    write_csv(folder / "actors.csv", ["id", "name", "kind", "sector"],
              [[a, f"Acteur {a.upper()}", rng.choice(KINDS), rng.choice(("", "insertion", "culture", "alimentation"))]
               for a in actors], delimiter, bom)
    write_csv(folder / "cooperations.csv", ["id", "name", "form", "status"],
              [[c, f"Coopération {c}", rng.choice(FORMS), rng.choice(("active", "active", "en_construction"))]
               for c in cooperations], delimiter, bom)
    write_csv(folder / "memberships.csv", ["cooperation", "actor", "role"], memberships, delimiter, bom)
    (folder / "README.md").write_text(readme, encoding="utf-8")
    return folder


RANDOM_README = """# {name} — synthetic two-mode dataset (reference tests)

Written by `References/make_references.py` with `random.Random({seed})`: {actors} actors,
{cooperations} cooperations, membership sizes drawn from {sizes}. It plays a network the
project has never seen. Actors fall into blocks {blocks} (fractions), each cooperation
drawing its members from one block, so the projection has several components.
Deliberate edge cases: actors in no cooperation, two actors whose only cooperation is
the pair they form, a cooperation with a single member, one with no member, an actor id
equal to a cooperation id (`{collision}`), and an actor named only in `memberships.csv`
(no row in `actors.csv`). {format}

Not real data; no licence restriction. Regenerate with `python3 References/make_references.py`.
"""


def random_datasets():
    specs = [
        ("random-a", 424242, 60, 24, (2, 2, 3, 3, 4, 5, 6, 8, 12), (0.6, 0.3, 0.1), ",", False,
         "Comma-separated, no BOM."),
        ("random-b", 777001, 300, 90, (2, 3, 3, 4, 5, 6, 8, 10, 15, 25, 40), (0.7, 0.2, 0.07, 0.03), ";", True,
         "Semicolon-separated with a UTF-8 BOM, like a French spreadsheet export."),
    ]
    folders = []
    for name, seed, a, c, sizes, blocks, delimiter, bom, fmt in specs:
        readme = RANDOM_README.format(name=name, seed=seed, actors=a, cooperations=c,
                                      sizes=list(sizes), blocks=list(blocks), format=fmt,
                                      collision=f"{name[-1]}005")
        folders.append(random_dataset(name, seed, a, c, sizes, blocks, delimiter, bom, readme))
    return folders


def dataset_folders():
    found = set()
    for base in (ROOT / "Datasets", RANDOM_DATASETS):
        if base.exists():
            found.update(p.parent for p in base.rglob("memberships.csv"))
    return sorted(found, key=lambda p: relative(p))


def main():
    np.seterr(all="ignore")
    random_datasets()
    print("graphs:")
    for line in classic_graph_cases():
        print("  " + line)
    print("datasets (count, newman, jaccard, bipartite):")
    names = {}
    for folder in dataset_folders():
        if folder.name in names:
            sys.exit(f"two dataset folders named {folder.name}: {names[folder.name]} and {relative(folder)}")
        names[folder.name] = relative(folder)
        for line in dataset_cases(folder):
            print(f"  {line}  [{relative(folder)}]")
    print(f"wrote {len(list(OUTPUT.glob('*.json')))} files in {relative(OUTPUT)}")


if __name__ == "__main__":
    main()
