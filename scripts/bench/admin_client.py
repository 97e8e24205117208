"""An editor's browser, reduced: log in to the admin of one instance and save a form.

Talks to the instance directly (plain HTTP with `X-Forwarded-Proto: https`, as
nginx forwards it), keeps the cookies, sends the CSRF token and Origin, and
submits a change form with every field as the page rendered it, as a browser
does, after changing the fields asked for.
"""

import http.client
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode

from harness import HOST
from harness.http import PROXY_HEADER

SKIPPED_INPUTS = {"submit", "button", "image", "reset", "file"}


class FormFields(HTMLParser):
    """The (name, value) pairs a browser would submit for the page's admin form (the
    login form, or the first `<form id="…_form">`)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields: list[tuple[str, str]] = []
        self.in_form = False
        self.done = False
        self.select: dict | None = None
        self.option: dict | None = None
        self.textarea: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        form_id = attrs.get("id", "")
        if (
            tag == "form"
            and not self.done
            and (form_id.endswith("_form") or form_id == "login-form")
        ):
            self.in_form = True
        if not self.in_form or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in SKIPPED_INPUTS:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self.select = {"name": name, "multiple": "multiple" in attrs, "options": []}
        elif tag == "option" and self.select is not None:
            self.option = {"value": attrs.get("value"), "text": "", "on": "selected" in attrs}
        elif tag == "textarea" and name:
            self.textarea = {"name": name, "text": ""}

    def handle_data(self, data):
        if self.option is not None:
            self.option["text"] += data
        if self.textarea is not None:
            self.textarea["text"] += data

    def handle_endtag(self, tag):
        if tag == "option" and self.option is not None and self.select is not None:
            self.select["options"].append(self.option)
            self.option = None
        elif tag == "select" and self.select is not None:
            options = self.select["options"]
            chosen = [o for o in options if o["on"]]
            if not chosen and options and not self.select["multiple"]:
                chosen = options[:1]  # a browser submits the first option
            for option in chosen:
                value = option["value"] if option["value"] is not None else option["text"]
                self.fields.append((self.select["name"], value))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            # The parser keeps the newline browsers drop after <textarea>.
            self.fields.append((self.textarea["name"], self.textarea["text"].removeprefix("\n")))
            self.textarea = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, True


class AdminClient:
    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, fields=None) -> tuple[int, dict, str]:
        headers = {"Host": f"{HOST}:{self.port}", PROXY_HEADER[0]: PROXY_HEADER[1]}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{HOST}:{self.port}"
        conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            for header in response.msg.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            return response.status, dict(response.msg.items()), text
        finally:
            conn.close()

    def form(self, path: str) -> list[tuple[str, str]]:
        status, _, text = self.request("GET", path)
        if status != 200:
            raise RuntimeError(f"GET {path} on the admin answered {status}")
        parser = FormFields()
        parser.feed(text)
        if not parser.fields:
            raise RuntimeError(f"no admin form in {path}")
        return parser.fields

    def login(self, admin: str, username: str, password: str) -> None:
        path = f"/{admin}login/?next=/{admin}"
        fields = [(k, v) for k, v in self.form(path) if k not in {"username", "password"}]
        fields += [("username", username), ("password", password)]
        status, headers, _ = self.request("POST", path, fields)
        if status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"admin login answered {status} {headers.get('Location', '')}")

    def save(self, path: str, changes: dict[str, str]) -> tuple[int, str]:
        """Submit the change form at `path` with `changes`; the status and Location."""
        fields = [(k, changes.get(k, v)) for k, v in self.form(path)]
        missing = set(changes) - {k for k, _ in fields}
        if missing:
            raise RuntimeError(f"the form at {path} has no field {', '.join(sorted(missing))}")
        status, headers, text = self.request("POST", path, [*fields, ("_save", "Save")])
        if status != 302:
            raise RuntimeError(f"saving {path} answered {status}:\n{text[:2000]}")
        return status, headers.get("Location", "")
