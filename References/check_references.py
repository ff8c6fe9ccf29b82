#!/usr/bin/env python3
"""Runs every script under References/ and checks that the committed files are what
they produce, so that no reference value in the repository is stale or hand-edited.

Run by scripts/test after the Swift tests (the Swift tests read the committed JSON and
never need Python). Each script runs in a scratch copy of References/ and Datasets/, so
the working tree is never written:

  make_classic_datasets.py      Datasets/classics/*            must be byte-identical
  make_references.py            References/datasets/* (CSV)    must be byte-identical
                                References/networkx/*.json     same structure, same strings,
                                                               numbers within 1e-9 relative
  communities/make_references.py References/communities/*.json  as networkx/*.json
  check_exports.py              reads every `maillage export` format back with NetworkX

Numbers are compared with a tolerance because a few of them (the eigenvector
centralities, found by ARPACK) move in their last bits from one machine's BLAS to
another's; everything else is exact.

A script whose Python packages are missing, or not at the versions pinned in its
requirements.txt, is skipped with a note (never failed): install them with
`pip install -r References/requirements.txt` (and References/communities/requirements.txt).

Usage: python3 References/check_references.py [--maillage PATH]
Prints one line per check ("reference ok: …", "reference FAILED: …",
"reference skipped: …") and ends with "references: N passed, N failed, N skipped";
exits 1 when a check failed.
"""

import argparse
import importlib.metadata
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REFERENCES = Path(__file__).resolve().parent
ROOT = REFERENCES.parent
TOLERANCE = 1e-9


def pinned(requirements):
    """Missing or mismatched packages of a requirements file, as readable notes."""
    problems = []
    for line in requirements.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or "==" not in line:
            continue
        name, version = line.split("==", 1)
        try:
            found = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            problems.append(f"{name} not installed")
            continue
        if found != version:
            problems.append(f"{name} {found} instead of {version}")
    return problems


def same_json(a, b, where="$"):
    """The first difference between two JSON values, or None; numbers within TOLERANCE."""
    if isinstance(a, bool) or isinstance(b, bool):
        return None if a == b else f"{where}: {a!r} != {b!r}"
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=1e-12):
            return None
        return f"{where}: {a!r} != {b!r}"
    if type(a) is not type(b):
        return f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        if list(a) != list(b):
            return f"{where}: keys {sorted(set(a) ^ set(b)) or 'in another order'}"
        for key in a:
            difference = same_json(a[key], b[key], f"{where}.{key}")
            if difference:
                return difference
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            difference = same_json(x, y, f"{where}[{i}]")
            if difference:
                return difference
        return None
    return None if a == b else f"{where}: {a!r} != {b!r}"


def compare_trees(committed, produced, numeric_json):
    """Differences between two folders: files only on one side, bytes (or JSON values) that differ."""
    problems = []
    names = {p.relative_to(committed) for p in committed.rglob("*") if p.is_file()}
    names |= {p.relative_to(produced) for p in produced.rglob("*") if p.is_file()}
    for name in sorted(names):
        a, b = committed / name, produced / name
        if not a.exists():
            problems.append(f"{name}: produced but not committed")
        elif not b.exists():
            problems.append(f"{name}: committed but no longer produced")
        elif numeric_json and name.suffix == ".json":
            difference = same_json(json.loads(a.read_text()), json.loads(b.read_text()))
            if difference:
                problems.append(f"{name}: {difference}")
        elif a.read_bytes() != b.read_bytes():
            problems.append(f"{name}: bytes differ")
    return problems


def run(script, cwd):
    """Runs a Python script; its output only when it fails."""
    result = subprocess.run([sys.executable, str(script)], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        return [f"{script.name} exited {result.returncode}: {(result.stderr or result.stdout).strip()[-500:]}"]
    return []


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--maillage", help="the maillage executable for check_exports.py")
    arguments = parser.parse_args()
    results = {"ok": 0, "FAILED": 0, "skipped": 0}

    def report(status, what, notes=()):
        results[status] += 1
        print(f"reference {status}: {what}" + (f" ({'; '.join(notes)})" if status == "skipped" else ""))
        if status == "FAILED":
            for note in list(notes)[:20]:
                print(f"    {note}")
        sys.stdout.flush()

    with tempfile.TemporaryDirectory(prefix="maillage-references-") as scratch:
        copy = Path(scratch)
        shutil.copytree(REFERENCES, copy / "References", ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copytree(ROOT / "Datasets", copy / "Datasets")
        # What the scripts write is removed first, so a committed file that no script
        # writes any more shows up as stale.
        for generated in ("Datasets/classics", "References/networkx", "References/datasets"):
            shutil.rmtree(copy / generated)
        for generated in (copy / "References/communities").glob("*.json"):
            generated.unlink()

        missing = pinned(REFERENCES / "requirements.txt")
        if missing:
            for what in ("make_classic_datasets.py", "make_references.py", "check_exports.py"):
                report("skipped", what, missing)
        else:
            problems = run(copy / "References/make_classic_datasets.py", copy)
            problems += compare_trees(ROOT / "Datasets/classics", copy / "Datasets/classics", numeric_json=False)
            report("FAILED" if problems else "ok", "make_classic_datasets.py reproduces Datasets/classics", problems)

            problems = run(copy / "References/make_references.py", copy)
            problems += compare_trees(REFERENCES / "datasets", copy / "References/datasets", numeric_json=False)
            problems += compare_trees(REFERENCES / "networkx", copy / "References/networkx", numeric_json=True)
            report("FAILED" if problems else "ok",
                   "make_references.py reproduces References/datasets and References/networkx", problems)

            maillage = arguments.maillage
            if not maillage or not os.access(maillage, os.X_OK):
                report("skipped", "check_exports.py", ["no maillage executable given (--maillage)"])
            else:
                result = subprocess.run([sys.executable, str(REFERENCES / "check_exports.py"), "--maillage", maillage],
                                        cwd=ROOT, capture_output=True, text=True)
                lines = result.stdout.strip().splitlines()
                summary = lines[-1] if lines else result.stderr.strip()[-300:]
                failures = [line for line in lines if line.startswith("FAIL")] or [summary]
                report("ok" if result.returncode == 0 else "FAILED", f"check_exports.py: {summary}", failures)

        missing = pinned(REFERENCES / "communities/requirements.txt")
        if missing:
            report("skipped", "communities/make_references.py", missing)
        else:
            communities = copy / "References/communities"
            problems = run(communities / "make_references.py", communities)
            problems += compare_trees(REFERENCES / "communities", communities, numeric_json=True)
            report("FAILED" if problems else "ok", "communities/make_references.py reproduces References/communities",
                   problems)

    print(f"references: {results['ok']} passed, {results['FAILED']} failed, {results['skipped']} skipped")
    return 1 if results["FAILED"] else 0


if __name__ == "__main__":
    sys.exit(main())
