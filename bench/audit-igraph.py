"""The igraph side of bench/process.ts: a whole process that reads a dataset
folder (actors.csv, ties.csv), builds the graph and computes exact
betweenness, Burt's constraint and Louvain (multilevel), then prints a short
JSON summary. This is the work `muster audit` is compared with, as a process.

Usage: python3 bench/audit-igraph.py DATASET [--seed S]
"""

import argparse
import csv
import json
import os
import random

import igraph as ig


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with open(os.path.join(args.dataset, "actors.csv"), newline="", encoding="utf-8") as f:
        ids = [row["id"] for row in csv.DictReader(f)]
    index = {actor: i for i, actor in enumerate(ids)}
    edges, weights = [], []
    with open(os.path.join(args.dataset, "ties.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            edges.append((index[row["source"]], index[row["target"]]))
            weights.append(float(row.get("weight") or 1))
    g = ig.Graph(n=len(ids), edges=edges, directed=False)
    g.es["weight"] = weights
    betweenness = g.betweenness(directed=False)
    constraint = g.constraint(weights="weight")
    random.seed(args.seed)  # python-igraph draws from Python's random module
    clustering = g.community_multilevel(weights="weight")
    print(
        json.dumps(
            {
                "nodes": g.vcount(),
                "edges": g.ecount(),
                "max_betweenness": max(betweenness),
                "mean_constraint": sum(c for c in constraint if c == c) / len(constraint),
                "communities": len(clustering),
            }
        )
    )


if __name__ == "__main__":
    main()
