"""Writes Excel 97-2003 workbooks (.xls, BIFF8) as older tools save them, with xlwt
(fixtures of XLSWorkbookTests):

- `diois-excel97.xls`: the Diois network of `make_diois_workbooks.py` (sheets « Lisez-moi »
  with a merged title, « Participations » with a date column « Depuis » in DD/MM/YYYY,
  « Acteurs »), and a hidden sheet « Brouillon » named like no table;
- `partenariats-excel97.xls`: 400 memberships of 40 cooperations and 120 structures whose
  names hold letters outside Latin-1 (« — », « œ »), so that the shared strings are
  written 16 bits wide and split across CONTINUE records;
- `adherents-filtre-excel97.xls`: a member list under a title line, filtered to the current
  members: the rows of former members hidden (their ROW records' fDyZero bit), as Excel
  2003 saves an AutoFilter's result;
- `diois-mot-de-passe.xlsx`: `diois-openpyxl.xlsx` protected by the password « secret »
  with msoffcrypto-tool (Excel's agile encryption: a compound file, not a zip archive).

    pip install xlwt msoffcrypto-tool && python3 make_xls_workbooks.py

The Swift tests only read the files written here; they never run this script.
"""
import datetime
import os

from msoffcrypto.format.ooxml import OOXMLFile
import xlwt

from make_diois_workbooks import ACTORS, MEMBERSHIPS

HERE = os.path.dirname(os.path.abspath(__file__))


def diois(path):
    book = xlwt.Workbook(encoding="utf-8")
    readme = book.add_sheet("Lisez-moi")
    readme.write_merge(0, 0, 0, 3, "Réseau du Diois, saisi dans Excel 2003.")
    memberships = book.add_sheet("Participations")
    day = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for r, row in enumerate(MEMBERSHIPS):
        for c, value in enumerate(row):
            memberships.write(r, c, value)
        if r == 0:
            memberships.write(r, len(row), "Depuis")
        else:
            memberships.write(r, len(row), datetime.date(2018 + r, 1 + r, 1), day)
    actors = book.add_sheet("Acteurs")
    for r, row in enumerate(ACTORS):
        for c, value in enumerate(row):
            if value:
                actors.write(r, c, value)
    draft = book.add_sheet("Brouillon")
    draft.write(0, 0, "notes")
    draft.visibility = 1
    book.save(path)


def partnerships(path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Participations")
    for c, value in enumerate(["Coopération", "Structure", "Rôle"]):
        sheet.write(0, c, value)
    roles = ["porteur", "membre", "partenaire", "financeur"]
    for r in range(1, 401):
        sheet.write(r, 0, f"Coopération n° {r % 40} — cœur de projet « {'é' * (r % 40 % 9)} »")
        sheet.write(r, 1, f"Structure {r % 120} — œuvre sociale {'x' * (r % 120 % 30)}")
        sheet.write(r, 2, roles[r % 4])
    book.save(path)


def filtered(path):
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Adhérents")
    sheet.write(0, 0, "Liste des adhérents au 12/03/2025")
    for c, value in enumerate(["Structure", "Commune", "Réseau", "Statut"]):
        sheet.write(1, c, value)
    rows = [("Jardins de Cocagne Arras", "Arras", "COORACE", "Adhérent"),
            ("Envie Lens", "Lens", "COORACE", "Ancien adhérent"),
            ("La Ressourcerie du Ternois", "Saint-Pol-sur-Ternoise", "CRESS", "Adhérent"),
            ("SCOP Le Chantier", "Béthune", "CRESS", "Ancien adhérent"),
            ("Épicerie solidaire", "Béthune", "COORACE", "Adhérent")]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
        if row[3] != "Adhérent":
            sheet.row(r).hidden = True
    book.save(path)


def protected(path):
    with open(os.path.join(HERE, "diois-openpyxl.xlsx"), "rb") as plain, open(path, "wb") as out:
        office = OOXMLFile(plain)
        office.encrypt("secret", out)


if __name__ == "__main__":
    diois(os.path.join(HERE, "diois-excel97.xls"))
    protected(os.path.join(HERE, "diois-mot-de-passe.xlsx"))
    partnerships(os.path.join(HERE, "partenariats-excel97.xls"))
    filtered(os.path.join(HERE, "adherents-filtre-excel97.xls"))
