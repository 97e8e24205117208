"""Numbered references: every fact on a page points to the sources it rests on.

The page itself is the one list of what it cites: each `{% cite fact %}` numbers
the fact's sources as the page renders (in order of first citation), and the
source list at the end of the page shows exactly those. Views and the wizard's
outcome do not keep a second list of what a page cites.
"""

from dataclasses import dataclass, field

from policies.models import Source


@dataclass
class References:
    """The sources cited on one page so far, numbered 1, 2, 3… as they are first cited."""

    sources: list[Source] = field(default_factory=list)
    numbers: dict[str, int] = field(default_factory=dict)

    def cite(self, fact) -> list[int]:
        """The numbers of this fact's sources (prefetched), numbering new ones as they come."""
        cited = []
        for source in sorted(fact.sources.all(), key=lambda s: _natural_order(s.key)):
            if source.key not in self.numbers:
                self.sources.append(source)
                self.numbers[source.key] = len(self.sources)
            cited.append(self.numbers[source.key])
        return sorted(cited)


def _natural_order(key: str):
    """S2 before S10, S3 before S3b."""
    stem = key.rstrip("0123456789abcdefghijklmnopqrstuvwxyz")
    rest = key[len(stem) :]
    digits = rest.rstrip("abcdefghijklmnopqrstuvwxyz")
    return (stem, int(digits) if digits else 0, rest[len(digits) :])
