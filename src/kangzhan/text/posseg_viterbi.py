"""jieba.posseg's HMM Viterbi, same answers, fewer steps: it is the hot spot of person finding.

jieba 0.42.1 `jieba.posseg.viterbi.viterbi` scores, in Python, every state y of a character
against every state y0 of the previous one (256 states, ~20 transitions each). Here the same
scores are numpy arrays: the transition table as a matrix (-inf where jieba's .get gives -inf),
the same float64 sums in the same order ((V + trans) + emit), and the same tie-break as
max() over (probability, state) tuples (the largest state; states are indexed in tuple order),
so probability and route are identical (checked on 60k windows), ~10× faster.
`install()` puts it in place of jieba's function (a module global of jieba.posseg), with a
bounded memo for jieba's own model tables: name windows overlap, so the same runs of unknown
characters come back (~30% of the calls in a document).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")


class _Model:
    """jieba's tables as arrays, states in tuple order (so 'largest index' is 'largest state')."""

    def __init__(self, states, start_p, trans_p, emit_p):
        self.names = sorted(trans_p)
        self.idx = {s: i for i, s in enumerate(self.names)}
        n = len(self.names)
        self.trans = np.full((n, n), MIN_INF)
        for y0, nxt in trans_p.items():
            for y, p in nxt.items():
                self.trans[self.idx[y0], self.idx[y]] = p
        self.has = np.zeros((n, n), dtype=bool)  # which transitions jieba's table lists (its .keys())
        for y0, nxt in trans_p.items():
            self.has[self.idx[y0], [self.idx[y] for y in nxt]] = True
        self.has_out = np.array([bool(trans_p[s]) for s in self.names])
        self.start = np.array([start_p[s] for s in self.names])
        self.emit = [emit_p[s] for s in self.names]
        self.states, self.all = states, np.arange(n)
        self.char_states: dict = {}
        self.char_emit: dict = {}
        self.char_own: dict = {}
        self.char_first: dict = {}
        self.key = (states, start_p, trans_p, emit_p)

    def first(self, ch):
        """For a first character: its states, their scores, and which of them go on (keep: those with a
        transition out) as which states (prev), with the states any of those may lead to (expect)."""
        got = self.char_first.get(ch)
        if got is None:
            active = self.of_char(ch)
            keep = self.has_out[active]
            prev = active[keep]
            expect = self.has.take(prev, axis=0).any(axis=0) if len(prev) else None
            got = self.char_first[ch] = (active, self.start[active] + self.emit_own(ch)[active], keep, prev, expect)
        return got

    def emit_of(self, ch):
        """The emission scores of ch in every state (jieba's emit_P[y].get(ch, MIN_FLOAT))."""
        got = self.char_emit.get(ch)
        if got is None:
            got = self.char_emit[ch] = np.array([e.get(ch, MIN_FLOAT) for e in self.emit])
        return got

    def emit_own(self, ch):
        """emit_of(ch) where it is read at ch's own states (of_char), MIN_FLOAT elsewhere: a row of a few dict
        look-ups instead of one per state (256) for a character of the table. Only its of_char entries may be read."""
        got = self.char_own.get(ch)
        if got is None:
            own = self.of_char(ch)
            if own is self.all:
                got = self.emit_of(ch)
            else:
                got = np.full(len(self.names), MIN_FLOAT)
                emit = self.emit
                got[own] = [emit[i].get(ch, MIN_FLOAT) for i in own.tolist()]
            self.char_own[ch] = got
        return got

    def of_char(self, ch):
        got = self.char_states.get(ch)
        if got is None:
            s = self.states.get(ch)
            got = self.all if s is None else np.array(sorted({self.idx[y] for y in s}), dtype=np.intp)
            self.char_states[ch] = got
        return got


_MODELS: dict = {}


def _model(states, start_p, trans_p, emit_p) -> _Model:
    """The arrays for these tables (built once per model)."""
    m = _MODELS.get(id(trans_p))
    if m is None or m.key[0] is not states or m.key[1] is not start_p or m.key[2] is not trans_p or m.key[3] is not emit_p:
        m = _MODELS[id(trans_p)] = _Model(states, start_p, trans_p, emit_p)
    return m


def viterbi(obs, states, start_p, trans_p, emit_p):
    """Drop-in for jieba.posseg.viterbi.viterbi (same arguments, same (prob, route))."""
    m = _model(states, start_p, trans_p, emit_p)
    # the states in play, ascending, and their scores (no arrays over all states); the first character's
    # part of the first step comes from a table per character (the same arrays, computed once)
    active, vals, keep, prev, expect = m.first(obs[0])
    steps = []  # per position after the first: (its states, the best previous state of each)
    has_out, has, trans = m.has_out, m.has, m.trans
    for t in range(1, len(obs)):
        if t > 1:
            keep = has_out[active]
            prev = active[keep]
        if not len(prev):  # jieba fails the same way
            raise ValueError("max() arg is an empty sequence")
        # .take and array methods: same values as fancy indexing and np.argmax, fewer microseconds per step
        if t > 1:
            expect = has.take(prev, axis=0).any(axis=0)
        o = obs[t]
        cs = m.of_char(o)
        ys = cs[expect[cs]]
        if len(ys):
            emit = m.emit_own(o)[ys]  # ys are some of o's own states
        else:
            ys = np.flatnonzero(expect)
            emit = m.emit_of(o)[ys]
        scores = (vals[keep][:, None] + trans.take(prev, axis=0).take(ys, axis=1)) + emit  # jieba's sum, same order
        # ties: the largest state, as max() of tuples: the first maximum of the reversed rows
        k = len(prev) - 1 - scores[::-1].argmax(axis=0)
        vals = scores.max(axis=0)
        steps.append((ys, prev[k]))
        active = ys
    last = len(vals) - 1 - int(vals[::-1].argmax())
    top = vals[last]
    state = int(active[last])
    route = [None] * len(obs)
    route[-1] = m.names[state]
    for i in range(len(obs) - 1, 0, -1):
        ys, back = steps[i - 1]
        state = int(back[int(np.searchsorted(ys, state))])
        route[i - 1] = m.names[state]
    return (float(top), route)


_TABLES: tuple = ()


@lru_cache(maxsize=8192)
def _memo(obs: str) -> tuple:
    return viterbi(obs, *_TABLES)


def memo_viterbi(obs, states, start_p, trans_p, emit_p):
    """viterbi, remembered per observation when called with jieba's model (jieba only reads the route)."""
    if _TABLES and states is _TABLES[0] and start_p is _TABLES[1] and trans_p is _TABLES[2] and emit_p is _TABLES[3]:
        return _memo(obs)
    return viterbi(obs, states, start_p, trans_p, emit_p)


def install() -> None:
    """Use this Viterbi in jieba.posseg (idempotent)."""
    global _TABLES
    import jieba.posseg as pseg

    _TABLES = (pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)
    pseg.viterbi = memo_viterbi
