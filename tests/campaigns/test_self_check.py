"""The self-check: questions, scoring at every band boundary, unanswered questions, the way to help."""

import re

import pytest
from django.core.exceptions import ValidationError

from campaigns import selfcheck
from tests.campaigns.factories import bands_data, questions_data
from tests.campaigns.helpers import all_answers, csrf_client, submit_self_check


def test_form_asks_every_question_with_yes_and_no_and_posts_to_the_page_itself(campaign_tree):
    url = campaign_tree.url("self_check", "hr")
    html = csrf_client().get(url).content.decode()
    form = re.search(r'<form class="self-check__form" method="post" action="([^"]+)"', html)
    assert form and form.group(1) == url, "answers go in the request body, never in a URL"
    for number in range(1, 5):
        assert f"Pitanje št. {number}?" in html
        assert f'<input type="radio" id="answer-{number}-yes" name="answer-{number}" value="yes">' in html
        assert f'<label for="answer-{number}-no">Ne</label>' in html
    assert "ne liječnička, pravna ili financijska procjena" in html


# Weights 1, 2, 1, 3 (0 to 7 points); bands 0–1, 2–4, 5–7.
@pytest.mark.parametrize(
    ("yes", "score", "band"),
    [
        (set(), 0, "Few signs"),
        ({1}, 1, "Few signs"),
        ({2}, 2, "Time to talk"),
        ({1, 2, 3}, 4, "Time to talk"),
        ({2, 4}, 5, "Reach out for support"),
        ({1, 2, 3, 4}, 7, "Reach out for support"),
    ],
)
def test_score_lands_in_the_right_band_at_every_boundary(campaign_tree, yes, score, band):
    response = submit_self_check(csrf_client(), campaign_tree.url("self_check", "en"), all_answers(yes))
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'<h2 id="result-heading">.*?</span> (.*?)</h2>', html).group(1) == band
    assert f"add up to {score} of 7 points" in html
    assert f"Nasvet: {band}." in html  # the band's own advice


@pytest.mark.parametrize(("language", "band"), [("sl", "Poiščite podporo"), ("hr", "Potražite podršku")])
def test_result_is_in_the_visitors_language(campaign_tree, language, band):
    response = submit_self_check(csrf_client(), campaign_tree.url("self_check", language), all_answers({1, 2, 3, 4}))
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert band in html


def test_unanswered_questions_are_listed_and_linked_and_given_answers_are_kept(campaign_tree):
    response = submit_self_check(csrf_client(), campaign_tree.url("self_check", "en"), {1: "yes", 3: "no"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "<title>Error:" in html
    summary = html.split('id="error-summary"')[1].split("</div>")[0]
    assert "2 questions have no answer yet" in summary
    assert '<a href="#answer-2-yes">Question 2: Question št. 2?</a>' in summary
    assert '<a href="#answer-4-yes">Question 4: Question št. 4?</a>' in summary
    assert "answer-1-yes" not in summary
    # The answers given are still selected; the missing ones carry an error linked to their fieldset.
    assert 'id="answer-1-yes" name="answer-1" value="yes" checked' in html
    assert 'id="answer-3-no" name="answer-3" value="no" checked' in html
    assert 'aria-describedby="answer-2-error"' in html
    assert '<p class="field-error" id="answer-2-error">' in html
    assert "result-heading" not in html


def test_a_tampered_answer_counts_as_unanswered_not_as_points(campaign_tree):
    answers = all_answers({1})
    answers[4] = "YES!!"
    response = submit_self_check(csrf_client(), campaign_tree.url("self_check", "en"), answers)
    assert response.status_code == 400
    assert '<a href="#answer-4-yes">' in response.content.decode()


def test_result_links_to_the_help_directory_and_offers_its_towns_by_get(campaign_tree):
    response = submit_self_check(csrf_client(), campaign_tree.url("self_check", "hr"), all_answers({4}))
    html = response.content.decode()
    directory_url = campaign_tree.url("directory", "hr")
    assert f'<a href="{directory_url}">Gdje po pomoć</a>' in html
    form = re.search(r'<form class="area-form" method="get" action="([^"]+)"', html)
    assert form.group(1) == directory_url
    assert '<label for="area-town">Vaše mjesto</label>' in html
    # Towns of the Croatian directory, grouped by country; Slovenian entries are translations, not shown twice.
    assert '<optgroup label="Slovenija"><option>Ormož</option><option>Ptuj</option></optgroup>' in html
    assert '<optgroup label="Hrvatska"><option>Čakovec</option></optgroup>' in html


def test_without_a_chosen_directory_the_result_uses_the_directory_of_its_language(campaign_tree):
    page = campaign_tree.self_check["en"]
    page.help_directory = None
    page.save_revision().publish()
    response = submit_self_check(csrf_client(), campaign_tree.url("self_check", "en"), all_answers(set()))
    assert f'action="{campaign_tree.url("directory", "en")}"' in response.content.decode()


@pytest.mark.parametrize(
    ("bands", "message"),
    [
        ([(0, 1, "a"), (3, 7, "b")], "No band covers these scores: 2."),
        ([(0, 3, "a"), (2, 7, "b")], "More than one band covers these scores: 2–3."),
        ([(0, 5, "a")], "No band covers these scores: 6–7."),
        ([(0, 7, "a"), (8, 9, "b")], "The band from 8 to 9 can never be reached."),
    ],
)
def test_bands_that_do_not_cover_every_score_exactly_once_are_refused(campaign_tree, bands, message):
    page = campaign_tree.self_check["en"]
    page.bands = bands_data("en", bands)
    with pytest.raises(ValidationError) as caught:
        page.clean()
    text = " ".join(caught.value.message_dict["bands"])
    assert "The questions give scores from 0 to 7" in text
    assert message in text


def test_bands_that_cover_every_score_once_are_accepted(campaign_tree):
    page = campaign_tree.self_check["en"]
    page.questions = questions_data("en", weights=(1, 1))
    page.bands = bands_data("en", [(0, 0, "none"), (1, 2, "some")])
    page.clean()  # no error


def test_coverage_check_reports_gaps_and_overlaps_as_ranges():
    coverage = selfcheck.check_coverage([(0, 2), (2, 3), (6, 9)], highest_score=9)
    assert coverage.uncovered == [4, 5]
    assert coverage.overlapping == [2]
    assert not coverage.ok
    assert selfcheck.format_ranges([1, 2, 3, 7, 9, 10]) == "1–3, 7, 9–10"
    assert selfcheck.check_coverage([(0, 4), (5, 9)], highest_score=9).ok
