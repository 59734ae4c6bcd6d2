"""SQLAlchemy mappings of the database tables; Alembic migrations must produce exactly these."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    MetaData,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from promise_tracker.domain.entities import ActionStatus, BarrierKind, RoundStatus

# Every constraint and index gets a predictable name: SQLite batch migrations can only drop or
# alter a constraint they can name, and the names then match on a server database too.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROUND_STATUSES: tuple[str, ...] = tuple(status.value for status in RoundStatus)
ACTION_STATUSES: tuple[str, ...] = tuple(status.value for status in ActionStatus)
BARRIER_KINDS: tuple[str, ...] = tuple(kind.value for kind in BarrierKind)


def one_of(column: str, values: tuple[str, ...]) -> str:
    """A CHECK expression: the column holds one of the values."""
    return f"{column} IN (" + ", ".join(f"'{value}'" for value in values) + ")"


def utc_now() -> dt.datetime:
    """The current time as naive UTC, the form timestamps are stored in."""
    # SQLite has no time zone type and SQLAlchemy would silently drop tzinfo anyway; storing
    # naive UTC everywhere keeps values comparable.
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class PlainText(TypeDecorator[str]):
    """TEXT that never holds a NUL character.

    PostgreSQL's text cannot hold NUL at all (the save fails), SQLite's can: a note pasted
    with one would save on a unit's PC and then break copying its data to the network's
    server. A NUL means nothing in a name or a note, so it is left out on both engines and
    the two hold the same text. (Stored as plain TEXT: the schema does not change.)
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if isinstance(value, str) and "\x00" in value:
            return value.replace("\x00", "")
        return value


class Base(DeclarativeBase):
    """Declarative base carrying the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # TEXT rather than VARCHAR: SQLite ignores lengths anyway and a server database should not
    # start truncating user notes.
    type_annotation_map: ClassVar[dict[type, Any]] = {str: PlainText()}


class UnitRow(Base):
    """A Barnahus (domain: Unit)."""

    __tablename__ = "units"

    id: Mapped[str] = mapped_column(primary_key=True)
    name: Mapped[str]
    country: Mapped[str]
    region: Mapped[str]
    lead_agency: Mapped[str]
    year_opened: Mapped[int | None]
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    # Added by migration 0003: the ORM checks and bumps it on every UPDATE (WHERE version = the
    # version read), so a row changed elsewhere meanwhile is never overwritten unseen.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a dict)


class RoundRow(Base):
    """One assessment round of a unit (domain: Round)."""

    __tablename__ = "rounds"
    __table_args__ = (CheckConstraint(one_of("status", ROUND_STATUSES), name="status"),)

    id: Mapped[str] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    title: Mapped[str]
    date: Mapped[dt.date]
    pack_id: Mapped[str]
    pack_version: Mapped[str]
    pack_hash: Mapped[str]
    status: Mapped[str] = mapped_column(default=RoundStatus.DRAFT.value)
    # The earlier round shown beside this one; deleting it only clears the link.
    compare_round_id: Mapped[str | None] = mapped_column(
        ForeignKey("rounds.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    # Added by migration 0003: the ORM checks and bumps it on every UPDATE (WHERE version = the
    # version read), so a row changed elsewhere meanwhile is never overwritten unseen.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a dict)


class RespondentRow(Base):
    """A person answering in a round, by alias (domain: Respondent)."""

    __tablename__ = "respondents"

    id: Mapped[str] = mapped_column(primary_key=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str]
    perspective: Mapped[str]
    agency: Mapped[str]
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    # Added by migration 0003: the ORM checks and bumps it on every UPDATE (WHERE version = the
    # version read), so a row changed elsewhere meanwhile is never overwritten unseen.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a dict)


class AnswerRow(Base):
    """One answer to one criterion; respondent_id NULL is the team's consensus (domain: Answer)."""

    __tablename__ = "answers"
    __table_args__ = (
        # Also serves as the index on the round_id foreign key (its leading column).
        UniqueConstraint("round_id", "criterion_id", "respondent_id"),
        # SQLite and PostgreSQL treat NULLs as distinct in a unique constraint, so the one
        # consensus answer per criterion needs its own partial index.
        Index(
            "uq_answers_round_id_criterion_id_consensus",
            "round_id",
            "criterion_id",
            unique=True,
            sqlite_where=text("respondent_id IS NULL"),
            postgresql_where=text("respondent_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    criterion_id: Mapped[str]
    respondent_id: Mapped[str | None] = mapped_column(
        ForeignKey("respondents.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[str | None]
    note: Mapped[str]
    na_justification: Mapped[str]
    flagged: Mapped[bool]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    # Added by migration 0002, hence last.
    dissent: Mapped[str] = mapped_column(default="", server_default="")
    # Added by migration 0003: the ORM checks and bumps it on every UPDATE (WHERE version = the
    # version read), so a row changed elsewhere meanwhile is never overwritten unseen.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    # Added by migration 0004: copied from an earlier round and not yet confirmed.
    carried: Mapped[bool] = mapped_column(default=False, server_default=false())
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a dict)


class EventRow(Base):
    """Something that happened to a unit, drawn on timelines (domain: Event)."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date]
    title: Mapped[str]
    description: Mapped[str]
    # Added by migration 0003: the ORM checks and bumps it on every UPDATE (WHERE version = the
    # version read), so a row changed elsewhere meanwhile is never overwritten unseen.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a dict)


class ActionRow(Base):
    """An entry of a unit's action plan for one criterion (domain: Action). Added by 0004."""

    __tablename__ = "actions"
    __table_args__ = (CheckConstraint(one_of("status", ACTION_STATUSES), name="status"),)

    id: Mapped[str] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    # The round it was planned in; deleting that round keeps the action.
    round_id: Mapped[str | None] = mapped_column(
        ForeignKey("rounds.id", ondelete="SET NULL"), index=True
    )
    criterion_id: Mapped[str]
    title: Mapped[str]
    lead_agency: Mapped[str]
    responsible_role: Mapped[str]
    due_date: Mapped[dt.date | None]
    status: Mapped[str] = mapped_column(default=ActionStatus.PLANNED.value)
    progress_note: Mapped[str]
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a dict)


class BarrierRow(Base):
    """What keeps a criterion from being met in a round (domain: Barrier). Added by 0004."""

    __tablename__ = "barriers"
    __table_args__ = (
        # Also serves as the index on the round_id foreign key (its leading column).
        UniqueConstraint("round_id", "criterion_id"),
        CheckConstraint(one_of("kind", BARRIER_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[str] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    criterion_id: Mapped[str]
    kind: Mapped[str]
    text: Mapped[str]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads a dict)


class ChangeRow(Base):
    """One saved change: which record, what changed, who and when (domain: Change). Added
    by 0005; written in the same transaction as the change itself."""

    __tablename__ = "changes"
    __table_args__ = (
        # A criterion's history in a round; also the index on the round_id foreign key.
        Index("ix_changes_round_id_criterion_id", "round_id", "criterion_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    round_id: Mapped[str | None] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    criterion_id: Mapped[str | None]
    # No foreign key: the history of a respondent's answers outlives the respondent.
    respondent_id: Mapped[str | None]
    record: Mapped[str]
    record_id: Mapped[str]
    action: Mapped[str]
    summary: Mapped[str]
    changed_by: Mapped[str]
    changed_at: Mapped[dt.datetime]
