"""Gunicorn's access log, with control characters escaped.

A path may carry an encoded newline ("/x%0aFAKE 200"): decoded into PATH_INFO
and logged as is, it would forge a second log line. Every value written to the
access log has its control characters spelled out (\\x0a) instead.
"""

import re

from gunicorn.glogging import Logger

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def escape_controls(value):
    if not isinstance(value, str):
        return value
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


class SafeLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        return {
            k: escape_controls(v)
            for k, v in super().atoms(resp, req, environ, request_time).items()
        }
