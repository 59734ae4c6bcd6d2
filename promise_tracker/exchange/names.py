"""Names the exported workbooks show for codes: countries, agencies, action statuses, barriers.

Country names are a table in English and Swedish (the Council of Europe member states, the
countries a Barnahus may be in); a code the table lacks is shown as it is. The other names
follow the interface language through `i18n.translate`, like every fixed text of an export.
"""

from __future__ import annotations

from promise_tracker.i18n import translate

# ISO 3166-1 alpha-2 code -> (English name, Swedish name).
COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "AL": ("Albania", "Albanien"),
    "AD": ("Andorra", "Andorra"),
    "AM": ("Armenia", "Armenien"),
    "AT": ("Austria", "Österrike"),
    "AZ": ("Azerbaijan", "Azerbajdzjan"),
    "BE": ("Belgium", "Belgien"),
    "BA": ("Bosnia and Herzegovina", "Bosnien och Hercegovina"),
    "BG": ("Bulgaria", "Bulgarien"),
    "HR": ("Croatia", "Kroatien"),
    "CY": ("Cyprus", "Cypern"),
    "CZ": ("Czechia", "Tjeckien"),
    "DK": ("Denmark", "Danmark"),
    "EE": ("Estonia", "Estland"),
    "FI": ("Finland", "Finland"),
    "FR": ("France", "Frankrike"),
    "GE": ("Georgia", "Georgien"),
    "DE": ("Germany", "Tyskland"),
    "GR": ("Greece", "Grekland"),
    "HU": ("Hungary", "Ungern"),
    "IS": ("Iceland", "Island"),
    "IE": ("Ireland", "Irland"),
    "IT": ("Italy", "Italien"),
    "LV": ("Latvia", "Lettland"),
    "LI": ("Liechtenstein", "Liechtenstein"),
    "LT": ("Lithuania", "Litauen"),
    "LU": ("Luxembourg", "Luxemburg"),
    "MT": ("Malta", "Malta"),
    "MD": ("Moldova", "Moldavien"),
    "MC": ("Monaco", "Monaco"),
    "ME": ("Montenegro", "Montenegro"),
    "NL": ("Netherlands", "Nederländerna"),
    "MK": ("North Macedonia", "Nordmakedonien"),
    "NO": ("Norway", "Norge"),
    "PL": ("Poland", "Polen"),
    "PT": ("Portugal", "Portugal"),
    "RO": ("Romania", "Rumänien"),
    "SM": ("San Marino", "San Marino"),
    "RS": ("Serbia", "Serbien"),
    "SK": ("Slovakia", "Slovakien"),
    "SI": ("Slovenia", "Slovenien"),
    "ES": ("Spain", "Spanien"),
    "SE": ("Sweden", "Sverige"),
    "CH": ("Switzerland", "Schweiz"),
    "TR": ("Türkiye", "Turkiet"),
    "UA": ("Ukraine", "Ukraina"),
    "GB": ("United Kingdom", "Storbritannien"),
}


def country_name(code: str, language: str) -> str:
    """The country's name in `language` ("sv", else English); the code if unknown."""
    names = COUNTRY_NAMES.get(code.strip().upper())
    if names is None:
        return code
    return names[1] if language == "sv" else names[0]


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
