"""A site's repeated lines told from shared text that is evidence (xlnews.align.repeated), on hand-made passages."""

from __future__ import annotations

import numpy as np

from xlnews.align.repeated import (
    Edges, edges_to_leave_out, one_sites_lines, paragraphs_without, passage_key, repeated_at_edges, site_of, unalike_carriers,
)

FOOTER = "Sitemizde yayınlanan haberlerin tüm hakları Kuzey Haber Ajansı'na aittir ve kaynak gösterilmeden kullanılamaz."
LEAD = "Ajansın bildirdiğine göre deprem yerel saatle sabah dokuzda yedi büyüklüğünde kaydedildi ve hissedildi."


def _own(k: int, n: int = 3) -> list[str]:
    return [f"Haberin kendine ait {k}. makalesinin {j}. cümlesi burada uzun uzun anlatılıyor." for j in range(n)]


def test_only_lines_that_end_or_open_three_articles_are_candidates():
    ending = [[_own(k) + [FOOTER]] for k in range(3)]
    assert repeated_at_edges(ending) == {k: frozenset({passage_key(FOOTER)}) for k in range(3)}
    # Two articles are not enough: two outlets may run one agency's sentence.
    assert repeated_at_edges(ending[:2]) == {}
    # At the top, above the headline or under it (an agency's lead there is kept by unalike_carriers).
    headline = "Depremde yıkılan {} binanın enkazında arama çalışmaları sürüyor"
    for top in ([[FOOTER] + _own(k)] for k in range(3)), ([[headline.format(k), FOOTER] + _own(k)] for k in range(3)):
        assert repeated_at_edges(list(top)) == {k: frozenset({passage_key(FOOTER)}) for k in range(3)}
    # In the middle of the text, what three articles share is one agency's copy.
    assert repeated_at_edges([[_own(k, 2) + [FOOTER] + _own(k + 10, 2)] for k in range(3)]) == {}
    # A short line after the footer (a byline) does not stop it ending the page.
    assert set(repeated_at_edges([[_own(k) + [FOOTER, "Muhabir: Ali"]] for k in range(3)])) == {0, 1, 2}
    # An article the repeated lines are more than half of is a near copy: its shared text is kept.
    assert repeated_at_edges([[_own(k, 1) + [LEAD, FOOTER]] for k in range(3)]) == {}


def test_the_end_that_is_left_out_and_the_text_read_without_it():
    site = frozenset({passage_key(FOOTER)})
    items = [*_own(0), FOOTER, "Muhabir: Ali"]
    assert edges_to_leave_out(items, site) == Edges([], [0, 1, 2], [3, 4])
    assert edges_to_leave_out(items, frozenset()) == Edges([], [0, 1, 2, 3, 4], [])
    # A site's line under the headline: the headline is kept, the line goes before it in the view's order.
    assert edges_to_leave_out(["Depremde yıkılan binaların enkazında arama sürüyor", FOOTER, *_own(0), FOOTER], site) \
        == Edges([1], [0, 2, 3, 4], [5])
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


def test_a_views_rows_are_its_kept_passages_vectors_after_the_sites_lines_go():
    from xlnews.align.aligner import Prepared, leave_out_repeated
    from xlnews.records import Article

    rng = np.random.default_rng(1)
    headline = "Depremde yıkılan {} binanın enkazında arama çalışmaları sürüyor"
    views = [[headline.format(k), FOOTER, *_own(k), FOOTER] for k in range(4)]
    prepared, start = [], 0
    for k, items in enumerate(views):
        prepared.append(Prepared(Article(f"a{k}", "tr", [" ".join(items[1:])], title=items[0]), None, {"source": list(items)},
                                 rows={"source": (start, start + len(items))}))
        start += len(items)
    # Unalike articles: each passage a random direction.
    vectors = rng.normal(size=(start, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    by_text = {(k, text): vectors[prepared[k].rows["source"][0] + j].copy() for k, items in enumerate(views)
               for j, text in enumerate(items) if text != FOOTER}
    leave_out_repeated(prepared, vectors)
    for k, p in enumerate(prepared):
        assert p.views["source"] == [headline.format(k), *_own(k)] and p.left_out == [FOOTER, FOOTER]
        lo, hi = p.rows["source"]
        assert np.array_equal(vectors[lo:hi], np.array([by_text[(k, text)] for text in p.views["source"]]))


def test_a_site_is_its_addresses_host():
    assert site_of("https://www.hurriyet.com.tr/dunya/haber-123") == "hurriyet.com.tr"
    assert site_of("http://m.hurriyet.com.tr/x") == site_of("HTTPS://Hurriyet.com.tr") == "hurriyet.com.tr"
    assert site_of("g1.globo.com/mundo/noticia/2024/05/20/x.ghtml") == "g1.globo.com"
    assert site_of("https://www.com/") == "www.com"  # the prefix goes only where a host is left
    for nothing in (None, "", "not an address", "https://[::1", "file:///tmp/a.html"):
        assert site_of(nothing) is None


def test_three_pages_of_one_site_carry_its_line_however_alike():
    footer, agency = 1, 2
    candidates = {0: frozenset({footer}), 1: frozenset({footer}), 2: frozenset({footer, agency}),
                  3: frozenset({agency}), 4: frozenset({agency}), 5: frozenset({footer})}
    sites = ["a.com", "a.com", "a.com", "b.com", "c.com", None]
    # The agency's line is on three sites, one page each: not one site's. Page 5 has no address.
    assert one_sites_lines(candidates, sites) == {0: frozenset({footer}), 1: frozenset({footer}), 2: frozenset({footer})}
    assert one_sites_lines(candidates, ["a.com", "a.com", None, "b.com", "c.com", None]) == {}


def test_a_topical_sites_footer_goes_where_its_pages_give_their_addresses():
    """Pages of one subject, alike enough for the alike rule to keep their shared ending as one event's
    agency copy: with their addresses on one site, it is the site's line; on three sites it stays."""
    from xlnews.align.aligner import Prepared, leave_out_repeated
    from xlnews.records import Article

    rng = np.random.default_rng(2)
    unit = lambda v: v / np.linalg.norm(v, axis=-1, keepdims=True)  # noqa: E731
    topic = unit(rng.normal(size=32))

    def collection(urls: list[str | None]) -> tuple[list[Prepared], np.ndarray]:
        prepared, rows, start = [], [], 0
        for k in range(10):
            items = [*_own(k), FOOTER] if k < 4 else _own(k)
            prepared.append(Prepared(Article(f"a{k}", "tr", [" ".join(items)], url=urls[k] if k < 4 else None), None,
                                     {"source": list(items)}, rows={"source": (start, start + len(items))}))
            start += len(items)
            # The first four are about one subject: their passages lean one way.
            rows.append(unit((topic if k < 4 else 0) + 0.6 * unit(rng.normal(size=(len(items), 32)))))
        return prepared, np.vstack(rows).astype(np.float32)

    prepared, vectors = collection([None] * 4)
    leave_out_repeated(prepared, vectors)
    assert all(FOOTER in p.views["source"] for p in prepared[:4])  # alike, and nothing says they share a site
    prepared, vectors = collection([f"https://www.kuzeyhaber.com.tr/gundem/{k}" for k in range(4)])
    leave_out_repeated(prepared, vectors)
    for p in prepared[:4]:
        assert FOOTER not in p.views["source"] and p.left_out == [FOOTER]
        assert any("pages of its site (kuzeyhaber.com.tr)" in w for w in p.warnings)
    prepared, vectors = collection([f"https://site{k}.com/a" for k in range(4)])
    leave_out_repeated(prepared, vectors)
    assert all(FOOTER in p.views["source"] for p in prepared[:4])
