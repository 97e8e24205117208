"""Read an HTML form the way a browser would submit it, so admin tests post real forms
(textareas with CRLF line endings, as browsers send them)."""

from html.parser import HTMLParser

from django.urls import reverse


class _FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.data: dict[str, list[str]] = {}
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside or "name" not in attrs and tag != "option":
            return
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                self.data.setdefault(attrs["name"], [])
                return
            default = "on" if kind in ("checkbox", "radio") else ""
            self.data.setdefault(attrs["name"], []).append(attrs.get("value") or default)
        elif tag == "select":
            self._select = attrs["name"]
            self.data.setdefault(self._select, [])
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select].append(attrs.get("value", ""))
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.data[self._textarea] = [""]

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea][0] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            if self._textarea:
                value = self.data[self._textarea][0].removeprefix("\n")
                # As a browser submits a textarea: with CRLF line endings (HTML standard).
                self.data[self._textarea][0] = value.replace("\r\n", "\n").replace("\n", "\r\n")
            self._textarea = None


def form_data(response, form_id: str) -> dict:
    """The fields of the form with this id, as the browser would post them."""
    reader = _FormReader(form_id)
    reader.feed(response.content.decode())
    return {name: values if len(values) != 1 else values[0] for name, values in reader.data.items()}


def change_url(obj):
    return reverse(f"admin:policies_{obj._meta.model_name}_change", args=[obj.pk])


def post_change(client, obj, **changes):
    """Open the object's change page, edit some fields, save: as an editor would."""
    page = client.get(change_url(obj))
    assert page.status_code == 200
    data = form_data(page, f"{obj._meta.model_name}_form")
    data.update(changes)
    return client.post(change_url(obj), data)
