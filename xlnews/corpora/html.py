"""HTML pages: main-text extraction with trafilatura, then the same cleaning as plain text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from xlnews.errors import InputError
from xlnews.records import Removal

_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|article|div|p)\b", re.I)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.search(text[:4096]))


@dataclass
class ExtractedPage:
    text: str
    title: str | None
    published: dt.date | None
    url: str | None
    author: str | None
    removals: list[Removal]


def extract_html(html: str, name: str) -> ExtractedPage:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, output_format="python", with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(f"{name}: HTML page with no article text")
    published = None
    if getattr(doc, "date", None):
        try:
            published = dt.date.fromisoformat(str(doc.date)[:10])
        except ValueError:
            published = None
    visible = _visible_text_length(html)
    removals = []
    if visible > len(text):
        removals.append(Removal(
            text="", reason="html_boilerplate",
            detail=f"trafilatura kept {len(text)} of {visible} visible characters (navigation, comments, footers)",
        ))
    # Paragraphs come out one per line; blank lines between them keep them apart downstream.
    return ExtractedPage(
        text="\n\n".join(line for line in text.split("\n") if line.strip()),
        title=getattr(doc, "title", None) or None,
        published=published,
        url=getattr(doc, "url", None) or None,
        author=getattr(doc, "author", None) or None,
        removals=removals,
    )


def _visible_text_length(html: str) -> int:
    body = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1>", " ", html)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    return len(" ".join(body.split()))
