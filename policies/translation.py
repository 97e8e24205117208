"""Which content fields privacy staff write in every language (django-modeltranslation).

English is the source; an empty translation falls back to it, and pages mark
the fallback as not yet translated. Source titles and quotes stay as published.
"""

from modeltranslation.translator import TranslationOptions, register

from policies.models import (
    DataCategory,
    Exclusion,
    Fact,
    FrequentQuestion,
    Instructions,
    MenuLabel,
    ObjectionRoute,
    Policy,
    PolicyChange,
    Region,
    RelatedSetting,
    RelatedSettingStep,
    Right,
    Step,
    TimelineEvent,
)

TRANSLATED_FIELDS = {
    Policy: ("title", "headline", "summary", "toggle_label"),
    Region: ("name", "legal_basis", "notes", "objection_text", "start_note"),
    Right: ("title", "text", "link_label"),
    Fact: ("text", "detail"),
    FrequentQuestion: ("question", "answer"),
    TimelineEvent: ("title", "body"),
    DataCategory: ("name", "includes"),
    Exclusion: ("name", "detail"),
    Instructions: ("note",),
    MenuLabel: ("label",),
    ObjectionRoute: ("label",),
    PolicyChange: ("note",),
    Step: ("text", "detail"),
    RelatedSetting: ("name", "summary"),
    RelatedSettingStep: ("text", "detail"),
}

for model, field_names in TRANSLATED_FIELDS.items():
    register(model)(
        type(f"{model.__name__}Translation", (TranslationOptions,), {"fields": field_names})
    )
