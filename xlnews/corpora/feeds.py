"""News feeds: RSS 2.0 and Atom files, each item one article record.

A feed is how many analysts follow a paper. Read as a page, it was one failed "HTML page with no
article text". Each item becomes a record with the fields a JSONL record has (``id``, ``title``,
``text``, ``published``, ``url``, ``author``, ``lang``), so that it is cleaned as one is: its HTML
text loses its tags, its date is read as feeds write it, its language label is checked against the
text. The text is the item's full content where the feed carries it (``content:encoded``, Atom's
``content``), else its description or summary, which is often only the lead, else its headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from xlnews.errors import InputError

FEED_SUFFIXES = {".rss", ".atom"}  # an .xml file is one where it opens as one (looks_like_feed)
_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(rss|feed|RDF)\b")


def looks_like_feed(data: bytes) -> bool:
    """Whether ``data`` opens as an RSS, RDF or Atom document (its root element in the first 2 KiB)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and _FEED_ROOT.search(head) is not None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _text(el: Any) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def feed_items(data: bytes, name: str, stem: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each item of the feed in ``data`` as (where it is, its record); raises :class:`InputError` for a
    document that is no feed."""
    from lxml import etree

    # No entities resolved, nothing fetched: a feed file is untrusted input.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: not a readable feed ({exc})") from None
    if root is None or _local(root.tag) not in ("rss", "feed", "rdf"):
        raise InputError(f"{name}: XML that is no RSS or Atom feed")
    # The channel's language is each item's unless the item says otherwise.
    lang = (_text(next((el for el in root.iter() if _local(el.tag) == "language"), None))
            or root.get("{http://www.w3.org/XML/1998/namespace}lang"))
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    for n, item in enumerate(items, start=1):
        fields: dict[str, list[Any]] = {}
        for child in item:
            fields.setdefault(_local(child.tag), []).append(child)

        def first(*names: str) -> str:
            for key in names:
                for el in fields.get(key, []):
                    if value := _text(el):
                        return value
            return ""

        url = first("link")
        if not url:  # Atom: <link rel="alternate" href="..."/>
            links = fields.get("link", [])
            chosen = next((el for el in links if el.get("rel", "alternate") == "alternate"), links[0] if links else None)
            url = (chosen.get("href") or "") if chosen is not None else ""
        # RSS: <dc:creator> or <author>; Atom: <author><name>...</name><email>...</email></author>.
        people = fields.get("author", [])
        named = [_text(el) for a in people for el in a if _local(el.tag) == "name"]
        author = first("creator") or next((x for x in named if x), "") or next((_text(a) for a in people), "")
        record = {
            # The item's address is unique across feeds; a guid ("123") is only within its own.
            "id": url or (f"{stem}:{guid}" if (guid := first("guid", "id")) else f"{stem}-{n}"),
            "title": first("title"),
            "text": first("encoded", "content") or first("description", "summary"),
            "published": first("pubdate", "published", "date", "issued", "updated"),
            "url": url,
            "author": author,
            "lang": item.get("{http://www.w3.org/XML/1998/namespace}lang") or lang,
        }
        if not record["text"]:
            # A feed of headlines only: the headline is the item's whole text (given as its title too, the
            # cleaner would take the text for the title repeated, and leave nothing).
            record["text"], record["title"] = record["title"], ""
        yield f"{name}[{n}]", {k: v for k, v in record.items() if v}
