"""The unit of work: one session and its repositories for one user action."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from promise_tracker.storage.failures import server_error, storage_error
from promise_tracker.storage.repositories import (
    ActionRepository,
    AnswerRepository,
    BarrierRepository,
    ChangeRepository,
    EventRepository,
    RespondentRepository,
    RoundRepository,
    UnitRepository,
)


class UnitOfWork:
    """Repositories sharing one transaction; nothing is saved unless commit() is called.

        with database.unit_of_work() as uow:
            uow.units.add(unit)
            uow.commit()

    Leaving the block rolls back whatever was not committed (after an exception, or when
    commit() was never called) and closes the session. An OperationalError from the database
    (locked, read-only, disk full; on a server also a lost connection) and a server's refusal
    (no permission, a row-level security policy) leave the block as a StorageError.
    """

    units: UnitRepository
    rounds: RoundRepository
    respondents: RespondentRepository
    answers: AnswerRepository
    events: EventRepository
    actions: ActionRepository
    barriers: BarrierRepository
    changes: ChangeRepository

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("This unit of work is already in use")
        session = self._session_factory()
        self._session = session
        self.units = UnitRepository(session)
        self.rounds = RoundRepository(session)
        self.respondents = RespondentRepository(session)
        self.answers = AnswerRepository(session)
        self.events = EventRepository(session)
        self.actions = ActionRepository(session)
        self.barriers = BarrierRepository(session)
        self.changes = ChangeRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is None:
            return
        try:
            # A no-op after commit(); otherwise discards the uncommitted work.
            session.rollback()
        except DBAPIError:
            # The connection is gone (a server restarted, a network break): the server has
            # discarded the transaction itself. The first error says what happened.
            if exc is None:
                raise
        finally:
            session.close()
        if isinstance(exc, DBAPIError):
            mapped = self._storage_error(session, exc)
            if mapped is not None:
                raise mapped from exc

    def commit(self) -> None:
        """Save everything done so far in this unit of work."""
        self._active_session().commit()

    def rollback(self) -> None:
        """Discard everything done since the last commit."""
        self._active_session().rollback()

    def _active_session(self) -> Session:
        if self._session is None:
            raise RuntimeError("Use the unit of work in a with block")
        return self._session

    @staticmethod
    def _storage_error(session: Session, exc: DBAPIError) -> Exception | None:
        """The error to raise instead of exc, or None to let exc through (a bug, or an
        IntegrityError the caller handles)."""
        url = session.get_bind().engine.url
        if url.get_backend_name() != "sqlite":
            mapped = server_error(url.render_as_string(), exc)
            if mapped is not None:
                return mapped
        if not isinstance(exc, OperationalError):
            return None
        subject = url.database if url.get_backend_name() == "sqlite" and url.database else url
        return storage_error(f"The database {subject}", exc)
