"""Country names for the codes a unit records (ISO 3166-1 alpha-2), in English and Swedish.

The table holds the Council of Europe member states, the countries a Barnahus may be in; the
exports and the round report name a country from it, and show a code it lacks as it is.
"""

from __future__ import annotations

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
