"""Times of day as Turkish, Portuguese and English news write them, read as one value to compare.

"22h08" (pt), "22:08'de" (tr), "22.00-23.00 MDT" and "10:08 p.m." (en) are one time; a translator
writes the 24-hour clock as the 12-hour one, so two times are the same when they agree on the
12-hour dial. Read as plain numbers they were "22" in the source and "10" in the English: of the
numbers check's false alarms on FLORES devtest with the human translation, 8 of 19 (pt) were times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HOUR = r"(?:[01]?\d|2[0-3])"
_MERIDIEM = r"\s*(?P<ap>[ap])\.?\s?m\b\.?"
# Words that say a number with a point is a time ("12.00 GMT", "saat 22.00"), not a decimal.
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|TSİ|TSI|[Hh]ora|[Hh]oras|[Hh]s\b)"
_TIME = re.compile(
    # 10:08 p.m., 8.30pm, 10 pm
    rf"(?<![\w.,:])(?P<h1>{_HOUR})(?:[:.](?P<m1>[0-5]\d))?{_MERIDIEM}"
    # 22h08, 07h19min, 22h (Portuguese)
    rf"|(?<![\w.,:])(?P<h2>{_HOUR})h(?P<m2>[0-5]\d)?(?:min)?\b"
    # 22:08, 22:08'de
    rf"|(?<![\w.,:])(?P<h3>{_HOUR}):(?P<m3>[0-5]\d)(?![\d:])"
    # 12.00 GMT, 22.00-23.00 MDT, saat 22.00 (a point makes a time only beside a zone or "saat"/"às"/"at")
    rf"|\b(?:saat|Saat|às|at|At) (?P<h4>{_HOUR})\.(?P<m4>[0-5]\d)(?!\d)"
    rf"|(?<![\w.,:])(?P<h5>{_HOUR})\.(?P<m5>[0-5]\d)(?=(?:\s*[-–]\s*{_HOUR}\.[0-5]\d)?\s*{_ZONE})"
    rf"|(?<=[-–])(?P<h6>{_HOUR})\.(?P<m6>[0-5]\d)(?=\s*{_ZONE})"
    # 1200 GMT (the military clock)
    rf"|(?<![\w.,:])(?P<h7>[01]\d|2[0-3])(?P<m7>[0-5]\d)(?=\s*(?:GMT|UTC|Z)\b)"
    # 5 da manhã, 9 da noite; 5 o'clock, 5 in the morning
    rf"|(?<![\w.,:])(?P<h8>{_HOUR})(?P<m8>)\s+(?:da\s+manhã|da\s+tarde|da\s+noite)\b"
    rf"|(?<![\w.,:])(?P<h9>{_HOUR})(?P<m9>)\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
)


@dataclass(frozen=True)
class TimeMention:
    text: str
    start: int
    end: int
    minutes: int  # on the 12-hour dial: 0 (12:00 or 00:00) to 719

    def same(self, other: "TimeMention") -> bool:
        return self.minutes == other.minutes


def find_times(text: str) -> list[TimeMention]:
    out = []
    for m in _TIME.finditer(text):
        k = next(i for i in range(1, 10) if m.group(f"h{i}") is not None)
        hour, minute = int(m.group(f"h{k}")), int(m.group(f"m{k}") or 0)
        if k == 1 and (hour > 12 or hour == 0):
            continue  # "13 pm" is no time
        start = m.start(f"h{k}")  # "saat 22.00": the time is what follows the word
        out.append(TimeMention(text[start:m.end()], start, m.end(), (hour % 12) * 60 + minute))
    return out


def without_times(text: str, times: list[TimeMention]) -> str:
    """``text`` with the times blanked out, so that their digits are not read again as numbers."""
    chars = list(text)
    for t in times:
        chars[t.start:t.end] = " " * (t.end - t.start)
    return "".join(chars)
