"""Every path through every shipped kader, compared with a table a reader can check by hand.

The tables are written out here, not derived from the kader files: they are the domain as
/work/shared/domain.md states it. For the general model (domain.md, "The afwegingskader"):

    1 suspicion?            no  -> close and record                yes -> 2
    2 acute/structural?     yes -> report, 3-5 with Veilig Thuis   no  -> 3
    3 help possible?        no  -> report                          yes -> 4
    4 help accepted?        no  -> report                          yes -> start help, 5
    5 lasting safety?       no  -> report (again)                  yes -> help and monitoring

Each row: path -> (report decision, help decision, norm, recipients of the report).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from app.framework.library import FrameworkLibrary, load_library
from app.framework.model import Framework
from app.framework.terms import Action, Entry, HelpDecision, Norm, Recipient, ReportDecision
from tests.framework.paths import all_paths


class Expected(NamedTuple):
    report: ReportDecision
    help: HelpDecision
    norm: Norm
    report_to: tuple[Recipient, ...]


NO_REPORT = ReportDecision.NO
REPORT = ReportDecision.YES
REPORT_WEIGH_WITH_VT = ReportDecision.YES_WEIGH_HELP_WITH_VEILIG_THUIS
HELP = HelpDecision.YES
NO_HELP = HelpDecision.NO
VT = (Recipient.VEILIG_THUIS,)
NOBODY: tuple[Recipient, ...] = ()

# The five questions of domain.md, for the kaders that follow the general model.
FIVE_QUESTIONS = {
    ("suspicion=no",): Expected(NO_REPORT, NO_HELP, Norm.NO_SUSPICION, NOBODY),
    ("suspicion=yes", "unsafety=yes"): Expected(
        REPORT_WEIGH_WITH_VT, HELP, Norm.ACUTE_OR_STRUCTURAL_UNSAFETY, VT
    ),
    ("suspicion=yes", "unsafety=no", "help_possible=no"): Expected(
        REPORT, NO_HELP, Norm.NO_ADEQUATE_HELP_POSSIBLE, VT
    ),
    ("suspicion=yes", "unsafety=no", "help_possible=yes", "help_accepted=no"): Expected(
        REPORT, NO_HELP, Norm.HELP_REFUSED, VT
    ),
    (
        "suspicion=yes",
        "unsafety=no",
        "help_possible=yes",
        "help_accepted=yes",
        "help_effective=no",
    ): Expected(REPORT, HELP, Norm.HELP_NOT_LEADING_TO_SAFETY, VT),
    (
        "suspicion=yes",
        "unsafety=no",
        "help_possible=yes",
        "help_accepted=yes",
        "help_effective=yes",
    ): Expected(NO_REPORT, HELP, Norm.HELP_LEADS_TO_SAFETY, NOBODY),
}

# Follow-up after a report or during help: new signals are reported again (the VT "radar").
FOLLOW_UP = {
    ("new_signals=yes",): Expected(REPORT, HELP, Norm.NEW_SIGNALS_AFTER_REPORT, VT),
    ("new_signals=no", "safety_lasting=no"): Expected(
        REPORT, HELP, Norm.HELP_NOT_LEADING_TO_SAFETY, VT
    ),
    ("new_signals=no", "safety_lasting=yes"): Expected(
        NO_REPORT, HELP, Norm.HELP_LEADS_TO_SAFETY, NOBODY
    ),
}

# Education: "yes or doubt" at question 2 means report.
EDUCATION_FOLLOW_UP = {
    **FOLLOW_UP,
    ("new_signals=doubt",): Expected(REPORT, HELP, Norm.NEW_SIGNALS_AFTER_REPORT, VT),
}

CHILDCARE_STAFF = (Recipient.CHILDCARE_OPERATOR, Recipient.CONFIDENTIAL_INSPECTOR)
SCHOOL_STAFF = (Recipient.SCHOOL_BOARD, Recipient.CONFIDENTIAL_INSPECTOR)


def under_route(
    route: str, table: dict[tuple[str, ...], Expected]
) -> dict[tuple[str, ...], Expected]:
    """The same rows, reached after choosing a route first (childcare and education)."""
    return {(f"route={route}", *path): row for path, row in table.items()}


CHILDCARE = {
    # Route 1, the home situation: the five questions.
    **under_route("home", FIVE_QUESTIONS),
    # Route 2, a staff member: tell the operator, who consults the confidential inspector;
    # a reasonable suspicion means a report to the police. Never a silent "no report".
    ("route=staff", "staff_offence=no"): Expected(NO_REPORT, NO_HELP, Norm.NO_SUSPICION, NOBODY),
    ("route=staff", "staff_offence=yes", "staff_reasonable_suspicion=yes"): Expected(
        REPORT,
        HELP,
        Norm.STAFF_OFFENCE_REASONABLE_SUSPICION,
        (*CHILDCARE_STAFF, Recipient.POLICE),
    ),
    ("route=staff", "staff_offence=yes", "staff_reasonable_suspicion=no"): Expected(
        REPORT, HELP, Norm.STAFF_OFFENCE_INDICATION, CHILDCARE_STAFF
    ),
    # Route 3, sexual boundary-crossing between children, weighed like the five questions.
    ("route=children", "children_suspicion=no"): Expected(
        NO_REPORT, NO_HELP, Norm.NO_SUSPICION, NOBODY
    ),
    ("route=children", "children_suspicion=yes", "children_unsafety=yes"): Expected(
        REPORT_WEIGH_WITH_VT, HELP, Norm.ACUTE_OR_STRUCTURAL_UNSAFETY, VT
    ),
    (
        "route=children",
        "children_suspicion=yes",
        "children_unsafety=no",
        "children_help_possible=no",
    ): Expected(REPORT, NO_HELP, Norm.NO_ADEQUATE_HELP_POSSIBLE, VT),
    (
        "route=children",
        "children_suspicion=yes",
        "children_unsafety=no",
        "children_help_possible=yes",
        "children_help_accepted=no",
    ): Expected(REPORT, NO_HELP, Norm.HELP_REFUSED, VT),
    (
        "route=children",
        "children_suspicion=yes",
        "children_unsafety=no",
        "children_help_possible=yes",
        "children_help_accepted=yes",
        "children_help_effective=no",
    ): Expected(REPORT, HELP, Norm.HELP_NOT_LEADING_TO_SAFETY, VT),
    (
        "route=children",
        "children_suspicion=yes",
        "children_unsafety=no",
        "children_help_possible=yes",
        "children_help_accepted=yes",
        "children_help_effective=yes",
    ): Expected(NO_REPORT, HELP, Norm.HELP_LEADS_TO_SAFETY, NOBODY),
}

EDUCATION = {
    **under_route("home", FIVE_QUESTIONS),
    # Doubt at question 2 is a yes in education.
    ("route=home", "suspicion=yes", "unsafety=doubt"): Expected(
        REPORT_WEIGH_WITH_VT, HELP, Norm.ACUTE_OR_STRUCTURAL_UNSAFETY, VT
    ),
    # The staff-member route: the school board instead of the childcare operator.
    ("route=staff", "staff_offence=no"): Expected(NO_REPORT, NO_HELP, Norm.NO_SUSPICION, NOBODY),
    ("route=staff", "staff_offence=yes", "staff_reasonable_suspicion=yes"): Expected(
        REPORT,
        HELP,
        Norm.STAFF_OFFENCE_REASONABLE_SUSPICION,
        (*SCHOOL_STAFF, Recipient.POLICE),
    ),
    ("route=staff", "staff_offence=yes", "staff_reasonable_suspicion=no"): Expected(
        REPORT, HELP, Norm.STAFF_OFFENCE_INDICATION, SCHOOL_STAFF
    ),
}

# Version 2.0 of the childcare and education kaders: a route for a suspicion against the
# operator (or the school board) itself, which never reports to the one suspected: the staff
# member goes to the confidential inspector, and on a reasonable suspicion to the police.
CHILDCARE_2 = {
    **CHILDCARE,
    ("route=operator", "operator_offence=no"): Expected(
        NO_REPORT, NO_HELP, Norm.NO_SUSPICION, NOBODY
    ),
    ("route=operator", "operator_offence=yes", "operator_reasonable_suspicion=yes"): Expected(
        REPORT,
        HELP,
        Norm.STAFF_OFFENCE_REASONABLE_SUSPICION,
        (Recipient.CONFIDENTIAL_INSPECTOR, Recipient.POLICE),
    ),
    ("route=operator", "operator_offence=yes", "operator_reasonable_suspicion=no"): Expected(
        REPORT, HELP, Norm.STAFF_OFFENCE_INDICATION, (Recipient.CONFIDENTIAL_INSPECTOR,)
    ),
}

EDUCATION_2 = {
    **EDUCATION,
    ("route=board", "board_offence=no"): Expected(NO_REPORT, NO_HELP, Norm.NO_SUSPICION, NOBODY),
    ("route=board", "board_offence=yes", "board_reasonable_suspicion=yes"): Expected(
        REPORT,
        HELP,
        Norm.STAFF_OFFENCE_REASONABLE_SUSPICION,
        (Recipient.CONFIDENTIAL_INSPECTOR, Recipient.POLICE),
    ),
    ("route=board", "board_offence=yes", "board_reasonable_suspicion=no"): Expected(
        REPORT, HELP, Norm.STAFF_OFFENCE_INDICATION, (Recipient.CONFIDENTIAL_INSPECTOR,)
    ),
}

# Kaders that follow the five questions and the follow-up of the general model.
FIVE_QUESTION_KADERS = [
    ("algemeen", "1.0"),
    ("artsen", "1.0"),
    ("artsen", "2.0"),
    ("jeugdgezondheidszorg", "1.0"),
    ("jeugdgezondheidszorg", "2.0"),
    ("verloskunde", "1.0"),
    ("paramedici", "1.0"),
    ("psychosociaal", "1.0"),
    ("verpleegkundigen", "1.0"),
    ("jeugdhulp", "1.0"),
    ("maatschappelijke_ondersteuning", "1.0"),
    ("justitie", "1.0"),
]

# Per kader version and start: every path and its outcome.
TABLES: dict[tuple[str, str, Entry], dict[tuple[str, ...], Expected]] = {
    **{(k, v, Entry.CHECK): FIVE_QUESTIONS for k, v in FIVE_QUESTION_KADERS},
    **{(k, v, Entry.FOLLOW_UP): FOLLOW_UP for k, v in FIVE_QUESTION_KADERS},
    ("kinderopvang", "1.0", Entry.CHECK): CHILDCARE,
    ("kinderopvang", "1.0", Entry.FOLLOW_UP): FOLLOW_UP,
    ("kinderopvang", "2.0", Entry.CHECK): CHILDCARE_2,
    ("kinderopvang", "2.0", Entry.FOLLOW_UP): FOLLOW_UP,
    ("onderwijs", "1.0", Entry.CHECK): EDUCATION,
    ("onderwijs", "1.0", Entry.FOLLOW_UP): EDUCATION_FOLLOW_UP,
    ("onderwijs", "2.0", Entry.CHECK): EDUCATION_2,
    ("onderwijs", "2.0", Entry.FOLLOW_UP): EDUCATION_FOLLOW_UP,
}

REQUIRED_FRAMEWORKS = {
    "psychosociaal",
    "verpleegkundigen",
    "jeugdhulp",
    "maatschappelijke_ondersteuning",
    "justitie",
    "algemeen",
    "artsen",
    "kinderopvang",
    "onderwijs",
    "jeugdgezondheidszorg",
    "verloskunde",
    "paramedici",
}


@pytest.fixture(scope="module")
def library() -> FrameworkLibrary:
    return load_library()


def test_every_shipped_kader_loads_and_has_a_table(library: FrameworkLibrary) -> None:
    assert library.refused == ()
    shipped = {k.id for k in library.frameworks}
    assert shipped >= REQUIRED_FRAMEWORKS
    shipped = {(k.id, k.version, entry) for k in library.frameworks for entry in k.entries}
    assert shipped == set(TABLES)


@pytest.mark.parametrize(("framework_id", "version", "entry"), sorted(TABLES), ids=str)
def test_every_path_ends_in_the_outcome_the_domain_expects(
    library: FrameworkLibrary, framework_id: str, version: str, entry: Entry
) -> None:
    expected = TABLES[(framework_id, version, entry)]
    actual = {
        path: Expected(o.report, o.help, o.norm, o.report_to)
        for path, o in all_paths(library.get(framework_id, version), entry).items()
    }
    assert set(actual) == set(expected), "paths differ from the table"
    for path, row in expected.items():
        assert actual[path] == row, path


@pytest.mark.parametrize("framework_id", sorted(REQUIRED_FRAMEWORKS))
def test_every_kader_cites_its_source_and_carries_notes(
    library: FrameworkLibrary, framework_id: str
) -> None:
    framework = library.get(framework_id)
    assert framework.source.title and framework.source.publisher
    assert 2017 <= framework.source.year <= framework.date.year
    assert framework.notes
    assert framework.group.id and framework.group.name


@pytest.mark.parametrize("framework_id", sorted(REQUIRED_FRAMEWORKS))
def test_every_outcome_says_what_to_do_next(library: FrameworkLibrary, framework_id: str) -> None:
    framework = library.get(framework_id)
    for outcome in framework.outcomes.values():
        assert outcome.text and outcome.actions
        if outcome.reports_to_veilig_thuis:
            assert "call_veilig_thuis" in outcome.actions, outcome.id


def test_doctors_are_asked_to_consult_veilig_thuis_and_do_the_child_check(
    library: FrameworkLibrary,
) -> None:
    doctors = library.get("artsen")
    said_yes = doctors.questions["suspicion"].answer("yes")
    assert said_yes is not None
    assert {a.value for a in said_yes.actions} >= {"ask_veilig_thuis_advice", "do_child_check"}
    guidance = doctors.questions["suspicion"].guidance
    assert "kindcheck" in guidance and "afhankelijk" in guidance


def test_midwifery_weighs_the_unborn_child(library: FrameworkLibrary) -> None:
    midwives = library.get("verloskunde")
    assert "ongeboren kind" in midwives.questions["suspicion"].text
    assert "ongeboren kind" in midwives.outcomes["report_unsafety"].text


def test_acute_danger_always_points_to_112(library: FrameworkLibrary) -> None:
    for framework in library.frameworks:
        outcome = framework.outcomes["report_unsafety"]
        assert "call_112_if_acute" in outcome.actions, framework.id


@pytest.mark.parametrize(
    ("framework_id", "route"), [("kinderopvang", "operator"), ("onderwijs", "board")]
)
def test_a_suspicion_against_the_operator_never_goes_to_the_operator(
    library: FrameworkLibrary, framework_id: str, route: str
) -> None:
    framework = library.get(framework_id, "2.0")
    suspect = {Recipient.CHILDCARE_OPERATOR, Recipient.SCHOOL_BOARD}
    for path, outcome in all_paths(framework).items():
        if path[0] != f"route={route}":
            continue
        assert not suspect & set(outcome.report_to), path
        assert Action.TELL_CHILDCARE_OPERATOR not in outcome.actions
        assert Action.TELL_SCHOOL_BOARD not in outcome.actions
        if outcome.reports:
            assert Recipient.CONFIDENTIAL_INSPECTOR in outcome.report_to
    said_yes = framework.questions[f"{route}_offence"].answer("yes")
    assert said_yes is not None
    assert Action.CONSULT_CONFIDENTIAL_INSPECTOR_DIRECTLY in said_yes.actions
    assert Action.TELL_CHILDCARE_OPERATOR not in said_yes.actions
    police = framework.outcomes[f"{route}_report_police"]
    assert Action.REPORT_TO_POLICE_DIRECTLY in police.actions
    assert Action.REPORT_TO_POLICE not in police.actions  # that one says the operator does it


@pytest.mark.parametrize(
    ("framework_id", "outcome_id"),
    [
        ("kinderopvang", "staff_no_indication"),
        ("kinderopvang", "operator_no_indication"),
        ("onderwijs", "staff_no_indication"),
        ("onderwijs", "board_no_indication"),
    ],
)
def test_no_indication_at_the_staff_member_points_to_the_home_route(
    library: FrameworkLibrary, framework_id: str, outcome_id: str
) -> None:
    outcome = library.get(framework_id, "2.0").outcomes[outcome_id]
    assert not outcome.reports
    assert {Action.WEIGH_HOME_SITUATION, Action.ASK_VEILIG_THUIS_ADVICE} <= set(outcome.actions)


@pytest.mark.parametrize("outcome_id", ["staff_report_police", "staff_reported_no_police"])
def test_childcare_staff_route_names_what_the_protocol_expects_beyond_the_report(
    library: FrameworkLibrary, outcome_id: str
) -> None:
    outcome = library.get("kinderopvang", "2.0").outcomes[outcome_id]
    assert {
        Action.PROTECT_CHILDREN,
        Action.SUSPEND_STAFF_MEMBER_IF_NEEDED,
        Action.INFORM_PARENTS_OF_CHILDREN_INVOLVED,
        Action.MAKE_ACTION_PLAN,
    } <= set(outcome.actions)


@pytest.mark.parametrize("framework_id", ["artsen", "jeugdgezondheidszorg"])
def test_doctors_and_youth_health_care_expect_veilig_thuis_consulted_first(
    library: FrameworkLibrary, framework_id: str
) -> None:
    newest = library.get(framework_id)
    assert newest.consult_veilig_thuis_first
    said_yes = newest.questions["suspicion"].answer("yes")
    assert said_yes is not None and Action.ASK_VEILIG_THUIS_ADVICE in said_yes.actions


def test_the_doctors_kader_follows_the_knmg_code_of_2023_and_cites_it(
    library: FrameworkLibrary,
) -> None:
    doctors = library.get("artsen")
    assert doctors.version == "2.0" and doctors.source.year == 2023
    assert "tandarts" in doctors.group.name.casefold()
    for outcome in doctors.outcomes.values():
        assert "KNMG-meldcode, afweging" in outcome.text, outcome.id


def test_youth_health_care_no_longer_cites_a_kader_that_was_not_found(
    library: FrameworkLibrary,
) -> None:
    youth = library.get("jeugdgezondheidszorg")
    assert "AJN" not in youth.source.publisher
    assert "KNMG" in youth.source.title and "V&VN" in youth.source.title
    assert "twijfel" in youth.notes


@pytest.mark.parametrize("framework", load_library().frameworks, ids=lambda k: k.key)
def test_every_version_cites_its_source_and_says_what_to_do(framework: Framework) -> None:
    assert framework.source.title and framework.source.publisher
    assert 2017 <= framework.source.year <= framework.date.year
    assert framework.notes and framework.group.id and framework.group.name
    for outcome in framework.outcomes.values():
        assert outcome.text and outcome.actions
        if outcome.reports_to_veilig_thuis:
            assert Action.CALL_VEILIG_THUIS in outcome.actions, outcome.id


def test_nurses_weigh_elder_abuse_and_the_will_of_the_adult_client(
    library: FrameworkLibrary,
) -> None:
    nurses = library.get("verpleegkundigen")
    suspicion = nurses.questions["suspicion"]
    assert "geldzaken" in suspicion.guidance and "wil telt" in suspicion.guidance
    assert "ouderenmishandeling" in nurses.notes and "financiële uitbuiting" in nurses.notes
    said_yes = suspicion.answer("yes")
    assert said_yes is not None and Action.ASK_VEILIG_THUIS_ADVICE in said_yes.actions


@pytest.mark.parametrize(
    "framework_id",
    [
        "psychosociaal",
        "verpleegkundigen",
        "jeugdhulp",
        "maatschappelijke_ondersteuning",
        "justitie",
    ],
)
def test_a_new_kader_says_what_it_could_not_verify(
    library: FrameworkLibrary, framework_id: str
) -> None:
    framework = library.get(framework_id)
    assert "Niet zeker" in framework.notes
    assert "eigen woorden" in framework.source.remark
