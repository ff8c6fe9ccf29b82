#!/usr/bin/env python3
"""A second, independent generator of realistic cooperation data, for the benchmark.

    python3 Benchmarks/independent_generator.py --actors 20000 --seed 1 -o Benchmarks/data/indep-20000

Maillage's own generator (`maillage synth`) draws the data the library was tuned on:
EPCI-centred cooperations of mostly 2–8 members (probability ∝ s^−1.2, plus buckets of
larger ones), hubs that are one actor per département or région and role. A speed
measured only there could be a speed tuned to that shape. This generator shares no code
and no rule with it; it writes the same dataset format (DatasetFormat article: actors.csv,
cooperations.csv, memberships.csv, territories.csv, README.md) from a different model:

- **Territorial clustering by département.** The 96 départements of metropolitan
  France in their 13 régions (real INSEE codes, `D62`, `R32`), each département
  weighted by a log-normal draw (σ = 0.9, not its population), cut into bassins de vie
  (level `pays`, one per ~180 actors). An actor lives in one bassin. A cooperation has a
  scope — bassin, département, région or national — and draws 75 % of its members from
  its scope, 20 % from the rest of its département (or région) and 5 % from anywhere:
  dense within départements, sparse between them, no EPCI level at all.
- **Power-law cooperation sizes with another exponent.** P(size = s) ∝ s^−2.4 for
  s = 2…300 (a single law, no buckets, against `synth`'s s^−1.2 over 2–8 plus buckets of
  larger ones); the scope grows with the size.
- **Multi-membership of têtes de réseau.** About 2.5 % of actors are têtes de réseau
  (fédérations, unions, coordinations) at département, région or national level. Each
  runs its own network (a `collectif` cooperation whose members are drawn from its
  territory, sizes again power-law), and ordinary structures belong to several networks
  at once (an association member of its sector's fédération, of the département's
  coordination and of a national union). Têtes de réseau also join other cooperations
  of their territory, several per cooperation, with a probability that grows with the
  cooperation's size.
- **Activity.** Every actor has an activity weight drawn from a Pareto law of index
  1.6 (heavier-tailed than `synth`'s index 2), by which members are chosen; 4 % have no
  activity, and an active actor left in no cooperation finds a partner of its bassin
  with probability 0.7: about 10 % of actors end isolated, as in real directories.

Deterministic for a seed (Python's `random.Random`, Mersenne Twister, whose sequence is
stable across Python versions; no hashing-order dependence). Pure standard library.
About 34 projected ties per actor (671,432 at 20,000 actors, seed 1, against 421,238
for `maillage synth`), generated in a few seconds of CPU per 100,000 actors.
"""
import argparse
import bisect
import csv
import itertools
import os
import random
import sys

# The 13 régions of metropolitan France and their départements (INSEE codes).
REGIONS = [
    ("11", "Île-de-France", "75 77 78 91 92 93 94 95"),
    ("24", "Centre-Val de Loire", "18 28 36 37 41 45"),
    ("27", "Bourgogne-Franche-Comté", "21 25 39 58 70 71 89 90"),
    ("28", "Normandie", "14 27 50 61 76"),
    ("32", "Hauts-de-France", "02 59 60 62 80"),
    ("44", "Grand Est", "08 10 51 52 54 55 57 67 68 88"),
    ("52", "Pays de la Loire", "44 49 53 72 85"),
    ("53", "Bretagne", "22 29 35 56"),
    ("75", "Nouvelle-Aquitaine", "16 17 19 23 24 33 40 47 64 79 86 87"),
    ("76", "Occitanie", "09 11 12 30 31 32 34 46 48 65 66 81 82"),
    ("84", "Auvergne-Rhône-Alpes", "01 03 07 15 26 38 42 43 63 69 73 74"),
    ("93", "Provence-Alpes-Côte d'Azur", "04 05 06 13 83 84"),
    ("94", "Corse", "2A 2B"),
]

SECTORS = ["insertion par l'activité économique", "alimentation durable", "réemploi et recyclage", "culture",
           "sport", "habitat", "mobilité", "petite enfance", "services à la personne", "santé",
           "énergie citoyenne", "tourisme social", "éducation populaire", "finance solidaire"]
SECTOR_WORDS = ["Insertion", "Alimentation", "Réemploi", "Culture", "Sport", "Habitat", "Mobilité",
                "Petite enfance", "Aide à domicile", "Santé", "Énergie", "Tourisme", "Éducation populaire", "Épargne"]
SYLLABLES = ["ber", "mont", "val", "lan", "ros", "cha", "dor", "vil", "gui", "mar", "sain", "bel", "fon", "riv",
             "aur", "lou", "bran", "cour", "pel", "tin", "vau", "sel", "nou", "ger"]
ENDINGS = ["ville", "court", "ac", "ay", "ières", "on", "eux", "ange", "in", "y", "oles", "ert"]

SIZE_EXPONENT = 2.4
LARGEST_COOPERATION = 300
COOPERATIONS_PER_ACTOR = 0.4
PARETO_INDEX = 1.6
NETWORK_SIZE_EXPONENT = 2.4
ACTORS_PER_BASSIN = 180
ISOLATED_SHARE = 0.04
# Scope of a cooperation of size s: (bassin, département, région, national) weights.
SCOPE_BY_SIZE = [(8, (0.70, 0.24, 0.05, 0.01)), (30, (0.35, 0.45, 0.15, 0.05)), (10**9, (0.05, 0.45, 0.35, 0.15))]
FORMS_BY_SIZE = [(4, [("partenariat", 0.5), ("mutualisation", 0.4), ("appui", 0.1)]),
                 (20, [("partenariat", 0.35), ("collectif", 0.25), ("regroupement", 0.25), ("appui", 0.15)]),
                 (10**9, [("collectif", 0.5), ("regroupement", 0.4), ("appui", 0.1)])]
# Kinds of the ordinary (non-tête-de-réseau) actors.
KINDS = [("structure", 0.72), ("entreprise", 0.11), ("collectivite", 0.07), ("appui", 0.04),
         ("financeur", 0.025), ("institution", 0.035)]
LEGAL_FORMS = {"structure": ["association", "SCIC", "SCOP", "coopérative", "fondation", "mutuelle"],
               "entreprise": ["SARL", "SAS", "EI"], "collectivite": ["commune", "communauté de communes"],
               "appui": ["association"], "financeur": ["association", "fonds"], "institution": ["service de l'État"],
               "tete_de_reseau": ["fédération", "union", "coordination"]}


class Weighted:
    """Draws items by weight (cumulative sums and bisection)."""

    def __init__(self, items, weights):
        self.items = list(items)
        self.cumulative = list(itertools.accumulate(weights))

    def draw(self, rng):
        if not self.items:
            return None
        i = bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])
        return self.items[min(i, len(self.items) - 1)]


def power_law_sizes():
    sizes = list(range(2, LARGEST_COOPERATION + 1))
    return Weighted(sizes, [s ** -SIZE_EXPONENT for s in sizes])


def pick(table, rng):
    u = rng.random()
    for value, p in table:
        if u < p:
            return value
        u -= p
    return table[-1][0]


def by_size(table, size):
    for limit, value in table:
        if size <= limit:
            return value
    return table[-1][1]


def place_name(rng):
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2)))) + rng.choice(ENDINGS)
    return name.capitalize()


def generate(actor_count, seed):
    rng = random.Random(seed)
    # Territories: régions, départements (log-normal weights), bassins.
    departements = []  # (code, region index, weight)
    for r, (_, _, codes) in enumerate(REGIONS):
        for code in codes.split():
            departements.append((code, r, rng.lognormvariate(0.0, 0.9)))
    total_weight = sum(w for _, _, w in departements)
    ordinary_count = actor_count - int(0.025 * actor_count)
    # Actors per département (largest remainder), then bassins.
    shares = [ordinary_count * w / total_weight for _, _, w in departements]
    counts = [int(s) for s in shares]
    for i in sorted(range(len(shares)), key=lambda i: counts[i] - shares[i])[: ordinary_count - sum(counts)]:
        counts[i] += 1
    territories = [("FR", "France", "autre", "")]
    territories += [(f"R{code}", name, "region", "FR") for code, name, _ in REGIONS]
    bassins = []  # (territory id, département index)
    for d, (code, r, _) in enumerate(departements):
        territories.append((f"D{code}", f"Département {code}", "departement", f"R{REGIONS[r][0]}"))
        for b in range(max(1, round(counts[d] / ACTORS_PER_BASSIN))):
            bassin_id = f"B{code}-{b + 1:02d}"
            territories.append((bassin_id, f"Bassin de {place_name(rng)}", "pays", f"D{code}"))
            bassins.append((bassin_id, d))
    bassins_of = [[] for _ in departements]
    for b, (_, d) in enumerate(bassins):
        bassins_of[d].append(b)

    # Ordinary actors: a bassin, a kind, a sector, an activity weight.
    actors = []  # dicts
    members_of_bassin = [[] for _ in bassins]
    for d, count in enumerate(counts):
        bassin_weights = [rng.lognormvariate(0.0, 0.6) for _ in bassins_of[d]]
        chooser = Weighted(bassins_of[d], bassin_weights)
        for _ in range(count):
            b = chooser.draw(rng)
            kind = pick(KINDS, rng)
            activity = 0.0 if rng.random() < ISOLATED_SHARE else rng.paretovariate(PARETO_INDEX)
            actors.append({"bassin": b, "dep": d, "kind": kind, "sector": rng.randrange(len(SECTORS)),
                           "activity": activity, "territory": bassins[b][0]})
            members_of_bassin[b].append(len(actors) - 1)
    # Têtes de réseau: département (60 %), région (30 %), national (10 %) level.
    heads = []
    departement_chooser = Weighted(range(len(departements)), [w for _, _, w in departements])
    for _ in range(actor_count - len(actors)):
        u = rng.random()
        d = departement_chooser.draw(rng)
        level = "departement" if u < 0.6 else ("region" if u < 0.9 else "national")
        r = departements[d][1]
        territory = {"departement": f"D{departements[d][0]}", "region": f"R{REGIONS[r][0]}", "national": "FR"}[level]
        actors.append({"bassin": -1, "dep": d, "kind": "tete_de_reseau", "sector": rng.randrange(len(SECTORS)),
                       "activity": rng.paretovariate(1.2) * 4, "territory": territory, "level": level, "region": r})
        heads.append(len(actors) - 1)

    # Choosers by scope, over ordinary actors, by activity weight.
    def chooser(indices):
        return Weighted(indices, [actors[a]["activity"] for a in indices])

    bassin_choosers = [chooser(m) for m in members_of_bassin]
    dep_members = [[] for _ in departements]
    for b, members in enumerate(members_of_bassin):
        dep_members[bassins[b][1]].extend(members)
    dep_choosers = [chooser(m) for m in dep_members]
    region_members = [[] for _ in REGIONS]
    for d, members in enumerate(dep_members):
        region_members[departements[d][1]].extend(members)
    region_choosers = [chooser(m) for m in region_members]
    ordinary = [a for a in range(len(actors)) if actors[a]["kind"] != "tete_de_reseau"]
    national_chooser = chooser(ordinary)
    anchor_chooser = national_chooser
    heads_by_dep = [[] for _ in departements]
    heads_by_region = [[] for _ in REGIONS]
    national_heads = []
    for h in heads:
        level = actors[h]["level"]
        if level == "departement":
            heads_by_dep[actors[h]["dep"]].append(h)
        elif level == "region":
            heads_by_region[actors[h]["region"]].append(h)
        else:
            national_heads.append(h)

    sizes = power_law_sizes()
    cooperations = []  # (id, name, form, sector, territory)
    memberships = []  # (cooperation id, actor id, role)
    actor_ids = [f"a{i + 1:07d}" for i in range(len(actors))]

    def fill(members, size, near, wider, anywhere, tries_per_member=4):
        tries = 0
        while len(members) < size and tries < tries_per_member * size + 10:
            tries += 1
            u = rng.random()
            source = near if u < 0.75 else (wider if u < 0.95 else anywhere)
            a = source.draw(rng)
            if a is not None and actors[a]["activity"] > 0:
                members.setdefault(a, "membre")

    # Project cooperations.
    for c in range(int(COOPERATIONS_PER_ACTOR * actor_count)):
        size = sizes.draw(rng)
        anchor = anchor_chooser.draw(rng)
        b, d = actors[anchor]["bassin"], actors[anchor]["dep"]
        r = departements[d][1]
        scope = pick(list(zip(("bassin", "departement", "region", "national"), by_size(SCOPE_BY_SIZE, size))), rng)
        if scope == "bassin":
            near, wider, territory = bassin_choosers[b], dep_choosers[d], bassins[b][0]
        elif scope == "departement":
            near, wider, territory = dep_choosers[d], region_choosers[r], f"D{departements[d][0]}"
        elif scope == "region":
            near, wider, territory = region_choosers[r], national_chooser, f"R{REGIONS[r][0]}"
        else:
            near, wider, territory = national_chooser, national_chooser, "FR"
        sector = actors[anchor]["sector"]
        members = {anchor: "porteur"}
        # Têtes de réseau of the scope and above join, several at once for large cooperations.
        join = min(0.9, 0.04 * size ** 0.5)
        candidates = list(heads_by_dep[d]) + list(heads_by_region[r]) + national_heads
        for h in candidates:
            same_sector = actors[h]["sector"] == sector
            if len(members) < size - 1 and rng.random() < join * (2.5 if same_sector else 0.15):
                members[h] = "animateur" if rng.random() < 0.3 else "partenaire"
        fill(members, size, near, wider, national_chooser)
        if len(members) < 2:
            continue
        cid = f"c{len(cooperations) + 1:07d}"
        form = pick(by_size(FORMS_BY_SIZE, size), rng)
        cooperations.append((cid, f"{SECTOR_WORDS[sector]} en {territory} n° {c + 1}", form, SECTORS[sector], territory))
        for a, role in members.items():
            if role == "membre" and actors[a]["kind"] in ("financeur", "collectivite") and rng.random() < 0.5:
                role = "financeur"
            memberships.append((cid, actor_ids[a], role))

    # The networks of the têtes de réseau: ordinary structures belong to several at once.
    network_sizes = Weighted(range(5, 201), [s ** -NETWORK_SIZE_EXPONENT for s in range(5, 201)])
    for h in heads:
        level, d, r = actors[h]["level"], actors[h]["dep"], actors[h]["region"]
        near = {"departement": dep_choosers[d], "region": region_choosers[r], "national": national_chooser}[level]
        size = network_sizes.draw(rng)
        members = {h: "animateur"}
        tries = 0
        while len(members) < size and tries < 6 * size:
            tries += 1
            a = near.draw(rng)
            if a is not None and actors[a]["kind"] in ("structure", "appui") and actors[a]["activity"] > 0:
                members.setdefault(a, "membre")
        cid = f"c{len(cooperations) + 1:07d}"
        cooperations.append((cid, f"Réseau {SECTOR_WORDS[actors[h]['sector']]} {actors[h]['territory']}", "collectif",
                             SECTORS[actors[h]["sector"]], actors[h]["territory"]))
        for a, role in members.items():
            memberships.append((cid, actor_ids[a], role))

    # Ordinary active actors still in no cooperation: most find a partner in their bassin
    # (a bilateral partnership), the others stay isolated.
    involved = {m[1] for m in memberships}
    for a in ordinary:
        if actor_ids[a] in involved or actors[a]["activity"] == 0 or rng.random() < 0.3:
            continue
        partner = bassin_choosers[actors[a]["bassin"]].draw(rng)
        if partner is None or partner == a:
            continue
        cid = f"c{len(cooperations) + 1:07d}"
        sector = actors[a]["sector"]
        cooperations.append((cid, f"Partenariat {SECTOR_WORDS[sector]} {actors[a]['territory']}", "partenariat",
                             SECTORS[sector], actors[a]["territory"]))
        memberships.append((cid, actor_ids[a], "porteur"))
        memberships.append((cid, actor_ids[partner], "partenaire"))

    rows = []
    for i, actor in enumerate(actors):
        kind = actor["kind"]
        name = {"tete_de_reseau": f"Fédération {SECTOR_WORDS[actor['sector']]} {actor['territory']}",
                "collectivite": f"Commune de {place_name(rng)}",
                "entreprise": f"{place_name(rng)} SARL"}.get(kind, f"{SECTOR_WORDS[actor['sector']]} {place_name(rng)}")
        rows.append((actor_ids[i], f"{name} ({i + 1})", kind, rng.choice(LEGAL_FORMS[kind]), SECTORS[actor["sector"]],
                     actor["territory"]))
    return territories, rows, cooperations, memberships


def write(folder, actor_count, seed, territories, actors, cooperations, memberships):
    os.makedirs(folder, exist_ok=True)

    def table(name, header, rows):
        path = os.path.join(folder, name)
        with open(path + ".tmp", "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
        os.replace(path + ".tmp", path)

    table("territories.csv", ["id", "name", "level", "parent"], territories)
    table("actors.csv", ["id", "name", "kind", "legal_form", "sector", "territories"], actors)
    table("cooperations.csv", ["id", "name", "form", "sector", "territories"], cooperations)
    table("memberships.csv", ["cooperation", "actor", "role"], memberships)
    with open(os.path.join(folder, "README.md"), "w", encoding="utf-8") as f:
        f.write(f"# Jeu de données synthétique indépendant ({actor_count} acteurs, graine {seed})\n\n"
                "Généré par `Benchmarks/independent_generator.py` (projet Maillage), un générateur écrit "
                "indépendamment de `maillage synth` pour mesurer les performances sur des données d'une autre "
                "structure : bassins de vie regroupés par département, tailles de coopération en loi de puissance "
                f"(exposant {SIZE_EXPONENT}), têtes de réseau animant chacune un réseau et membres de nombreuses "
                "coopérations. Toutes les données sont fictives ; aucune personne n'est nommée.\n\n"
                f"- acteurs : {len(actors)}\n- coopérations : {len(cooperations)}\n- participations : {len(memberships)}\n"
                f"- territoires : {len(territories)}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--actors", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", required=True, help="the dataset folder to write")
    args = parser.parse_args()
    if args.actors < 1000:
        sys.exit("--actors must be at least 1000 (room for every département's bassins)")
    territories, actors, cooperations, memberships = generate(args.actors, args.seed)
    write(args.output, args.actors, args.seed, territories, actors, cooperations, memberships)
    print(f"{len(actors)} actors, {len(cooperations)} cooperations, {len(memberships)} memberships, "
          f"{len(territories)} territories (seed {args.seed})")


if __name__ == "__main__":
    main()
