"""The page cache serves every language, whatever language a thread served last."""

import threading

import pytest
from django.conf import settings
from django.test import Client

PAGES = ["guide/", "guide/?country=DE&age=18plus&device=android", "policy/", "regions/eu/"]


def address(language: str, page: str) -> str:
    return f"/{page}" if language == "en" else f"/{language}/{page}"


def test_mixed_languages_in_one_thread_are_all_cache_hits(client, linkedin):
    languages = [code for code, _name in settings.LANGUAGES]
    for page in PAGES:
        for language in languages:  # first requests: misses, in turn
            client.get(address(language, page))
        for language in reversed(languages):  # second requests: every one a hit
            response = client.get(address(language, page))
            assert response.status_code == 200
            assert response["X-Cache"] == "hit", (language, page)
            assert response["ETag"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_threads_alternating_languages_get_hits_in_every_language(linkedin):
    languages = [code for code, _name in settings.LANGUAGES]
    warm = Client()
    for page in PAGES:
        for language in languages:
            assert warm.get(address(language, page)).status_code == 200
    misses, errors = [], []

    def visitor(offset: int):
        client = Client()
        try:
            for n in range(len(languages) * 2):
                language = languages[(n + offset) % len(languages)]
                for page in PAGES:
                    response = client.get(address(language, page))
                    if response.get("X-Cache") != "hit":
                        misses.append((language, page, response.status_code))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=visitor, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert not misses, misses[:10]
