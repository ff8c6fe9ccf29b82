#!/usr/bin/env python3
"""Reference values for Maillage's community detection.

Writes, next to this script:

* modularity.json  -- NetworkX modularity (networkx.community.modularity, weight="weight")
  of several partitions of several graphs, at several resolutions. Swift tests
  recompute them with `modularity(graph:membership:resolution:)` and compare at 1e-9.
* benchmarks.json  -- weighted graphs with planted communities (LFR benchmark graphs and
  a degree-corrected stochastic block model with heavy-tailed degrees), with the
  modularity that igraph's `community_multilevel` and
  `community_leiden(objective_function="modularity", n_iterations=-1)` reach on them
  (and leidenalg's, for information). Swift tests check that Maillage's Louvain and
  Leiden reach at least igraph's modularity minus 1e-3.

Graphs are stored as {"nodes": n, "edges": [[u, v, w], ...]} with nodes 0..n-1 and each
undirected edge once. Weights are rounded to 3 decimals so that the JSON is exact.

Run:  pip install -r requirements.txt && python3 make_references.py
Pinned versions are in requirements.txt; output is deterministic for them.
"""

import json
import math
import random
import statistics
from pathlib import Path

import igraph
import leidenalg
import networkx as nx
import numpy as np

HERE = Path(__file__).resolve().parent
RESOLUTIONS = [0.5, 1.0, 2.0]
SEEDS = list(range(10))


# ---------------------------------------------------------------------------
# Graph helpers


def relabelled(G, weighted=True):
    """G with nodes renamed 0..n-1 in G.nodes() order; weight 1 when not weighted."""
    index = {node: i for i, node in enumerate(G.nodes())}
    H = nx.Graph()
    H.add_nodes_from(range(len(index)))
    for u, v, data in G.edges(data=True):
        w = float(data.get("weight", 1.0)) if weighted else 1.0
        H.add_edge(index[u], index[v], weight=w)
    return H, index


def edge_list(G):
    return [[u, v, G[u][v]["weight"]] for u, v in sorted((min(a, b), max(a, b)) for a, b in G.edges())]


def membership_of(communities, n):
    membership = [-1] * n
    for label, community in enumerate(communities):
        for node in community:
            membership[node] = label
    assert min(membership) >= 0
    return membership


def communities_of(membership):
    groups = {}
    for node, label in enumerate(membership):
        groups.setdefault(label, set()).add(node)
    return list(groups.values())


def to_igraph(G):
    g = igraph.Graph(n=G.number_of_nodes(), edges=[(u, v) for u, v in G.edges()])
    g.es["weight"] = [G[u][v]["weight"] for u, v in G.edges()]
    return g


# ---------------------------------------------------------------------------
# modularity.json


def disconnected_graph():
    """Two weighted components, a lone edge and three isolated nodes (14 nodes)."""
    G = nx.Graph()
    G.add_nodes_from(range(14))
    G.add_weighted_edges_from([
        (0, 1, 2.5), (0, 2, 1.0), (1, 2, 3.0), (2, 3, 0.5), (3, 4, 1.5), (3, 5, 2.0), (4, 5, 1.0),
        (6, 7, 4.0), (7, 8, 0.25), (6, 8, 1.0),
        (9, 10, 0.75),
    ])
    return G  # nodes 11, 12 and 13 are isolated


def partitions_for(G, name, extra):
    n = G.number_of_nodes()
    rng = random.Random(7)
    parts = [
        ("singletons", list(range(n))),
        ("one_block", [0] * n),
        ("random_3", [rng.randrange(3) for _ in range(n)]),
        ("louvain_networkx", membership_of(nx.community.louvain_communities(G, weight="weight", seed=1), n)),
        ("greedy_modularity", membership_of(nx.community.greedy_modularity_communities(G, weight="weight"), n)),
        ("label_propagation", membership_of(nx.community.asyn_lpa_communities(G, weight="weight", seed=3), n)),
    ]
    parts.extend(extra)
    out = []
    for pname, membership in parts:
        values = [
            {"resolution": r,
             "modularity": nx.community.modularity(G, communities_of(membership), weight="weight", resolution=r)}
            for r in RESOLUTIONS
        ]
        out.append({"name": pname, "membership": membership, "values": values})
    return out


def modularity_references():
    graphs = []

    karate = nx.karate_club_graph()
    club = [0 if karate.nodes[v]["club"] == "Mr. Hi" else 1 for v in karate.nodes()]
    K, _ = relabelled(karate, weighted=False)
    graphs.append({"name": "karate", "weighted": False, "nodes": K.number_of_nodes(), "edges": edge_list(K),
                   "partitions": partitions_for(K, "karate", [("club", club)])})
    KW, _ = relabelled(karate, weighted=True)
    graphs.append({"name": "karate_weighted", "weighted": True, "nodes": KW.number_of_nodes(),
                   "edges": edge_list(KW), "partitions": partitions_for(KW, "karate_weighted", [("club", club)])})

    L, index = relabelled(nx.les_miserables_graph(), weighted=True)
    graphs.append({"name": "les_miserables", "weighted": True, "nodes": L.number_of_nodes(),
                   "labels": list(index.keys()), "edges": edge_list(L),
                   "partitions": partitions_for(L, "les_miserables", [])})

    D = disconnected_graph()
    graphs.append({"name": "disconnected_with_isolates", "weighted": True, "nodes": D.number_of_nodes(),
                   "edges": edge_list(D),
                   "partitions": partitions_for(D, "disconnected", [
                       ("components", [0] * 6 + [1] * 3 + [2] * 2 + [3, 4, 5]),
                       ("isolates_with_others", [0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 0, 2, 3]),
                   ])})
    return {
        "description": "networkx.community.modularity(G, communities, weight='weight', resolution=r) "
                       "for partitions given as membership arrays (community label per node)",
        "networkx": nx.__version__,
        "graphs": graphs,
    }


# ---------------------------------------------------------------------------
# benchmarks.json


def weighted_lfr(n, mu, seed, average_degree, max_degree, min_community, max_community):
    """An LFR benchmark graph with weights: inside a community ~ 1 + Exp(mean 2),
    between communities ~ Exp(mean 1) + 0.1 (so weights carry part of the signal)."""
    for attempt in range(50):
        try:
            G = nx.LFR_benchmark_graph(n, tau1=2.5, tau2=1.5, mu=mu, average_degree=average_degree,
                                       max_degree=max_degree, min_community=min_community,
                                       max_community=max_community, seed=seed + 1000 * attempt)
            break
        except nx.ExceededMaxIterations:
            continue
    else:
        raise RuntimeError("LFR generation failed")
    G.remove_edges_from(nx.selfloop_edges(G))
    planted = {}
    for v in G.nodes():
        planted[v] = min(G.nodes[v]["community"])  # community id = smallest member
    labels = {c: i for i, c in enumerate(sorted(set(planted.values())))}
    rng = np.random.default_rng(seed)
    H = nx.Graph()
    H.add_nodes_from(range(n))
    for u, v in sorted((min(a, b), max(a, b)) for a, b in G.edges()):
        if planted[u] == planted[v]:
            w = 1.0 + rng.exponential(2.0)
        else:
            w = 0.1 + rng.exponential(1.0)
        H.add_edge(u, v, weight=round(float(w), 3))
    return H, [labels[planted[v]] for v in range(n)]


def heavy_tailed_sbm(n, blocks, mu, average_degree, seed):
    """Degree-corrected stochastic block model: block sizes and degree propensities drawn
    from Pareto laws; an edge {u, v} appears with probability ~ theta_u theta_v, scaled so
    that a fraction mu of each node's expected degree leaves its block. Weights lognormal,
    larger inside blocks."""
    rng = np.random.default_rng(seed)
    raw = rng.pareto(1.5, blocks) + 1.0
    sizes = np.maximum(10, np.round(raw / raw.sum() * n)).astype(int)
    sizes[-1] += n - sizes.sum()
    assert sizes.min() >= 5
    planted = np.repeat(np.arange(blocks), sizes)
    theta = np.minimum(rng.pareto(1.5, n) + 1.0, 40.0)
    degree = theta / theta.mean() * average_degree
    H = nx.Graph()
    H.add_nodes_from(range(n))
    members = [np.flatnonzero(planted == b) for b in range(blocks)]
    block_degree = np.array([degree[m].sum() for m in members])
    total = degree.sum()
    for u in range(n):
        bu = planted[u]
        for v in range(u + 1, n):
            bv = planted[v]
            if bu == bv:
                p = (1 - mu) * degree[u] * degree[v] / block_degree[bu]
            else:
                p = mu * degree[u] * degree[v] / (total - block_degree[bu])
            if rng.random() < min(1.0, p):
                w = rng.lognormal(0.5, 0.6) if bu == bv else rng.lognormal(0.0, 0.6)
                H.add_edge(u, v, weight=round(float(w), 3))
    return H, [int(b) for b in planted]


def igraph_runs(G):
    g = to_igraph(G)
    result = {}
    multilevel = []
    leiden = []
    for seed in SEEDS:
        random.seed(seed)
        multilevel.append(g.community_multilevel(weights="weight").modularity)
        random.seed(seed)
        leiden.append(g.community_leiden(objective_function="modularity", weights="weight",
                                         n_iterations=-1).modularity)
    result["igraph_multilevel"] = {"seeds": SEEDS, "modularity": multilevel,
                                   "max": max(multilevel), "mean": statistics.fmean(multilevel)}
    result["igraph_leiden"] = {"seeds": SEEDS, "modularity": leiden,
                               "max": max(leiden), "mean": statistics.fmean(leiden)}
    la = []
    for seed in SEEDS:
        p = leidenalg.find_partition(g, leidenalg.ModularityVertexPartition, weights="weight",
                                     n_iterations=-1, seed=seed)
        la.append(g.modularity(p.membership, weights="weight"))
    result["leidenalg"] = {"seeds": SEEDS, "modularity": la, "max": max(la), "mean": statistics.fmean(la)}
    return result


def benchmark_references():
    specs = [
        ("lfr_1000_mu0.2", lambda: weighted_lfr(1000, 0.2, 11, 12, 60, 20, 100)),
        ("lfr_1000_mu0.4", lambda: weighted_lfr(1000, 0.4, 12, 12, 60, 20, 100)),
        ("lfr_3000_mu0.5", lambda: weighted_lfr(3000, 0.5, 13, 10, 80, 20, 200)),
        ("sbm_heavy_tailed_2000", lambda: heavy_tailed_sbm(2000, 25, 0.35, 10, 14)),
    ]
    graphs = []
    for name, make in specs:
        G, planted = make()
        entry = {
            "name": name,
            "nodes": G.number_of_nodes(),
            "edges": edge_list(G),
            "planted": planted,
            "planted_modularity": nx.community.modularity(G, communities_of(planted), weight="weight"),
        }
        entry.update(igraph_runs(G))
        graphs.append(entry)
        print(name, G.number_of_nodes(), G.number_of_edges(),
              "planted %.4f" % entry["planted_modularity"],
              "multilevel max %.4f" % entry["igraph_multilevel"]["max"],
              "leiden max %.4f" % entry["igraph_leiden"]["max"],
              "leidenalg max %.4f" % entry["leidenalg"]["max"])
    return {
        "description": "weighted graphs with planted communities and the modularity (resolution 1, "
                       "weight='weight') reached by igraph community_multilevel and "
                       "community_leiden(objective_function='modularity', n_iterations=-1), seeds 0-9 "
                       "(random.seed), and by leidenalg ModularityVertexPartition (n_iterations=-1)",
        "igraph": igraph.__version__,
        "leidenalg": leidenalg.__version__,
        "networkx": nx.__version__,
        "graphs": graphs,
    }


def dump(obj, name):
    path = HERE / name
    with open(path, "w") as f:
        json.dump(obj, f, separators=(",", ":"))
        f.write("\n")
    print("wrote", path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    dump(modularity_references(), "modularity.json")
    dump(benchmark_references(), "benchmarks.json")
