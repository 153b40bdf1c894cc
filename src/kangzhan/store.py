"""The embedded Oxigraph store: where it lives, how it is opened, and atomic rebuilds.

Layout of a store directory::

    STORE/CURRENT          name of the live generation (replaced atomically)
    STORE/PREVIOUS         name of the generation that was live before it (kept, see below)
    STORE/gen-…/           an Oxigraph (RocksDB) database
    STORE/manifest-gen-….json  what a generation holds: per document its hash and graph (for
                           incremental builds)
    STORE/.tmp-…/          a build in progress (removed on failure, swept when stale)
    STORE/.lock            held (flock) by the one process writing a new generation

Each generation holds every document's named graph (provenance) and, in its default graph, the
set union (RDF merge) of all named graphs: a triple stated by k documents is stored k times in
their graphs but once in the default graph. Queries run on that default graph, so joins see each
statement once (Oxigraph's `use_default_graph_as_union` is a bag: it would return each copy, and
joins over entities described in many documents grow with the square of that number). A
generation written before this layout has an empty default graph; `default_graph_kwargs` then
falls back to the union option. union_default.py keeps that default graph, for builds here and for
SPARQL UPDATE alike.

A build writes a new generation beside the live one and only then swaps CURRENT, so a failed or
killed build leaves the previous store untouched. An incremental build starts from a cheap
(hard-linked) backup of the live generation. The previous generation is kept after a swap, so a
server that still has it open is not broken; older ones are swept.
"""

from __future__ import annotations

import contextlib
import fcntl
import gc
import json
import os
import shutil
import time
import traceback
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from platformdirs import user_data_dir

from kangzhan import union_default
from kangzhan.errors import StoreError
from kangzhan.union_default import has_union_default

ENV_VAR = "KANGZHAN_STORE"
_CURRENT = "CURRENT"
_PREVIOUS = "PREVIOUS"
_LOCK = ".lock"
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
        return open_read_only(gen) if read_only else ox.Store(str(gen))
    except OSError as e:
        raise StoreError(f"cannot open the store at {gen}: {e}") from None


# The last read-only handle opened by `open_read_only`, with its query options. A read-only handle
# sees its generation as it was when opened (a built generation is never written again; under
# --allow-update readers open checkpoints, never the database being written), so the answer is
# fixed for the handle's life. One entry: it keeps alive only the handle a worker is using anyway.
_last_read_only: tuple[ox.Store, dict] | None = None


def open_read_only(gen: Path | str) -> ox.Store:
    """A read-only handle on a generation (or checkpoint) directory; `default_graph_kwargs` then
    answers for it without looking at the store again (one seek saved per query). Raises OSError."""
    global _last_read_only
    store = ox.Store.read_only(str(gen))
    _last_read_only = (store, union_default.query_kwargs(has_union_default(store)))
    return store


def default_graph_kwargs(store: ox.Store) -> dict:
    """`store.query` options for "the default graph is the union of all named graphs", with set semantics.

    The materialized default graph when the store has one, else Oxigraph's union option (older
    generations, empty or in-memory stores). Looked up once for a handle from `open_read_only`, per
    call for any other (a writable store can change layout under an update).
    """
    last = _last_read_only
    if last is not None and last[0] is store:
        return dict(last[1])
    return union_default.query_kwargs(has_union_default(store))


class StoreLocked(StoreError):
    """Another process is writing a new generation of the same store."""


_held: dict[Path, tuple[int, int]] = {}  # store root → (fd, depth): the lock is re-entrant in one process


@contextlib.contextmanager
def write_lock(root: Path):
    """Hold STORE/.lock for a build (flock: released by the kernel if the process dies).

    A second writer fails at once with one line, as Oxigraph (RocksDB LOCK) and Jena TDB
    ("location is already locked") do, rather than waiting behind a build of unknown length.
    """
    key = root.resolve()
    if key in _held:
        fd, depth = _held[key]
        _held[key] = (fd, depth + 1)
        try:
            yield
        finally:
            fd, depth = _held[key]
            _held[key] = (fd, depth - 1)
        return
    path = root / _LOCK
    try:
        root.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise StoreError(f"cannot create the lock file {path}: {e.strerror or e}") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
        os.close(fd)
        raise StoreLocked(f"{root}: another build is writing this store (pid {holder}); "
                          "wait for it to finish and run this one again") from None
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    _held[key] = (fd, 1)
    try:
        yield
    finally:
        fd, depth = _held[key]
        if depth <= 1:
            del _held[key]
            os.close(fd)  # releases the flock
        else:
            _held[key] = (fd, depth - 1)


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
        self._lock = write_lock(root)
        self._lock.__enter__()
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
            if base is not None and not has_union_default(self.store):
                union_default.merge_named_graphs(self.store)  # a generation of the older layout
        except OSError as e:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self._release()
            raise StoreError(f"cannot create a database in {self.tmp}: {e}") from None
        except BaseException:  # Ctrl-C while the database opens: no `with` block will abort this build
            self.store = None
            shutil.rmtree(self.tmp, ignore_errors=True)
            self._release()
            raise

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.__exit__(None, None, None)
            self._lock = None

    def add(self, quads: Iterable[ox.Quad]) -> None:
        """Add quads to their graphs, and their triples to the default graph (the merge)."""
        assert self.store is not None
        union_default.add(self.store, quads)

    def add_nquads(self, data: bytes) -> None:
        """Queue N-Quads for the bulk loader; loaded in batches of ~32 MiB (few, large SST files)."""
        self._pending.append(data)
        self._pending_size += len(data)
        if self._pending_size >= _BATCH_BYTES:
            self.flush_pending()

    def add_nquads_file(self, path: Path, block: int = 8 << 20) -> None:
        """Stream an N-Quads file (one named graph per document) into the build, block by block."""
        with open(path, "rb") as fh:
            rest = b""
            while data := fh.read(block):
                data = rest + data
                cut = data.rfind(b"\n") + 1
                if cut:
                    self.add_nquads(data[:cut])
                rest = data[cut:]
            if rest:
                self.add_nquads(rest + b"\n")

    def flush_pending(self) -> None:
        """Bulk-load the queued N-Quads and the same statements into the default graph (deduplicated
        by the store: a triple is one key however many documents state it)."""
        assert self.store is not None
        if self._pending:
            data = b"".join(self._pending)
            self._pending, self._pending_size = [], 0
            union_default.bulk_load_nquads(self.store, data)

    def remove_graph(self, iri: str) -> None:
        """Drop a named graph, and from the default graph the triples no other named graph still holds."""
        assert self.store is not None
        self.flush_pending()
        union_default.remove_graph(self.store, ox.NamedNode(iri))

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
        self._release()
        return final

    def abort(self) -> None:
        self.store = None
        self._pending = []
        shutil.rmtree(self.tmp, ignore_errors=True)
        if self.tmp.exists():  # the database closed only now (its last reference gone) and wrote on closing
            gc.collect()
            shutil.rmtree(self.tmp, ignore_errors=True)
        self._release()

    def __enter__(self) -> StoreBuild:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if not self.committed:
            if tb is not None:  # a frame of the interrupted load may still hold the open database: let it go
                traceback.clear_frames(tb)
            with contextlib.suppress(Exception):
                self.abort()
        self._release()
