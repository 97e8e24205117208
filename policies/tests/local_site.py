"""A real HTTP server on 127.0.0.1, in a thread, answering each path as a test says."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HTML = "text/html; charset=utf-8"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        site = self.server.site
        site.requests.append((self.path, self.headers.get("User-Agent", "")))
        answer = site.routes.get(self.path)
        try:
            if answer is None:
                send(self, "<p>Not here</p>", status=404)
            else:
                answer(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the watch stopped reading, as it should

    def log_message(self, format, *args):
        pass


def send(handler, body: str | bytes, status=200, content_type=HTML, headers=()):
    data = body.encode() if isinstance(body, str) else body
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    for name, value in headers:
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(data)


class LocalSite:
    def __init__(self):
        self.routes = {}
        self.requests: list[tuple[str, str]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.server.site = self
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def paths(self) -> list[str]:
        return [path for path, _agent in self.requests]

    # What a path answers

    def page(self, path, body, status=200, content_type=HTML, headers=()):
        self.routes[path] = lambda h: send(h, body, status, content_type, headers)

    def redirect(self, path, to, status=301):
        self.routes[path] = lambda h: send(h, "", status, headers=[("Location", to)])

    def slow(self, path, seconds, body="<p>Late</p>"):
        def answer(handler):
            time.sleep(seconds)
            send(handler, body)

        self.routes[path] = answer

    def dribble(self, path, every=0.1, times=30):
        """Headers at once, then a byte at a time: each read is quick, the whole is not."""

        def answer(handler):
            handler.send_response(200)
            handler.send_header("Content-Type", HTML)
            handler.send_header("Content-Length", str(times))
            handler.end_headers()
            for _ in range(times):
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(every)

        self.routes[path] = answer

    def huge(self, path, size, declare_length=True, content_type=HTML):
        """`size` bytes of page, with or without saying so in Content-Length."""

        def answer(handler):
            handler.send_response(200)
            handler.send_header("Content-Type", content_type)
            if declare_length:
                handler.send_header("Content-Length", str(size))
            else:
                handler.send_header("Connection", "close")
                handler.close_connection = True
            handler.end_headers()
            chunk = b"<p>" + b"words " * 10_000 + b"</p>"
            sent = 0
            while sent < size:
                handler.wfile.write(chunk)
                sent += len(chunk)

        self.routes[path] = answer

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
