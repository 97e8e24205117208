"""The source watch: does each cited address still answer, and still carry its quote?

`manage.py check_sources` runs it (nightly, from cron: see README, "Source watch")
and keeps what it finds as SourceCheck rows, which the admin home and each
source's page show. It fetches politely and never hangs:

- one request at a time, with a user agent that says what it is and where it
  comes from (`optout-guide-source-watch`, the name robots.txt rules can use);
- robots.txt first, on every host it is sent to (redirects included), read as
  RFC 9309 says: rules honoured, Crawl-delay too (up to 30 s); no robots.txt
  (4xx) allows everything, a robots.txt that answers 5xx forbids everything;
- a time limit on the whole request (connection, headers and body) and a cap on
  the bytes read: a slow or huge page is reported as such, not waited for;
- only web pages (HTML, plain text) are read; any other kind of file (a PDF) is
  noted and left unread, its quote unchecked.

Only the standard library: urllib and urllib.robotparser.
"""

import codecs
import http.client
import re
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import asdict, dataclass
from http import HTTPStatus
from urllib.parse import urlsplit

from django.conf import settings

from policies.models import Source, SourceCheck
from policies.quote_text import html_to_text, quote_found

Outcome = SourceCheck.Outcome

AGENT_NAME = "optout-guide-source-watch"
TIMEOUT = 10.0  # seconds for one whole request
MAX_BYTES = 2 * 1024 * 1024  # a page larger than this is "too large", not read further
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least the first 500 KiB
MAX_REDIRECTS = 5
MAX_CRAWL_DELAY = 30.0
KEEP_CHECKS = 20  # per source, the latest
READABLE = {"text/html": True, "application/xhtml+xml": True, "text/plain": False}  # is HTML
_CHUNK = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def user_agent() -> str:
    site = f"; +{settings.SITE_URL}/" if settings.SITE_URL else ""
    return (
        f"{AGENT_NAME}/1.0 (checks that the sources a guide cites still say what it quotes{site})"
    )


@dataclass
class Finding:
    outcome: str
    summary: str
    status_code: int | None = None
    final_url: str = ""
    content_type: str = ""
    quote_found: bool | None = None


class _Stop(Exception):
    """Ends a fetch early with what was found (robots.txt, a redirect that is not followed)."""

    def __init__(self, finding: Finding):
        super().__init__(finding.summary)
        self.finding = finding


class _TooLarge(Exception):
    pass


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows up to MAX_REDIRECTS redirects, to http(s) only, each allowed by its robots.txt."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, watch: "SourceWatch | None"):
        self.watch = watch

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme = urlsplit(newurl).scheme
        if scheme not in ("http", "https"):
            fp.close()
            raise _Stop(
                Finding(
                    Outcome.HTTP_ERROR,
                    f"Redirects to a {scheme}: address, which is not followed.",
                    status_code=code,
                    final_url=newurl,
                )
            )
        if self.watch is not None:
            try:
                self.watch.may_fetch(newurl)
            except _Stop:
                fp.close()
                raise
        return super().redirect_request(req, fp, code, msg, headers, newurl)


# Errors that mean the address could not be fetched (ValueError: an address urllib cannot use).
_UNREACHABLE = (urllib.error.URLError, OSError, http.client.HTTPException, ValueError)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _host(url: str) -> str:
    return urlsplit(url).hostname or url


def _status(code: int) -> str:
    try:
        return f"{code} {HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def _why(error: BaseException, url: str) -> str:
    reason = getattr(error, "reason", error)
    if isinstance(reason, socket.gaierror):
        return f"{_host(url)} could not be looked up (no network, or no such host)"
    if isinstance(reason, http.client.HTTPException):
        return f"the connection broke off ({type(reason).__name__})"
    return getattr(reason, "strerror", None) or str(reason) or type(reason).__name__


def _is_timeout(error: BaseException) -> bool:
    return isinstance(error, TimeoutError) or isinstance(
        getattr(error, "reason", None), TimeoutError
    )


class SourceWatch:
    """Checks addresses one after another, remembering each host's robots.txt for the run."""

    def __init__(self, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, sleep=time.sleep):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.sleep = sleep
        self.agent = user_agent()
        self._robots: dict[str, urllib.robotparser.RobotFileParser | Finding] = {}
        self._last_visit: dict[str, float] = {}
        self._pages = urllib.request.build_opener(_Redirects(self))
        self._robots_files = urllib.request.build_opener(_Redirects(None))

    # What a page says

    def check(self, address: str, quote: str = "") -> Finding:
        try:
            self.may_fetch(address)
            started = time.monotonic()
            with self._open(self._pages, address) as response:
                return self._read_page(response, address, quote, started)
        except _Stop as stop:
            return stop.finding
        except urllib.error.HTTPError as error:
            error.close()
            return self._error_status(error)
        except Exception as error:
            if _is_timeout(error):
                return Finding(Outcome.TIMEOUT, f"No full answer within {self.timeout:g} s.")
            if isinstance(error, _UNREACHABLE):
                return Finding(
                    Outcome.NETWORK_ERROR, f"Could not fetch it: {_why(error, address)}."
                )
            raise

    def _read_page(self, response, address: str, quote: str, started: float) -> Finding:
        final_url = response.url
        moved = f"Moved to {final_url} (update the address). " if final_url != address else ""
        found = Finding(
            Outcome.OK,
            "",
            status_code=response.status,
            final_url=final_url,
            content_type=(
                response.headers.get_content_type() if response.headers["Content-Type"] else ""
            ),
        )
        if found.content_type not in READABLE:
            found.outcome = Outcome.NOT_HTML
            kind = found.content_type or "no content type"
            found.summary = f"{moved}Answers {_status(found.status_code)}, not a web page ({kind})"
            found.summary += ": the quote was not checked." if quote.strip() else "."
            return found
        declared = response.headers["Content-Length"]
        try:
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise _TooLarge
            body = self._read_body(response, self.max_bytes, started)
        except _TooLarge:
            found.outcome = Outcome.TOO_LARGE
            found.summary = (
                f"{moved}Too large: more than {self.max_bytes / 1024:,.0f} KB, not read to the "
                "end (the quote was not checked)."
            )
            return found
        charset = response.headers.get_content_charset() or _sniff_charset(body)
        text = body.decode(_codec(charset), errors="replace")
        if READABLE[found.content_type]:
            text = html_to_text(text)
        answers = f"Answers {_status(found.status_code)}"
        if not quote.strip():
            found.summary = f"{moved}{answers} (no supporting quote to look for)."
        elif quote_found(quote, text):
            found.quote_found = True
            found.summary = f"{moved}{answers}; the supporting quote is there."
        else:
            found.outcome = Outcome.QUOTE_MISSING
            found.quote_found = False
            found.summary = f"{moved}{answers}, but the supporting quote is no longer on the page."
        return found

    def _read_body(self, response, limit: int, started: float, *, cut: bool = False) -> bytes:
        """At most `limit` bytes (more raises _TooLarge unless `cut`), within the time limit."""
        chunks, size = [], 0
        while size <= limit:
            if time.monotonic() - started > self.timeout:
                raise TimeoutError
            chunk = response.read1(min(_CHUNK, limit + 1 - size))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
        if not cut:
            raise _TooLarge
        return b"".join(chunks)[:limit]

    def _error_status(self, error: urllib.error.HTTPError) -> Finding:
        code, final_url = error.code, error.url or ""
        if code in (404, 410):
            outcome, said = Outcome.GONE, f"Gone: the address answers {_status(code)}."
        elif 300 <= code < 400:
            outcome = Outcome.HTTP_ERROR
            said = (
                f"Redirects without arriving ({_status(code)}): too many redirects, or one "
                "without a new address."
            )
        elif code in (401, 403, 429):
            outcome = Outcome.HTTP_ERROR
            said = f"Answers {_status(code)}: the site may turn robots away; check it by hand."
        else:
            outcome, said = Outcome.HTTP_ERROR, f"Answers {_status(code)}."
        return Finding(outcome, said, status_code=code, final_url=final_url)

    # Manners

    def may_fetch(self, url: str) -> None:
        """Wait for this host's turn, or raise _Stop if its robots.txt says no."""
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, Finding):
            raise _Stop(rules)
        if not rules.can_fetch(self.agent, url):
            raise _Stop(
                Finding(
                    Outcome.ROBOTS,
                    f"{_host(url)}'s robots.txt asks robots not to fetch {url}: check it by hand.",
                    final_url=url,
                )
            )
        self._wait_turn(origin, rules.crawl_delay(self.agent))

    def _wait_turn(self, origin: str, delay) -> None:
        last = self._last_visit.get(origin)
        if delay and last is not None:
            wait = last + min(float(delay), MAX_CRAWL_DELAY) - time.monotonic()
            if wait > 0:
                self.sleep(wait)
        self._last_visit[origin] = time.monotonic()

    def _read_robots(self, origin: str):
        rules = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        started = time.monotonic()
        try:
            with self._open(self._robots_files, rules.url) as response:
                body = self._read_body(response, ROBOTS_MAX_BYTES, started, cut=True)
        except urllib.error.HTTPError as error:
            error.close()
            # No robots.txt (4xx, or redirects that never reach one): everything is allowed.
            if 300 <= error.code < 500:
                rules.allow_all = True
                return rules
            return Finding(
                Outcome.ROBOTS,
                f"{origin}/robots.txt answers {_status(error.code)}, which asks robots to "
                "fetch nothing there for now.",
                status_code=error.code,
            )
        except Exception as error:
            if _is_timeout(error):
                return Finding(
                    Outcome.TIMEOUT, f"{origin} did not answer within {self.timeout:g} s."
                )
            if isinstance(error, _UNREACHABLE):
                return Finding(Outcome.NETWORK_ERROR, f"Could not fetch it: {_why(error, origin)}.")
            raise
        finally:
            self._last_visit[origin] = time.monotonic()
        rules.parse(body.decode("utf-8", errors="replace").splitlines())
        return rules

    def _open(self, opener, url: str):
        request = urllib.request.Request(
            url,
            headers={
                "User-Agent": self.agent,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                "Accept-Language": "en",
            },
        )
        return opener.open(request, timeout=self.timeout)


def _sniff_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


def _codec(charset: str | None) -> str:
    try:
        return codecs.lookup(charset or "utf-8").name
    except LookupError:
        return "utf-8"


# Keeping what was found


def record(source: Source, finding: Finding) -> SourceCheck:
    fields = asdict(finding)
    fields["summary"] = _cut(fields["summary"], 300)
    fields["final_url"] = fields["final_url"][:2000]
    fields["content_type"] = fields["content_type"][:100]
    return SourceCheck.objects.create(source=source, address=source.url, **fields)


def check_source(source: Source, watch: SourceWatch) -> SourceCheck:
    return record(source, watch.check(source.url, source.quote))


def forget_old_checks(keep: int = KEEP_CHECKS) -> None:
    """Keep each source's latest `keep` checks: enough to see since when something changed."""
    for source_id in SourceCheck.objects.order_by().values_list("source", flat=True).distinct():
        old = SourceCheck.objects.filter(source_id=source_id).values_list("pk", flat=True)[keep:]
        SourceCheck.objects.filter(pk__in=list(old)).delete()


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
