"""Scoring of the self-check ("Am I at risk?") and the rule that its result bands fit its questions.

Kept free of requests and storage on purpose: answers come in, a score and a band go out, and
nothing is remembered anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

YES = "yes"
NO = "no"
ANSWER_FIELD_PREFIX = "answer-"


@dataclass(frozen=True)
class Question:
    number: int  # 1-based, as the visitor sees it; also the form field's suffix
    text: str
    hint: str
    weight: int

    @property
    def field_name(self) -> str:
        return f"{ANSWER_FIELD_PREFIX}{self.number}"


@dataclass(frozen=True)
class Band:
    min_score: int
    max_score: int
    title: str
    advice: object  # RichText

    def contains(self, score: int) -> bool:
        return self.min_score <= score <= self.max_score


@dataclass(frozen=True)
class Row:
    """One question as the form shows it: the answer given so far, and whether it is missing."""

    question: Question
    answer: str = ""
    missing: bool = False


def rows(questions: Iterable[Question], answers: Mapping[int, str] | None = None, missing=()) -> list[Row]:
    answers = answers or {}
    missing_numbers = {question.number for question in missing}
    return [
        Row(question, answers.get(question.number, ""), question.number in missing_numbers) for question in questions
    ]


def max_score(questions: Iterable[Question]) -> int:
    return sum(question.weight for question in questions)


def read_answers(questions: Iterable[Question], data: Mapping[str, str]) -> tuple[dict[int, str], list[Question]]:
    """The answers given (question number -> "yes"/"no") and the questions left unanswered.

    Anything other than "yes" or "no" counts as unanswered, so a tampered form cannot change the score.
    """
    answers: dict[int, str] = {}
    unanswered: list[Question] = []
    for question in questions:
        value = data.get(question.field_name)
        if value in (YES, NO):
            answers[question.number] = value
        else:
            unanswered.append(question)
    return answers, unanswered


def score(questions: Iterable[Question], answers: Mapping[int, str]) -> int:
    return sum(question.weight for question in questions if answers.get(question.number) == YES)


def band_for(bands: Iterable[Band], value: int) -> Band | None:
    return next((band for band in bands if band.contains(value)), None)


def _ranges(scores: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7] -> [(1, 3), (7, 7)]"""
    ranges: list[tuple[int, int]] = []
    for value in scores:
        if ranges and ranges[-1][1] == value - 1:
            ranges[-1] = (ranges[-1][0], value)
        else:
            ranges.append((value, value))
    return ranges


def format_ranges(scores: list[int]) -> str:
    return ", ".join(str(low) if low == high else f"{low}–{high}" for low, high in _ranges(scores))


@dataclass(frozen=True)
class Coverage:
    """Which possible scores no band covers, and which more than one band covers."""

    uncovered: list[int]
    overlapping: list[int]
    unreachable: list[tuple[int, int]]  # bands (from, to) that start above the highest possible score

    @property
    def ok(self) -> bool:
        return not (self.uncovered or self.overlapping or self.unreachable)


def check_coverage(bands: Iterable[tuple[int, int]], highest_score: int) -> Coverage:
    bands = list(bands)
    uncovered, overlapping = [], []
    for value in range(highest_score + 1):
        covering = sum(1 for low, high in bands if low <= value <= high)
        if covering == 0:
            uncovered.append(value)
        elif covering > 1:
            overlapping.append(value)
    unreachable = [(low, high) for low, high in bands if low > highest_score]
    return Coverage(uncovered, overlapping, unreachable)
