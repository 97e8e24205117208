"""Fingerprints of English text, to tell when a translation was made from an older version.

The text is normalised first (policies/plain_text.py): line endings and trailing
spaces are not a change to the English, so they never flag a translation.
"""

import hashlib
from collections.abc import Iterable

from policies.plain_text import normalised


def fingerprint(english_values: Iterable[str | None]) -> str:
    digest = hashlib.sha256()
    for value in english_values:
        digest.update((normalised(value) or "").encode())
        digest.update(b"\x00")
    return digest.hexdigest()
