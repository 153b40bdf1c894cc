"""Vendor the browser libraries of the visual views from npm (run by hand; nothing is fetched at run time).

    python tools/vendor_viz.py

`npm pack`s each package into a temporary directory and copies its browser build and LICENSE into
src/kangzhan/serve/static/vendor/<lib>/. The base map is echarts@4.9.0's map/json/china.json
(province outlines, Apache-2.0 like the rest of that package), decoded from echarts' compact
"UTF8Encoding" into plain GeoJSON (the decoder mirrors echarts' src/coord/geo/parseGeoJson.js).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

VENDOR = Path(__file__).resolve().parents[1] / "src/kangzhan/serve/static/vendor"

PACKAGES = {
    "cytoscape@3.34.4": {"dist/cytoscape.min.js": "cytoscape.min.js"},
    "leaflet@1.9.4": {"dist/leaflet.js": "leaflet.js", "dist/leaflet.css": "leaflet.css"},
    "vis-timeline@8.5.4": {
        "standalone/umd/vis-timeline-graph2d.min.js": "vis-timeline-graph2d.min.js",
        "styles/vis-timeline-graph2d.min.css": "vis-timeline-graph2d.min.css",
    },
}
MAP_PACKAGE = "echarts@4.9.0"


def npm_pack(spec: str, into: Path) -> Path:
    """Download and unpack one npm package; returns its `package/` directory."""
    out = subprocess.run(["npm", "pack", spec, "--silent"], cwd=into, check=True, capture_output=True, text=True)
    tgz = into / out.stdout.strip().splitlines()[-1]
    dest = into / spec.replace("@", "-").replace("/", "-")
    with tarfile.open(tgz) as tf:
        tf.extractall(dest, filter="data")
    return dest / "package"


def decode_polygon(coded: str, offsets: list[int], scale: float) -> list[list[float]]:
    """One ring of echarts' zigzag/delta UTF-8 encoding → [[lon, lat], …]."""
    x0, y0 = offsets
    ring = []
    for i in range(0, len(coded), 2):
        x = ord(coded[i]) - 64
        y = ord(coded[i + 1]) - 64
        x = (x >> 1) ^ (-(x & 1))
        y = (y >> 1) ^ (-(y & 1))
        x0 += x
        y0 += y
        ring.append([round(x0 / scale, 4), round(y0 / scale, 4)])
    return ring


def decode_map(data: dict) -> dict:
    """echarts map JSON → standard GeoJSON FeatureCollection (properties: name, id)."""
    scale = data.get("UTF8Scale") or 1024
    features = []
    for f in data["features"]:
        g = f["geometry"]
        offs = g["encodeOffsets"]
        if g["type"] == "Polygon":
            coords = [decode_polygon(r, offs[i], scale) for i, r in enumerate(g["coordinates"])]
        else:
            coords = [[decode_polygon(r, offs[i][j], scale) for j, r in enumerate(poly)]
                      for i, poly in enumerate(g["coordinates"])]
        props = {"name": f["properties"]["name"], "id": f["properties"].get("id")}
        features.append({"type": "Feature", "properties": props, "geometry": {"type": g["type"], "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for spec, files in PACKAGES.items():
            pkg = npm_pack(spec, t)
            lib = VENDOR / spec.rsplit("@", 1)[0]
            if lib.exists():
                shutil.rmtree(lib)
            lib.mkdir(parents=True)
            for src, dst in files.items():
                shutil.copy(pkg / src, lib / dst)
            if (pkg / "dist/images").is_dir() and spec.startswith("leaflet"):
                shutil.copytree(pkg / "dist/images", lib / "images")
            for lic in (p for p in pkg.iterdir() if p.name.upper().startswith("LICENSE") and p.suffix not in (".js", ".mjs")):
                shutil.copy(lic, lib / lic.name)
            (lib / "SOURCE").write_text(f"npm {spec}\n", encoding="utf-8")
        pkg = npm_pack(MAP_PACKAGE, t)
        lib = VENDOR / "china-provinces"
        lib.mkdir(parents=True, exist_ok=True)
        geo = decode_map(json.loads((pkg / "map/json/china.json").read_text(encoding="utf-8")))
        (lib / "china-provinces.geojson").write_text(json.dumps(geo, ensure_ascii=False, separators=(",", ":")),
                                                     encoding="utf-8")
        shutil.copy(pkg / "LICENSE", lib / "LICENSE")
        shutil.copy(pkg / "NOTICE", lib / "NOTICE")
        (lib / "SOURCE").write_text(
            f"npm {MAP_PACKAGE}, file map/json/china.json (province outlines), licensed with the package under "
            "Apache-2.0; decoded from echarts' UTF8Encoding to plain GeoJSON by tools/vendor_viz.py\n", encoding="utf-8")


if __name__ == "__main__":
    main()
