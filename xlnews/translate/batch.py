"""Translating a batch of articles: one record out per input, translators made once per language."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from xlnews.errors import XlnewsError, one_record_failed
from xlnews.records import Article, FailedInput, Record, Translation
from xlnews.store import Store
from xlnews.translate.base import GenerationSettings
from xlnews.translate.pipeline import DocumentTranslator
from xlnews.translate.registry import default_backend, make_translator


class BatchTranslator:
    def __init__(self, backend: str | None, model: str | None, settings: GenerationSettings,
                 store: Store | None = None, src_lang: str | None = None, restore_spun: bool = True,
                 repair_quotes: bool = True):
        self.backend, self.model, self.settings, self.store, self.src_lang = backend, model, settings, store, src_lang
        self.restore_spun = restore_spun
        self.repair_quotes = repair_quotes
        self._docs: dict[tuple[str, str], DocumentTranslator] = {}
        self._broken: dict[tuple[str, str], XlnewsError] = {}  # a backend that failed to load fails once

    def _doc(self, lang: str) -> DocumentTranslator:
        backend = self.backend or default_backend(lang)
        key = (backend, lang)
        if key in self._broken:
            raise self._broken[key]
        if key not in self._docs:
            try:
                translator = make_translator(backend, lang, self.model, self.settings)
                if not translator.supports(lang):
                    raise XlnewsError(f"the {backend} backend does not translate {lang!r}")
            except XlnewsError as exc:
                self._broken[key] = exc
                raise
            self._docs[key] = DocumentTranslator(translator, self.settings, self.store, self.restore_spun, self.repair_quotes)
        return self._docs[key]

    @property
    def translated(self) -> int:
        return sum(d.translated for d in self._docs.values())

    @property
    def reused(self) -> int:
        return sum(d.reused for d in self._docs.values())

    def run(self, records: Iterable[Record], on_done: Callable[[int], None] | None = None) -> Iterator[Translation | FailedInput]:
        for record in records:
            if isinstance(record, FailedInput):
                yield record
                continue
            yield self.one(record, on_done)

    def one(self, article: Article, on_done: Callable[[int], None] | None = None) -> Translation | FailedInput:
        if self.src_lang:
            article.lang = self.src_lang
        lang = article.lang or "und"
        if lang == "en":
            return Translation(id=article.id, source_lang="en", text=article.text, title=article.title,
                               backend="none", warnings=["already English: copied as it is"])
        if not any(p.strip() for p in article.paragraphs):
            return FailedInput(article.id, f"{article.source or article.id}: empty article, nothing to translate", article.source)
        try:
            return self._doc(lang).translate(article, on_done)
        except XlnewsError as exc:
            return FailedInput(article.id, f"{article.source or article.id}: {exc}", article.source)
        except Exception as exc:  # noqa: BLE001 - one article's runtime error (out of memory, a bug) is its own
            return FailedInput(article.id, one_record_failed(article.source or article.id, "translating", exc), article.source)
