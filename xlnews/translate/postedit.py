"""Model output mended where the models' own detokenisers are known to go wrong.

The offline pt→en model writes initialisms with a space inside ("U. S.", "U. N.", "D. C."): 75 times
in NTREX's 1,997 news sentences, whose English writes "U.S." (`benchmarks/bench_translate_marks.py`).
A single capital and a period followed by another are joined; a person's initial before a name
("George W. Bush") stands as it is.
"""

from __future__ import annotations

import re

_SPACED_INITIAL = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")


def tidy(output: str) -> str:
    while True:
        joined = _SPACED_INITIAL.sub(r"\1.", output)
        if joined == output:
            return output
        output = joined
