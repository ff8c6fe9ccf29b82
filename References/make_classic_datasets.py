#!/usr/bin/env python3
"""Export two classic social networks, as bundled with networkx 3.6.1, into Maillage's
dataset format (a folder of comma-separated CSV files with a header row: see the DatasetFormat
article of the documentation).

    python3 References/make_classic_datasets.py

Writes Datasets/classics/davis-southern-women/ and Datasets/classics/florentine-families/
(actors.csv, cooperations.csv, memberships.csv, README.md). Ids are ASCII slugs; the
original labels are kept in `name`. Kinds and forms are left empty (not ESS data).
Deterministic: rows follow NetworkX's node order.
"""

import csv
import io
import re
import unicodedata
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
CLASSICS = ROOT / "Datasets" / "classics"


def slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def write_csv(path, header, rows):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def write_dataset(folder, actors, cooperations, memberships, readme):
    """actors: [(id, name)], cooperations: [(id, name)], memberships: [(cooperation, actor)]."""
    folder.mkdir(parents=True, exist_ok=True)
    for table in (actors, cooperations):
        ids = [i for i, _ in table]
        assert len(set(ids)) == len(ids), "slugs must stay unique"
    write_csv(folder / "actors.csv", ["id", "name", "kind"], [[i, n, ""] for i, n in actors])
    write_csv(folder / "cooperations.csv", ["id", "name", "form"], [[i, n, ""] for i, n in cooperations])
    write_csv(folder / "memberships.csv", ["cooperation", "actor", "role"],
              [[c, a, "membre"] for c, a in memberships])
    (folder / "README.md").write_text(readme, encoding="utf-8")
    return f"{folder.relative_to(ROOT)}: {len(actors)} actors, {len(cooperations)} cooperations, " \
           f"{len(memberships)} memberships"


DAVIS_README = """# Davis Southern Women (two-mode)

18 women of a town of the US Deep South and the 14 informal social events they
attended (1930s), the classic two-mode network.

- Original study: Allison Davis, Burleigh B. Gardner and Mary R. Gardner, *Deep South:
  A Social Anthropological Study of Caste and Class*, University of Chicago Press, 1941.
- Re-analysed by Ronald L. Breiger, "The Duality of Persons and Groups", *Social Forces*
  53(2), 1974, and many others (Freeman 2003 reviews 21 analyses).
- Exported from the copy bundled with networkx 3.6.1 (`davis_southern_women_graph()`) by
  the committed script `References/make_classic_datasets.py`.

Mapping to Maillage: women are actors (kind left empty), events are cooperations
(name = the event label `E1`…`E14` as NetworkX gives it, form left empty), each
attendance is a membership with role `membre`. Ids are ASCII slugs of the labels.
{actors} actors, {cooperations} cooperations, {memberships} memberships.

Licence: historical research data, widely redistributed (NetworkX, UCINET, Pajek
collections); NetworkX itself is BSD-3-Clause.
"""

FLORENTINE_README = """# Florentine families (marriage ties)

Marriage ties among the leading families of Renaissance Florence (around 1430), from
John Padgett's data: the network behind the rise of the Medici.

- Original study: John F. Padgett and Christopher K. Ansell, "Robust Action and the Rise
  of the Medici, 1400–1434", *American Journal of Sociology* 98(6), 1993, 1259–1319;
  data first published in Ronald L. Breiger and Philippa E. Pattison, "Cumulated social
  roles: The duality of persons and their algebras", *Social Networks* 8(3), 1986.
- Exported from the copy bundled with networkx 3.6.1 (`florentine_families_graph()`) by
  the committed script `References/make_classic_datasets.py`. As in NetworkX, the Pucci
  family (no marriage tie in the data) is absent.

Mapping to Maillage: families are actors (kind left empty); each marriage tie is one
cooperation with exactly two members (id `mariage-<family>-<family>`, families in
alphabetical order of their slugs, form left empty), so the `count` projection gives
back the original one-mode graph. {actors} actors, {cooperations} cooperations,
{memberships} memberships.

Licence: historical research data, widely redistributed (NetworkX, UCINET, Pajek
collections); NetworkX itself is BSD-3-Clause.
"""


def davis():
    G = nx.davis_southern_women_graph()
    women, events = G.graph["top"], G.graph["bottom"]
    actors = [(slug(w), w) for w in women]
    cooperations = [(slug(e), e) for e in events]
    memberships = [(slug(e), slug(w)) for w in women for e in events if G.has_edge(w, e)]
    readme = DAVIS_README.format(actors=len(actors), cooperations=len(cooperations), memberships=len(memberships))
    return write_dataset(CLASSICS / "davis-southern-women", actors, cooperations, memberships, readme)


def florentine():
    G = nx.florentine_families_graph()
    actors = [(slug(f), f) for f in G]
    cooperations, memberships = [], []
    for u, v in G.edges():
        (a, name_a), (b, name_b) = sorted(((slug(u), u), (slug(v), v)))
        cid = f"mariage-{a}-{b}"
        cooperations.append((cid, f"Mariage {name_a} – {name_b}"))
        memberships += [(cid, a), (cid, b)]
    readme = FLORENTINE_README.format(actors=len(actors), cooperations=len(cooperations), memberships=len(memberships))
    return write_dataset(CLASSICS / "florentine-families", actors, cooperations, memberships, readme)


def main():
    for line in (davis(), florentine()):
        print(line)


if __name__ == "__main__":
    main()
