"""A tiny HTTP client for the site: one GET, never an exception."""

import http.client
import ssl
import time

from harness import HOST

# What the TLS proxy in front of the site adds to every request it forwards.
PROXY_HEADER = ("X-Forwarded-Proto", "https")


class Response:
    def __init__(self, status: int, headers, body: bytes, seconds: float):
        self.status = status
        self.headers = headers
        self.body = body
        self.seconds = seconds

    def header(self, name: str) -> str:
        return self.headers.get(name, "") if self.headers is not None else ""

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def get(
    port: int,
    path: str,
    *,
    proxy: bool = True,
    host: str | None = None,
    timeout: float = 10,
    tls: ssl.SSLContext | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """GET `path` from 127.0.0.1:`port`, with `X-Forwarded-Proto: https` if `proxy`.

    `host` is the Host header (127.0.0.1:port by default); with `tls`, over HTTPS
    (e.g. through nginx); `headers` are added. Connection failures come back as
    status 0, with the error as the body.
    """
    headers = {"Host": host or f"{HOST}:{port}", **(headers or {})}
    if proxy:
        headers[PROXY_HEADER[0]] = PROXY_HEADER[1]
    started = time.monotonic()
    if tls is None:
        conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    else:
        conn = http.client.HTTPSConnection(HOST, port, timeout=timeout, context=tls)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        return Response(response.status, response.msg, body, time.monotonic() - started)
    except (OSError, http.client.HTTPException) as error:
        return Response(0, None, str(error).encode(), time.monotonic() - started)
    finally:
        conn.close()
