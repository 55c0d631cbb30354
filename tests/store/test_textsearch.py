"""Full-text search in Chinese and Latin text: two-character words hit the index (docs/architecture.md §8)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dispatch_desk.store import IncidentQuery
from dispatch_desk.store.textsearch import index_terms, match_expression

from .conftest import change, incident


def test_chinese_runs_become_overlapping_bigrams_and_latin_words_stay_words():
    assert index_terms("井盖缺失", "A3路口 Road-Side") == "井盖 盖缺 缺失 失 a3 路口 口 road side"
    assert index_terms("", "路") == "路"


@pytest.mark.parametrize(
    ("typed", "expression"),
    [
        ("井盖", '"井盖"'),
        ("井盖缺失", '"井盖 盖缺 缺失"'),
        ("路", '"路"*'),
        ("road", '"road"*'),
        ("A3路口", '"a3 路口"'),
        ("马路a", '"马路 路 a"*'),
        ("井盖 南京", '"井盖" AND "南京"'),
        ('"); DROP', '"drop"*'),
        ("，。", None),
    ],
)
def test_what_is_typed_becomes_a_phrase_per_part(typed, expression):
    assert match_expression(typed) == expression


TEXTS = {
    1: dict(title="井盖缺失", address="黄浦区南京东路100号", description="存在安全隐患，请尽快处置"),
    2: dict(title="道路积水", address="静安区延安西路", description="安全通道附近有隐患"),
    3: dict(title="Streetlight out", address="Bund promenade 5", description="Reported by patrol team B7"),
    4: dict(title="占道经营", address="外滩", description="流动摊贩占道经营，影响通行", code="2026112899999"),
}


@pytest.fixture
def searchable(store):
    store.apply_changes([change(300 + n, incident(n, **fields)) for n, fields in TEXTS.items()], 310)
    return store


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("井盖", {1}),  # a two-character word
        ("积水", {2}),
        ("安全隐患", {1}),  # four characters in a row, not scattered over the text
        ("隐患", {1, 2}),
        ("安全", {1, 2}),
        ("南京东路", {1}),
        ("盖缺", {1}),
        ("缺失存在", set()),  # across punctuation-free field boundary: not one phrase
        ("患", {1, 2}),  # one character, at the end of a run
        ("占", {4}),  # one character, inside a run
        ("street", {3}),
        ("STREETLIGHT", {3}),
        ("prom", {3}),  # Latin prefix
        ("b7", {3}),
        ("patrol team", {3}),
        ("2026112899999", {4}),
        ("20261128999", {4}),  # case number prefix
        ("井盖 黄浦", {1}),
        ("井盖 静安", set()),
        ("垃圾", set()),
    ],
)
def test_search_finds_exactly_the_incidents_containing_the_words(searchable, typed, found):
    ids = {int(r.id[-4:]) for r in searchable.query_incidents(IncidentQuery(text=typed))}
    assert ids == found
    assert searchable.count_incidents(IncidentQuery(text=typed)) == len(found)
    by_deadline = searchable.query_incidents(IncidentQuery(text=typed, sort="due_at"))
    assert {int(r.id[-4:]) for r in by_deadline} == found


def test_search_results_come_newest_first(searchable):
    assert [r.id for r in searchable.query_incidents(IncidentQuery(text="安全"))] == ["inc-0002", "inc-0001"]
    oldest_first = searchable.query_incidents(IncidentQuery(text="安全", descending=False))
    assert [r.id for r in oldest_first] == ["inc-0001", "inc-0002"]


def runs_one_by_one(*texts: str) -> str:
    """index_terms spelled out run by run, as a reference for the one-pass version."""
    from dispatch_desk.store.textsearch import _RUN, _add_run

    out: list[str] = []
    for text in texts:
        for cjk, word in _RUN.findall(text):
            _add_run(out, cjk, word, last=False)
    return " ".join(out)


_MIXED = st.sampled_from(
    [*"井盖缺失道路积水路口abcXYZΣσςİıÅé_-. 123０１２、，。\t\n", "\u3400", "\u4dbf", "\uf900", "\ufaff", "\u0301",
     "\u0307", "ǅ", "ß", "ﬁ", "𠀀"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(_MIXED, max_size=16) | st.text(max_size=16), max_size=4))
def test_index_terms_split_every_text_exactly_as_run_by_run(texts):
    assert index_terms(*texts) == runs_one_by_one(*texts)
