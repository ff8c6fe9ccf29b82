"""Writes the bundled booklet dataset (Datasets/pas-de-calais-2015) as an .xlsx
workbook (openpyxl) and an .ods workbook (odfpy): fixtures for the workbook tests,
made by programs other than Maillage. Run from this folder:

    pip install openpyxl odfpy && python3 make_booklet_workbooks.py

The Swift tests only read the files written here; they never run this script.
The .xlsx uses French sheet names and headers, a « Lisez-moi » sheet and numbers
for declared_members; the .ods keeps the English names.
"""
import csv
import os

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DATASET = os.path.join(HERE, "..", "..", "..", "Datasets", "pas-de-calais-2015")
# The aliases table (issue 15, item 8: the merged DLA and Cigales mentions) when the dataset has one.
TABLES = ["memberships", "actors", "cooperations", "territories"] + (
    ["aliases"] if os.path.exists(os.path.join(DATASET, "aliases.csv")) else [])
FRENCH = {"memberships": "Participations", "actors": "Acteurs", "cooperations": "Coopérations", "territories": "Territoires",
          "aliases": "Alias"}
HEADERS = {
    "cooperation": "Coopération", "actor": "Acteur", "role": "Rôle", "id": "Identifiant", "name": "Nom", "kind": "Type",
    "legal_form": "Forme juridique", "sector": "Secteur", "territories": "Territoires", "website": "Site internet",
    "form": "Forme", "declared_members": "Membres déclarés", "status": "Statut", "started": "Début", "summary": "Résumé",
    "source": "Source", "level": "Niveau", "parent": "Parent", "alias": "Alias",
    "lat": "Latitude", "lon": "Longitude", "insee": "Code INSEE",
}


def rows(table):
    with open(os.path.join(DATASET, table + ".csv"), encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def write_xlsx(path):
    book = openpyxl.Workbook()
    readme = book.active
    readme.title = "Lisez-moi"
    readme["A1"] = "Les coopérations de l'ESS du Pas-de-Calais (2015), écrites par openpyxl pour les tests."
    for table in TABLES:
        sheet = book.create_sheet(FRENCH[table])
        data = rows(table)
        header = data[0]
        sheet.append([HEADERS.get(h, h) for h in header])
        for row in data[1:]:
            values = []
            for name, value in zip(header, row):
                values.append(int(value) if name == "declared_members" and value.isdigit() else (value if value != "" else None))
            sheet.append(values)
    book.save(path)


def write_ods(path):
    doc = OpenDocumentSpreadsheet()
    for table in TABLES:
        sheet = Table(name=table)
        for row in rows(table):
            tr = TableRow()
            for value in row:
                if value.isdigit() and table == "cooperations" and len(value) < 6:
                    cell = TableCell(valuetype="float", value=value)
                    cell.addElement(P(text=value))
                elif value == "":
                    cell = TableCell()
                else:
                    cell = TableCell(valuetype="string")
                    for i, line in enumerate(value.split("\n")):
                        cell.addElement(P(text=line))
                tr.addElement(cell)
            sheet.addElement(tr)
        doc.spreadsheet.addElement(sheet)
    doc.save(path)


if __name__ == "__main__":
    write_xlsx(os.path.join(HERE, "pas-de-calais-2015.xlsx"))
    write_ods(os.path.join(HERE, "pas-de-calais-2015.ods"))
