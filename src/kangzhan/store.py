"""The embedded Oxigraph store: where it lives, how it is opened, and atomic rebuilds.

Layout of a store directory::

    STORE/CURRENT          name of the live generation (replaced atomically)
    STORE/gen-…/           an Oxigraph (RocksDB) database
    STORE/.tmp-…/          a build in progress (removed on failure, swept when stale)

A build writes a new generation beside the live one and only then swaps CURRENT, so a failed or
killed build leaves the previous store untouched.
"""

from __future__ import annotations

import contextlib
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


def default_store_dir() -> Path:
    """$KANGZHAN_STORE, else the user's data directory (e.g. ~/.local/share/kangzhan/store)."""
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else Path(user_data_dir("kangzhan")) / "store"


def current_generation(root: Path) -> Path | None:
    """The live database directory of a store, or None when nothing was built yet."""
    marker = root / _CURRENT
    try:
        name = marker.read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as e:
        raise StoreError(f"cannot read {marker}: {e.strerror or e}") from None
    gen = root / name
    return gen if name and gen.is_dir() else None


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
    """Remove builds left by processes that died, and generations that are no longer live."""
    live = current_generation(root)
    for child in root.glob(".tmp-*"):
        try:
            pid = int(child.name.split("-")[1])
        except (IndexError, ValueError):
            pid = -1
        if pid != os.getpid() and not _pid_alive(pid):
            shutil.rmtree(child, ignore_errors=True)
    for child in root.glob("gen-*"):
        if live is None or child.resolve() != live.resolve():
            shutil.rmtree(child, ignore_errors=True)


class StoreBuild:
    """A new generation being written; `commit()` swaps it in, leaving the `with` block aborts it."""

    def __init__(self, root: Path):
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
        try:
            self.store: ox.Store | None = ox.Store(str(self.tmp))
        except OSError as e:
            raise StoreError(f"cannot create a database in {self.tmp}: {e}") from None
        self.committed = False

    def add(self, quads: Iterable[ox.Quad]) -> None:
        assert self.store is not None
        self.store.bulk_extend(quads)

    def commit(self) -> Path:
        """Flush, close, then make the new generation live with one atomic rename."""
        assert self.store is not None
        self.store.flush()
        self.store.optimize()
        self.store = None  # closes RocksDB
        final = self.root / self.name
        os.rename(self.tmp, final)
        marker_tmp = self.root / f".{_CURRENT}.{os.getpid()}"
        marker_tmp.write_text(self.name + "\n", encoding="utf-8")
        with open(marker_tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(marker_tmp, self.root / _CURRENT)
        self.committed = True
        sweep(self.root)
        return final

    def abort(self) -> None:
        self.store = None
        shutil.rmtree(self.tmp, ignore_errors=True)

    def __enter__(self) -> StoreBuild:
        return self

    def __exit__(self, *exc) -> None:
        if not self.committed:
            with contextlib.suppress(Exception):
                self.abort()
