"""One benchmark step done with NetworKit, as a whole process:

    python3 networkit_run.py STEP DATASET OUTPUT [EPSILON DELTA]

The random seed (Leiden, KADABRA) is 1, or the value of the environment variable
BENCH_SEED; NetworKit's generators are seeded per thread (`setSeed(seed, True)`), and
ParallelLeiden's result still depends on how its threads interleave.

Reads the dataset folder, projects the two-mode network onto the actors by a sparse
product B·Bᵀ (scipy; weight = shared cooperations, Maillage's `count` projection) and
builds a weighted undirected NetworKit graph, then:

- load:        connected components (the load + projection step)
- pagerank:    PageRank, damping 0.85, default tolerance (1e-8), weights as strengths
- leiden:      ParallelLeiden (modularity, resolution 1, its default 3 iterations) and the modularity reached
- leiden3:     the same job (ParallelLeiden always stops after its 3 iterations)
- betweenness: exact betweenness (Brandes, parallel over every core), normalised, on the
               unweighted graph (the same job as Maillage's and igraph's default)
- closeness:   exact closeness (generalised variant: Wasserman–Faust for disconnected
               graphs, as Maillage and NetworkX), unweighted, parallel over every core
- pipeline:    components, PageRank and ParallelLeiden in one process
- approx:      KADABRA approximate betweenness, ε = 0.01, δ = 0.1 (Borassi & Natale)

Writes one CSV row per actor to OUTPUT and prints a JSON line with the figures.
"""
import json
import os
import sys
import time

import networkit as nk
import numpy as np

from dataset import projected_edges


def main():
    step, folder, output = sys.argv[1], sys.argv[2], sys.argv[3]
    epsilon = float(sys.argv[4]) if len(sys.argv) > 4 else 0.01
    delta = float(sys.argv[5]) if len(sys.argv) > 5 else 0.1
    nk.setSeed(int(os.environ.get("BENCH_SEED", "1")), True)
    phases = {}
    t0 = time.perf_counter()
    actor_ids, u, v, w = projected_edges(folder)
    n = len(actor_ids)
    phases["read+project"] = time.perf_counter() - t0
    t = time.perf_counter()
    graph = nk.GraphFromCoo((w, (u.astype(np.uint64), v.astype(np.uint64))), n=n, weighted=True, directed=False)
    phases["build"] = time.perf_counter() - t
    result = {"tool": "networkit", "version": nk.__version__, "step": step, "nodes": graph.numberOfNodes(),
              "ties": graph.numberOfEdges(), "threads": nk.getMaxNumberOfThreads()}
    t = time.perf_counter()
    if step == "load":
        components = nk.components.ConnectedComponents(graph)
        components.run()
        result["components"] = components.numberOfComponents()
        values = [components.componentOfNode(x) for x in range(n)]
    elif step == "pagerank":
        pagerank = nk.centrality.PageRank(graph, damp=0.85)  # default tolerance 1e-8
        pagerank.run()
        values = pagerank.scores()
    elif step in ("leiden", "leiden3"):
        leiden = nk.community.ParallelLeiden(graph, iterations=3)  # its default
        leiden.run()
        partition = leiden.getPartition()
        values = partition.getVector()
        result["clusters"] = partition.numberOfSubsets()
        result["modularity"] = nk.community.Modularity().getQuality(partition, graph)
    elif step == "pipeline":
        components = nk.components.ConnectedComponents(graph)
        components.run()
        pagerank = nk.centrality.PageRank(graph, damp=0.85)
        pagerank.run()
        leiden = nk.community.ParallelLeiden(graph)
        leiden.run()
        partition = leiden.getPartition()
        result["components"] = components.numberOfComponents()
        result["clusters"] = partition.numberOfSubsets()
        result["modularity"] = nk.community.Modularity().getQuality(partition, graph)
        ranks, clusters = pagerank.scores(), partition.getVector()
        values = [f"{components.componentOfNode(x)},{ranks[x]!r},{clusters[x]}" for x in range(n)]
    elif step == "betweenness":
        betweenness = nk.centrality.Betweenness(nk.graphtools.toUnweighted(graph), normalized=True)
        betweenness.run()
        values = betweenness.scores()
    elif step == "closeness":
        closeness = nk.centrality.Closeness(nk.graphtools.toUnweighted(graph), True, nk.centrality.ClosenessVariant.Generalized)
        closeness.run()
        values = closeness.scores()
    elif step == "approx":
        kadabra = nk.centrality.KadabraBetweenness(graph, epsilon, delta)  # KADABRA reads the graph as unweighted
        kadabra.run()
        values = kadabra.scores()
        result["epsilon"], result["delta"] = epsilon, delta
    else:
        print(json.dumps({"tool": "networkit", "step": step, "unsupported": True}))
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
