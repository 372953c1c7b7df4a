"""Measurements a translator converts: metric in the Turkish or Portuguese source, imperial in the
English ("137 km/h" is "85 mph", "15 cm" is "6 inches", "27 graus" is "80 degrees").

The numbers check read those as a number lost ("137") and another made up ("85"): with the human
English of NTREX as the translation, most of its Portuguese false alarms. Each measurement is read
with its unit and brought to the metric one; two agree within a translator's rounding (15%).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from xlnews.numbers import ENGLISH_NUMBER_WORDS, find_numbers, same_value

_NUMBER = r"\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
# Unit words by kind, with the factor to the kind's metric unit (km, km/h, m, kg, °C, l, ha).
_SOURCE_UNITS: dict[str, tuple[str, float]] = {
    **{u: ("speed", 1.0) for u in ("km/h", "km/s", "quilómetros por hora", "quilômetros por hora", "kilometre hız", "km/sa")},
    **{u: ("length", 1.0) for u in ("km", "quilómetros", "quilômetros", "quilómetro", "quilômetro", "kilometre", "kilometrelik")},
    **{u: ("length", 1e-3) for u in ("m", "metros", "metro", "metre", "metrelik")},
    **{u: ("length", 1e-5) for u in ("cm", "centímetros", "centímetro", "santimetre", "santim")},
    **{u: ("length", 1e-6) for u in ("mm", "milímetros", "milímetro", "milimetre")},
    **{u: ("mass", 1.0) for u in ("kg", "quilos", "quilo", "quilogramas", "quilograma", "kilogram", "kilo", "kiloluk")},
    **{u: ("mass", 1e3) for u in ("toneladas", "tonelada", "ton")},
    **{u: ("temperature", 1.0) for u in ("ºc", "°c", "º", "°", "graus celsius", "graus", "grau", "derece", "santigrat")},
    **{u: ("volume", 1.0) for u in ("litros", "litro", "litre")},
    **{u: ("area", 1.0) for u in ("hectares", "hectare", "hektar")},
}
_ENGLISH_UNITS: dict[str, tuple[str, float]] = {
    **{u: ("speed", 1.609344) for u in ("mph", "miles per hour", "miles an hour")},
    **{u: ("length", 1.609344) for u in ("miles", "mile", "mi")},
    **{u: ("length", 0.0003048) for u in ("feet", "foot", "ft")},
    **{u: ("length", 0.0000254) for u in ("inches", "inch", "in")},
    **{u: ("length", 0.0009144) for u in ("yards", "yard")},
    **{u: ("mass", 0.45359237) for u in ("pounds", "pound", "lbs", "lb")},
    **{u: ("mass", 907.18474) for u in ("tons", "ton")},
    **{u: ("temperature", 1.0) for u in ("°f", "ºf", "degrees fahrenheit", "fahrenheit", "degrees", "degree")},
    **{u: ("volume", 3.785411784) for u in ("gallons", "gallon")},
    **{u: ("area", 0.40468564) for u in ("acres", "acre")},
    # The English may keep the metric unit.
    **{u: ("length", f) for u, f in (("kilometres", 1.0), ("kilometers", 1.0), ("km", 1.0), ("metres", 1e-3), ("meters", 1e-3),
                                      ("m", 1e-3), ("centimetres", 1e-5), ("centimeters", 1e-5), ("cm", 1e-5),
                                      ("millimetres", 1e-6), ("millimeters", 1e-6), ("mm", 1e-6))},
    **{u: ("speed", 1.0) for u in ("km/h", "kph")},
    **{u: ("mass", 1.0) for u in ("kilograms", "kilos", "kg")},
    **{u: ("temperature", 1.0) for u in ("°c", "ºc", "degrees celsius", "celsius")},
}
_TOLERANCE = 0.15


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _unit_re(units: dict[str, tuple[str, float]], number: str = _NUMBER) -> re.Pattern[str]:
    # "6-foot-6", "a 20-degree difference": a hyphen may stand between the number and its unit.
    return re.compile(rf"(?<![\w.,])(?P<num>{number})(?:\s*|-)(?P<unit>{_alternatives(units)})(?![\w/])", re.I)


_SOURCE_RE = _unit_re(_SOURCE_UNITS)
# The English may write the number out ("six miles wide").
_ENGLISH_RE = _unit_re(_ENGLISH_UNITS, rf"{_NUMBER}|{_alternatives(ENGLISH_NUMBER_WORDS)}")


@dataclass(frozen=True)
class Measurement:
    number: float  # the number as written
    kind: str
    metric: float  # in the kind's metric unit; for temperatures, °C
    fahrenheit: bool = False


def _measurements(text: str, pattern: re.Pattern[str], units: dict[str, tuple[str, float]], lang: str | None) -> list[Measurement]:
    out = []
    for m in pattern.finditer(text):
        word = ENGLISH_NUMBER_WORDS.get(m.group("num").lower())
        found = find_numbers(m.group("num"), lang) if word is None else []
        if word is None and not found:
            continue
        value = word if word is not None else found[0].value
        # Matched without case: a Turkish "İ" lowers with a combining dot, which the table does not write.
        unit = " ".join(m.group("unit").lower().replace("\u0307", "").split())
        if unit not in units:
            continue
        kind, factor = units[unit]
        fahrenheit = kind == "temperature" and units is _ENGLISH_UNITS and not ("celsius" in unit or unit.endswith("c"))
        out.append(Measurement(value, kind, value * factor, fahrenheit))
    return out


def _agree(src: Measurement, out: Measurement) -> bool:
    if src.kind != out.kind:
        return False
    candidates = [out.metric]
    if out.fahrenheit:
        # A temperature, or a difference of temperatures ("nearly a 20-degree difference").
        candidates = [(out.number - 32) / 1.8, out.number / 1.8]
    return any(abs(c - src.metric) <= _TOLERANCE * max(abs(src.metric), 1e-9) for c in candidates)


def converted(src: str, out: str, value: float, lang: str | None) -> bool:
    """Whether the source number ``value`` is a measurement that ``out`` gives in other units."""
    english = _measurements(out, _ENGLISH_RE, _ENGLISH_UNITS, "en")
    return any(same_value(s.number, value) and any(_agree(s, o) for o in english)
               for s in _measurements(src, _SOURCE_RE, _SOURCE_UNITS, lang))
