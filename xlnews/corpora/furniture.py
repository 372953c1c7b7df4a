"""Page furniture: the menus, comment boxes, bylines and site names that scraping leaves around an article.

Rules work on short lines only: a furniture phrase inside a real sentence is text, not a menu.
Each rule names the reason it gives, so a user can audit what was removed and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Whole-line phrases, by reason. Matched case-insensitively at the start of a short line.
_PHRASES: dict[str, list[str]] = {
    "comments": [
        r"yorum yaz", r"yorumlar?\b", r"\d+\s+yorum", r"e-?posta (hesab|adres)ınız yayımlanmayacak",
        r"yorum yapabilmek için", r"comentários?\s*(\(\d+\))?$", r"deixe (seu|um) comentário",
        r"seu e-?mail não será publicado", r"leave a (comment|reply)", r"\d+\s+comments?$", r"comments?\s*(\(\d+\))?$",
        r"your email address will not be published", r"adınız\b", r"gönder$", r"enviar$",
    ],
    "menu": [
        r"ana sayfa", r"anasayfa", r"üye(lik| girişi| ol)", r"giriş yap", r"kategoriler$", r"servisler$", r"yazarlar$",
        r"yayın(lar|/gazete)?$", r"nöbetçi eczane", r"hava durumu", r"namaz vakit", r"puan durumu", r"canlı yayın",
        r"sosyal medya$", r"whatsapp$", r"facebook$", r"twitter$", r"instagram$", r"telegram$", r"youtube$",
        r"uygulamamızı indir", r"son dakika$", r"künye$", r"iletişim$", r"reklam$", r"abone ol", r"paylaş$",
        r"etiketler\b", r"ilgili haberler", r"diğer haberler", r"tüm hakları saklıdır", r"gizlilik politikası",
        r"çerez", r"página inicial", r"início$", r"menu$", r"buscar?$", r"pesquisar$", r"assine", r"siga-nos",
        r"compartilh(e|ar)", r"leia (também|mais)", r"veja também", r"notícias relacionadas", r"publicidade$",
        r"todos os direitos reservados", r"política de privacidade", r"cookies?\b", r"home$", r"search$",
        r"sign in", r"log in", r"subscribe", r"share( this)?$", r"related( articles| news)?$", r"advertisement$",
        r"read more$", r"all rights reserved", r"privacy policy", r"copyright\b", r"©", r"tags?:",
    ],
    "source_line": [r"(fonte|kaynak|source|fuente)\s*:"],
}
_COMPILED = {reason: re.compile("^(?:" + "|".join(p) + ")", re.I) for reason, p in _PHRASES.items()}

# Credit lines under an article: "Minh Duc (Segundo a TASS, Kazinform)", "Muhabir: ...", "Por Fulano".
_BYLINE = re.compile(
    r"(\((segundo|com informações|com|via|according to|kaynak|source)\b.*\)$)|"
    r"^(muhabir|haber|editör|reporter|redação|reportagem|por|by)\s*[:\s]\s*\S",
    re.I,
)
_URL = re.compile(r"https?://\S+|www\.\S+", re.I)
_SENTENCE_END = re.compile(r"[.!?…:]['\"”’»)]*$")
_NO_LETTERS = re.compile(r"^[\W\d_]*$")


def words(line: str) -> int:
    return len(line.split())


def is_short(line: str, limit: int = 10) -> bool:
    return words(line) <= limit


def is_body(line: str) -> bool:
    """A line that reads as article text rather than a label, link or heading."""
    n = words(line)
    return n >= 12 or (n >= 5 and bool(_SENTENCE_END.search(line)))


def phrase_reason(line: str) -> str | None:
    """The furniture reason of a short line matching a known site phrase, else None."""
    if not is_short(line, 8):
        return None
    for reason, pattern in _COMPILED.items():
        if pattern.search(line):
            return reason
    return None


def trailer_reason(line: str) -> str:
    """Why a short line after the last body paragraph is not article text."""
    reason = phrase_reason(line)
    if reason:
        return reason
    if _URL.search(line) and words(_URL.sub("", line)) <= 2:
        return "source_line"
    if _BYLINE.search(line):
        return "byline"
    return "site_name"


def no_text_reason(line: str) -> str | None:
    if _NO_LETTERS.match(line):
        return "no_text"
    if _URL.fullmatch(line.strip()):
        return "url_only"
    return None


def first_url(line: str) -> str | None:
    m = _URL.search(line)
    return m.group(0).rstrip(".,;)") if m else None


def strip_byline_source(line: str) -> str:
    return re.sub(r"\s*\(.*\)\s*$", "", line).strip()


@dataclass
class Line:
    """A paragraph candidate: its text, the raw line it starts on, and its blank-line block."""

    text: str
    line: int
    block: int


def split_paragraphs(text: str) -> list[Line]:
    """Paragraphs of a plain-text page. Blank lines separate blocks; inside a block a line is its
    own paragraph unless the block is hard-wrapped prose (long lines ending mid-sentence)."""
    from xlnews.corpora.decode import squeeze_spaces

    blocks: list[list[tuple[int, str]]] = [[]]
    for no, raw in enumerate(text.split("\n"), start=1):
        line = squeeze_spaces(raw)
        if line:
            blocks[-1].append((no, line))
        elif blocks[-1]:
            blocks.append([])
    out: list[Line] = []
    for bi, block in enumerate(b for b in blocks if b):
        wrapped = len(block) > 1 and all(
            len(t) >= 40 and not _SENTENCE_END.search(t) for _, t in block[:-1]
        )
        if wrapped:
            out.append(Line(" ".join(t for _, t in block), block[0][0], bi))
        else:
            out.extend(Line(t, no, bi) for no, t in block)
    return out


def _menu_like(line: str) -> bool:
    return is_short(line, 15) and not _SENTENCE_END.search(line)


def leading_menu(lines: list[Line]) -> set[int]:
    """Indexes of a navigation menu at the top: a run of three or more short, unpunctuated lines
    in one block before any body text, with a known site phrase among them (or five or more
    lines). A title, a subtitle and a dateline make no menu."""
    runs: list[list[int]] = []
    for i, ln in enumerate(lines):
        if is_body(ln.text):
            break
        if not _menu_like(ln.text):
            runs.append([])
            continue
        if runs and runs[-1] and lines[runs[-1][-1]].block == ln.block:
            runs[-1].append(i)
        else:
            runs.append([i])
    menu: set[int] = set()
    for run in runs:
        known = sum(1 for i in run if phrase_reason(lines[i].text) == "menu")
        if len(run) >= 3 and (known >= 1 or len(run) >= 5):
            menu.update(run)
    return menu
