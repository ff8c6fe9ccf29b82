"""One benchmark step done with python-igraph, as a whole process:

    python3 igraph_run.py STEP DATASET OUTPUT

The random seed (Leiden) is 1, or the value of the environment variable BENCH_SEED.

Reads the dataset folder, builds the two-mode network and projects it onto the actors
with igraph's own `bipartite_projection(multiplicity=True)` (weight = shared
cooperations, Maillage's `count` projection), then:

- load:        connected components (the load + projection step)
- pagerank:    PageRank, damping 0.85, weights read as strengths (PRPACK, exact)
- leiden:      Leiden maximising modularity (weights, resolution 1, iterated until
               stable, seed 1) and the modularity reached
- leiden3:     the same stopped after 3 iterations (n_iterations=3)
- betweenness: exact betweenness (Brandes, unweighted, one core), NetworkX normalisation
- closeness:   exact closeness (unweighted, one core); igraph normalises by the reachable
               nodes only, the values are rescaled to Wasserman–Faust's (r − 1)/(n − 1)
- pipeline:    components, PageRank and Leiden in one process (component,pagerank,cluster per actor)

Writes one CSV row per actor (or the cluster of each actor) to OUTPUT, like Maillage's
`-o FILE`, and prints a JSON line with the figures and the time of each phase.
"""
import json
import os
import random
import sys
import time

import igraph as ig

from dataset import read_two_mode


def main():
    step, folder, output = sys.argv[1], sys.argv[2], sys.argv[3]
    phases = {}
    t0 = time.perf_counter()
    actor_ids, cooperations, rows, cols = read_two_mode(folder)
    n = len(actor_ids)
    phases["read"] = time.perf_counter() - t0
    t = time.perf_counter()
    edges = list(zip(rows.tolist(), (cols + n).tolist()))
    two_mode = ig.Graph.Bipartite([False] * n + [True] * cooperations, edges)
    two_mode.simplify()
    graph = two_mode.bipartite_projection(multiplicity=True, which=0)
    del two_mode
    phases["project"] = time.perf_counter() - t
    result = {"tool": "igraph", "version": ig.__version__, "step": step, "nodes": graph.vcount(), "ties": graph.ecount()}
    t = time.perf_counter()
    if step == "load":
        components = graph.connected_components()
        result["components"] = len(components)
        values = components.membership
    elif step == "pagerank":
        values = graph.pagerank(damping=0.85, weights="weight", directed=False)
    elif step in ("leiden", "leiden3"):
        random.seed(int(os.environ.get("BENCH_SEED", "1")))
        ig.set_random_number_generator(random)
        partition = graph.community_leiden(objective_function="modularity", weights="weight", resolution=1,
                                           n_iterations=3 if step == "leiden3" else -1)
        values = partition.membership
        result["clusters"] = len(partition)
        result["modularity"] = graph.modularity(partition.membership, weights="weight")
    elif step == "pipeline":
        components = graph.connected_components()
        ranks = graph.pagerank(damping=0.85, weights="weight", directed=False)
        random.seed(int(os.environ.get("BENCH_SEED", "1")))
        ig.set_random_number_generator(random)
        partition = graph.community_leiden(objective_function="modularity", weights="weight", resolution=1, n_iterations=-1)
        result["components"] = len(components)
        result["clusters"] = len(partition)
        result["modularity"] = graph.modularity(partition.membership, weights="weight")
        values = [f"{c},{r!r},{k}" for c, r, k in zip(components.membership, ranks, partition.membership)]
    elif step == "betweenness":
        raw = graph.betweenness(directed=False)
        scale = 2.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        values = [b * scale for b in raw]
    elif step == "closeness":
        raw = graph.closeness(normalized=True)
        components = graph.connected_components()
        sizes = components.sizes()
        values = [0.0 if c != c else c * (sizes[k] - 1) / (n - 1) for c, k in zip(raw, components.membership)]
    else:
        print(json.dumps({"tool": "igraph", "step": step, "unsupported": True}))
        return
    phases[step] = time.perf_counter() - t
    t = time.perf_counter()
    with open(output, "w", encoding="utf-8") as f:
        f.write("id,value\n")
        for actor, value in zip(actor_ids, values):
            f.write(f"{actor},{value if isinstance(value, str) else repr(value)}\n")
    phases["write"] = time.perf_counter() - t
    result["phases"] = phases
    print(json.dumps(result))


if __name__ == "__main__":
    main()
