"""What differs between two states of a piece of content, field by field, for editors.

Versions are compared as django-reversion stored them (the serialized fields), and
the object as it is now is serialized the same way, so that "now" and "then" read
alike whatever the field type. A field the model no longer has is shown by its name.
"""

import difflib
import json
import re
from dataclasses import dataclass

from django.conf import settings
from django.core import serializers
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from modeltranslation.utils import build_localized_fieldname
from reversion.revisions import _get_options  # the fields and format reversion stores

EMPTY = (None, "", [])
SHORT = 60  # characters: longer texts are shown as one text with the words marked


class RelatedNames:
    """Names of the items that relations point to, fetched together when first shown:
    one query per related model for a whole page of changes."""

    def __init__(self):
        self._wanted: dict = {}
        self._known: dict = {}

    def want(self, model, ids):
        self._wanted.setdefault(model, set()).update(ids)

    def of(self, model, ids) -> list[str]:
        self.want(model, ids)
        for wanted_model, wanted in self._wanted.items():
            missing = [pk for pk in wanted if (wanted_model, pk) not in self._known]
            if missing:
                found = wanted_model._base_manager.in_bulk(missing)
                for pk in missing:
                    self._known[wanted_model, pk] = (
                        str(found[pk]) if pk in found else f"#{pk} (deleted)"
                    )
        self._wanted = {}
        return [self._known[model, pk] for pk in ids]


@dataclass
class FieldChange:
    label: str
    model: type
    name: str
    old: object
    new: object
    names: RelatedNames
    marked: SafeString | None = None  # one text, deletions and insertions marked

    @property
    def before(self) -> str:
        return _shown(self.model, self.name, self.old, self.names)

    @property
    def after(self) -> str:
        return _shown(self.model, self.name, self.new, self.names)


def _related(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field.related_model if field.is_relation else None


def stored_fields(version) -> dict:
    """The fields of a Version as stored (raw values: ids for relations)."""
    try:
        return json.loads(version.serialized_data)[0]["fields"]
    except (ValueError, LookupError, TypeError):
        return {}


def current_fields(obj) -> dict:
    """The object as it is now, serialized as reversion would store it."""
    options = _get_options(type(obj))
    data = serializers.serialize("json", [obj], fields=options.fields)
    return json.loads(data)[0]["fields"]


def _shown(model, name: str, value, names: RelatedNames) -> str:
    if value in EMPTY:
        return "—"
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return str(value)
    if field.choices and not isinstance(value, list):
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return "yes" if value else "no"
    if field.is_relation and field.related_model is not None:
        ids = value if isinstance(value, list) else [value]
        return ", ".join(names.of(field.related_model, ids))
    return str(value)


def _mirrors_english(name: str, before: dict, after: dict) -> bool:
    """modeltranslation keeps each translated field's own column, a copy of the English
    one ("text" beside "text_en"): shown once, as the English."""
    english = build_localized_fieldname(name, settings.LANGUAGE_CODE)
    return english in after or english in before


def _label(model, name: str) -> str:
    try:
        return capfirst(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def marked_words(before: str, after: str) -> SafeString:
    """`after`, with the words `before` had and it lost struck out and the new ones marked."""
    old, new = re.split(r"(\s+)", before), re.split(r"(\s+)", after)
    parts = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            parts.append(format_html("<del>{}</del>", "".join(old[i1:i2])))
        if tag in ("insert", "replace"):
            parts.append(format_html("<ins>{}</ins>", "".join(new[j1:j2])))
        if tag == "equal":
            parts.append(format_html("{}", "".join(old[i1:i2])))
    return format_html_join("", "{}", ((part,) for part in parts))


def field_changes(
    model, before: dict, after: dict, names: RelatedNames | None = None
) -> list[FieldChange]:
    """Each field whose value differs, in the model's field order. Pass one RelatedNames
    for a page of changes, so that related items are looked up together."""
    if names is None:
        names = RelatedNames()
    differing = [name for name in after if before.get(name) != after.get(name)]
    differing += [name for name in before if name not in after and before[name] not in EMPTY]
    changes = []
    for name in differing:
        if _mirrors_english(name, before, after):
            continue
        old, new = before.get(name), after.get(name)
        if old in EMPTY and new in EMPTY:
            continue
        change = FieldChange(_label(model, name), model, name, old, new, names)
        related = _related(model, name)
        if related is not None:
            for value in (old, new):
                if value not in EMPTY:
                    names.want(related, value if isinstance(value, list) else [value])
        if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > SHORT:
            change.marked = marked_words(old, new)
        changes.append(change)
    return changes
