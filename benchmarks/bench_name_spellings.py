"""Which spellings meet: how often two different keys that ``similar`` takes for one name are one name.

    python benchmarks/bench_name_spellings.py [--show N]

A name's words are compared across reports by key, and two keys in one block (first letter and
consonants) meet when ``similar`` says they are spelt alike: Kassym / Kasım, Mosul / Musul,
Goncharov / Gonçarov. Spelt alike is not the same name: Kader and Kadir, Joan and Johan, Niger and
Nigeria. The labels come from parallel text, with no hand in them. Units: each NTREX-128 document
(English, Portuguese, Turkish), each run of eight FLORES-200 lines (dev and devtest, the three
languages) and of eight WMT newstest 2016-2018 tr-en lines (Turkish, English); every version of a unit
goes through ``extract_names``. Two keys of one block are

- **one name** where a unit has one in one language's version and the other in another's, and
  neither in both (a translator wrote "Musul" for "Mosul");
- **two names** where one text has both, or where each is kept as it is by translation in some unit
  and neither ever stands for the other (Joan Puig stays "Joan", Johan Wiland "Johan");
- unlabelled otherwise.

"Two names" is not always a wrong match: one word's inflections that a title capitalises ("Savaş",
"Savaşı"), or one spelling two people have ("Russel", "Russell"), count there too, so the precision is a
floor; compare it between versions of the code. Printed: of the pairs ``similar`` accepts, how many of
each label (precision: one name over the labelled); of the one-name pairs, the share accepted.
"""

from __future__ import annotations

import argparse
import collections
import itertools

from bench_name_kinds import documents
from xlnews.align.facts import extract_names, name_block
from xlnews.eval.benchmark import shared_data_dir
from xlnews.names import similar

FLORES = {"en": "eng_Latn", "pt": "por_Latn", "tr": "tur_Latn"}
WINDOW = 8


def units() -> dict[str, dict[str, str]]:
    """Unit id → language → text: one story (or one run of lines) in each language it is given in."""
    data = shared_data_dir()
    out: dict[str, dict[str, str]] = collections.defaultdict(dict)
    for key, text in documents().items():
        lang, doc = key.split(":", 1)
        out[f"ntrex:{doc}"][lang] = text
    runs = [(f"flores:{split}", {lang: data / "flores200" / f"{split}.{code}" for lang, code in FLORES.items()})
            for split in ("dev", "devtest")]
    runs += [(f"wmt:{year}", {lang: data / "newstest" / f"newstest{year}.tr-en.{lang}" for lang in ("en", "tr")})
             for year in (2016, 2017, 2018)]
    for name, paths in runs:
        lines = {lang: path.read_text(encoding="utf-8").splitlines() for lang, path in paths.items()}
        for start in range(0, len(next(iter(lines.values()))), WINDOW):
            out[f"{name}:{start}"] = {lang: "\n".join(v[start:start + WINDOW]) for lang, v in lines.items()}
    return out


def label(pairs: set[tuple[str, str]], keys: dict[str, dict[str, set[str]]]) -> dict[tuple[str, str], str]:
    involved = {k for pair in pairs for k in pair}
    kept: collections.Counter[str] = collections.Counter()  # units where translation keeps the key as it is
    one: set[tuple[str, str]] = set()
    together: set[tuple[str, str]] = set()
    by_key: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    for pair in pairs:
        by_key[pair[0]].append(pair)
    for versions in keys.values():
        for k in involved:
            if sum(k in found for found in versions.values()) >= 2:
                kept[k] += 1
        for x, y in itertools.permutations(versions, 2):
            kx, ky = versions[x], versions[y]
            for a in kx - ky:
                for pair in by_key.get(a, ()):
                    b = pair[1]
                    if b in ky and b not in kx:
                        one.add(pair)
            for a in kx:
                for pair in by_key.get(a, ()):
                    if pair[1] in kx:
                        together.add(pair)
    return {p: "one name" if p in one else "two names" if p in together or (kept[p[0]] and kept[p[1]])
            else "unlabelled" for p in pairs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many pairs of each kind of error")
    args = parser.parse_args()
    keys = {unit: {lang: {n.key for n in extract_names([text])} for lang, text in versions.items()}
            for unit, versions in units().items()}
    blocks: dict[str, set[str]] = collections.defaultdict(set)
    for versions in keys.values():
        for found in versions.values():
            for k in found:
                blocks[name_block(k)].add(k)
    pairs = {(a, b) for group in blocks.values() for a, b in itertools.combinations(sorted(group), 2)}
    labels = label(pairs, keys)
    accepted = {p for p in pairs if similar(*p)}
    counts = collections.Counter(labels[p] for p in accepted)
    ones = [p for p in pairs if labels[p] == "one name"]
    print(f"{len(keys)} units, {sum(len(g) for g in blocks.values())} keys, {len(pairs)} pairs of keys in one block")
    print(f"accepted by similar: {len(accepted)} ({counts['one name']} one name, {counts['two names']} two names, "
          f"{counts['unlabelled']} unlabelled)")
    print(f"precision (one name of the labelled accepted): "
          f"{counts['one name'] / max(1, counts['one name'] + counts['two names']):.3f}")
    print(f"one-name pairs accepted: {sum(p in accepted for p in ones) / max(1, len(ones)):.3f} "
          f"({sum(p in accepted for p in ones)} of {len(ones)})")
    if args.show:
        wrong = sorted(p for p in accepted if labels[p] == "two names")
        missed = sorted(p for p in ones if p not in accepted)
        print("accepted, two names:", "  ".join(f"{a}/{b}" for a, b in wrong[:args.show]))
        print("one name, not accepted:", "  ".join(f"{a}/{b}" for a, b in missed[:args.show]))


if __name__ == "__main__":
    main()
