"""Records that flow between the subpackages, and their JSON form.

Every record is a plain dataclass; ``to_dict``/``from_dict`` give the JSONL form, which is
the contract between commands (``corpora ingest`` writes it, ``translate`` and ``align`` read it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Removal:
    """A piece of the raw input that cleaning dropped, kept so a user can audit the cleaning."""

    text: str
    reason: str  # a short code: menu, comments, site_name, byline, source_line, dateline, duplicate, foreign_language, ...
    detail: str = ""
    line: int | None = None  # 1-based line of the raw text where it started, when known


@dataclass
class Repair:
    """A word whose letters were changed (look-alike letters from another script, for now)."""

    original: str
    repaired: str
    paragraph: int
    kind: str = "homoglyph"


@dataclass
class DateMention:
    """A date the text mentions, as an ISO string of the precision the text gives.

    ``date`` is ``YYYY-MM-DD``, ``YYYY-MM`` or, when the text gives no year and none can be
    inferred, ``--MM-DD`` (ISO 8601's form for a day of a year left unsaid).
    """

    text: str
    date: str
    precision: str  # day | month
    paragraph: int
    year_inferred: bool = False
    # Named relative to the publication date ("on Saturday", "dün", "ontem") and resolved against it.
    relative: bool = False
    offset: int = 0  # where in its paragraph it starts, in characters


@dataclass
class Article:
    id: str
    lang: str | None
    paragraphs: list[str]
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD)
    source: str | None = None  # the path or input it was read from
    url: str | None = None
    author: str | None = None
    paragraph_langs: list[str] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["dates"] = [DateMention(**d) for d in data.get("dates") or []]
        kwargs["removed"] = [Removal(**r) for r in data.get("removed") or []]
        kwargs["repairs"] = [Repair(**r) for r in data.get("repairs") or []]
        return cls(**kwargs)


@dataclass
class FailedInput:
    """An input that could not become an article; it still comes out, with its reason."""

    id: str
    error: str
    source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


Record = Article | FailedInput


def record_from_dict(data: dict[str, Any]) -> Record:
    if "error" in data and "paragraphs" not in data:
        return FailedInput(id=str(data.get("id")), error=str(data["error"]), source=data.get("source"))
    return Article.from_dict(data)


@dataclass
class SentencePair:
    source: str
    target: str
    paragraph: int


@dataclass
class Translation:
    """An article in English: what ``xlnews translate`` writes and ``xlnews eval`` reads."""

    id: str
    source_lang: str
    text: str
    title: str | None = None
    sentences: list[SentencePair] = field(default_factory=list)
    backend: str | None = None
    model: str | None = None
    substitutions: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Translation":
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in known}
        kwargs["sentences"] = [SentencePair(**s) for s in data.get("sentences") or []]
        return cls(**kwargs)


@dataclass
class Match:
    """Two articles scored as reports of the same event or not, with the evidence that decided."""

    a: str
    b: str
    score: float  # calibrated probability that both report the same event
    same_event: bool
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # Shallow: the evidence is already plain data, and a deep copy of a million of them costs seconds.
        return {"a": self.a, "b": self.b, "score": self.score, "same_event": self.same_event, "evidence": self.evidence}


@dataclass
class Cluster:
    """Articles that report one event; a singleton when nothing else does."""

    id: str
    articles: list[str]
    label: str
    # Reports the clustering left alone that joined as the event's report in their language (align.lone_reports):
    # {"article", "through" (its best match), "score" (that pair's), "mean" (its pairs' with the event)}.
    joined: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
