"""Locate the files shipped with the package: the ontology and the SHACL shapes."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _find(package: str, filename: str, repo_dir: str) -> Path:
    try:
        p = resources.files(package).joinpath(filename)
        if p.is_file():
            return Path(str(p))
    except ModuleNotFoundError:
        pass
    # running from a source checkout without installation
    p = Path(__file__).resolve().parents[2] / repo_dir / filename
    if p.is_file():
        return p
    raise FileNotFoundError(f"{filename} is missing from the installation")


def ontology_path() -> Path:
    return _find("kangzhan.ontology", "kangzhan.ttl", "ontology")


def shapes_path() -> Path:
    return _find("kangzhan.shapes", "kangzhan.shacl.ttl", "shapes")
