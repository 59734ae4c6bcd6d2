"""Reading and storing many records without the garbage collector walking them again and again.

Python's collector makes a full pass over every tracked object from time to time, each time
the objects that survived earlier passes have grown by a quarter. An import builds its
records (a million answers for a network's exports) and keeps them all until they are stored,
so each of these passes walks everything read so far and frees nothing: measured on 200
unit exports (1.3 million answers), 110 full passes took 22 s of a 97 s import. Comparing
those 200 exports, which keeps a summary of each, spent 6 s of 37 s in them.

`records_kept()` spares them: inside it, `keep()` freezes the objects alive at that moment
(gc.freeze: the collector then leaves them alone), and leaving it hands them all back, so
anything among them that was garbage after all is freed by the next full pass. Blocks may
nest or run in several threads: the objects go back when the last one is left.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_open = 0


@contextmanager
def records_kept() -> Iterator[Callable[[], None]]:
    """Within: the yielded `keep()` puts what is alive now out of the collector's passes.

    Entering keeps what is alive already (the app's own objects, a preview's records).
    """
    global _open
    with _lock:
        _open += 1
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        with _lock:
            _open -= 1
            if _open == 0:
                gc.unfreeze()
