"""Names of the domain's values (agencies) as the interface shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from promise_tracker.domain.entities import Agency


def agency_label(agency: Agency) -> str:
    """The name of `agency` in the interface language (in the unit dialog's translation
    context, where these names were first shown)."""
    labels = {
        Agency.POLICE: QCoreApplication.translate("UnitDialog", "Police"),
        Agency.PROSECUTION: QCoreApplication.translate("UnitDialog", "Prosecution"),
        Agency.CHILD_PROTECTION: QCoreApplication.translate("UnitDialog", "Child protection"),
        Agency.HEALTH: QCoreApplication.translate("UnitDialog", "Health care"),
        Agency.MENTAL_HEALTH: QCoreApplication.translate("UnitDialog", "Mental health"),
        Agency.BARNAHUS_STAFF: QCoreApplication.translate("UnitDialog", "Barnahus staff"),
        Agency.OTHER: QCoreApplication.translate("UnitDialog", "Other"),
    }
    return labels[agency]
