"""Writes the small Diois network of issue 15 as a user brings it, in three forms made
by other programs than Maillage (fixtures of SpreadsheetFirstTryTests):

- `../excel-fr-diois/`: as Excel saves « CSV (séparateur : point-virgule) » — Windows-1252,
  CRLF, French headers, the memberships in a file named « Coopérations … »;
- `diois-openpyxl.xlsx`: one workbook written by openpyxl (sheets « Participations »
  and « Acteurs », French headers, a « Lisez-moi » sheet);
- `diois-libreoffice.ods`: that workbook converted by LibreOffice
  (`soffice --headless --convert-to ods`), so written by LibreOffice's own ODS writer.

    pip install openpyxl && python3 make_diois_workbooks.py   # needs soffice on PATH

The Swift tests only read the files written here; they never run this script.
"""
import os
import shutil
import subprocess
import tempfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
MEMBERSHIPS = [
    ["Structure", "Coopération", "Rôle"],
    ["Mairie de Die", "Pôle alimentaire", "Porteur"],
    ["Biocoop", "Pôle alimentaire", "membre"],
    ["Les Jardins d’Émilie", "Pôle alimentaire", "Animatrice"],
    ["Mairie de Die", "Tiers-lieu", "partenaire"],
    ["DLA Drôme", "Tiers-lieu", "Accompagnatrice"],
    ["Biocoop", "Tiers-lieu", "membre"],
]
ACTORS = [
    ["Structure", "Type", "Commune", "EPCI", "Site internet"],
    ["Mairie de Die", "Collectivité", "Die", "CC du Diois", "https://mairie-die.fr"],
    ["Biocoop", "SCIC", "Die", "CC du Diois", ""],
    ["Les Jardins d’Émilie", "Association", "Châtillon-en-Diois", "CC du Diois", ""],
    ["DLA Drôme", "Structure d'appui", "Valence", "Valence Romans Agglo", ""],
]


def write_csv(path, rows):
    with open(path, "wb") as f:
        f.write("".join(";".join(row) + "\r\n" for row in rows).encode("cp1252"))


def write_xlsx(path):
    book = openpyxl.Workbook()
    readme = book.active
    readme.title = "Lisez-moi"
    readme["A1"] = "Réseau du Diois, saisi dans un tableur."
    for title, rows in [("Participations", MEMBERSHIPS), ("Acteurs", ACTORS)]:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([value if value else None for value in row])
    book.save(path)


if __name__ == "__main__":
    folder = os.path.join(HERE, "..", "excel-fr-diois")
    os.makedirs(folder, exist_ok=True)
    write_csv(os.path.join(folder, "Coopérations Diois 2024.csv"), MEMBERSHIPS)
    write_csv(os.path.join(folder, "Acteurs.csv"), ACTORS)
    xlsx = os.path.join(HERE, "diois-openpyxl.xlsx")
    write_xlsx(xlsx)
    with tempfile.TemporaryDirectory() as scratch:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{scratch}/profile",
                        "--convert-to", "ods", "--outdir", scratch, xlsx], check=True, capture_output=True)
        shutil.copy(os.path.join(scratch, "diois-openpyxl.ods"), os.path.join(HERE, "diois-libreoffice.ods"))
