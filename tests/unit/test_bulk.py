"""Records kept out of the garbage collector's passes for the length of a bulk read or write."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from promise_tracker.bulk import records_kept


class Record:
    """Tracked by the collector, like an imported answer."""


def test_what_is_kept_is_left_alone_by_the_collector_and_handed_back_after() -> None:
    assert gc.get_freeze_count() == 0
    with records_kept() as keep:
        entering = gc.get_freeze_count()
        read = [Record() for _ in range(1000)]
        keep()
        assert gc.get_freeze_count() >= entering + len(read)
        gc.collect()  # a full pass: the kept records stay out of it
        assert gc.get_freeze_count() >= entering + len(read)
    assert gc.get_freeze_count() == 0
    del read


def test_garbage_kept_by_mistake_is_freed_after_the_block() -> None:
    with records_kept() as keep:
        cycle = Record()
        cycle.itself = cycle  # type: ignore[attr-defined]  # only the collector frees it
        alive = weakref.ref(cycle)
        keep()
        del cycle
        gc.collect()
        assert alive() is not None  # kept for now
    gc.collect()
    assert alive() is None


def test_nested_and_parallel_blocks_hand_back_when_the_last_one_ends() -> None:
    entered, leave = threading.Event(), threading.Event()

    def other_import() -> None:
        with records_kept():
            entered.set()
            leave.wait(10)

    thread = threading.Thread(target=other_import)
    thread.start()
    entered.wait(10)
    with records_kept() as keep, records_kept():
        keep()
    assert gc.get_freeze_count() > 0  # the other one is still reading
    leave.set()
    thread.join(10)
    assert gc.get_freeze_count() == 0


def test_an_error_inside_still_hands_everything_back() -> None:
    with pytest.raises(RuntimeError), records_kept():
        raise RuntimeError("disk full")
    assert gc.get_freeze_count() == 0
