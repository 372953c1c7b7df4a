"""Thresholds that turn an evaluation into a CI gate: each miss is one line, exit 1 if any."""

from __future__ import annotations


def gate_failures(values: dict[str, float | None], minimums: dict[str, float | None],
                  maximums: dict[str, float | None]) -> list[str]:
    """``values`` by name; a threshold of None is not set. Returns the reasons for failing, if any."""
    fails = []
    for name, floor in minimums.items():
        if floor is None:
            continue
        v = values.get(name)
        if v is None or v < floor:
            fails.append(f"{name} {'n/a' if v is None else f'{v:.2f}'} < required minimum {floor:g}")
    for name, ceiling in maximums.items():
        if ceiling is None:
            continue
        v = values.get(name)
        if v is None or v > ceiling:
            fails.append(f"{name} {'n/a' if v is None else f'{v:g}'} > allowed maximum {ceiling:g}")
    return fails
