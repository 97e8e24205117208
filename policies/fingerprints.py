"""Fingerprints of English text, to tell when a translation was made from an older version."""

import hashlib
from collections.abc import Iterable


def fingerprint(english_values: Iterable[str | None]) -> str:
    digest = hashlib.sha256()
    for value in english_values:
        digest.update((value or "").encode())
        digest.update(b"\x00")
    return digest.hexdigest()
