#!/usr/bin/env python3
"""A partnership survey as a form exports it: the third kind of benchmark data.

Neither `maillage synth` nor `independent_generator.py` looks like what an observatory
collects with Google Forms: one row per answering structure, its partners named in one
cell (commas or line breaks), the questions as headers, names written by many hands
(capitals, missing accents, doubled spaces), several forms ticked in one cell, a start
year or none. Its network is sparse (about three ties per structure, a few regional
bodies named by a third of the answers), unlike the two generators' cooperations of
many members: a report on 20,000 answers computed exact betweenness twice and took
58 s where the generators' 20,000 actors took 4 s.

    python3 Benchmarks/survey_generator.py --answers 20000 --seed 1 -o reponses.csv

With `--networks`, the form also asks « À quels réseaux votre structure adhère-t-elle ? »,
a checkbox list of regional networks (none to three ticked, joined by commas), as most
cooperation surveys do: each row is then read both as ties and as memberships.

Deterministic for a seed; standard library only.
"""
import argparse
import csv
import random
import unicodedata

KINDS = ["Association", "SCOP", "SCIC", "Mutuelle", "Fondation", "SAS ESUS"]
TOWNS = ["Arras", "Lens", "Béthune", "Calais", "Boulogne-sur-Mer", "Saint-Omer", "Liévin", "Hénin-Beaumont",
         "Bruay-la-Buissière", "Berck"]
STEMS = ["Recyclerie", "Jardin", "Épicerie solidaire", "Atelier vélo", "Ressourcerie", "Régie de quartier",
         "Chantier d'insertion", "Tiers-lieu", "Café associatif", "Garage solidaire", "Maison de santé", "Crèche parentale",
         "Coopérative d'habitants", "AMAP", "Repair café"]
QUARTERS = ["Nord", "Sud", "Centre", "Est", "Ouest", "II", "Solidaire", "et Environs"]
HUBS = ["CRESS Hauts-de-France", "Ville d'Arras", "Communauté urbaine d'Arras", "Département du Pas-de-Calais",
        "France Active Pas-de-Calais", "DLA 62", "Emmaüs France", "URSCOP Hauts-de-France"]
FORMS = ["Partenariat", "Mutualisation", "Groupement", "Convention", "Échange de pratiques"]
NETWORKS = ["CRESS Hauts-de-France", "URSCOP Hauts-de-France", "COORACE Hauts-de-France", "Réseau des recycleries",
            "Mouvement associatif", "France Active", "Réseau Cocagne", "Fédération des centres sociaux", "UDES", "APES",
            "Emmaüs France", "Tiers-lieux Hauts-de-France"]
NETWORKS_QUESTION = "À quels réseaux votre structure adhère-t-elle ?"
HEADER = ["Horodateur", "Adresse e-mail", "Quel est le nom de votre structure ?", "Où est située votre structure ?",
          "Quel est le statut juridique de votre structure ?",
          "Avec quelles structures coopérez-vous ? (séparez-les par des virgules)", "Sous quelle(s) forme(s) ?",
          "Depuis quand ?", "Commentaires"]


def names(count, rng):
    """`count` distinct structure names, as « Recyclerie de Lens Nord 12 »."""
    out, seen = [], set()
    while len(out) < count:
        name = "%s de %s" % (rng.choice(STEMS), rng.choice(TOWNS))
        if name in seen:
            name = "%s %s %d" % (name, rng.choice(QUARTERS), rng.randint(1, max(40, count // 5)))
        if name in seen:
            continue
        seen.add(name)
        out.append(name)
    return out


def typed(name, rng):
    """`name` as one of many hands types it: mostly as is, sometimes in capitals, in small
    letters, without accents or with a doubled space."""
    r = rng.random()
    if r < 0.05:
        return name.upper()
    if r < 0.10:
        return unicodedata.normalize("NFD", name).encode("ascii", "ignore").decode()
    if r < 0.13:
        return name.replace(" ", "  ", 1)
    if r < 0.16:
        return name.lower()
    return name


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--networks", action="store_true", help="ask for the networks each structure belongs to too")
    parser.add_argument("-o", "--output", required=True, help="the CSV file to write")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    # Its own generator, so that the rest of the file is the same with and without `--networks`.
    ticks = random.Random(args.seed + 7919)
    structures = names(args.answers, rng)
    with open(args.output, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, quoting=csv.QUOTE_ALL)
        out.writerow(HEADER[:-1] + [NETWORKS_QUESTION, HEADER[-1]] if args.networks else HEADER)
        for i, name in enumerate(structures):
            partners = set()
            for _ in range(rng.choice([1, 2, 2, 3, 3, 4, 5, 6])):
                partners.add(rng.choice(HUBS) if rng.random() < 0.35 else rng.choice(structures))
            partners.discard(name)
            joiner = rng.choice([", ", ", ", "\n"])
            forms = ", ".join(rng.sample(FORMS, rng.choice([1, 1, 1, 2])))
            row = ["2024/03/%02d 10:%02d:00" % (1 + i % 28, i % 60), "contact%d@example.org" % i, typed(name, rng),
                   rng.choice(TOWNS), rng.choice(KINDS), joiner.join(typed(p, rng) for p in sorted(partners)), forms,
                   rng.choice(["", "2015", "2018", "2020", "2022", "depuis 2019"]), ""]
            if args.networks:
                row.insert(len(row) - 1, ", ".join(ticks.sample(NETWORKS, ticks.choice([0, 1, 1, 2, 2, 3]))))
            out.writerow(row)


if __name__ == "__main__":
    main()
