"""How the content's text is stored: LF line endings, no spaces at the end of a line or of the text.

A browser submits every textarea with CRLF line endings, and a stray space is
invisible in a form. Neither is an edit: text is normalised before it is
stored (the admin's form fields, and `normalise_translated_fields` for any
other write), and an admin field compares normalised text to tell whether it
changed, so a form saved unchanged changes nothing, confirms no translation
and writes no History.
"""

import functools
import re

from django import forms
from django.conf import settings
from django.db import models
from django.db.models.signals import pre_save

_LINE_BREAK = re.compile(r"\r\n?")
_SPACES_AT_LINE_END = re.compile(r"[ \t]+$", re.MULTILINE)


def normalised(text: str | None) -> str | None:
    """The text as stored: LF line endings, no trailing spaces on any line or at the end."""
    if not text:
        return text
    text = _LINE_BREAK.sub("\n", text)
    return _SPACES_AT_LINE_END.sub("", text).rstrip()


class NormalisedTextField(forms.CharField):
    """A text field that stores, and compares, normalised text."""

    def to_python(self, value):
        value = super().to_python(value)
        return normalised(value) if isinstance(value, str) else value

    def has_changed(self, initial, data):
        if self.disabled:
            return False
        return (normalised(initial) or "") != (self.to_python(data) or "")


class NormalisedTextAdminMixin:
    """For a ModelAdmin or inline: every translated text field gets a NormalisedTextField."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if _is_translated_text(db_field):
            kwargs.setdefault("form_class", NormalisedTextField)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@functools.cache
def translated_field_names(model) -> frozenset[str]:
    """The translated fields of a model, in every language (`text`, `text_en`, `text_fr`, …)."""
    from policies.translation import TRANSLATED_FIELDS

    base = TRANSLATED_FIELDS.get(model, ())
    suffixes = [code.replace("-", "_") for code, _name in settings.LANGUAGES]
    return frozenset({*base, *(f"{name}_{suffix}" for name in base for suffix in suffixes)})


def _is_translated_text(db_field) -> bool:
    return (
        isinstance(db_field, models.CharField | models.TextField)
        and not db_field.choices
        and db_field.name in translated_field_names(db_field.model)
    )


def connect_signals():
    from policies.translation import TRANSLATED_FIELDS

    for model in TRANSLATED_FIELDS:
        pre_save.connect(
            normalise_translated_fields, sender=model, dispatch_uid=f"normalise_{model.__name__}"
        )


def normalise_translated_fields(sender, instance, raw=False, **kwargs):
    """pre_save: whatever writes the content (admin, shell, a script) stores normalised text."""
    if raw:
        return
    for name in translated_field_names(sender):
        value = getattr(instance, name, None)
        if isinstance(value, str):
            setattr(instance, name, normalised(value))
