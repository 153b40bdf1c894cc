"""Find a web page's or a newspaper's furniture: the lines and bylines that are no text of the article.

A page copied from a site keeps its menus and navigation (首页 | 军事 | 国内, 您的位置: 首页 >> 正文), its tool
links (【打印】 【关闭】, 放大字型 列印, 分享到, 我要评论), its article data (作者: 发布时间: 来源:, 责任编辑, 版权所有,
a URL) and the links to other articles (上一篇: X战役 …, a block of titles under 相关阅读); a newspaper's story has
its byline (本报记者 X 昆明报道). Their words name the site's sections, the paper's town and other stories: no
place, person, unit or battle of the battle told. Such a line is furniture when it holds no sentence (no 。, at
most a short run of words between separators) and either a furniture word or a breadcrumb (three or more short
items between >> » ›); a byline is furniture wherever it stands. Blanked with spaces (same length), so
every offset stays that of the original.
"""

from __future__ import annotations

import re

# words that only a page's furniture uses (Simplified: the text is normalized before)
_FURNITURE_WORDS = (
    "版权所有", "版权声明", "copyright", "Copyright", "COPYRIGHT", "©", "上一篇", "下一篇", "上一页", "下一页", "上一条",
    "下一条", "责任编辑", r"责编\s*[:：]", r"编辑\s*[:：]", r"来源\s*[:：]", r"作者\s*[:：]", "发布时间", "发表时间", "更新时间",
    "浏览次数", "点击[数量率]", "阅读[数量]", "分享到", "您的位置", "您现在的位置", "当前位置", "首页", "返回顶部", "打印本页",
    "关闭窗口", "放大字型", "放小字型", r"字号\s*[:：]", "跳到主要内容", "我要评论", "发表评论", "扫一扫", "关注我们", "阅读原文",
    "随便看", "ICP备", "icp备", "联系我们", "关于我们", "网站地图", "加入收藏", "加入最爱", "设为主页", "帐户", "账户", "https?://", r"www\.")
# a lookahead on the words' first characters skips every other position at once (a text is mostly no furniture)
_FURNITURE = re.compile(f"(?=[{''.join(sorted({w[0] for w in _FURNITURE_WORDS}))}])(?:{'|'.join(_FURNITURE_WORDS)})")
# a breadcrumb's separators (首页 >> 军事 >> 正文); a | alone also draws a table's cells, so it counts only with a
# furniture word on the line
_NAV_SEP = re.compile(r">>|»|›|＞＞")
# a line of bracketed tool links only: 【打印】 【投稿】 【关闭】, [打印本页] [关闭窗口]
_TOOL_LINKS = re.compile(r"(?m)^[ \t\u3000]*(?:[【\[［][^】\]］\n]{1,6}[】\]］][ \t\u3000]*){2,}$")
# a byline: (本报|本刊…)记者|通讯员, one or more names, the town filed from, 报道|电|讯 (本报记者 X 昆明报道)
# (at a line's start or after a mark or bracket, and closed by the line's end or a bracket: a messenger, 通讯员,
# who ran to report in a memoir is no byline)
_BYLINE = re.compile(r"(?=[本新中特记通])(?:^|(?<=[■●◆▲（(【\[\s]))(?:本[报刊台网]|新华社|中新社)?(?:特约)?(?:记者|通讯员)"
                     r"(?:[ \t\u3000]*[\u4e00-\u9fff]{2,3}){1,3}?[ \t\u3000]*[\u4e00-\u9fff]{0,4}?(?:报道|电|讯)"
                     r"(?=[ \t\u3000)）】\]]*(?:\n|$))", re.M)
# the head of a block of links to other stories (相关阅读, 推荐阅读, 热门文章 …): the short lines under it are their titles
# (a directory's 相关热门, 热门景点: the other entries of the site)
_RELATED = re.compile(r"(?m)^[ \t\u3000【\[]*(?:相关|推荐|热门|热点|延伸|更多|精彩|最新)(?:阅读|文章|新闻|报道|推荐|链接|专题|热门|景点)"
                      r"|^[ \t\u3000【\[]*猜你喜欢")
_TITLE_LINE = 40  # a linked title is shorter; a line of the article's text that follows is longer or has a full stop
_SENTENCE = re.compile(r"[。！!；;]|[，,][^，,\n]{12}")  # a full stop, or a clause longer than a menu item
_MAX_LINE = 80  # longer lines are text, whatever words they hold


def _line(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def _is_furniture(line: str) -> bool:
    if len(line.strip()) > _MAX_LINE or _SENTENCE.search(line):
        return False
    if _FURNITURE.search(line):
        return True
    items = [x for x in _NAV_SEP.split(line) if x.strip()]
    return len(items) >= 3 and all(len(x.strip()) <= 10 for x in items)


# a spam line of towns between bars (兰州市| 东宁县| 丽江市| …): a page's SEO list, each item a county or a city
_BAR = re.compile(r"[|｜]")
_TOWN_ITEM = re.compile(r"[\u4e00-\u9fff]{1,6}[市县区州旗盟]")


def _is_town_list(line: str) -> bool:
    """Five items or more between bars, four in five of them a town's name with its administrative word and none
    a clause: no table row (its cells hold units, dates, numbers) but a spam list of the site's towns."""
    items = [x.strip() for x in _BAR.split(line) if x.strip()]
    if len(items) < 5 or _SENTENCE.search(line) or any(len(x) > 8 for x in items):
        return False
    return sum(1 for x in items if _TOWN_ITEM.fullmatch(x)) * 5 >= len(items) * 4


# a spam site's keyword line (国产精品视频app,亚洲一区二区高清视频,中文字幕在线 …): the words search engines are fed
_SPAM_WORD = re.compile(r"视频|高清|在线观看|在线|国产|精品|字幕|无码|一区二区|成人|免费观看|美女|av|AV")
_KEYWORD_SEP = re.compile(r"[,，、|｜]")


def _is_keyword_line(line: str) -> bool:
    """Four items or more between commas, no full stop, and half of them or more holding a spam site's keyword:
    a line of search-engine bait, no sentence of the text (its 亚洲 or 日本 names no place of the war)."""
    items = [x.strip() for x in _KEYWORD_SEP.split(line) if x.strip()]
    if len(items) < 4 or "。" in line or any(len(x) > 20 for x in items):
        return False
    return sum(1 for x in items if _SPAM_WORD.search(x)) * 2 >= len(items)


# a reference site's statement of its holdings (本站收录3000000条词条, 共收录12万个条目): its words name other
# dictionaries and the site's languages, no fact of the entry shown; the whole line goes, however long
_HOLDINGS = re.compile(r"收录了?\s*[0-9,，.]+\s*[万亿]?\s*(?:多|余)?\s*[条个篇首部][^。\n]{0,12}?(?:词条|条目|辞条)")


def _is_holdings_line(line: str) -> bool:
    """A site's statement of how many entries it holds, telling no fight (no battle word)."""
    return not _BATTLE_WORD.search(line)


def _is_related_line(line: str) -> bool:
    """The head line of a block of links: short and no sentence (相关阅读:, 【推荐阅读】)."""
    return len(line.strip()) <= 12 and not _SENTENCE.search(line)


# a list item's mark: a portal's teaser list is copied as bullets (• 宏路站) or numbers (1. X战役)
_ITEM_MARK = re.compile(r"^[ \t\u3000]*(?:[•·●◆◇■□▪▸►○★☆*\-]|[0-9]{1,2}[.、．])[ \t\u3000]*\S")


def _related_block(text: str, e: int) -> list[tuple[int, int]]:
    """The lines of a block of links after its head line (ending at ``e``): short titles, up to a line of text or
    a blank line; a marked item (• X, 1. X) may carry one paragraph of teaser after it (a portal's 猜你喜欢 shows
    each entry's title and its first words), and marked items and their teasers may stand apart by blank lines."""
    spans: list[tuple[int, int]] = []
    teaser = False  # the last line was a marked item: its teaser may follow
    while e < len(text):
        s, e = _line(text, e + 1)
        line = text[s:e]
        if not line.strip():
            nxt = text[e:].lstrip("\n \t\u3000")
            if teaser or not spans or _ITEM_MARK.match(nxt[:nxt.find("\n")] if "\n" in nxt else nxt):
                continue  # a blank line between the head and its first titles (相关热门:\n\n …) is no end
            break
        is_title = len(line.strip()) <= _TITLE_LINE and not _SENTENCE.search(line)
        if is_title and _ITEM_MARK.match(line):
            teaser = True
        elif teaser:
            teaser = False
        elif not is_title:
            break
        spans.append((s, e))
    return spans


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every furniture line (without its line break) and byline of ``text``, sorted."""
    spans: set[tuple[int, int]] = set()
    seen: set[int] = set()  # the lines already judged (a line holds several hits)
    for rx, judge in ((_FURNITURE, _is_furniture), (_NAV_SEP, _is_furniture), (_BAR, _is_town_list),
                      (_SPAM_WORD, _is_keyword_line), (_HOLDINGS, _is_holdings_line)):
        for m in rx.finditer(text):
            s, e = _line(text, m.start())
            if s not in seen:
                seen.add(s)
                if judge(text[s:e]):
                    spans.add((s, e))
    for m in _RELATED.finditer(text):  # the head and the titles under it, up to a line of text or a blank line
        s, e = _line(text, m.start())
        if not _is_related_line(text[s:e]):
            continue
        spans.add((s, e))
        spans.update(_related_block(text, e))
    spans.update(m.span() for m in _TOOL_LINKS.finditer(text))
    spans.update(m.span() for m in _BYLINE.finditer(text))
    spans.update(_next_story(text))
    return sorted(spans)


# a news story's end mark, then the next story's dateline (悉尼8月10日电, 新华社北京5日电) within its first words
_END_MARK = re.compile(r"[(（]完[)）]\s*(?=[^\n]{0,30}?(?:[0-9]{1,2}月)?[0-9]{1,2}日[电讯])")
# a battle word: the next story tells a fight too (a page of several war stories), it stays
_BATTLE_WORD = re.compile(r"会战|战役|战斗|大战|大捷|之战|之役|保卫战|阻击战|伏击战|歼灭战|激战|血战")


def _next_story(text: str) -> list[tuple[int, int]]:
    """The text after a story's end mark (（完）) when another story follows under its own dateline and tells no
    fight: a news page glues the next, unrelated item (a concert, a ceremony) after the story; its dates and places
    are no facts of the battle told."""
    m = _END_MARK.search(text) if "完" in text else None
    if m is None or _BATTLE_WORD.search(text, m.end()):
        return []
    return [(m.end(), len(text))]


# a page's full date (发布时间:2013-07-08, [2013-09-24]): kept, it is the present the text's 今年, 去年 count from
_PAGE_DATE = re.compile(r"(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?")


def _blank(piece: str) -> str:
    kept = [m.span() for m in _PAGE_DATE.finditer(piece)]
    if not kept:
        return " " * len(piece)
    out, at = [], 0
    for s, e in kept:
        out.append(" " * (s - at))
        out.append(piece[s:e])
        at = e
    out.append(" " * (len(piece) - at))
    return "".join(out)


def blank_furniture(text: str) -> str:
    """``text`` with its furniture (furniture_spans) replaced by spaces but for a page's full dates: same length,
    same offsets."""
    spans = furniture_spans(text)
    if not spans:
        return text
    parts, at = [], 0
    for s, e in spans:
        if s < at:
            s = at
        parts.append(text[at:s])
        parts.append(_blank(text[s:e]) if e > s else "")
        at = max(at, e)
    parts.append(text[at:])
    return "".join(parts)
