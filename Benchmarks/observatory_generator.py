#!/usr/bin/env python3
"""An observatory's list keyed on SIRET, for benchmarks: `Structures.csv` as a SIRENE
extract gives it (SIRET with a valid check digit, name in capitals, INSEE's catégorie
juridique code, commune code, INSEE's headcount band, most structures small, drawn from a
generator of its own so that the memberships stay those of earlier runs) and `Adhésions.csv`, the networks' member lists giving each
structure by its SIRET alone, three in ten written with spaces (« 775 672 272 00017 »),
with a year of joining.

    python3 Benchmarks/observatory_generator.py ACTORS MEMBERSHIPS OUT_FOLDER [--names]

`--names` writes the member lists with the structures' names instead of their SIRET (the
same network), to compare the two readings. Seeded: the same arguments give the same files.
"""
import csv
import os
import random
import sys


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def complete(prefix):
    """`prefix` and the check digit that makes it pass Luhn's test."""
    for d in range(10):
        if luhn_ok(prefix + str(d)):
            return prefix + str(d)
    raise ValueError(prefix)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 3:
        raise SystemExit(__doc__)
    n, m, out = int(args[0]), int(args[1]), args[2]
    names_only = "--names" in sys.argv
    random.seed(4)
    codes = ["9220"] * 6 + ["5458", "5560", "8210", "9300", "7210", "5499", "5710", "9222", "6316"]
    bands = random.Random(7)
    band_codes = ["NN"] * 35 + ["01"] * 15 + ["02"] * 12 + ["03"] * 10 + ["11"] * 10 + ["12"] * 9 + ["21"] * 4 + ["22"] * 3 + ["31", "32"]
    rows, sirets, names = [], [], []
    for i in range(n):
        siren = complete("%08d" % (10000000 + i * 37))
        siret = complete(siren + "%04d" % (1 + i % 3))
        name = "STRUCTURE %d DU PAS DE CALAIS" % i
        sirets.append(siret)
        names.append(name)
        rows.append([siret, name, random.choice(codes), "62%03d" % random.randint(1, 890), bands.choice(band_codes)])
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "Structures.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["SIRET", "Raison sociale", "Catégorie juridique", "Code commune", "Tranche d'effectif salarié"])
        w.writerows(rows)
    networks = ["Réseau %d" % k for k in range(max(10, n // 40))]
    with open(os.path.join(out, "Adhésions.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Structure" if names_only else "SIRET", "Réseau", "Année d'adhésion"])
        seen = set()
        while len(seen) < m:
            a, c = random.randrange(n), random.randrange(len(networks))
            if (a, c) in seen:
                continue
            seen.add((a, c))
            key = sirets[a]
            if random.random() < 0.3:
                key = key[:3] + " " + key[3:6] + " " + key[6:9] + " " + key[9:]
            w.writerow([names[a] if names_only else key, networks[c], random.randint(2005, 2025)])


if __name__ == "__main__":
    main()
