"""Numbered references: every fact on a page points to the sources it rests on."""

from collections.abc import Iterable
from dataclasses import dataclass, field

from policies.models import Source


@dataclass
class References:
    """The sources cited on one page, numbered 1, 2, 3… in a stable order (by key)."""

    sources: list[Source]
    numbers: dict[str, int] = field(init=False)

    def __post_init__(self):
        self.numbers = {source.key: n for n, source in enumerate(self.sources, start=1)}

    @classmethod
    def cited_by(cls, facts: Iterable) -> "References":
        """Expects `sources` to be prefetched on each fact."""
        by_key = {source.key: source for fact in facts for source in fact.sources.all()}
        return cls([by_key[key] for key in sorted(by_key, key=_natural_order)])


def _natural_order(key: str):
    """S2 before S10."""
    stem = key.rstrip("0123456789")
    number = key[len(stem) :]
    return (stem, int(number) if number else 0)
