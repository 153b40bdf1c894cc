"""The embedded Oxigraph store: where it lives, how it is opened, and atomic rebuilds.

Layout of a store directory::

    STORE/CURRENT          name of the live generation (replaced atomically)
    STORE/PREVIOUS         name of the generation that was live before it (kept, see below)
    STORE/gen-…/           an Oxigraph (RocksDB) database
    STORE/manifest-gen-….json  what a generation holds: per document its hash and graph (for
                           incremental builds)
    STORE/.tmp-…/          a build in progress (removed on failure, swept when stale)

A build writes a new generation beside the live one and only then swaps CURRENT, so a failed or
killed build leaves the previous store untouched. An incremental build starts from a cheap
(hard-linked) backup of the live generation. The previous generation is kept after a swap, so a
server that still has it open is not broken; older ones are swept.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from platformdirs import user_data_dir

from kangzhan.errors import StoreError

ENV_VAR = "KANGZHAN_STORE"
_CURRENT = "CURRENT"
_PREVIOUS = "PREVIOUS"
_BATCH_BYTES = 32 * 1024 * 1024


def default_store_dir() -> Path:
    """$KANGZHAN_STORE, else the user's data directory (e.g. ~/.local/share/kangzhan/store)."""
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else Path(user_data_dir("kangzhan")) / "store"


def _generation(root: Path, marker_name: str) -> Path | None:
    marker = root / marker_name
    try:
        name = marker.read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as e:
        raise StoreError(f"cannot read {marker}: {e.strerror or e}") from None
    gen = root / name
    return gen if name and gen.is_dir() else None


def current_generation(root: Path) -> Path | None:
    """The live database directory of a store, or None when nothing was built yet."""
    return _generation(root, _CURRENT)


def _manifest_path(gen: Path) -> Path:
    return gen.parent / f"manifest-{gen.name}.json"


def read_manifest(gen: Path | None) -> dict | None:
    """The manifest written with a generation (None when absent or unreadable: then rebuild all)."""
    if gen is None:
        return None
    try:
        return json.loads(_manifest_path(gen).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def open_store(root: Path, read_only: bool = True) -> ox.Store | None:
    """Open the live generation (read-only by default); None if the store is empty."""
    gen = current_generation(root)
    if gen is None:
        return None
    try:
        return ox.Store.read_only(str(gen)) if read_only else ox.Store(str(gen))
    except OSError as e:
        raise StoreError(f"cannot open the store at {gen}: {e}") from None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(root: Path) -> None:
    """Remove builds left by processes that died, and generations other than the live and previous one."""
    keep = {g.name for g in (current_generation(root), _generation(root, _PREVIOUS)) if g is not None}
    for child in root.glob(".tmp-*"):
        try:
            pid = int(child.name.split("-")[1])
        except (IndexError, ValueError):
            pid = -1
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(child, ignore_errors=True)
    for child in root.glob("gen-*"):
        if child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)
    for child in root.glob("manifest-gen-*.json"):
        if child.name[len("manifest-"):-len(".json")] not in keep:
            child.unlink(missing_ok=True)
    for child in root.glob(".*.*"):  # half-written markers/manifests of dead builds: .NAME.PID
        with contextlib.suppress(ValueError, IndexError):
            if child.is_file() and not _pid_alive(int(child.name.rsplit(".", 1)[1])):
                child.unlink(missing_ok=True)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


class StoreBuild:
    """A new generation being written; `commit()` swaps it in, leaving the `with` block aborts it.

    With `base` (a generation directory) the build starts from a hard-linked backup of it, so an
    incremental build costs what changed, not the size of the store.
    """

    def __init__(self, root: Path, base: Path | None = None):
        self.root = root
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create the store directory {root}: {e.strerror or e}") from None
        if root.exists() and not root.is_dir():
            raise StoreError(f"{root} is not a directory")
        sweep(root)
        stamp = time.strftime("%Y%m%d%H%M%S")
        self.name = f"gen-{stamp}-{os.getpid()}-{time.monotonic_ns() % 100000:05d}"
        self.tmp = root / f".tmp-{os.getpid()}-{self.name}"
        self.incremental = base is not None
        self.committed = False
        self._pending: list[bytes] = []
        self._pending_size = 0
        self.store: ox.Store | None = None
        try:
            if base is not None:
                ox.Store.read_only(str(base)).backup(str(self.tmp))
            self.store = ox.Store(str(self.tmp))
        except OSError as e:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise StoreError(f"cannot create a database in {self.tmp}: {e}") from None

    def add(self, quads: Iterable[ox.Quad]) -> None:
        assert self.store is not None
        self.store.bulk_extend(quads)

    def add_nquads(self, data: bytes) -> None:
        """Queue N-Quads for the bulk loader; loaded in batches of ~32 MiB (few, large SST files)."""
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size >= _BATCH_BYTES:
            self.flush_pending()

    def flush_pending(self) -> None:
        assert self.store is not None
        if self._pending:
            self.store.bulk_load(b"".join(self._pending), format=ox.RdfFormat.N_QUADS)
            self._pending, self._pending_size = [], 0

    def remove_graph(self, iri: str) -> None:
        assert self.store is not None
        self.flush_pending()
        self.store.remove_graph(ox.NamedNode(iri))

    def commit(self, manifest: dict | None = None) -> Path:
        """Flush, close, write the manifest, then make the new generation live with one atomic rename."""
        assert self.store is not None
        self.flush_pending()
        self.store.flush()
        if not self.incremental:  # compacting a copied store would rewrite (un-share) all of it
            self.store.optimize()
        self.store = None  # closes RocksDB
        final = self.root / self.name
        os.rename(self.tmp, final)
        if manifest is not None:
            _write_atomic(_manifest_path(final), json.dumps(manifest, ensure_ascii=False, indent=0))
        live = current_generation(self.root)
        if live is not None:
            _write_atomic(self.root / _PREVIOUS, live.name + "\n")
        _write_atomic(self.root / _CURRENT, self.name + "\n")
        self.committed = True
        sweep(self.root)
        return final

    def abort(self) -> None:
        self.store = None
        self._pending = []
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> StoreBuild:
        return self

    def __exit__(self, *exc) -> None:
        if not self.committed:
            with contextlib.suppress(Exception):
                self.abort()
