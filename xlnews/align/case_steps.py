"""Which step of a case against someone a report's headline and first sentence tell: detained, jailed pending
trial, charged, released, sentenced, acquitted, or removed from office.

A case moves a step every few days, and the press reports each step in the same words and names: "İBB Başkanı
Ekrem İmamoğlu gözaltına alındı" on the Wednesday, "Ekrem İmamoğlu tutuklandı" on the Sunday; an opposition mayor
detained one day, a trustee put in his place the next. Two reports of one step read as alike as two reports of
one event, the more so in one language, and an undated one has no date to tell them apart by. A detention is never
a jailing, so two reports whose leads tell only different steps tell of two happenings (xlnews.align.score.told_apart).

A lead may tell more than one ("X, detained on Wednesday, was jailed on Sunday"): a report tells every step its
headline and first sentence give, and two reports are told apart only where no step is in both. Turkish tells a
step before the one it reports in a participle ("gözaltına alınan İmamoğlu tutuklandı"), which is not read; the
finite verb is. Only the words that say one step and no other are read: English "arrested" is a detention or a
jailing, Portuguese "preso" either too, and "released" a statement as often as a prisoner, so none of them is.
"""

from __future__ import annotations

import re

# The steps, each as a verdict tells it ("a tells of someone detained").
STEPS = {"detained": "detained", "jailed": "jailed pending trial", "charged": "charged", "released": "released",
         "sentenced": "sentenced", "acquitted": "acquitted", "removed": "removed from office"}

_WORDS: dict[str, dict[str, str]] = {
    "tr": {
        "detained": r"gözaltına\s+alın(?:dı|dılar|mıştır)\b|gözaltı\s+kararı",
        "jailed": r"tutuklan(?:dı|dılar|mıştır)\b|tutuklanmasına\s+karar",
        "charged": r"iddianame\w*\s+(?:hazırlandı|kabul\s+edildi|düzenlendi|mahkemeye\s+sunuldu)|hakkında\s+dava\s+açıldı",
        "released": r"serbest\s+bırakıl(?:dı|dılar|mıştır)\b|tahliye\s+edil(?:di|diler)\b",
        "sentenced": r"hapis\s+cezası(?:na)?\s+(?:çarptırıldı|aldı|verildi)|mahkum\s+edildi",
        "acquitted": r"beraat\s+etti|beraatine\s+karar",
        "removed": r"kayyum\s+(?:olarak\s+)?ata(?:ndı|dı)\b|görevden\s+uzaklaştırıldı",
    },
    "en": {
        "detained": r"\b(?:detains?|detained|taken\s+into\s+custody)\b",
        "jailed": r"\bjail(?:s|ed)?\b[^.;]{0,60}\bpending\s+trial\b|\bformally\s+arrest(?:s|ed)?\b|\bremand(?:s|ed)?\b[^.;]{0,30}\bcustody\b",
        "charged": r"\bcharged\s+with\b|\bindict(?:s|ed)\b",
        "released": r"\b(?:released|freed)\b[^.;]{0,30}\b(?:from\s+(?:custody|jail|prison|detention)|pending\s+trial|on\s+bail|under\s+judicial\s+control)\b",
        "sentenced": r"\bsentenced\b|\bsentences\b[^.;]{0,40}\bto\s+(?:\w+\s+){0,2}(?:years?|months?|life)\b|\bjailed\s+for\s+(?:\w+\s+){0,2}(?:years?|months?)\b",
        "acquitted": r"\bacquit(?:s|ted)\b|\bcleared\s+of\b",
        "removed": r"\btrustee\b|\bremoved\s+from\s+office\b",
    },
    "pt": {
        "detained": r"\b(?:é|foi|são|foram)\s+detid[oa]s?\b|\bdet(?:eve|ém|êm|iveram)\b",
        "jailed": r"\bprisão\s+preventiva\b|\bprisão\s+(?:é\s+|foi\s+)?(?:decretada|mantida|convertida)\b",
        "charged": r"\b(?:denunciad|indiciad)[oa]s?\b|\b(?:torna|tornou|vira|virou)(?:-se)?\s+réu\b",
        "released": r"\b(?:é|foi|são|foram)\s+(?:solt|libertad)[oa]s?\b|\bsoltura\b|\bdeixa\s+a\s+prisão\b",
        "sentenced": r"\bcondenad[oa]s?\s+a\b|\bpena\s+de\s+(?:\w+\s+){0,2}(?:anos?|meses)\b",
        "acquitted": r"\babsolvid[oa]s?\b|\babsolve\b",
        "removed": r"\binterventor\b|\bdestitu(?:i|iu|ído|ída)\b|\bafastad[oa]\s+do\s+cargo\b",
    },
}
_PATTERNS = {lang: [(step, re.compile(words, re.I)) for step, words in steps.items()] for lang, steps in _WORDS.items()}


def case_steps(title: str | None, first: str, lang: str | None) -> dict[str, str]:
    """Each step (a key of STEPS) the headline and the lead's first sentence ``first`` tell, with the words that tell
    it; empty where they tell none, or the language is not read."""
    if lang not in _PATTERNS:
        return {}
    text = f"{title or ''}\n{first}"
    return {step: " ".join(m.group(0).split()) for step, pattern in _PATTERNS[lang] if (m := pattern.search(text))}
