#!/usr/bin/env python3
"""A contact sheet of `swan score --maps` pictures: for each normal class (columns), the first
two pasted-quadrant defects of run.sh's runs with seed 0, one band of rows per run prefix
(e.g. `dra` at block15, then `dra_block10`), the pasted quadrant outlined in green.
Usage: python3 sheet.py DATA RUNS OUT.png [PREFIX ...]   (default prefix: dra)"""
import csv
import json
import os
import struct
import sys

from PIL import Image, ImageDraw

TILE, PER_CLASS = 96, 2


def main(data, runs, out, prefixes):
    sheet = Image.new("RGB", (TILE * 10, TILE * PER_CLASS * len(prefixes)), "white")
    draw = ImageDraw.Draw(sheet)
    for band, prefix in enumerate(prefixes):
        for c in range(10):
            run = os.path.join(runs, f"{prefix}-c{c}-s0")
            with open(os.path.join(run, "maps.safetensors"), "rb") as f:
                n = struct.unpack("<Q", f.read(8))[0]
                header = json.loads(json.loads(f.read(n))["__metadata__"]["swan-maps"])
            test = csv.DictReader(open(os.path.join(data, f"c{c}", "test.csv")))
            quadrant = {r["path"]: int(r["quadrant"]) for r in test}
            pairs = zip(header["ids"], header["pngs"])
            picked = [(i, p) for i, p in pairs if quadrant[i] >= 0 and p][:PER_CLASS]
            for k, (image_id, png) in enumerate(picked):
                tile = Image.open(os.path.join(run, png)).convert("RGB").resize((TILE, TILE))
                x, y = c * TILE, (band * PER_CLASS + k) * TILE
                sheet.paste(tile, (x, y))
                q, half = quadrant[image_id], TILE // 2
                qx, qy = x + half * (q % 2), y + half * (q // 2)
                draw.rectangle([qx + 1, qy + 1, qx + half - 2, qy + half - 2], outline=(60, 220, 60), width=2)
    sheet.save(out, optimize=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:] or ["dra"])
