"""Whose side the narrator is on. Chinese accounts call their own army 我 and the Japanese 敌; a Japanese war
history in translation (战史丛书) says 我第33师团 and 敌第200师. The side cues of every stage read 我 as Chinese
and 敌 as Japanese, so a Japanese-view text is read with the two characters swapped: one character for one
character, the offsets stay valid (evidence is always quoted from the original text). A Chinese text that quotes a
Japanese record (据日军战史记载:“…”) has them swapped inside that quotation only."""

from __future__ import annotations

import re

_N = r"(?:第?[0-9一二三四五六七八九十百〇○]+)"
# 我 with a Japanese echelon, 敌 with a Chinese one: the narrator is Japanese
# (方面军 is left out: both sides had them); the wartime Japanese names of the Chinese forces count too
_JP_VIEW = re.compile(
    rf"我(?:军|方)?{_N}?(?:师团|旅团|联队|飞行团|派遣军)|皇军|蒋军|重庆军|支那军|英蒋"
    rf"|敌(?:军|方)?(?:{_N}军)?{_N}?(?:集团军|战区|路军|师(?!团)|旅(?!团))")
# 我 with a Chinese echelon, 敌 with a Japanese one: the narrator is Chinese
_CN_VIEW = re.compile(
    rf"我(?:军|方)?{_N}?(?:集团军|战区|路军|师(?!团)|旅(?!团))|我国军|(?<!中)国军"
    rf"|敌(?:军|方)?{_N}?(?:师团|旅团|联队|飞行团|派遣军)|日寇|日军")
_SWAP = str.maketrans({"我": "敌", "敌": "我"})
# a Japanese narrator's voice: a Japanese era year told by one who says 我军/我们 (a veteran's memoir in
# translation: 昭和20年6月), and 我军 sending out a 讨伐 (the Japanese army's word for its anti-guerrilla sweeps)
_ERA = re.compile(r"(?:昭和|大正)[0-9一二三四五六七八九十元]{1,3}年")
_FIRST_PERSON = re.compile(r"我军|我们|我部|我队")
_SWEEP = re.compile(r"我(?:军|们|方|部|队)[^，,。；;]{0,8}讨伐")
# a bracket of 2-60 characters: a translator's or editor's note (据译者推测,当为日军…), not the narrator's voice
_NOTE = re.compile(r"[(（][^()（）]{2,60}[)）]")


def japanese_view(text: str) -> bool:
    """The text is told from the Japanese side: at least two 我-Japanese / 敌-Chinese pairings or Japanese-voice
    cues (a 昭和 year told in the first person, 我军…讨伐) and more than twice as many as the Chinese-view ones
    (日军 and 国军 count for the Chinese view, outside the notes in brackets)."""
    jp = len(_JP_VIEW.findall(text)) + len(_SWEEP.findall(text))
    if _FIRST_PERSON.search(text):
        jp += len(_ERA.findall(text))
    if jp < 2:
        return False
    return jp > 2 * len(_CN_VIEW.findall(_NOTE.sub("", text)))


# a Japanese record quoted by a Chinese narrator: 据日军战史记载:“…”, 日方战报称「…」, 日本防卫厅战史丛书载:“…”: the
# cue, then the opening quote; inside the quote 我 is the Japanese army and 敌 the Chinese
_JP_RECORD_CUE = re.compile(r"(?:日方|日军|日本|日本方面|日军方面)(?:的|之)?[^，,。；;！!？?“”「」\n]{0,12}?"
                            r"(?:记载|记录|战史|战报|报告|详报|日志|日记|档案|史料|资料|丛书)"
                            r"[^，,。；;！!？?“”「」\n]{0,4}?(?:载|称|记|说|写道|记述|描述|云|曰)?[:：,，]?\s*$")
_QUOTES = {"“": "”", "「": "」"}
_OPENING_QUOTE = re.compile("[" + "".join(_QUOTES) + "]")
_QUOTE_MAX = 800  # characters: a quotation longer than this is no quoted record (a stray mark)


def _quoted_records(text: str) -> list[tuple[int, int]]:
    """The spans inside the quotation marks of the Japanese records a text quotes (see _JP_RECORD_CUE)."""
    out = []
    for q in _OPENING_QUOTE.finditer(text):  # the opening marks found in C, not a Python loop over every character
        i, ch = q.start(), q.group()
        if _JP_RECORD_CUE.search(text, max(0, i - 30), i):
            end = text.find(_QUOTES[ch], i + 1, i + 1 + _QUOTE_MAX)
            if end > 0:
                out.append((i + 1, end))
    return out


def as_chinese_view(text: str) -> str:
    """The text with 我 and 敌 swapped when it is told from the Japanese side; else the text with them swapped only
    inside the Japanese records it quotes (据日军战史记载:“我辎重部队…遭敌伏击”: 我 the Japanese), else itself."""
    if japanese_view(text):
        return text.translate(_SWAP)
    if "“" not in text and "「" not in text:
        return text
    spans = _quoted_records(text)
    if not spans:
        return text
    parts, at = [], 0
    for s, e in spans:
        parts += [text[at:s], text[s:e].translate(_SWAP)]
        at = e
    return "".join(parts) + text[at:]
