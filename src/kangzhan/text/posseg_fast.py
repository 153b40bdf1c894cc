"""jieba.posseg.cut (HMM on) as a tuple of (word, flag), the same answers with less overhead per call.

The extractor tags thousands of short windows (8 characters after a title, a battle name's prefix):
for those, jieba's layers of generators, its `pair` objects and its method look-ups cost more than
the segmentation itself. `tag` is jieba 0.42.1's POSTokenizer.__cut_internal → __cut_DAG →
__cut_detail → __cut in one function, step for step: the same dictionary (FREQ, word_tag_tab, with
user words merged first, as jieba does), the same floating-point sums in the same order for the
route, the same Viterbi (jieba.posseg's module global, i.e. posseg_viterbi's when installed), the same
quirks (an ASCII run tested with re_eng on the whole piece). Checked against pseg.cut on every window
of the dev texts.
"""

from __future__ import annotations

from math import log

import jieba.posseg as pseg

_HAN = pseg.re_han_internal
_SKIP = pseg.re_skip_internal
_HAN_DETAIL = pseg.re_han_detail
_SKIP_DETAIL = pseg.re_skip_detail
_NUM = pseg.re_num
_ENG = pseg.re_eng


def known(word: str) -> bool:
    """The word is in jieba's dictionary (with a count): a word the HMM made of characters the dictionary does not
    join (长是鹫津 before a rare character) is not."""
    tok = pseg.dt.tokenizer
    tok.check_initialized()
    return bool(tok.FREQ.get(word))


def tag(sentence: str) -> tuple[tuple[str, str], ...]:
    """tuple((w, f) for w, f in jieba.posseg.cut(sentence)) for the default tokenizer."""
    dt = pseg.dt
    dt.makesure_userdict_loaded()
    tok = dt.tokenizer
    tok.check_initialized()
    out: list[tuple[str, str]] = []
    add = out.append
    for blk in _HAN.split(sentence):
        if not blk:
            continue
        if _HAN.match(blk):
            _cut_dag(blk, tok.FREQ, tok.total, dt.word_tag_tab, add)
            continue
        for x in _SKIP.split(blk):
            if _SKIP.match(x):
                add((x, "x"))
            else:
                for xx in x:
                    if _NUM.match(xx):
                        add((xx, "m"))
                    elif _ENG.match(x):
                        add((xx, "eng"))
                    else:
                        add((xx, "x"))
    return tuple(out)


def _cut_dag(sentence: str, freq: dict, total: int, tags: dict, add) -> None:
    """POSTokenizer.__cut_DAG with get_DAG and calc inlined, in one right-to-left pass: the words that start
    at each position are looked up where calc needs them, with the counts the look-up found (the count of
    a word of the DAG is nonzero, so jieba's `FREQ.get(w) or 1` is that count; 1 for a lone character that
    starts no word). Same candidates, same sums in the same order, same max() over (score, end) tuples."""
    n = len(sentence)
    get = freq.get
    route: list = [None] * (n + 1)
    route[n] = (0, 0)
    logtotal = log(total)
    for k in range(n - 1, -1, -1):
        c0 = count = get(sentence[k])  # None: no word starts with this fragment (jieba's `frag in FREQ`)
        if count is None:
            route[k] = (log(1) - logtotal + route[k + 1][0], k)
            continue
        cands = None
        i = k
        while count is not None:
            if count:
                cand = (log(count) - logtotal + route[i + 1][0], i)
                if cands is None:
                    cands = cand
                elif type(cands) is tuple:
                    cands = [cands, cand]
                else:
                    cands.append(cand)
            i += 1
            if i >= n:
                break
            count = get(sentence[k:i + 1])
        if cands is None:  # no word of nonzero count: the character alone, as jieba's `or [k]`
            route[k] = (log(c0 or 1) - logtotal + route[k + 1][0], k)
        elif type(cands) is tuple:  # max() of one candidate is that candidate
            route[k] = cands
        else:
            route[k] = max(cands)
    x = 0
    buf = ""
    tag_of = tags.get
    while x < n:
        y = route[x][1] + 1
        word = sentence[x:y]
        if y - x == 1:
            buf += word
        else:
            if buf:
                _flush(buf, freq, tag_of, add)
                buf = ""
            add((word, tag_of(word, "x")))
        x = y
    if buf:
        _flush(buf, freq, tag_of, add)


def _flush(buf: str, freq: dict, tag_of, add) -> None:
    """The run of single characters in __cut_DAG: one character, a run to tag with the HMM, or known."""
    if len(buf) == 1:
        add((buf, tag_of(buf, "x")))
    elif not freq.get(buf):
        _cut_detail(buf, add)
    else:
        for elem in buf:
            add((elem, tag_of(elem, "x")))


def _cut_detail(sentence: str, add) -> None:
    for blk in _HAN_DETAIL.split(sentence):
        if _HAN_DETAIL.match(blk):
            _cut_hmm(blk, add)
        else:
            for x in _SKIP_DETAIL.split(blk):
                if x:
                    if _NUM.match(x):
                        add((x, "m"))
                    elif _ENG.match(x):
                        add((x, "eng"))
                    else:
                        add((x, "x"))


def _cut_hmm(sentence: str, add) -> None:
    """POSTokenizer.__cut: the Viterbi route read as words."""
    _prob, pos_list = pseg.viterbi(sentence, pseg.char_state_tab_P, pseg.start_P, pseg.trans_P, pseg.emit_P)
    begin = nexti = 0
    for i, char in enumerate(sentence):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            add((sentence[begin:i + 1], pos_list[i][1]))
            nexti = i + 1
        elif pos == "S":
            add((char, pos_list[i][1]))
            nexti = i + 1
    if nexti < len(sentence):
        add((sentence[nexti:], pos_list[nexti][1]))
