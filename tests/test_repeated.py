"""A site's repeated lines told from shared text that is evidence (xlnews.align.repeated), on hand-made passages."""

from __future__ import annotations

import numpy as np

from xlnews.align.repeated import paragraphs_without, passage_key, repeated_at_end, tail_to_leave_out, unalike_carriers

FOOTER = "Sitemizde yayınlanan haberlerin tüm hakları Kuzey Haber Ajansı'na aittir ve kaynak gösterilmeden kullanılamaz."
LEAD = "Ajansın bildirdiğine göre deprem yerel saatle sabah dokuzda yedi büyüklüğünde kaydedildi ve hissedildi."


def _own(k: int, n: int = 3) -> list[str]:
    return [f"Haberin kendine ait {k}. makalesinin {j}. cümlesi burada uzun uzun anlatılıyor." for j in range(n)]


def test_only_lines_that_end_three_articles_are_candidates():
    ending = [[_own(k) + [FOOTER]] for k in range(3)]
    assert repeated_at_end(ending) == {k: frozenset({passage_key(FOOTER)}) for k in range(3)}
    # Two articles are not enough: two outlets may run one agency's sentence.
    assert repeated_at_end(ending[:2]) == {}
    # An opening three articles share is an agency's lead, not a site's line.
    assert repeated_at_end([[[LEAD] + _own(k)] for k in range(3)]) == {}
    # A short line after the footer (a byline) does not stop it ending the page.
    assert set(repeated_at_end([[_own(k) + [FOOTER, "Muhabir: Ali"]] for k in range(3)])) == {0, 1, 2}
    # An article the repeated lines are more than half of is a near copy: its shared text is kept.
    assert repeated_at_end([[_own(k, 1) + [LEAD, FOOTER]] for k in range(3)]) == {}


def test_the_end_that_is_left_out_and_the_text_read_without_it():
    items = [*_own(0), FOOTER, "Muhabir: Ali"]
    assert tail_to_leave_out(items, frozenset({passage_key(FOOTER)})) == 3
    assert tail_to_leave_out(items, frozenset()) == len(items)
    paragraphs = [" ".join(_own(0)), FOOTER, f"{_own(1)[0]} {FOOTER}"]
    assert paragraphs_without(paragraphs, "tr", [FOOTER]) == [paragraphs[0], "", _own(1)[0]]


def test_carriers_no_more_alike_than_their_language_are_a_site():
    rng = np.random.default_rng(0)
    unit = lambda v: v / np.linalg.norm(v, axis=-1, keepdims=True)  # noqa: E731
    topic = unit(rng.normal(size=64))
    # Ten articles of one language: 0-2 one event's reports (alike), 3-9 of other events.
    alike = unit(topic + 0.5 * unit(rng.normal(size=(3, 64))))
    others = unit(rng.normal(size=(7, 64)))
    centroids = np.vstack([alike, others]).astype(np.float32)
    langs = ["tr"] * 10
    agency, footer = 1, 2
    candidates = {0: frozenset({agency}), 1: frozenset({agency}), 2: frozenset({agency}),
                  3: frozenset({footer}), 5: frozenset({footer}), 8: frozenset({footer})}
    assert unalike_carriers(candidates, centroids, langs) == frozenset({footer})
