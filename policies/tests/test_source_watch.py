"""The source watch against a real HTTP server on 127.0.0.1: what it records for each answer."""

import time

import pytest
from django.core.management import CommandError, call_command

from policies.content import content_revision
from policies.models import Source, SourceCheck
from policies.quote_text import html_to_text, quote_found
from policies.source_watch import AGENT_NAME, SourceWatch
from policies.tests.factories import make_source

Outcome = SourceCheck.Outcome
QUOTE = "We rely on legitimate interest to process your data for this purpose."
NO_PRIVATE = "User-agent: *\nDisallow: /private/\n"
PAGE = f"<html><body><main><h1>Privacy</h1><p>{QUOTE}</p></main></body></html>"


def watch(**kwargs) -> SourceWatch:
    kwargs.setdefault("timeout", 0.5)
    kwargs.setdefault("max_bytes", 100_000)
    return SourceWatch(**kwargs)


def local_source(site, path, quote=QUOTE, **kwargs) -> Source:
    """Tests may use plain http (the form would refuse it): created directly."""
    return make_source(url=site.url(path), quote=quote, **kwargs)


# What each answer is recorded as


def test_a_page_that_still_carries_its_quote_is_fine(local_site):
    local_site.page("/notice", PAGE)
    found = watch().check(local_site.url("/notice"), QUOTE)
    assert (found.outcome, found.status_code, found.quote_found) == (Outcome.OK, 200, True)
    assert found.final_url == local_site.url("/notice")
    assert found.content_type == "text/html"
    assert "the supporting quote is there" in found.summary


def test_it_says_who_it_is_and_reads_robots_txt_first(local_site):
    local_site.page("/notice", PAGE)
    watch().check(local_site.url("/notice"), QUOTE)
    assert local_site.paths() == ["/robots.txt", "/notice"]
    agents = {agent for _path, agent in local_site.requests}
    assert len(agents) == 1 and agents.pop().startswith(f"{AGENT_NAME}/1.0 (")


def test_a_moved_page_records_where_it_ended(local_site):
    local_site.redirect("/old", "/new/notice")
    local_site.page("/new/notice", PAGE)
    found = watch().check(local_site.url("/old"), QUOTE)
    assert found.outcome == Outcome.OK and found.quote_found
    assert found.final_url == local_site.url("/new/notice")
    assert found.summary.startswith(f"Moved to {local_site.url('/new/notice')}")


@pytest.mark.parametrize("status", [404, 410])
def test_a_gone_page(local_site, status):
    local_site.page("/gone", "<p>No such page</p>", status=status)
    found = watch().check(local_site.url("/gone"), QUOTE)
    assert (found.outcome, found.status_code, found.quote_found) == (Outcome.GONE, status, None)
    assert f"Gone: the address answers {status}" in found.summary


def test_a_server_error_is_an_error_status(local_site):
    local_site.page("/broken", "<p>Oops</p>", status=500)
    found = watch().check(local_site.url("/broken"), QUOTE)
    assert (found.outcome, found.status_code) == (Outcome.HTTP_ERROR, 500)


def test_a_page_whose_quote_was_removed(local_site):
    local_site.page("/notice", "<p>We rely on your consent for this purpose.</p>")
    found = watch().check(local_site.url("/notice"), QUOTE)
    assert (found.outcome, found.status_code, found.quote_found) == (
        Outcome.QUOTE_MISSING,
        200,
        False,
    )
    assert "no longer on the page" in found.summary


def test_a_page_that_does_not_answer_in_time(local_site):
    local_site.slow("/slow", seconds=2)
    started = time.monotonic()
    found = watch(timeout=0.5).check(local_site.url("/slow"), QUOTE)
    assert found.outcome == Outcome.TIMEOUT
    assert time.monotonic() - started < 1.5
    assert "within 0.5 s" in found.summary


def test_a_page_that_trickles_in_is_cut_off_at_the_time_limit(local_site):
    local_site.dribble("/trickle", every=0.1, times=30)  # each byte quick, the whole 3 s
    started = time.monotonic()
    found = watch(timeout=0.5).check(local_site.url("/trickle"), QUOTE)
    assert found.outcome == Outcome.TIMEOUT
    assert time.monotonic() - started < 1.5


@pytest.mark.parametrize("declared", [True, False], ids=["with Content-Length", "without"])
def test_a_huge_page_is_too_large_not_read_to_the_end(local_site, declared):
    local_site.huge("/huge", size=20_000_000, declare_length=declared)
    started = time.monotonic()
    found = watch(max_bytes=100_000).check(local_site.url("/huge"), QUOTE)
    assert (found.outcome, found.status_code, found.quote_found) == (Outcome.TOO_LARGE, 200, None)
    assert "more than 98 KB" in found.summary
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("content_type", ["application/pdf", "application/octet-stream"])
def test_a_file_that_is_not_a_web_page_is_noted_and_its_quote_not_checked(local_site, content_type):
    local_site.page("/notice.pdf", b"%PDF-1.7 " + QUOTE.encode(), content_type=content_type)
    found = watch().check(local_site.url("/notice.pdf"), QUOTE)
    assert (found.outcome, found.status_code, found.quote_found) == (Outcome.NOT_HTML, 200, None)
    assert found.content_type == content_type
    assert f"not a web page ({content_type}): the quote was not checked" in found.summary


def test_plain_text_is_read(local_site):
    local_site.page("/notice.txt", f"Notice\n\n{QUOTE}\n", content_type="text/plain")
    assert watch().check(local_site.url("/notice.txt"), QUOTE).quote_found


def test_a_page_robots_txt_disallows_is_not_fetched(local_site):
    local_site.page("/robots.txt", NO_PRIVATE, content_type="text/plain")
    local_site.page("/private/notice", PAGE)
    found = watch().check(local_site.url("/private/notice"), QUOTE)
    assert (found.outcome, found.quote_found) == (Outcome.ROBOTS, None)
    assert "robots.txt asks robots not to fetch" in found.summary
    assert local_site.paths() == ["/robots.txt"]


def test_robots_txt_rules_for_this_watch_by_name(local_site):
    rules = f"User-agent: {AGENT_NAME}\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    local_site.page("/robots.txt", rules, content_type="text/plain")
    local_site.page("/notice", PAGE)
    assert watch().check(local_site.url("/notice"), QUOTE).outcome == Outcome.ROBOTS


def test_a_redirect_to_a_disallowed_address_is_not_followed(local_site):
    local_site.page("/robots.txt", NO_PRIVATE, content_type="text/plain")
    local_site.redirect("/notice", "/private/notice")
    local_site.page("/private/notice", PAGE)
    found = watch().check(local_site.url("/notice"), QUOTE)
    assert found.outcome == Outcome.ROBOTS
    assert found.final_url == local_site.url("/private/notice")  # it did move
    assert "/private/notice" not in local_site.paths()


def test_a_robots_txt_that_answers_a_server_error_forbids_everything(local_site):
    local_site.page("/robots.txt", "down", status=503, content_type="text/plain")
    local_site.page("/notice", PAGE)
    assert watch().check(local_site.url("/notice"), QUOTE).outcome == Outcome.ROBOTS
    assert local_site.paths() == ["/robots.txt"]


def test_crawl_delay_is_honoured_between_requests_to_a_host(local_site):
    local_site.page("/robots.txt", "User-agent: *\nCrawl-delay: 2\n", content_type="text/plain")
    local_site.page("/a", PAGE)
    local_site.page("/b", PAGE)
    waits = []
    the_watch = watch(sleep=waits.append)
    the_watch.check(local_site.url("/a"), QUOTE)
    the_watch.check(local_site.url("/b"), QUOTE)
    assert len(waits) == 2 and all(1.5 < wait <= 2 for wait in waits)
    assert local_site.paths().count("/robots.txt") == 1  # read once per run


def test_a_redirect_loop_is_an_error_not_a_hang(local_site):
    local_site.redirect("/a", "/b", status=302)
    local_site.redirect("/b", "/a", status=302)
    found = watch().check(local_site.url("/a"), QUOTE)
    assert found.outcome == Outcome.HTTP_ERROR and "too many redirects" in found.summary


def test_a_refused_connection_is_a_network_error(local_site):
    port = local_site.server.server_port
    local_site.server.server_close()  # nothing listens there any more
    found = watch().check(f"http://127.0.0.1:{port}/notice", QUOTE)
    assert found.outcome == Outcome.NETWORK_ERROR
    assert found.summary.startswith("Could not fetch it: ")


def test_a_host_that_does_not_exist_is_a_network_error_said_plainly():
    found = watch().check("https://no-such-host.invalid/notice", QUOTE)
    assert found.outcome == Outcome.NETWORK_ERROR
    assert "no-such-host.invalid could not be looked up" in found.summary


# The quote, as text


@pytest.mark.parametrize(
    ("page", "quote"),
    [
        ("<p>We rely on <em>legitimate</em>&nbsp;interest.</p>", "We rely on legitimate interest"),
        ("<p>LinkedIn&#8217;s terms</p>", "LinkedIn's terms"),
        ("<p>LinkedIn's terms</p>", "“LinkedIn’s terms”"),
        ("<p>from 3 November – in Europe</p>", "from 3 November — in Europe"),
        ("<p>WE   RELY\n on it</p>", "we rely on it"),
        ("<p>ﬁne print</p>", "fine print"),  # NFKC
        ("<p>opt\u00adout</p>", "optout"),  # a soft hyphen is not a letter
        ("<p>It only stops the use, for now, of your data.</p>", "It only stops … of your data."),
        ("<p>the purpose, and more</p>", "the purpose."),  # the page's sentence goes on
    ],
)
def test_a_quote_is_found_whatever_the_typography(page, quote):
    assert quote_found(quote, html_to_text(page))


@pytest.mark.parametrize(
    ("page", "quote"),
    [
        ("<p>We rely on consent.</p>", "We rely on legitimate interest"),
        ("<script>var q = 'We rely on it'</script><p>Nothing</p>", "We rely on it"),
        ("<li>We rely</li><li>on it</li><p>x</p>", "We relyon it"),
        ("<p>of your data. It only stops the use</p>", "It only stops … of your data."),  # order
    ],
)
def test_a_quote_that_is_not_there_is_not_found(page, quote):
    assert not quote_found(quote, html_to_text(page))


# The command


def test_the_command_records_a_check_per_source_with_an_address(local_site, db, capsys):
    local_site.page("/fine", PAGE)
    local_site.page("/changed", "<p>Something else entirely.</p>")
    fine = local_source(local_site, "/fine", key="W1")
    changed = local_source(local_site, "/changed", key="W2")
    no_address = make_source(key="W3", url="")
    call_command("check_sources", "W1", "W2", "W3", timeout=0.5)
    out = capsys.readouterr().out
    assert SourceCheck.objects.get(source=fine).outcome == Outcome.OK
    assert SourceCheck.objects.get(source=changed).outcome == Outcome.QUOTE_MISSING
    assert not no_address.checks.exists()
    assert "W1     fine" in out and "W2     problem" in out
    assert "Checked 2 source(s) with an address: 1 fine, 1 with a problem." in out
    assert "No address to check: W3." in out


def test_without_network_every_source_is_reported_and_the_command_succeeds(linkedin, capsys):
    # The seeded sources, sent where no network reaches (here and on any machine).
    Source.objects.exclude(url="").update(url="https://sources.invalid/gone")
    call_command("check_sources")
    out = capsys.readouterr().out
    with_address = Source.objects.exclude(url="").count()
    assert SourceCheck.objects.filter(outcome=Outcome.NETWORK_ERROR).count() == with_address
    assert f"0 fine, {with_address} with a problem" in out
    assert "sources.invalid could not be looked up (no network, or no such host)" in out


def test_fail_on_problem_exits_non_zero_for_cron(local_site, db):
    local_site.page("/fine", PAGE)
    local_source(local_site, "/fine", key="W1")
    local_source(local_site, "/gone", key="W2")
    call_command("check_sources", "W1", "--fail-on-problem")
    with pytest.raises(CommandError, match=r"1 source\(s\) with a problem: W2") as raised:
        call_command("check_sources", "W1", "W2", "--fail-on-problem")
    assert raised.value.returncode == 1


def test_an_unknown_key_is_refused(db):
    with pytest.raises(CommandError, match="No source with the key NOPE"):
        call_command("check_sources", "NOPE")


def test_running_the_watch_leaves_the_content_revision_and_history_alone(local_site, db):
    import reversion
    from reversion.models import Version

    local_site.page("/fine", PAGE)
    source = local_source(local_site, "/fine", key="W1")
    before, versions = content_revision(), Version.objects.count()
    for _ in range(3):
        call_command("check_sources", "W1")
    assert content_revision() == before
    assert Version.objects.count() == versions
    assert not reversion.is_registered(SourceCheck)
    assert source.checks.count() == 3


def test_only_the_latest_checks_are_kept(local_site, db):
    from policies import source_watch

    local_site.page("/fine", PAGE)
    source = local_source(local_site, "/fine", key="W1")
    for _ in range(4):
        source_watch.check_source(source, watch())
    newest = list(source.checks.values_list("pk", flat=True)[:2])
    source_watch.forget_old_checks(keep=2)
    assert list(source.checks.values_list("pk", flat=True)) == newest
