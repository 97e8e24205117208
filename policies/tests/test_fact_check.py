"""The December 2026 fact-check, as visitors see it: rights, honest dates and labels, places."""

import re

import pytest
from django.utils.html import escape

from policies.models import Confidence, Exclusion, Fact, Right, Source

GUIDE = "/guide/"


def result(client, country, age="18plus", device="desktop", language="en") -> str:
    prefix = "" if language == "en" else f"/{language}"
    response = client.get(f"{prefix}{GUIDE}", {"country": country, "age": age, "device": device})
    assert response.status_code == 200
    return response.content.decode()


def section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    return html[start : html.index("</section>", start)]


@pytest.mark.parametrize(
    ("country", "law", "authority"),
    [
        ("DE", "the GDPR", "https://www.dataprotection.ie/"),
        ("FR", "the GDPR", "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en"),
        ("NO", "the GDPR", "https://www.dataprotection.ie/"),
        ("GB", "the UK GDPR", "https://ico.org.uk/make-a-complaint/"),
    ],
)
def test_gdpr_results_say_you_can_object_to_the_training_itself_and_where_to_complain(
    client, linkedin, country, law, authority
):
    rights = section(result(client, country), "objecting-heading")
    assert "You can object to the training itself" in rights
    assert f"so {law} gives you the right to object" in rights
    assert "unless it shows compelling legitimate grounds" in rights
    assert "within one month" in rights
    assert f'href="{authority}"' in rights
    # The form comes between the objection and the complaint.
    form = rights.index(linkedin.objection_form_url)
    assert rights.index("You can object") < form < rights.index("does not answer within a month")


def test_switzerland_is_under_its_own_law_with_its_authority(client, linkedin):
    rights = section(result(client, "CH"), "objecting-heading")
    assert "Federal Act on Data Protection" in rights and "not the GDPR" in rights
    assert 'href="https://www.edoeb.admin.ch/"' in rights
    assert "badge-unverified" in rights  # the exact wording of the Swiss right is unchecked


@pytest.mark.parametrize(
    ("country", "law", "authority"),
    [("CA", "PIPEDA", "https://www.priv.gc.ca/"), ("HK", "Ordinance", "https://www.pcpd.org.hk/")],
)
def test_canada_and_hong_kong_learn_that_legitimate_interest_is_linkedins_word(
    client, linkedin, country, law, authority
):
    rights = section(result(client, country), "objecting-heading")
    assert "“Legitimate interest” is LinkedIn’s wording" in rights
    assert law in rights and f'href="{authority}"' in rights
    assert "badge-reported" in rights  # how each law frames the right: press level, to check


def test_regions_without_a_rights_entry_show_none(client, linkedin):
    html = result(client, "US")
    assert "Your rights: object, and where to complain" not in html


def test_the_us_date_is_the_disclosure_and_reported_not_confirmed(client, linkedin):
    us = linkedin.regions.get(slug="united-states")
    assert us.confidence == Confidence.REPORTED
    assert set(us.sources.values_list("key", flat=True)) >= {"S17"}
    assert not us.sources.filter(key="S8").exists()  # the ads article never said when
    status = section(result(client, "US"), "status-heading")
    assert "18 September 2024" in status
    assert "reports say training had begun before then" in status
    assert "badge-reported" in status


def test_the_uks_microsoft_training_claim_is_labelled_as_resting_on_one_source(client, linkedin):
    setting = linkedin.related_settings.get(name__startswith="UK: sharing")
    assert setting.confidence == Confidence.SINGLE
    assert list(setting.sources.values_list("key", flat=True)) == ["S6"]
    html = result(client, "GB")
    assert ">one source</span>" in html
    assert "an older LinkedIn help page said" in html


@pytest.mark.parametrize("country", ["JE", "GG", "IM", "GI"])
def test_places_linkedin_does_not_name_are_told_so_and_offered_the_right_to_object(
    client, linkedin, country
):
    html = result(client, country)
    assert "LinkedIn does not say which of its groups this place is in" in html
    assert "All other countries" not in section(html, "status-heading")
    rights = section(html, "objecting-heading")
    assert "modelled on the GDPR, with a right to object" in rights
    assert linkedin.objection_form_url in rights


@pytest.mark.parametrize("country", ["PR", "GU", "VI", "AS", "MP", "UM"])
def test_us_territories_are_with_the_united_states_and_it_says_this_is_our_reading(
    client, linkedin, country
):
    html = result(client, country)
    assert "“United States”" in html
    assert "so this is our reading" in html


def test_kosovo_is_a_country_on_the_list(client, linkedin):
    assert '<option value="XK"' in client.get(GUIDE).content.decode()
    html = result(client, "XK")
    assert "<strong>Kosovo</strong> is in LinkedIn’s group “All other countries”" in html


def test_the_lawsuit_is_shown_as_withdrawn(client, linkedin):
    messages = linkedin.exclusions.get(name="Private messages")
    assert "withdrawn about ten days later" in messages.detail
    assert messages.sources.filter(key="S18").exists()
    assert "withdrawn about ten days later" in client.get("/policy/").content.decode()


def test_students_and_secondary_school_are_one_fact(client, linkedin):
    assert not Exclusion.objects.filter(name="Some student profiles").exists()
    minors = linkedin.exclusions.get(covers_minors=True)
    assert "secondary school" in minors.detail and "student profiles" in minors.detail
    assert set(minors.sources.values_list("key", flat=True)) >= {"S1", "S9"}


def test_no_account_needed_rests_on_linkedins_notice_alone(linkedin):
    fact = linkedin.facts.get(text="You do not need a LinkedIn account to use the form.")
    assert list(fact.sources.values_list("key", flat=True)) == ["S6"]


def test_the_form_is_not_described_as_only_for_other_uses(client, linkedin):
    objecting = linkedin.facts.get(topic=Fact.Topic.OBJECTING, order=1)
    assert "covers the AI training too" in objecting.text
    assert "uses of your data that the setting does not cover" not in result(client, "DE")


def test_the_roundup_is_cited_as_its_four_articles(client, linkedin):
    publishers = set(Source.objects.values_list("publisher", flat=True))
    assert {"PCMag", "gHacks", "9to5Mac", "TechRadar"} <= publishers
    assert not Source.objects.filter(publisher__icontains="roundup").exists()
    for path in ["/", "/policy/", f"{GUIDE}?country=DE&age=18plus&device=desktop"]:
        html = client.get(path).content.decode()
        assert "roundup" not in html.lower() and "November 3, 2024" not in html


def test_every_right_has_a_source_and_gdpr_rights_are_confirmed(linkedin):
    rights = Right.objects.filter(region__policy=linkedin)
    assert rights.count() >= 13
    for right in rights:
        assert right.sources.exists(), right
    eu = rights.filter(region__slug="eu", kind=Right.Kind.OBJECT).get()
    assert eu.confidence == Confidence.CONFIRMED
    assert list(eu.sources.values_list("key", flat=True)) == ["S10"]


def test_region_page_timelines_show_their_confidence_badges(client, linkedin):
    html = client.get("/regions/uk/").content.decode()
    events = html[html.index('id="events-heading"') :]
    reported = [e for e in linkedin.timeline.all() if e.confidence == "reported"]
    uk_reported = [e for e in reported if linkedin.regions.get(slug="uk") in e.regions.all()]
    assert events.count("badge-reported") >= len(uk_reported)
    assert "Your rights: object, and where to complain" in html
    assert 'href="https://ico.org.uk/make-a-complaint/"' in html


def test_feed_entries_name_their_sources(client, linkedin):
    feed = client.get("/feed.atom").content.decode()
    entries = re.findall(r"<entry>.*?</entry>", feed, re.S)
    assert entries
    for entry in entries:
        assert "Sources:" in entry
    assert escape("Information Commissioner's Office (UK)") in feed or "ICO" in feed


def test_the_share_title_does_not_promise_more_than_opting_out_does(client, linkedin):
    html = result(client, "DE")
    title = re.search(r'<meta property="og:title" content="([^"]+)"', html).group(1)
    assert "stop" not in title.lower()
    assert "switch off" in title.lower()
