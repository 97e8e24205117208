"""Free TCP ports."""

import socket

from harness import HOST


def free_port(host: str = HOST) -> int:
    """A TCP port nothing listens on at `host` right now (the system picks it)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]
