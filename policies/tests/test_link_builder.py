"""The newsletter link builder: the address an editor gives out, and its share preview."""

import datetime
import html
import re

import pytest
from django.urls import reverse

from policies.models import Region
from policies.sharing import share_text
from policies.tests.factories import make_policy, make_region

BUILDER = "/admin/policies/newsletter-link/"


def built_link(response) -> str:
    """The read-only field the editor copies from, as the browser shows its value."""
    field = re.search(
        r'<input type="text" id="newsletter-link-url"[^>]*value="([^"]*)"',
        response.content.decode(),
    )
    assert field, "no link was built"
    return html.unescape(field.group(1))


def preview(response) -> str:
    page = response.content.decode()
    return page[page.index('id="share-preview"') :]


# Who may use it


def test_the_builder_has_its_admin_address():
    assert reverse("admin:newsletter_link") == BUILDER


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(BUILDER)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_an_editor_can_open_it(editor_client, linkedin):
    response = editor_client.get(BUILDER)
    assert response.status_code == 200
    assert 'id="newsletter_link_form"' in response.content.decode()
    assert "newsletter-link-url" not in response.content.decode()  # nothing built yet


def test_staff_without_content_rights_may_not(client, staff_without_rights, linkedin):
    client.force_login(staff_without_rights)
    assert client.get(BUILDER).status_code == 403


def test_the_admin_index_links_to_it_for_editors_only(client, editor, staff_without_rights, db):
    client.force_login(editor)
    assert f'href="{BUILDER}"' in client.get(reverse("admin:index")).content.decode()
    client.force_login(staff_without_rights)
    assert f'href="{BUILDER}"' not in client.get(reverse("admin:index")).content.decode()


def test_building_a_link_changes_nothing(editor_client, linkedin):
    assert editor_client.post(BUILDER, {"region": "eu"}).status_code == 405


# Where the link leads


@pytest.mark.parametrize(
    ("choices", "expected"),
    [
        (
            {"region": "eu", "device": "android", "utm_source": "news"},
            "/guide/?device=android&utm_source=news",
        ),
        ({"region": "eu"}, "/regions/eu/"),
        ({"region": "uk", "device": "ios"}, "/guide/?country=GB&device=ios"),
        ({"region": "uk"}, "/regions/uk/"),
        ({"device": "desktop"}, "/guide/?device=desktop"),
        ({"region": "rest-of-world", "device": "mobile-web"}, "/guide/?device=mobile-web"),
        ({"region": "", "device": ""}, "/"),
        (
            {"utm_source": "news", "utm_medium": "email", "utm_campaign": "dec_2026"},
            "/?utm_source=news&utm_medium=email&utm_campaign=dec_2026",
        ),
    ],
)
def test_the_link_for_each_choice(editor_client, linkedin, choices, expected):
    response = editor_client.get(BUILDER, choices)
    assert response.status_code == 200
    assert built_link(response) == f"http://testserver/linkedin-ai-training{expected}"


def test_every_built_link_opens(editor_client, client, linkedin):
    for choices in [{"region": "uk", "device": "ios"}, {"region": "eu"}, {"device": "android"}]:
        link = built_link(editor_client.get(BUILDER, choices))
        assert client.get(link.removeprefix("http://testserver")).status_code == 200, link


def test_a_device_for_a_many_country_region_says_the_guide_will_ask(editor_client, linkedin):
    page = editor_client.get(BUILDER, {"region": "eu", "device": "ios"}).content.decode()
    assert "covers several countries, so the guide will ask which one" in page


@pytest.mark.parametrize("bad", ["news letter", "news&x=1", "<script>", "ü", "x" * 41])
def test_a_bad_tracking_value_is_a_form_error(editor_client, linkedin, bad):
    response = editor_client.get(BUILDER, {"region": "eu", "utm_source": bad})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="errorlist' in page
    assert "newsletter-link-url" not in page
    assert "<script>" not in page


def test_an_unknown_region_is_a_form_error(editor_client, linkedin):
    response = editor_client.get(BUILDER, {"region": "atlantis"})
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()


def test_only_the_published_policys_regions_are_offered(editor_client, linkedin):
    other = make_region(make_policy(is_published=False), name="Elsewhere", slug="elsewhere")
    page = editor_client.get(BUILDER).content.decode()
    assert "European Union" in page
    assert other.name not in page


def test_without_a_published_policy_the_builder_says_so(editor_client, linkedin):
    linkedin.is_published = False
    linkedin.save()
    response = editor_client.get(BUILDER, {"region": "eu"})
    assert response.status_code == 200
    assert "No policy is published yet" in response.content.decode()


# The share preview


def test_the_preview_shows_the_region_and_its_date(editor_client, linkedin):
    card = preview(editor_client.get(BUILDER, {"region": "eu"}))
    assert "European Union" in card
    assert "3 November 2025" in card
    assert 'src="http://testserver/linkedin-ai-training/share.png"' in card


def test_the_preview_of_a_general_link_shows_the_policy(editor_client, linkedin):
    card = preview(editor_client.get(BUILDER, {"device": "ios"}))
    assert html.escape(linkedin.title) in card
    assert "European Union" not in card


def test_share_text_for_a_region_that_has_started(linkedin):
    eu = linkedin.regions.get(slug="eu")
    title, description = share_text(linkedin, eu, today=datetime.date(2026, 1, 1))
    assert "European Union" in title
    assert description == "LinkedIn has used members’ data for AI training since 3 November 2025."


def test_share_text_for_a_region_that_has_not_started_yet(db):
    policy = make_policy(platform="ExampleNet")
    region = make_region(policy, name="Atlantis", training_start=datetime.date(2027, 3, 1))
    title, description = share_text(policy, region, today=datetime.date(2027, 2, 28))
    assert "Atlantis" in title
    assert description == "ExampleNet will use members’ data for AI training from 1 March 2027."
    on_the_day = share_text(policy, region, today=datetime.date(2027, 3, 1))[1]
    assert on_the_day == "ExampleNet has used members’ data for AI training since 1 March 2027."


def test_share_text_without_a_region_is_the_policy(linkedin):
    assert share_text(linkedin) == (linkedin.title, linkedin.summary)


def test_share_text_counts_from_today_by_default(linkedin):
    region = Region.objects.get(policy=linkedin, slug="eu")
    assert "since 3 November 2025" in share_text(linkedin, region)[1]


@pytest.mark.parametrize(
    "choices",
    [
        {"region": "uk"},
        {"region": "uk", "device": "ios"},
        {"device": "android"},
        {"region": "", "device": ""},
    ],
    ids=["region", "region and device", "device", "nothing"],
)
def test_the_preview_is_what_the_linked_page_shares(editor_client, client, linkedin, choices):
    response = editor_client.get(BUILDER, choices)
    link = built_link(response)
    page = client.get(link.removeprefix("http://testserver")).content.decode()
    shared = dict(re.findall(r'<meta property="(og:[a-z]+)" content="([^"]*)"', page))
    shown = preview(response)
    for name in ("og:title", "og:description", "og:image"):
        assert shared[name] in shown, name
    assert 'class="vURLField full-width-link"' in response.content.decode()
    assert "Copy the link" in response.content.decode()
