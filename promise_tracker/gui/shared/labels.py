"""Names of the domain's values (agencies) as the interface shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from promise_tracker.domain.entities import Agency


def _tr(text: str) -> str:
    # The unit dialog showed these first; its translation context is kept.
    return QCoreApplication.translate("UnitDialog", text)


def agency_label(agency: Agency) -> str:
    """The name of `agency` in the interface language."""
    labels = {
        Agency.POLICE: _tr("Police"),
        Agency.PROSECUTION: _tr("Prosecution"),
        Agency.CHILD_PROTECTION: _tr("Child protection"),
        Agency.HEALTH: _tr("Health care"),
        Agency.MENTAL_HEALTH: _tr("Mental health"),
        Agency.BARNAHUS_STAFF: _tr("Barnahus staff"),
        Agency.OTHER: _tr("Other"),
    }
    return labels[agency]
