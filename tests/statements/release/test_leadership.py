"""On SQLite one process delivers: the holder of the lock file; another takes over when it lets go."""

from __future__ import annotations

from statements.release import Dispatcher


def test_only_the_holder_of_the_lock_file_delivers_and_another_takes_over(services, tmp_path):
    lock = str(tmp_path / "release.lock")
    first = Dispatcher(services.db, lambda: [], services.clock, lock_path=lock)
    second = Dispatcher(services.db, lambda: [], services.clock, lock_path=lock)
    assert first._leading() is True
    assert second._leading() is False
    first.stop()  # the process exits (the kernel would free the lock the same way)
    assert second._leading() is True
    second.stop()


def test_without_a_lock_file_every_dispatcher_delivers(services):
    assert Dispatcher(services.db, lambda: [], services.clock)._leading() is True
