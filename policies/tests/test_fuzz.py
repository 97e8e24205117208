"""Random requests against every public URL: never a server error, never markup reflected.

A few hundred cases run in CI; `FUZZ_EXAMPLES=10000` (the benchmark command)
runs many more.
"""

import os
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PUBLIC_PATHS = [
    "/",
    "/policy/",
    "/regions/eu/",
    "/regions/rest-of-world/",
    "/guide/",
    "/feed.atom",
    "/sitemap.xml",
    "/robots.txt",
    "/reminder.ics",
    "/healthz",
]
PARAMS = ["country", "age", "device", "change", "answering", "region", "utm_source", "fbclid"]
MARKER = "<zz-reflected>"
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))

values = st.one_of(
    st.sampled_from(["DE", "de", "GB", "18plus", "under18", "ios", "none", "country", "eu", ""]),
    st.text(max_size=40),
    st.text(max_size=10).map(lambda text: text + MARKER),
    st.binary(max_size=20).map(lambda raw: raw.decode("latin-1")),
    st.integers(min_value=1, max_value=5000).map(lambda n: "A" * n),
)
query = st.lists(st.tuples(st.sampled_from(PARAMS), values), max_size=6)
headers = st.fixed_dictionaries(
    {},
    optional={
        "HX-Request": st.sampled_from(["true", "false", "", MARKER]),
        "HX-History-Restore-Request": st.sampled_from(["true", ""]),
        "HX-Target": values,
        "HX-Current-URL": values,
        "If-None-Match": values,
        "Accept-Language": values,
    },
)
# Header values travel as latin-1; anything else is not something a client can send.
sendable = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=255), max_size=60)


def encode(pairs) -> str:
    return "&".join(f"{quote(name)}={quote(value, safe='')}" for name, value in pairs)


def check(response):
    assert response.status_code < 500, response.status_code
    body = b"".join(response.streaming_content) if response.streaming else response.content
    assert MARKER.encode() not in body


fuzz = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@fuzz
@given(path=st.sampled_from(PUBLIC_PATHS), pairs=query, extra=headers)
def test_random_query_strings_and_headers(client, linkedin, path, pairs, extra):
    safe_headers = {
        name: value.encode("latin-1", "replace").decode("latin-1")[:200]
        for name, value in extra.items()
    }
    check(client.get(f"{path}?{encode(pairs)}", headers=safe_headers))


@fuzz
@given(path=st.one_of(st.sampled_from(PUBLIC_PATHS), sendable.map(lambda text: "/" + text)))
def test_random_paths(client, linkedin, path):
    check(client.get(quote(path, safe="/?&=")))


@fuzz
@given(
    path=st.sampled_from(PUBLIC_PATHS),
    method=st.sampled_from(["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE"]),
    body=st.text(max_size=50),
)
def test_other_methods(client, linkedin, path, method, body):
    response = client.generic(method, path, data=body.encode(), content_type="text/plain")
    assert response.status_code < 500
    assert MARKER.encode() not in response.content


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_the_marker_itself_is_never_reflected(client, linkedin, path):
    check(client.get(path, dict.fromkeys(PARAMS, MARKER), headers={"HX-Request": "true"}))
