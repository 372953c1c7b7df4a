"""HTML pages: main-text extraction with trafilatura, then the same cleaning as plain text."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from dataclasses import dataclass

from xlnews.corpora.furniture import without_site_name
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

    # Dates from the page's markup only (its metadata, <time>, the address): htmldate's extensive search read the
    # copyright line ("© 2026") as 1 January and the site's date of today in its header as the publication, and a
    # wrong date keeps one event's reports apart. A date line in the text is read by the cleaning after.
    doc = trafilatura.bare_extraction(
        html, output_format="python", with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True, date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(f"{name}: HTML page with no article text")
    published = None
    date = getattr(doc, "date", None)
    if date:
        try:
            published = dt.date.fromisoformat(str(date)[:10])
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
        # A page's <title> carries the site's name after a bar ("... | Haber7"): the headline is before it.
        title=without_site_name(getattr(doc, "title", None) or "") or None,
        published=published,
        url=getattr(doc, "url", None) or None,
        author=getattr(doc, "author", None) or None,
        removals=removals,
    )


_SCRIPT_BLOCK = re.compile(r"(?is)<(script|style|noscript)\b.*?</\1\s*>")  # code, not text
_FULL_PAGE = re.compile(r"<\s*(!doctype\s+html|html|head|body)\b", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")  # "a < b and c > d" is not a tag
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|tr|table|article|section|header|footer|"
                        r"figure|figcaption|pre|hr)(?:\s[^<>]*)?/?>", re.I)
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def field_text(value: str, name: str) -> tuple[str, list[Removal]]:
    """A JSON record's text field as plain paragraphs: CMS exports and feeds put HTML there
    (WordPress's content, RSS's content:encoded: "<p>...</p><p>...</p>", "&#8217;"). A whole page
    goes through :func:`extract_html`; a fragment loses its tags, block tags becoming paragraph
    breaks; entities are decoded. Plain text comes back as it is."""
    tags = _TAG.findall(value)
    if not tags:
        return (html_lib.unescape(value) if _ENTITY.search(value) else value), []
    if _FULL_PAGE.search(value[:4096]):
        page = extract_html(value, name)
        return page.text, page.removals
    body = _SCRIPT_BLOCK.sub(" ", value)
    body = _BLOCK_TAG.sub("\n\n", body)
    body = html_lib.unescape(_TAG.sub("", body))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body)]
    text = "\n\n".join(p for p in paragraphs if p)
    return text, [Removal(text="", reason="html_markup", detail=f"{len(tags)} HTML tags in the record's text removed")]


def _visible_text_length(html: str) -> int:
    body = _SCRIPT_BLOCK.sub(" ", html)
    body = re.sub(r"(?s)<[^>]+>", " ", body)
    return len(" ".join(body.split()))
