"""Reading a Maillage dataset folder (DatasetFormat article) the way a Python user of igraph or
NetworKit would: actor ids from actors.csv (every actor is a node, isolated ones
included, as in Maillage), memberships from memberships.csv; then the projected
cooperation graph with the `count` weighting (number of shared cooperations), which is
Maillage's default projection and NetworkX's `weighted_projected_graph`.
"""
import csv
import os

import numpy as np
import scipy.sparse as sp


def read_two_mode(folder):
    """Returns (actor_ids, cooperation_count, actor_index_array, cooperation_index_array)."""
    actor_index = {}
    actor_ids = []
    actors_file = os.path.join(folder, "actors.csv")
    if os.path.exists(actors_file):
        with open(actors_file, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = next(reader)
            col = header.index("id")
            for row in reader:
                if not row:
                    continue
                actor_index[row[col]] = len(actor_ids)
                actor_ids.append(row[col])
    cooperation_index = {}
    rows, cols = [], []
    with open(os.path.join(folder, "memberships.csv"), newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader)
        ci, ai = header.index("cooperation"), header.index("actor")
        for row in reader:
            if not row:
                continue
            a = actor_index.get(row[ai])
            if a is None:
                a = actor_index[row[ai]] = len(actor_ids)
                actor_ids.append(row[ai])
            c = cooperation_index.setdefault(row[ci], len(cooperation_index))
            rows.append(a)
            cols.append(c)
    return actor_ids, len(cooperation_index), np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


def projected_edges(folder):
    """The projected graph as (actor_ids, u, v, weight) arrays with u < v, weight =
    shared cooperations, computed by sparse product B·Bᵀ of the incidence matrix."""
    actor_ids, cooperations, rows, cols = read_two_mode(folder)
    n = len(actor_ids)
    b = sp.csr_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(n, cooperations))
    b.sum_duplicates()
    b.data[:] = 1.0  # a repeated membership counts once, as in Maillage's loader
    product = sp.triu(b @ b.T, k=1).tocoo()
    return actor_ids, product.row, product.col, product.data
