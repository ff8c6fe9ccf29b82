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

With `--layout`, the partners question is a checklist of the regional bodies (HUBS)
with an « Autre » field for the others, and the networks question (with `--networks`) a
checklist of NETWORKS, exported as each tool writes them:

- `google` (default): the form above, one cell per question;
- `google-grid`: Google Forms' checkbox grid, « Question [Option] » for each regional body,
  the cell holding the forms ticked on its row (« Jamais » in some unticked rows), the
  others in « Autres partenaires »;
- `limesurvey`: one column per option, « Question [Option] », marked « Oui »;
- `surveymonkey`: two header lines (questions, then « Réponse ouverte » or the options),
  a ticked cell holding its option's text;
- `qualtrics`: variable names, questions' texts and an `{"ImportId"…}` line; choices
  joined by commas in one cell, « Autre » written in a « - Autre - Text » column.

The network is the same for every layout of a seed: the layouts differ in how it is
written, not in what it holds.

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
    parser.add_argument("--layout", choices=["google", "google-grid", "limesurvey", "surveymonkey", "qualtrics"], default="google",
                        help="how the form's tool exports the answers (see above)")
    parser.add_argument("-o", "--output", required=True, help="the CSV file to write")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    # Its own generator, so that the rest of the file is the same with and without `--networks`.
    ticks = random.Random(args.seed + 7919)
    structures = names(args.answers, rng)
    answers = []
    for i, name in enumerate(structures):
        partners = set()
        for _ in range(rng.choice([1, 2, 2, 3, 3, 4, 5, 6])):
            partners.add(rng.choice(HUBS) if rng.random() < 0.35 else rng.choice(structures))
        partners.discard(name)
        joiner = rng.choice([", ", ", ", "\n"])
        forms = ", ".join(rng.sample(FORMS, rng.choice([1, 1, 1, 2])))
        respondent = typed(name, rng)
        written = {p: typed(p, rng) for p in sorted(partners)}
        answer = {
            "when": "2024/03/%02d 10:%02d:00" % (1 + i % 28, i % 60), "mail": "contact%d@example.org" % i, "name": respondent,
            "town": rng.choice(TOWNS), "kind": rng.choice(KINDS), "partners": [written[p] for p in sorted(partners)],
            "hubs": [p for p in HUBS if p in partners], "others": [written[p] for p in sorted(partners) if p not in HUBS],
            "joiner": joiner, "forms": forms, "since": rng.choice(["", "2015", "2018", "2020", "2022", "depuis 2019"]),
        }
        if args.networks:
            answer["networks"] = ticks.sample(NETWORKS, ticks.choice([0, 1, 1, 2, 2, 3]))
        answers.append(answer)
    with open(args.output, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, quoting=csv.QUOTE_ALL)
        {"google": google, "google-grid": google_grid, "limesurvey": limesurvey, "surveymonkey": surveymonkey, "qualtrics": qualtrics}[args.layout](
            out, answers, args.networks)


PARTNERS_QUESTION = "Avec quelles structures coopérez-vous ?"


def google(out, answers, networks):
    """One cell per question, the partners joined by commas or line breaks."""
    out.writerow(HEADER[:-1] + [NETWORKS_QUESTION, HEADER[-1]] if networks else HEADER)
    for a in answers:
        row = [a["when"], a["mail"], a["name"], a["town"], a["kind"], a["joiner"].join(a["partners"]), a["forms"], a["since"], ""]
        if networks:
            row.insert(len(row) - 1, ", ".join(a["networks"]))
        out.writerow(row)


def google_grid(out, answers, networks):
    """Google Forms' checkbox grid: one column per regional body, « Question [Option] », the
    forms ticked on its row in the cell, « Jamais » in every third unticked row; the other
    partners in « Autres partenaires »."""
    question = "Avec quelles structures coopérez-vous, et sous quelle forme ?"
    header = ["Horodateur", "Adresse e-mail", "Quel est le nom de votre structure ?", "Où est située votre structure ?",
              "Quel est le statut juridique de votre structure ?"]
    header += ["%s [%s]" % (question, h) for h in HUBS] + ["Autres partenaires", "Sous quelle(s) forme(s) ?", "Depuis quand ?"]
    if networks:
        header.append(NETWORKS_QUESTION)
    out.writerow(header)
    for i, a in enumerate(answers):
        row = [a["when"], a["mail"], a["name"], a["town"], a["kind"]]
        row += [a["forms"] if h in a["hubs"] else ("Jamais" if (i + k) % 3 == 0 else "") for k, h in enumerate(HUBS)]
        row += [a["joiner"].join(a["others"]), a["forms"], a["since"]]
        if networks:
            row.append(", ".join(a["networks"]))
        out.writerow(row)


def limesurvey(out, answers, networks):
    """LimeSurvey: one column per option, « Question [Option] », « Oui » where ticked."""
    header = ["ID de la réponse", "Date de soumission", "Quel est le nom de votre structure ?", "Où est située votre structure ?",
              "Quel est le statut juridique de votre structure ?"]
    header += ["%s [%s]" % (PARTNERS_QUESTION, h) for h in HUBS] + ["%s [Autre]" % PARTNERS_QUESTION]
    header += ["Sous quelle(s) forme(s) ?", "Depuis quand ?"]
    if networks:
        header += ["%s [%s]" % (NETWORKS_QUESTION, n) for n in NETWORKS]
    out.writerow(header)
    for i, a in enumerate(answers):
        row = [str(i + 1), a["when"], a["name"], a["town"], a["kind"]]
        row += ["Oui" if h in a["hubs"] else "" for h in HUBS] + [", ".join(a["others"])]
        row += [a["forms"], a["since"]]
        if networks:
            row += ["Oui" if n in a["networks"] else "" for n in NETWORKS]
        out.writerow(row)


def surveymonkey(out, answers, networks):
    """SurveyMonkey: questions on one line, « Réponse ouverte » or the options below, a ticked
    cell holding its option's text."""
    own = ["ID du répondant", "ID du collecteur", "Date de début", "Date de fin", "Adresse IP"]
    top = own + ["Quel est le nom de votre structure ?", "Où est située votre structure ?", "Quel est le statut juridique de votre structure ?",
                 PARTNERS_QUESTION] + [""] * len(HUBS) + ["Sous quelle(s) forme(s) ?", "Depuis quand ?"]
    below = [""] * len(own) + ["Réponse ouverte"] * 3 + HUBS + ["Autre (veuillez préciser)", "Réponse ouverte", "Réponse ouverte"]
    if networks:
        top += [NETWORKS_QUESTION] + [""] * (len(NETWORKS) - 1)
        below += NETWORKS
    out.writerow(top)
    out.writerow(below)
    for i, a in enumerate(answers):
        row = [str(114152260000 + i), "432101234", a["when"], a["when"], "82.64.%d.%d" % (i // 250 % 250, i % 250),
               a["name"], a["town"], a["kind"]]
        row += [h if h in a["hubs"] else "" for h in HUBS] + [", ".join(a["others"])]
        row += [a["forms"], a["since"]]
        if networks:
            row += [n if n in a["networks"] else "" for n in NETWORKS]
        out.writerow(row)


def qualtrics(out, answers, networks):
    """Qualtrics: variable names, questions' texts, ImportId line; choices joined by commas."""
    names = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished", "RecordedDate",
             "ResponseId", "LocationLatitude", "LocationLongitude", "Q1", "Q2", "Q3", "Q4", "Q4_%d_TEXT" % (len(HUBS) + 1), "Q5", "Q6"]
    texts = ["Start Date", "End Date", "Response Type", "IP Address", "Progress", "Duration (in seconds)", "Finished",
             "Recorded Date", "Response ID", "Location Latitude", "Location Longitude", "Quel est le nom de votre structure ?",
             "Où est située votre structure ?", "Quel est le statut juridique de votre structure ?",
             PARTNERS_QUESTION + " - Selected Choice", PARTNERS_QUESTION + " - Autre - Text", "Sous quelle(s) forme(s) ?",
             "Depuis quand ?"]
    if networks:
        names.append("Q7")
        texts.append(NETWORKS_QUESTION + " - Selected Choice")
    out.writerow(names)
    out.writerow(texts)
    out.writerow(['{"ImportId":"%s"}' % n for n in names])
    for i, a in enumerate(answers):
        choices = a["hubs"] + (["Autre"] if a["others"] else [])
        row = [a["when"], a["when"], "IP Address", "82.64.%d.%d" % (i // 250 % 250, i % 250), "100", str(300 + i % 500), "True",
               a["when"], "R_%08d" % i, "50.%d" % (i % 10), "2.%d" % (i % 10), a["name"], a["town"], a["kind"],
               ",".join(choices), ", ".join(a["others"]), a["forms"], a["since"]]
        if networks:
            row.append(",".join(a["networks"]))
        out.writerow(row)


if __name__ == "__main__":
    main()
