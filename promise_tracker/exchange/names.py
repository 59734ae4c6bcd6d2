"""Names the exported workbooks show for codes: countries, agencies, action statuses, barriers.

Country names come from the domain's table in English and Swedish (domain/countries.py),
shared with the round report; a code the table lacks is shown as it is. The other names
follow the interface language through `i18n.translate`, like every fixed text of an export.
"""

from __future__ import annotations

from promise_tracker.domain.countries import COUNTRY_NAMES, country_name
from promise_tracker.i18n import translate


def country_label(code: str, language: str) -> str:
    """ "Sweden (SE)": the name with its code, or the code alone if the table lacks it."""
    name = country_name(code, language)
    return code if name == code else f"{name} ({code})"


def agency_name(agency: str) -> str:
    """An Agency value's name; any other text as it is."""
    names = {
        "police": translate("ExportNames", "Police"),
        "prosecution": translate("ExportNames", "Prosecution"),
        "child-protection": translate("ExportNames", "Child protection"),
        "health": translate("ExportNames", "Health"),
        "mental-health": translate("ExportNames", "Mental health"),
        "barnahus-staff": translate("ExportNames", "Barnahus staff"),
        "other": translate("ExportNames", "Other"),
    }
    return names.get(agency, agency)


def action_status_name(status: str) -> str:
    names = {
        "planned": translate("ExportNames", "Planned"),
        "in-progress": translate("ExportNames", "In progress"),
        "done": translate("ExportNames", "Done"),
        "dropped": translate("ExportNames", "Dropped"),
    }
    return names.get(status, status)


def barrier_kind_name(kind: str) -> str:
    names = {
        "law-or-policy": translate("ExportNames", "National law or policy"),
        "funding": translate("ExportNames", "Funding or resources"),
        "organisation": translate("ExportNames", "Organisation or local practice"),
        "not-started": translate("ExportNames", "Not yet started"),
        "other": translate("ExportNames", "Other"),
    }
    return names.get(kind, kind)


__all__ = [
    "COUNTRY_NAMES",
    "action_status_name",
    "agency_name",
    "barrier_kind_name",
    "country_label",
    "country_name",
]
