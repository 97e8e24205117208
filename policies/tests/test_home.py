import re

from django.urls import reverse
from django.utils.html import escape

from policies.models import DataCategory


def test_home_shows_the_summary_regions_and_dates(client, linkedin):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    page = response.content.decode()
    assert escape(linkedin.summary) in page
    assert "European Union" in page
    assert "Since <strong>3 November 2025</strong>" in page
    assert "Since <strong>18 September 2024</strong>" in page


def test_home_lists_data_categories_and_exclusions(client, linkedin):
    page = client.get(reverse("home")).content.decode()
    for category in linkedin.data_categories.all():
        assert category.name in page
    assert "Private messages" in page


def test_every_citation_points_to_an_entry_in_the_source_list(client, linkedin):
    page = client.get(reverse("home")).content.decode()
    cited = set(re.findall(r'href="#source-(\d+)"', page))
    listed = set(re.findall(r'<li id="source-(\d+)"', page))
    assert cited, "the page cites nothing"
    assert cited == listed
    assert "Information Commissioner" in page  # a source with a public address
    assert 'href="https://ico.org.uk/' in page


def test_a_fact_resting_on_press_reports_is_marked_as_such(client, linkedin):
    page = client.get(reverse("home")).content.decode()
    canada = page[page.index('id="region-canada"') :]
    canada = canada[: canada.index("</tr>")]
    assert "press report" in canada
    eu = page[page.index('id="region-eu"') :]
    assert "press report" not in eu[: eu.index("</tr>")]


def test_a_content_edit_shows_on_the_next_request(client, linkedin):
    DataCategory.objects.filter(policy=linkedin, order=1).update(includes="Edited just now.")
    assert "Edited just now." in client.get(reverse("home")).content.decode()


def test_home_sets_no_cookie_and_loads_nothing_from_other_hosts(client, linkedin):
    response = client.get(reverse("home"))
    assert not response.cookies
    page = response.content.decode()
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)="(https?:)?//', page)


def test_home_without_a_published_policy_says_so(client, linkedin):
    linkedin.is_published = False
    linkedin.save()
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert "No guide has been published yet" in response.content.decode()


def test_home_needs_a_fixed_number_of_queries(client, linkedin, django_assert_max_num_queries):
    with django_assert_max_num_queries(11):
        client.get(reverse("home"))
