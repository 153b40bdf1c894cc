"""Read-only snapshots of a store open for writing, so that --allow-update keeps the hard query timeout.

RocksDB allows no read-only opener beside a writer (it would see files vanish under compaction), so
query workers cannot open the live database while this process writes to it. A checkpoint
(`Store.backup`: hard links, ~0.1 s whatever the store's size) is an independent database: one is
taken at start, and again when the first query after an update asks for it (so a run of updates
costs one); the killable query workers open the newest one read-only. A query therefore sees every
update that has already been answered.

Snapshots live in STORE/.tmp-PID-serve-snapshots/: the next `kangzhan build` sweeps them if this
process died without removing them. The newest few are kept, so a query still reading an older
one is not cut off by the next update.
"""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pyoxigraph as ox

KEEP = 3  # snapshots kept: the newest serves new queries, older ones finish queries in flight


class Snapshots:
    """Checkpoints of `store` under `root`; `current` is the newest."""

    def __init__(self, store: ox.Store, root: Path, pid: int):
        self.store = store
        self.dir = root / f".tmp-{pid}-serve-snapshots"
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True)
        self.count = 0
        self.dirty = False
        self._lock = threading.Lock()
        self.current = self.take()

    def changed(self) -> None:
        """The store was written: the next `fresh()` takes a new checkpoint."""
        self.dirty = True

    def fresh(self) -> Path:
        """The newest checkpoint, taken now if the store changed since the last one."""
        with self._lock:  # also waits for a checkpoint another thread is taking
            if self.dirty:
                self.dirty = False
                self._take()
            return self.current

    def take(self) -> Path:
        """Flush the writer and checkpoint it; drop snapshots older than the last KEEP."""
        with self._lock:
            return self._take()

    def _take(self) -> Path:
        self.store.flush()
        self.count += 1
        target = self.dir / f"s{self.count}"
        self.store.backup(str(target))
        self.current = target
        for old in range(self.count - KEEP, 0, -1):
            path = self.dir / f"s{old}"
            if not path.exists():
                break
            shutil.rmtree(path, ignore_errors=True)
        return target

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)
