"""Extraction under Dask, for corpora beyond one machine: a bag of files, each becoming N-Quads.

The work of one element is exactly `kangzhan build`'s worker (`corpus.process_file`: read →
extract → emit → validate), so a Dask run yields byte-identical N-Quads. Locally
(`scheduler="processes"` or `"sync"`) it needs nothing but `pip install 'kangzhan[dask]'`; on a
cluster, create a `dask.distributed.Client` first and the same bag runs on its workers. The
resulting `.nq` part files are loaded into a kangzhan store with `load_parts` (named graphs, the
ontology, the merged default graph and the links, as `kangzhan build` writes them), or with
`oxigraph load` / any store's bulk loader (named graphs only: query those with a union default graph).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kangzhan.corpus import DocOutput, process_file
from kangzhan.errors import KangzhanError
from kangzhan.store import StoreBuild
from kangzhan.text.read import DEFAULT_MAX_BYTES


def _dask_bag():
    try:
        import dask.bag as db
    except ImportError:
        raise KangzhanError("Dask is not installed: pip install 'kangzhan[dask]'") from None
    return db


def _checked(out: DocOutput) -> DocOutput:
    out.raise_error()
    return out


def documents_bag(paths: Iterable[str | Path], npartitions: int | None = None, validate: bool = True,
                  max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None):
    """A dask.bag of DocOutput, one per file, in input order (errors raise when computed)."""
    db = _dask_bag()
    files = [str(p) for p in paths]
    bag = db.from_sequence(files, npartitions=npartitions or min(len(files), 64) or 1)
    return bag.map(process_file, validate=validate, max_bytes=max_bytes, encoding=encoding).map(_checked)


def _text(out: DocOutput) -> str:
    return out.nquads.decode("utf-8").rstrip("\n")


def write_parts(paths: Iterable[str | Path], out_dir: Path, scheduler: str | None = "processes",
                npartitions: int | None = None, **opts) -> list[Path]:
    """Extract PATHS with Dask into OUT_DIR/part-N.nq (one per partition, written by the workers).

    scheduler: "processes", "threads" or "sync" for local runs; None for the active
    dask.distributed Client (OUT_DIR must then be on storage the workers share).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    bag = documents_bag(paths, npartitions=npartitions, **opts).map(_text)
    kwargs = {"scheduler": scheduler} if scheduler else {}
    names = bag.to_textfiles(str(out_dir / "part-*.nq"), encoding="utf-8", last_endline=True,
                             name_function=lambda i: f"{i:05d}", compute=True, **kwargs)
    return [Path(n) for n in names]


def load_parts(parts: Iterable[Path], root: Path) -> Path:
    """A new generation of the store at ROOT from N-Quads part files, swapped in atomically.

    Streams each file through the build's loader (bounded memory). No manifest is written, so the
    next `kangzhan build` of that store extracts everything again.
    """
    from kangzhan.build import ontology_quads
    from kangzhan.link.hook import refresh_links

    with StoreBuild(root) as b:
        b.add(ontology_quads())
        for p in parts:
            b.add_nquads_file(Path(p))
        refresh_links(b)
        return b.commit()
