"""What every throwaway service shares: started on entry, cleaned up on exit."""

import signal


def _terminate(signum, frame):
    raise SystemExit(128 + signum)


def exit_on_signals() -> None:
    """Turn SIGTERM and SIGHUP into SystemExit, so that every `with` and `finally` cleans up."""
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGHUP, _terminate)


class Service:
    """A context manager around `begin()` (start it) and `cleanup()` (stop it, delete its
    files); cleanup also runs if begin fails half-way."""

    def begin(self) -> None:
        raise NotImplementedError

    def cleanup(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        try:
            self.begin()
        except BaseException:
            self.cleanup()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.cleanup()
