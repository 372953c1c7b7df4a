"""Disjoint sets (union-find) over hashable items: which things matches have joined into one."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    def __init__(self, items: Iterable[T] = ()):
        self._parent: dict[T, T] = {i: i for i in items}

    def find(self, x: T) -> T:
        """The representative of ``x``'s set (``x`` joins as a set of its own if new)."""
        parent = self._parent
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]  # path halving: later finds are near constant
            x = parent[x]
        return x

    def join(self, a: T, b: T) -> T:
        """Puts ``a``'s set into ``b``'s; returns the representative of the union (``b``'s)."""
        ra, rb = self.find(a), self.find(b)
        self._parent[ra] = rb
        return rb
