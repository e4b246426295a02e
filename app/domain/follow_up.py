"""Which checks follow a decision, and when.

After a report, Veilig Thuis tells the reporter what it did once it has assessed safety; VT
triages within five working days, so a reminder after two weeks prompts a phone call if no
word came. After a report or help, the professional checks whether the situation became safe:
at about three and about twelve months. All dates are suggestions the user can move.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from app.domain.entries import Decision
from app.domain.enums import FollowUpCheck

VT_FEEDBACK_AFTER = timedelta(weeks=2)
SAFETY_CHECK_MONTHS = {FollowUpCheck.SAFETY_3_MONTHS: 3, FollowUpCheck.SAFETY_12_MONTHS: 12}


def checks_after(decision: Decision) -> list[FollowUpCheck]:
    """The planned checks a decision asks for, in the order they fall due."""
    checks = []
    if decision.report_to_vt:
        checks.append(FollowUpCheck.VT_FEEDBACK)
    if decision.report_to_vt or decision.offer_help:
        checks += list(SAFETY_CHECK_MONTHS)
    return checks


def suggested_due_date(check: FollowUpCheck, decided_on: date) -> date:
    if check == FollowUpCheck.VT_FEEDBACK:
        return decided_on + VT_FEEDBACK_AFTER
    return add_months(decided_on, SAFETY_CHECK_MONTHS[check])


def add_months(day: date, months: int) -> date:
    """The same day `months` later; the month's last day when that day does not exist."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
