"""Where queries run: a pool of killable worker processes, or (no store directory / updates) in-process."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kangzhan import union_default
from kangzhan.serve.limits import Limits
from kangzhan.serve.pool import Answer, WorkerPool
from kangzhan.serve.snapshots import Snapshots
from kangzhan.serve.worker import SMALL_ANSWER, execute
from kangzhan.store import current_generation, has_union_default, open_read_only


def answer_from(messages) -> Answer:
    """Turn the message stream of `worker.execute` into an Answer (status and head first); a small
    answer comes whole (`data`, sent with Content-Length), a larger one as a stream."""
    it = iter(messages)
    first = next(it)
    if first[0] == "error":
        text = (first[2] + "\n").encode("utf-8")
        return Answer(first[1], "text/plain; charset=utf-8", {}, iter([text]), text)
    _, status, mime, headers = first
    parts: list[bytes] = []
    size = 0
    for m in it:
        if m[0] == "chunk":
            parts.append(m[1])
            size += len(m[1])
            if size > SMALL_ANSWER:
                return Answer(status, mime, headers, itertools.chain(parts, (m[1] for m in it if m[0] == "chunk")))
        elif m[0] != "end":  # an error after the head: cut short, as a worker's stream is
            return Answer(status, mime, headers, iter(parts))
    data = b"".join(parts)
    return Answer(status, mime, headers, iter([data]), data)


def _error(status: int, message: str) -> Answer:
    text = (message + "\n").encode("utf-8")
    return Answer(status, "text/plain; charset=utf-8", {}, iter([text]), text)


def answer_here(store: ox.Store, request: dict[str, Any]) -> Answer:
    """`request` answered in this process, the body drained here: pyoxigraph's results may only be used
    (and dropped) on the thread that made them, and the work must be done while the time limit watches.
    Failures become one-line answers, as a worker process reports them."""
    try:
        answer = answer_from(execute(store, request))
        if answer.data is None:
            answer.body = iter(list(answer.body))
        return answer
    except MemoryError:
        return _error(422, "the query needs more memory than this server allows")
    except Exception as e:  # e.g. a default-graph-uri that is no IRI
        return _error(400, f"query failed: {e.__class__.__name__}: {e}")


class Executor:
    """Runs read queries in worker processes (hard timeout) or in this process; updates here, serialized."""

    def __init__(self, store_dir: Path | None, store: ox.Store | None, workers: int, memory_mb: int,
                 writable: bool = False):
        self.store_dir = store_dir
        self._current = os.path.join(store_dir, "CURRENT") if store_dir is not None else ""  # stat per query
        self.version = 0
        self.snapshots: Snapshots | None = None
        if store is None and writable and store_dir is not None:
            # RocksDB cannot have read-only openers beside a writer (they see files vanish): updates go
            # to the one writable store here; queries run in the workers on checkpoints (snapshots.py).
            gen = current_generation(store_dir)
            store = ox.Store(str(gen)) if gen is not None else None
            if store is not None and workers > 0:
                self.snapshots = Snapshots(store, store_dir, os.getpid())
        self.store = store  # used when there is no directory, and in update mode
        self.pool = WorkerPool(workers, memory_mb) \
            if store_dir is not None and (store is None or self.snapshots) and workers > 0 else None
        self._update_lock = threading.Lock()
        self._ro: tuple | None = None
        self._gen: tuple | None = None  # (stat of CURRENT, generation path) of the last look
        self.limits: Limits | None = None  # set in a pre-forked serving process: in-process time limit

    def generation(self) -> str | None:
        if self.snapshots is not None:
            return str(self.snapshots.fresh())  # checkpointed after updates, when first needed
        if self.store_dir is None:
            return None
        # CURRENT is replaced atomically (a new inode) on every build: one stat per query tells
        # whether it changed, instead of opening and reading it (~40 µs per request)
        try:
            st = os.stat(self._current)
            stamp: tuple | None = (st.st_ino, st.st_mtime_ns, st.st_size)
        except OSError:
            stamp = None
        cached = self._gen
        if cached is not None and stamp is not None and cached[0] == stamp:
            return cached[1]
        gen = current_generation(self.store_dir)
        name = str(gen) if gen is not None else None
        self._gen = (stamp, name)
        return name

    def query(self, request: dict[str, Any], timeout: float) -> Answer:
        if self.pool is None:
            store = self.store if self.store is not None else self._open_ro()
            if self.limits is not None:
                return self.limits.run(lambda: answer_here(store, request), timeout)
            return answer_here(store, request)
        return self.pool.run(dict(request, gen=self.generation(), version=self.version), timeout)

    def _open_ro(self) -> ox.Store:
        return self.read_store()

    def read_store(self) -> ox.Store:
        """A read-only store of the live generation for this process's own small queries (pages)."""
        if self.store is not None:
            return self.store
        key = (self.generation(), self.version)
        with self._update_lock:
            if self._ro is None or self._ro[0] != key:
                self._ro = (key, open_read_only(key[0]) if key[0] else ox.Store())
            return self._ro[1]

    def update(self, request: dict[str, Any]) -> Answer:
        """Apply an update (only reached with --allow-update and the right token)."""
        with self._update_lock:
            target = self.store
            if target is None:
                return Answer(409, "text/plain; charset=utf-8", {},
                              iter([b"updates need a built store opened for writing\n"]))
            merged = has_union_default(target)
            with self._state_before(target, merged) as before:
                answer = answer_from(execute(target, dict(request, update=True)))
                body = list(answer.body)
                if before is not None and answer.status < 300:
                    union_default.sync(target, before)  # the merged default graph follows the update
            target.flush()
            if self.snapshots is not None:
                self.snapshots.changed()
            self.version += 1  # workers reopen their read-only view before the next query
            answer.body = iter(body)
            return answer

    @contextmanager
    def _state_before(self, target: ox.Store, merged: bool):
        """A read-only view of the store as it is now (None without a merged default graph to keep)."""
        if not merged:
            yield None
            return
        if self.snapshots is not None:
            yield ox.Store.read_only(str(self.snapshots.fresh()))
            return
        if self.store_dir is None:  # an in-memory store: its default graph is all the sync reads
            before = ox.Store()
            before.bulk_extend(target.quads_for_pattern(None, None, None, ox.DefaultGraph()))
            yield before
            return
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-update-", dir=self.store_dir))
        try:
            target.flush()
            target.backup(str(tmp / "before"))
            yield ox.Store.read_only(str(tmp / "before"))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
        if self.snapshots is not None:
            self.snapshots.close()
