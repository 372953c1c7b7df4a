"""Whole documents in, whole documents out: paragraphs kept, sentences split and batched under a
token budget, overlong sentences split at clause marks (never truncated), every result cached in
the store, suspicious outputs flagged, and the English reassembled in order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from xlnews.corpora.homoglyphs import repair_homoglyphs
from xlnews.eval.checks import check_repetition
from xlnews.records import Article, SentencePair, Translation
from xlnews.store import Store, cache_key
from xlnews.translate.base import GenerationSettings, Translator
from xlnews.translate.letters import protect
from xlnews.translate.letters import restore as restore_letters
from xlnews.translate.postedit import tidy
from xlnews.translate.quotes import prepare, restore
from xlnews.translate.sentences import split_long, split_sentences
from xlnews.translate.spun import restore_spun


@dataclass
class _Unit:
    paragraph: int  # -1 for the title
    sentence: int
    pieces: list[str]


def _tokens(text: str) -> int:
    # Subword tokens per word run about 1.3-1.6 for these models; the budget only shapes batches.
    return int(len(text.split()) * 1.5) + 2


def _batches(items: list[str], budget: int) -> list[list[int]]:
    """Indexes grouped by length, each group under ``budget`` padded tokens (longest x count)."""
    order = sorted(range(len(items)), key=lambda i: _tokens(items[i]))
    out: list[list[int]] = []
    current: list[int] = []
    for i in order:
        longest = _tokens(items[i])  # ascending order: the newest item is the longest
        if current and longest * (len(current) + 1) > budget:
            out.append(current)
            current = []
        current.append(i)
    if current:
        out.append(current)
    return out


def output_warnings(source: str, output: str) -> list[str]:
    """What a reader would call a broken translation, for the record's warnings."""
    found = []
    if source.strip() and not output.strip():
        found.append("empty output")
    rep = check_repetition(source, output)
    if rep:
        found.append(rep)
    if len(source) >= 20 and not 0.3 <= len(output) / len(source) <= 3.0:
        found.append(f"output/source length ratio {len(output) / len(source):.2f}")
    return found


class DocumentTranslator:
    def __init__(self, translator: Translator, settings: GenerationSettings | None = None, store: Store | None = None,
                 restore_spun: bool = True, repair_quotes: bool = True):
        self.translator = translator
        self.restore_spun = restore_spun
        self.repair_quotes = repair_quotes
        self.settings = settings or GenerationSettings()
        self.store = store
        self.translated = 0  # sentences sent to the model
        self.reused = 0  # sentences found in the store

    def _key(self, src_lang: str, piece: str) -> str:
        t = self.translator
        return cache_key("translation", t.name, t.model, t.revision, self.settings.cache_part(), src_lang, piece)

    def translate_pieces(self, pieces: list[str], src_lang: str, on_done: Callable[[int], None] | None = None) -> list[str]:
        """Translations of ``pieces``, from the store where it has them, with the source's quotation marks
        (see :mod:`xlnews.translate.quotes`), its spelling of names with letters the model lacks
        (:mod:`xlnews.translate.letters`) and initialisms written whole (:mod:`xlnews.translate.postedit`)."""
        alphabet: frozenset[str] | None = getattr(self.translator, "alphabet", None)
        quoted = [prepare(p) for p in pieces] if self.repair_quotes else None
        kept = [protect(text, alphabet) for text in ([q.text for q in quoted] if quoted is not None else pieces)]
        outputs = [restore_letters(out, k) for out, k in zip(self._translate_texts([k.text for k in kept], src_lang, on_done), kept)]
        if quoted is None:
            return [tidy(out) for out in outputs]
        return [tidy(restore(out, q)) if out else out for out, q in zip(outputs, quoted)]

    def _translate_texts(self, pieces: list[str], src_lang: str, on_done: Callable[[int], None] | None = None) -> list[str]:
        """The model's output for each text as given, from the store where it has it."""
        results: list[str | None] = [None] * len(pieces)
        todo: list[int] = []
        for i, piece in enumerate(pieces):
            hit = self.store.get_json("translation", self._key(src_lang, piece)) if self.store else None
            if hit is not None:
                results[i] = hit
                self.reused += 1
            else:
                todo.append(i)
        if on_done and len(todo) < len(pieces):
            on_done(len(pieces) - len(todo))
        # Identical pieces are translated once; each text remembers where it goes.
        where: dict[str, list[int]] = {}
        for i in todo:
            where.setdefault(pieces[i], []).append(i)
        unique = list(where)
        for batch in _batches(unique, self.settings.batch_tokens):
            texts = [unique[j] for j in batch]
            outs = self.translator.translate_batch(texts, src_lang)
            for text, out in zip(texts, outs):
                for i in where[text]:
                    results[i] = out
                if self.store is not None:
                    self.store.put_json("translation", self._key(src_lang, text), out)
            self.translated += len(texts)
            if self.store is not None:
                self.store.commit()  # an interrupted batch resumes from here
            if on_done:
                on_done(sum(len(where[text]) for text in texts))
        return [r if r is not None else "" for r in results]

    def units(self, article: Article, substitutions: list[dict] | None = None) -> list[_Unit]:
        """Sentence units of the title (paragraph -1) and paragraphs, after look-alike letters are
        repaired and, for Turkish, spun wording restored (each restoration added to ``substitutions``)."""
        lang = article.lang or ""
        units = []
        blocks = ([(-1, article.title)] if article.title else []) + list(enumerate(article.paragraphs))
        for pi, text in blocks:
            text, _ = repair_homoglyphs(text, paragraph=pi)
            if lang == "tr" and self.restore_spun:
                text, subs = restore_spun(text, paragraph=pi)
                if substitutions is not None:
                    substitutions.extend(sub.to_dict() for sub in subs)
            for si, sentence in enumerate(split_sentences(text, lang)):
                units.append(_Unit(pi, si, split_long(sentence, self.settings.max_words)))
        return units

    def translate(self, article: Article, on_done: Callable[[int], None] | None = None) -> Translation:
        lang = article.lang or ""
        substitutions: list[dict] = []
        units = self.units(article, substitutions)
        pieces = [p for u in units for p in u.pieces]
        outputs = iter(self.translate_pieces(pieces, lang, on_done))
        pairs: list[SentencePair] = []
        warnings: list[str] = []
        for u in units:
            english = " ".join(next(outputs) for _ in u.pieces).strip()
            source = " ".join(u.pieces)
            pairs.append(SentencePair(source=source, target=english, paragraph=u.paragraph))
            for w in output_warnings(source, english):
                where = "title" if u.paragraph < 0 else f"paragraph {u.paragraph} sentence {u.sentence}"
                warnings.append(f"{where}: {w}")
            if len(u.pieces) > 1:
                warnings.append(f"paragraph {u.paragraph} sentence {u.sentence}: over {self.settings.max_words} words, "
                                f"translated in {len(u.pieces)} pieces")
        title = " ".join(p.target for p in pairs if p.paragraph == -1) or None
        paragraphs: dict[int, list[str]] = {}
        for p in pairs:
            if p.paragraph >= 0:
                paragraphs.setdefault(p.paragraph, []).append(p.target)
        text = "\n\n".join(" ".join(paragraphs[i]) for i in sorted(paragraphs))
        return Translation(
            id=article.id, source_lang=lang, text=text, title=title, sentences=pairs,
            backend=self.translator.name, model=self.translator.model, substitutions=substitutions, warnings=warnings,
        )
