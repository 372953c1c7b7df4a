"""Names across translations: whether a report's names meet the same names in another language.

    python benchmarks/bench_names_across.py

Each NTREX-128 document is one story in English (the source), Portuguese and Turkish (human
translations, ``../shared/data/ntrex``). For each direction (en in tr: of the names ``extract_names``
finds in the English version, the share that ``shared_names`` meets in the Turkish version of the
same document; and so on), over all documents (each alone, then with the words the NTREX collection capitalises inside sentences
counted as names at sentence starts too, as `xlnews align` reads them). The names signal of `xlnews align` rests on this:
a name that meets nothing in another language's report counts against a same-event pair. No label
goes into it, so a rule tuned on what a name names cannot fit it.

Then the same over the WMT newstest 2016-2018 tr-en test sets (Turkish news, much of it on the wars in
Syria and Iraq, and its English translation; or the English source and its Turkish translation), in
runs of eight lines, each run a unit.
"""

from __future__ import annotations

import collections

from bench_name_kinds import documents
from bench_name_spellings import units
from xlnews.align.facts import extract_names, shared_names
from xlnews.names import names_of_collection

DIRECTIONS = (("en", "tr"), ("en", "pt"), ("tr", "en"), ("pt", "en"), ("tr", "pt"), ("pt", "tr"))


def main() -> None:
    texts = documents()
    # As `xlnews align` reads names: with the words the whole collection capitalises inside sentences.
    for title, also_named in (("each document alone", frozenset()), ("with the collection's names", names_of_collection(texts.values()))):
        names = collections.defaultdict(dict)
        for key, text in texts.items():
            lang, doc = key.split(":", 1)
            names[lang][doc] = extract_names([text], also_named=also_named)
        print(f"{len(names['en'])} documents, {title}")
        for x, y in DIRECTIONS:
            met = sum(len(shared_names(names[x][doc], names[y][doc])) for doc in names[x])
            total = sum(len(found) for found in names[x].values())
            print(f"{x} in {y}: {met / total:.3f} ({met} of {total} names)")
    wmt = {unit: {lang: extract_names([text]) for lang, text in versions.items()}
           for unit, versions in units().items() if unit.startswith("wmt:")}
    print(f"WMT newstest 2016-2018 tr-en: {len(wmt)} runs of lines")
    for x, y in (("tr", "en"), ("en", "tr")):
        met = sum(len(shared_names(v[x], v[y])) for v in wmt.values())
        total = sum(len(v[x]) for v in wmt.values())
        print(f"{x} in {y}: {met / total:.3f} ({met} of {total} names)")


if __name__ == "__main__":
    main()
