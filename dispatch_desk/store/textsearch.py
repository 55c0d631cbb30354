"""Text splitting for the full-text indexes: what is indexed and what is asked are split the same way.

SQLite's unicode61 tokenizer takes a run of Chinese characters as one token, and the trigram
tokenizer cannot match two-character words (docs/architecture.md §8). So text is split here, before SQLite
sees it: a run of CJK characters becomes its overlapping character bigrams ("井盖缺失" → "井盖 盖缺
缺失"), followed by the run's last character alone so that a one-character query can still find
it by prefix; Latin words and numbers are lower-cased words. The FTS5 column then holds these
terms separated by spaces, and unicode61 only splits on the spaces.

A query is split the same way (without the trailing single character) and matched as a phrase,
so "垃圾清运" must appear as those four characters in a row, not as scattered bigrams.
"""

from __future__ import annotations

import re

# Bump when index_terms changes: caches indexed with another version rebuild their search index on
# open (the incident index is contentless, so its rows must be removed with the very same terms).
TERMS_VERSION = 1

# CJK ideographs (incl. extension A and compatibility ideographs), and Latin letters or digits.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")


# Every term of a text, in order, from one pass of the regex engine: at each CJK character its
# bigram with the next one, or the character alone where the run ends; at a word, the word. The
# term is captured inside a lookahead so that bigrams can overlap while the match moves on by one
# character (or by the whole word).
_TERMS = re.compile(rf"(?=([{_CJK}]{{2}}|[{_CJK}]|[^\W_{_CJK}]+))(?:[{_CJK}]|[^\W_{_CJK}]+)")


def index_terms(*texts: str) -> str:
    """The space-separated terms to store in an FTS column for these texts.

    The same as splitting each text into runs with _add_run(last=False), only without a Python
    step per run: this runs for every row of a bulk load. Lower-casing the joined terms equals
    lower-casing each word, as the terms are separated by spaces (the only context-dependent
    mapping, the final sigma, looks no further than the word's ends) and CJK has no case."""
    return " ".join(_TERMS.findall(" ".join(texts))).lower()


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when nothing searchable is left.

    Each space-separated part must match as a phrase (parts are ANDed). The part's text may go on
    after what was typed, so its last run matches as the start of something longer: a two-or-more
    character Chinese run as its bigrams without the run-end character, a single Chinese character
    or a Latin word as a prefix ("road" finds "roadside").
    """
    phrases: list[str] = []
    for part in query.split():
        runs = _RUN.findall(part)
        terms: list[str] = []
        for i, (cjk, word) in enumerate(runs):
            _add_run(terms, cjk, word, last=i == len(runs) - 1)
        if terms:
            last_cjk, _ = runs[-1]
            prefix = len(last_cjk) <= 1  # a Latin word (no CJK) or a single character
            # Terms hold only word characters, so quoting them needs no escaping.
            phrases.append('"' + " ".join(terms) + '"' + ("*" if prefix else ""))
    return " AND ".join(phrases) if phrases else None


def _add_run(out: list[str], cjk: str, word: str, *, last: bool) -> None:
    if not cjk:
        out.append(word.lower())
    elif len(cjk) == 1:
        out.append(cjk)
    else:
        out.extend(map(str.__add__, cjk, cjk[1:]))
        if not last:
            out.append(cjk[-1])
