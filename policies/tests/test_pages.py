"""The public explainer pages: home, the policy, one page per region."""

import re

import pytest
from django.utils.html import escape

from policies.models import DataCategory, Region

OTHER_HOST = re.compile(
    r'<(script|link|img|iframe|source)[^>]+(src|href)="(https?:)?//(?!testserver/)'
)


def page_of(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def test_home_says_what_changed_and_who_is_affected(client, linkedin):
    page = page_of(client, "/")
    assert escape(linkedin.headline) in page
    assert 'href="/linkedin-ai-training/guide/"' in page and "Check what applies to you" in page
    for region in linkedin.regions.all():
        assert f'href="/linkedin-ai-training/regions/{region.slug}/"' in page
    assert "Since <strong>3 November 2025</strong>" in page
    assert "Since <strong>18 September 2024</strong>" in page


def test_home_shows_the_latest_timeline_entry_as_the_latest_change(client, linkedin):
    latest = linkedin.timeline.order_by("date", "pk").last()
    page = page_of(client, "/")
    new = page[page.index("Latest change") :]
    assert escape(latest.title) in new[:600]


def test_the_policy_page_explains_everything_with_sources(client, linkedin):
    page = page_of(client, "/policy/")
    assert escape(linkedin.summary) in page
    for category in linkedin.data_categories.all():
        assert escape(category.name) in page and escape(category.includes) in page
    assert "Private messages" in page
    for event in linkedin.timeline.all():
        assert escape(event.title) in page
    for question in linkedin.questions.all():
        assert escape(question.question) in page
    assert "Last reviewed by our editors: 22 November 2026" in page


CITING_PAGES = [
    "/",
    "/policy/",
    "/regions/eu/",
    "/regions/rest-of-world/",
    "/guide/?country=DE&age=18plus&device=desktop",
    "/guide/?country=GB&age=under18&device=ios",
    "/guide/?country=JE&age=18plus&device=mobile-web",
    "/guide/?country=CH&device=none",
    "/guide/?device=none",
]


@pytest.mark.parametrize("url", CITING_PAGES)
def test_every_citation_points_to_an_entry_in_the_source_list(client, linkedin, url):
    """The page is its own list of what it cites: marks and list can never drift apart."""
    page = page_of(client, url)
    cited = [int(n) for n in re.findall(r'href="#source-(\d+)"', page)]
    listed = [int(n) for n in re.findall(r'<li id="source-(\d+)"', page)]
    assert cited, "the page cites nothing"
    assert set(cited) == set(listed)
    assert listed == list(range(1, len(listed) + 1))
    firsts = list(dict.fromkeys(cited))
    assert firsts == sorted(firsts), "sources are numbered in the order they are first cited"


def test_a_result_lists_the_sources_of_the_steps_and_the_region_it_shows(client, linkedin):
    page = page_of(client, "/guide/", country="GB", age="18plus", device="desktop")
    listed = page[page.index('id="sources-heading"') :]
    shown = [linkedin.region_for("GB"), linkedin.instructions.get(device="desktop")]
    for fact in shown:
        for source in fact.sources.all():
            assert escape(source.title) in listed, (fact, source.key)


def test_sources_show_publisher_and_link(client, linkedin):
    page = page_of(client, "/policy/")
    assert "Information Commissioner" in page
    assert 'href="https://ico.org.uk/' in page


def test_the_timeline_filters_by_region_without_javascript(client, linkedin):
    everything = page_of(client, "/policy/")
    uk = page_of(client, "/policy/", region="uk")
    assert "Showing events for <strong>United Kingdom</strong>" in uk
    assert "ICO" in uk
    assert uk.count('<li id="event-') < everything.count('<li id="event-')
    # The 2024 User Agreement concerns the US and most other countries, not the UK.
    assert "Updated User Agreement" in everything
    assert "Updated User Agreement" not in uk


def test_an_unknown_timeline_filter_is_a_clear_400(client, linkedin):
    response = client.get("/policy/", {"region": "<b>mars</b>"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Choose a region from the list" in page
    assert "mars" not in page


def test_a_fact_resting_on_press_reports_is_marked_as_such(client, linkedin):
    page = page_of(client, "/")
    canada = page[page.index('id="region-canada"') :]
    assert "press report" in canada[: canada.index("</tr>")]
    eu = page[page.index('id="region-eu"') :]
    assert "press report" not in eu[: eu.index("</tr>")]


@pytest.mark.parametrize(
    "slug",
    ["eu", "eea", "switzerland", "uk", "canada", "hong-kong", "united-states", "rest-of-world"],
)
def test_each_region_page_shows_its_status_and_starts_the_wizard(client, linkedin, slug):
    region = Region.objects.get(policy=linkedin, slug=slug)
    page = page_of(client, f"/regions/{slug}/")
    assert escape(region.name) in page
    assert f"<strong>{region.training_start:%-d %B %Y}</strong>" in page
    assert '<form method="get" action="/linkedin-ai-training/guide/"' in page
    listed = list(region.countries.values_list("country", flat=True))
    if len(listed) == 1:
        assert f'<input type="hidden" name="country" value="{listed[0]}">' in page
    else:
        options = re.findall(r'<option value="([A-Z]{2})"', page)
        if region.is_catch_all:
            assert "BR" in options and "DE" not in options and "US" not in options
        else:
            assert set(options) == set(listed)


def test_a_region_page_leads_into_the_wizard_with_the_country_filled_in(client, linkedin):
    response = client.get("/guide/", {"country": "GB"})
    assert "Are you 18 or over?" in response.content.decode()
    response = client.get("/guide/", {"country": "NO", "answering": "country"})
    assert response["Location"] == "/linkedin-ai-training/guide/?country=NO"


def test_an_unknown_region_is_a_404(client, linkedin):
    assert client.get("/regions/atlantis/").status_code == 404


def test_a_content_edit_shows_on_the_next_request(client, linkedin):
    DataCategory.objects.filter(policy=linkedin, order=1).update(includes="Edited just now.")
    assert "Edited just now." in page_of(client, "/policy/")


@pytest.mark.parametrize(
    "url", ["/", "/policy/", "/regions/eu/", "/guide/", "/guide/?country=DE&age=18plus&device=ios"]
)
def test_pages_set_no_cookie_and_load_nothing_from_other_hosts(client, linkedin, url):
    response = client.get(url)
    assert not response.cookies
    assert not OTHER_HOST.search(response.content.decode())


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/", "LinkedIn: your data and generative AI training"),
        ("/policy/", "LinkedIn: your data and generative AI training: the policy explained"),
        ("/regions/uk/", "United Kingdom"),
        (
            "/guide/?country=DE&age=18plus&device=ios&utm_source=x",
            "How to switch off LinkedIn’s AI training setting",
        ),
    ],
)
def test_share_previews_have_absolute_addresses(client, linkedin, url, title):
    page = page_of(client, url)
    meta = dict(re.findall(r'<meta property="og:([a-z:]+)" content="([^"]*)"', page))
    assert title in meta["title"]
    assert meta["description"]
    assert meta["url"].startswith("http://testserver/")
    assert "utm_source" not in meta["url"]
    assert meta["image"] == "http://testserver/linkedin-ai-training/share.png"
    assert '<link rel="canonical" href="http://testserver/' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page


def test_the_share_image_and_print_stylesheet_are_served(client, linkedin):
    page = page_of(client, "/guide/?country=DE&age=18plus&device=ios")
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in page
    css = b"".join(client.get("/static/css/print.css").streaming_content).decode()
    assert 'content: " (" attr(href) ")"' in css  # links written out on paper
    image = client.get("/static/img/share.png")
    assert image.status_code == 200 and image["Content-Type"] == "image/png"


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/policy/",
        "/regions/eu/",
        "/guide/",
        "/guide/?country=DE&age=18plus&device=ios",
        "/feed.atom",
        "/sitemap.xml",
        "/reminder.ics?country=DE&age=18plus&device=ios",
    ],
)
def test_without_a_published_policy_every_public_address_says_so_alike(client, linkedin, path):
    linkedin.is_published = False
    linkedin.save()
    response = client.get(path)
    assert response.status_code == 404
    assert "No guide has been published yet" in response.content.decode()


@pytest.mark.parametrize(
    "path",
    ["/", "/policy/", "/regions/eu/", "/guide/", "/feed.atom", "/sitemap.xml", "/robots.txt"]
    + ["/reminder.ics?country=DE&age=18plus&device=ios", "/de/guide/"],
)
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch", "options", "trace"])
def test_public_addresses_only_read_and_say_so_in_the_sites_design(client, linkedin, path, method):
    response = getattr(client, method)(path)
    assert response.status_code == 405, (method, path)
    assert response["Allow"] == "GET, HEAD"
    assert 'class="site-header"' in response.content.decode()
    assert not response.cookies
