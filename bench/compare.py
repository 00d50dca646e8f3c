"""Run the audit's metrics in NetworkX or igraph, for bench/compare.ts.

Usage: python3 bench/compare.py EDGES OUT --library networkx|igraph
                                [--betweenness] [--holes] [--louvain] [--seed S] [--runs N]

EDGES is the graph bench/compare.ts wrote: a first line "n m", then one
line "u v w" per edge (node indices 0..n-1, u < v, w the summed weight).
OUT receives JSON: the library's version, the seconds to build its graph,
and for each metric asked for, the seconds it took and its values (node
order; NaN as null) or, for Louvain, the modularity and community count.
Times cover the metric call only, after the graph is built; with --runs N
each is the best of N calls.
"""

import argparse
import json
import math
import random
import sys
import time


def read_edges(path):
    with open(path) as f:
        n, m = (int(x) for x in f.readline().split())
        edges = []
        weights = []
        for line in f:
            u, v, w = line.split()
            edges.append((int(u), int(v)))
            weights.append(float(w))
    if len(edges) != m:
        sys.exit(f"compare.py: {path} announces {m} edges but has {len(edges)}")
    return n, edges, weights


def clean(values):
    return [None if (v is None or (isinstance(v, float) and math.isnan(v))) else v for v in values]


RUNS = 1


def built(library, version, build):
    """The graph `build` makes, once, and the output's head: the library, its version and the build time."""
    started = time.perf_counter()
    g = build()
    return g, {"library": library, "version": version, "build_seconds": time.perf_counter() - started}


def timed(f):
    """f's value and its best wall time over RUNS calls."""
    best = math.inf
    for _ in range(RUNS):
        started = time.perf_counter()
        value = f()
        best = min(best, time.perf_counter() - started)
    return value, best


def run_networkx(n, edges, weights, args):
    import networkx as nx

    def build():
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_weighted_edges_from((u, v, w) for (u, v), w in zip(edges, weights))
        return g

    g, out = built("networkx", nx.__version__, build)
    if args.betweenness:
        values, seconds = timed(lambda: nx.betweenness_centrality(g))
        out["betweenness"] = {"seconds": seconds, "values": clean([values[i] for i in range(n)])}
    if args.holes:
        values, seconds = timed(lambda: nx.constraint(g, weight="weight"))
        out["constraint"] = {"seconds": seconds, "values": clean([values[i] for i in range(n)])}
        values, seconds = timed(lambda: nx.effective_size(g, weight="weight"))
        out["effective_size"] = {"seconds": seconds, "values": clean([values[i] for i in range(n)])}
        # Called on all nodes, NetworkX (up to 3.6 at least) takes a sparse-
        # matrix path whose weighted effective size divides by the wrong
        # node's largest weight (networkx pull request #8906); with `nodes`
        # it runs Burt's formula node by node, the convention Muster
        # follows. That path is slow, so above --per-node nodes it runs on
        # an evenly spaced sample.
        step = max(1, math.ceil(n / args.per_node))
        sample = list(range(0, n, step))
        started = time.perf_counter()  # once: it is slow and not what is compared
        values = nx.effective_size(g, nodes=sample, weight="weight")
        seconds = time.perf_counter() - started
        out["effective_size_per_node"] = {
            "seconds": seconds,
            "nodes": sample,
            "values": clean([values[i] for i in sample]),
        }
    if args.louvain:
        communities, seconds = timed(lambda: nx.community.louvain_communities(g, weight="weight", seed=args.seed))
        out["louvain"] = {
            "seconds": seconds,
            "modularity": nx.community.modularity(g, communities, weight="weight"),
            "count": len(communities),
        }
    return out


def run_igraph(n, edges, weights, args):
    import igraph as ig

    def build():
        g = ig.Graph(n=n, edges=edges, directed=False)
        g.es["weight"] = weights
        return g

    g, out = built("igraph", ig.__version__, build)
    if args.betweenness:
        values, seconds = timed(lambda: g.betweenness(directed=False))
        # igraph counts each unordered pair once; NetworkX's normalisation is
        # the pair share: 2 / ((n - 1)(n - 2)) of that.
        scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1
        out["betweenness"] = {"seconds": seconds, "values": [v * scale for v in values]}
    if args.louvain:
        def multilevel():
            random.seed(args.seed)  # python-igraph draws from Python's random module
            return g.community_multilevel(weights="weight")

        clustering, seconds = timed(multilevel)
        out["louvain"] = {
            "seconds": seconds,
            "modularity": g.modularity(clustering.membership, weights="weight"),
            "count": len(clustering),
        }
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("edges")
    parser.add_argument("out")
    parser.add_argument("--library", choices=["networkx", "igraph"], required=True)
    parser.add_argument("--betweenness", action="store_true")
    parser.add_argument("--holes", action="store_true", help="constraint and effective size (NetworkX only)")
    parser.add_argument("--louvain", action="store_true")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--per-node",
        type=int,
        default=5000,
        help="nodes on which to run NetworkX's per-node effective size (an even sample above)",
    )
    parser.add_argument("--runs", type=int, default=1, help="time each metric this many times, keep the best")
    args = parser.parse_args()
    global RUNS
    RUNS = args.runs
    n, edges, weights = read_edges(args.edges)
    result = (run_networkx if args.library == "networkx" else run_igraph)(n, edges, weights, args)
    with open(args.out, "w") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
