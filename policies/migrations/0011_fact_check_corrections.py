"""Corrections from the December 2026 fact-check (fact sheet, sections 7-9).

- Rights and where to complain, per region, with their sources (S10-S16).
- The US / rest-of-world date is when LinkedIn disclosed the training; reports say
  it began before (S17). The Microsoft ads article (S8) no longer backs that date.
- The UK's sharing with Microsoft for AI training rests on one source.
- Jersey, Guernsey, the Isle of Man and Gibraltar: LinkedIn does not say; US
  territories go with the United States (our reading).
- The 2025 lawsuit was withdrawn; the "secondary school" and "some student
  profiles" items are one fact; "no account needed" rests on S6 alone; the
  objection form covers the AI training too (TechRadar, quoting LinkedIn).
- The news roundup (S3) is cited as its four articles.

Seeded text is changed only where no editor has changed it since (see
policies/corrections.py); every change is recorded in History. Translations of
the new and corrected text come from content_translations/0011/<language>.json;
a language without one shows the English, marked "not yet translated".
"""

import datetime
import json
from pathlib import Path

from django.db import migrations

from policies.corrections import correct
from policies.fingerprints import fingerprint

POLICY_SLUG = "linkedin-ai-training"
CHECKED = datetime.date(2026, 12, 1)
FOLDER = Path(__file__).resolve().parent.parent / "content_translations" / "0011"
LANGUAGES = ["fr", "de", "es", "it", "nl", "pl", "zh-hant"]
COMMENT = "Correction from the December 2026 fact-check"

NEW_SOURCES = [
    {
        "key": "S3b",
        "title": "Microsoft-owned LinkedIn will use your data for training AI, unless you opt-out",
        "publisher": "gHacks",
        "confidence": "reported",
        "editor_note": "One of the four articles of the 2025 roundup (seed 002). No public address "
        "on file.",
    },
    {
        "key": "S3c",
        "title": "Security Bite: LinkedIn is now using your humble posts and achievements to "
        "train AI models, how to opt out",
        "publisher": "9to5Mac",
        "confidence": "reported",
        "editor_note": "One of the four articles of the 2025 roundup (seed 002). No public address "
        "on file.",
    },
    {
        "key": "S3d",
        "title": "LinkedIn will use your data to train its AI models unless you opt out",
        "publisher": "TechRadar",
        "confidence": "reported",
        "editor_note": "One of the four articles of the 2025 roundup (seed 002). Quotes LinkedIn's "
        "support page on legitimate interest. No public address on file.",
    },
    {
        "key": "S10",
        "title": "Regulation (EU) 2016/679 (General Data Protection Regulation), Articles 12, 21 "
        "and 77",
        "publisher": "EUR-Lex",
        "url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        "confidence": "confirmed",
        "editor_note": "Art. 21(1) right to object; Art. 12(3) one month to answer; Art. 77 "
        "complaint to a supervisory authority.",
    },
    {
        "key": "S11",
        "title": "Data Protection Commission",
        "publisher": "Data Protection Commission (Ireland)",
        "url": "https://www.dataprotection.ie/",
        "confidence": "confirmed",
    },
    {
        "key": "S12",
        "title": "Members of the European Data Protection Board (national authorities)",
        "publisher": "European Data Protection Board",
        "url": "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en",
        "confidence": "confirmed",
    },
    {
        "key": "S13",
        "title": "Make a complaint",
        "publisher": "Information Commissioner's Office (UK)",
        "url": "https://ico.org.uk/make-a-complaint/",
        "confidence": "confirmed",
    },
    {
        "key": "S14",
        "title": "Federal Data Protection and Information Commissioner (FDPIC)",
        "publisher": "Swiss Confederation",
        "url": "https://www.edoeb.admin.ch/",
        "confidence": "confirmed",
        "editor_note": "The exact wording of the Swiss right to object is still to be checked.",
    },
    {
        "key": "S15",
        "title": "Office of the Privacy Commissioner of Canada",
        "publisher": "Office of the Privacy Commissioner of Canada",
        "url": "https://www.priv.gc.ca/",
        "confidence": "confirmed",
    },
    {
        "key": "S16",
        "title": "Office of the Privacy Commissioner for Personal Data, Hong Kong",
        "publisher": "PCPD (Hong Kong)",
        "url": "https://www.pcpd.org.hk/",
        "confidence": "confirmed",
    },
    {
        "key": "S19",
        "title": "Data Protection (Jersey) Law 2018; Data Protection (Bailiwick of Guernsey) Law "
        "2017; Isle of Man GDPR and LED Implementing Regulations 2018; Gibraltar GDPR",
        "publisher": "The laws of Jersey, Guernsey, the Isle of Man and Gibraltar",
        "confidence": "confirmed",
        "editor_note": "Named in the fact sheet (section 9); the authorities' addresses are "
        "still to be checked.",
    },
    {
        "key": "S17",
        "title": "LinkedIn Is Training AI on User Data Before Updating Its Terms of Service",
        "publisher": "404 Media",
        "published": datetime.date(2024, 9, 18),
        "confidence": "reported",
        "editor_note": "Address to be added by an editor.",
    },
    {
        "key": "S18",
        "title": "Reports on the January 2025 lawsuit over Premium members' messages, and its "
        "withdrawal",
        "publisher": "BBC; Reuters",
        "confidence": "reported",
        "editor_note": "Press reports; addresses to be added by an editor.",
    },
]

# S3 becomes the roundup's first article; the facts citing it get the articles that
# say what they state (read in seed 002). Anything not listed keeps PCMag and
# TechRadar, the two articles that cover the whole policy.
PCMAG = {
    "title": "LinkedIn Is Using More User Data Than Ever to Train Its AI. Here's How to Opt Out",
    "publisher": "PCMag",
    "editor_note": "One of the four articles of the 2025 roundup (seed 002); the roundup's own "
    "machine-written summary (which gives 3 November 2024) is not a source. No public address "
    "on file.",
}
S3_DEFAULT = ["S3", "S3d"]
S3_ARTICLES = {
    ("fact", "practice", 2): ["S3b", "S3c", "S3d"],  # on by default
    ("fact", "practice", 3): ["S3d"],  # legitimate interest, quoted
    ("fact", "opting-out", 1): ["S3d"],  # not retroactive
    ("fact", "opting-out", 2): ["S3d"],  # the form covers other models too
    ("fact", "objecting", 1): ["S3d"],
    ("fact", "at-a-glance", 0): ["S3d"],  # "in account settings"
    ("datacategory",): ["S3"],
    ("relatedsetting", 1): ["S3c"],  # Microsoft's ad network
}

# ---------------------------------------------------------------------------
# Rights and where to complain (fact sheet, section 7)
# ---------------------------------------------------------------------------

OBJECT_GDPR = (
    "LinkedIn relies on “legitimate interest”, so {law} gives you the right to object to this "
    "use of your data, the AI training included. LinkedIn must then stop, unless it shows "
    "compelling legitimate grounds that override your interests, rights and freedoms. Use "
    "LinkedIn’s objection form below, and keep a copy of what you send."
)
EU_EEA_COMPLAIN = (
    "LinkedIn must answer within one month. If it does not, or you disagree with its answer, "
    "you can complain to a data protection authority. LinkedIn’s lead authority in the EU, "
    "Iceland, Liechtenstein and Norway is Ireland’s Data Protection Commission, because "
    "LinkedIn Ireland Unlimited Company is responsible for your data there. You can also "
    "complain to the authority where you live."
)
NATIONAL = "The European Data Protection Board lists every national authority, with its address."
RIGHTS = {
    ("eu", "eea"): [
        {
            "kind": "object",
            "title": "You can object to the training itself",
            "text": OBJECT_GDPR.format(law="the GDPR"),
            "sources": ["S10"],
            "confidence": "confirmed",
        },
        {
            "kind": "complain",
            "order": 1,
            "title": "If LinkedIn does not answer within a month",
            "text": EU_EEA_COMPLAIN,
            "link_label": "Ireland’s Data Protection Commission",
            "link_url": "https://www.dataprotection.ie/",
            "sources": ["S10", "S11"],
            "confidence": "confirmed",
        },
        {
            "kind": "complain",
            "order": 2,
            "title": "Your own country’s authority",
            "text": NATIONAL,
            "link_label": "National data protection authorities (EDPB)",
            "link_url": "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en",
            "sources": ["S12"],
            "confidence": "confirmed",
        },
    ],
    ("uk",): [
        {
            "kind": "object",
            "title": "You can object to the training itself",
            "text": OBJECT_GDPR.format(law="the UK GDPR"),
            "sources": ["S10", "S13"],
            "confidence": "confirmed",
        },
        {
            "kind": "complain",
            "title": "If LinkedIn does not answer within a month",
            "text": "LinkedIn must answer within one month. If it does not, or you disagree "
            "with its answer, you can complain to the Information Commissioner’s Office (ICO), "
            "the UK’s data protection regulator.",
            "link_label": "Make a complaint to the ICO",
            "link_url": "https://ico.org.uk/make-a-complaint/",
            "sources": ["S13"],
            "confidence": "confirmed",
        },
    ],
    ("switzerland",): [
        {
            "kind": "object",
            "title": "Swiss law lets you object",
            "text": "Switzerland’s Federal Act on Data Protection (the revised FADP, in force "
            "since 1 September 2023) applies here, not the GDPR. Using your data against your "
            "express objection needs a justification, so you can object with LinkedIn’s form "
            "below. Our editors have not yet checked the exact wording of this right.",
            "sources": ["S14"],
            "confidence": "unverified",
        },
        {
            "kind": "complain",
            "title": "Where to turn",
            "text": "Switzerland’s data protection authority is the Federal Data Protection and "
            "Information Commissioner (FDPIC).",
            "link_label": "The FDPIC",
            "link_url": "https://www.edoeb.admin.ch/",
            "sources": ["S14"],
            "confidence": "confirmed",
        },
    ],
    ("canada",): [
        {
            "kind": "object",
            "title": "“Legitimate interest” is LinkedIn’s wording",
            "text": "Canada’s privacy law for businesses (PIPEDA) has no “legitimate interest” "
            "basis like the GDPR’s. You can withdraw your consent, or object, with LinkedIn’s "
            "form below.",
            "sources": ["S15"],
            "confidence": "reported",
        },
        {
            "kind": "complain",
            "title": "Where to complain",
            "text": "If LinkedIn does not act on it, you can complain to the Office of the "
            "Privacy Commissioner of Canada.",
            "link_label": "The Privacy Commissioner of Canada",
            "link_url": "https://www.priv.gc.ca/",
            "sources": ["S15"],
            "confidence": "confirmed",
        },
    ],
    ("hong-kong",): [
        {
            "kind": "object",
            "title": "“Legitimate interest” is LinkedIn’s wording",
            "text": "Hong Kong’s Personal Data (Privacy) Ordinance has no “legitimate interest” "
            "basis like the GDPR’s. You can tell LinkedIn to stop using your data, with its "
            "form below.",
            "sources": ["S16"],
            "confidence": "reported",
        },
        {
            "kind": "complain",
            "title": "Where to complain",
            "text": "If LinkedIn does not act on it, you can complain to the Privacy "
            "Commissioner for Personal Data (PCPD).",
            "link_label": "The PCPD",
            "link_url": "https://www.pcpd.org.hk/",
            "sources": ["S16"],
            "confidence": "confirmed",
        },
    ],
    ("not-named",): [
        {
            "kind": "object",
            "title": "You can object",
            "text": "Jersey, Guernsey, the Isle of Man and Gibraltar each have a data "
            "protection law modelled on the GDPR, with a right to object. Use LinkedIn’s "
            "objection form below.",
            "sources": ["S19"],
            "confidence": "confirmed",
        },
        {
            "kind": "complain",
            "title": "Where to complain",
            "text": "Each place has its own authority: the Jersey Office of the Information "
            "Commissioner, Guernsey’s Office of the Data Protection Authority, the Isle of Man "
            "Information Commissioner and the Gibraltar Regulatory Authority. Our editors have "
            "not yet checked their addresses.",
            "sources": ["S19"],
            "confidence": "unverified",
        },
    ],
}

NOT_NAMED = {
    "slug": "not-named",
    "name": "Places LinkedIn does not name",
    "countries": ["JE", "GG", "IM", "GI"],
    "notes": "LinkedIn does not say which of its groups includes Jersey, Guernsey, the Isle of "
    "Man or Gibraltar, so we cannot tell you from when it uses members’ data from there, or on "
    "what basis. To be safe, switch the setting off.",
}
US_TERRITORIES = ["PR", "GU", "VI", "AS", "MP", "UM"]

US_NOTES_OLD = (
    "LinkedIn began training on US members' data around 18 September 2024, when the setting "
    "appeared, already switched on. LinkedIn's updated User Agreement took effect on 20 November "
    "2024. Since 3 November 2025 LinkedIn also shares data with Microsoft for personalised ads. A "
    "separate setting controls that, and in the US LinkedIn honours a Global Privacy Control "
    "(GPC) signal sent by your browser."
)
US_NOTES_NEW = (
    "LinkedIn disclosed on 18 September 2024 that it trains AI on members’ data, when the "
    "setting appeared, already switched on; press reports that day said training had begun "
    "before then. LinkedIn's updated User Agreement took effect on 20 November 2024. Since 3 "
    "November 2025 LinkedIn also shares data with Microsoft for personalised ads: a separate "
    "setting controls that, and in the US LinkedIn honours a Global Privacy Control (GPC) signal "
    "sent by your browser. We count Puerto Rico, Guam, the US Virgin Islands, American Samoa, "
    "the Northern Mariana Islands and the US Outlying Islands with the United States: LinkedIn "
    "does not name them, so this is our reading."
)
WORLD_NOTES_OLD = (
    "LinkedIn began training on members' data in most countries around 18 September 2024, when "
    "the setting appeared, already switched on. LinkedIn's updated User Agreement took effect on "
    "20 November 2024. Since 3 November 2025 LinkedIn also shares data with Microsoft for "
    "personalised ads in most countries. A separate setting controls that."
)
WORLD_NOTES_NEW = (
    "LinkedIn disclosed on 18 September 2024 that it trains AI on members’ data, when the "
    "setting appeared, already switched on; press reports that day said training had begun "
    "before then. LinkedIn's updated User Agreement took effect on 20 November 2024. Since 3 "
    "November 2025 LinkedIn also shares data with Microsoft for personalised ads in most "
    "countries. A separate setting controls that."
)
START_NOTE = (
    "That is the day LinkedIn disclosed it and added the setting; reports say training had "
    "begun before then."
)

EU_NOTES_OLD = (
    "LinkedIn left EU members out when it began training on member data in 2024. Training on "
    "their data began on 3 November 2025. The company responsible for your data (the data "
    "controller) is LinkedIn Ireland Unlimited Company. As well as the 27 member states, this "
    "list includes Åland, French Guiana, Guadeloupe, Martinique, Réunion, Mayotte and Saint "
    "Martin. They are part of EU member states, but the international country list (ISO 3166) "
    "shows them separately."
)
EU_NOTES_NEW = (
    "LinkedIn left EU members out when it began training on member data in 2024. Training on "
    "their data began on 3 November 2025. The company responsible for your data (the data "
    "controller) is LinkedIn Ireland Unlimited Company. (The list of countries also includes "
    "Åland, French Guiana, Guadeloupe, Martinique, Réunion, Mayotte and Saint Martin, which are "
    "part of EU member states.)"
)

UK_SETTING_OLD = (
    "For UK members, LinkedIn's privacy notice also lists sharing your data with Microsoft so "
    "that Microsoft can train its own AI models. There is no separate switch: the same \"Data "
    'for Generative AI Improvement" setting controls this, so switching it off covers both.'
)
UK_SETTING_NEW = (
    "For UK members, LinkedIn's privacy notice also lists sharing your data with Microsoft so "
    "that Microsoft can train its own AI models, controlled by the same \"Data for Generative AI "
    "Improvement\" setting. Only that notice says so: an older LinkedIn help page said UK data "
    "would not be made available to affiliates such as Microsoft for AI training \"without "
    'further notice". Our editors have not yet checked this on a UK account.'
)

MESSAGES_OLD = (
    "LinkedIn says it does not use your private messages, in your inbox or sent by InMail, to "
    "train its AI. A lawsuit filed in 2025 claimed that members' private messages had been used "
    "for AI training. LinkedIn denies this."
)
MESSAGES_NEW = (
    "LinkedIn says it does not use your private messages, in your inbox or sent by InMail, to "
    "train its AI. A proposed class action filed in the US in January 2025 claimed that Premium "
    "members’ private messages had been used for AI training; LinkedIn denied it, and the claim "
    "was withdrawn about ten days later."
)
MINORS_OLD = (
    "LinkedIn says it does not use data from members under 18. It also says it screens out "
    "members it believes are still at secondary school."
)
MINORS_NEW = (
    "LinkedIn says it does not use data from members under 18, and that it screens out members "
    "it believes are still at secondary school. One news report adds that the setting is off by "
    "default for some student profiles: check your own."
)
STUDENTS_NAME = "Some student profiles"

OBJECTING_OLD = (
    "Use LinkedIn's Data Processing Objection Form to object to uses of your data that the "
    "setting does not cover, such as other kinds of machine learning."
)
OBJECTING_NEW = (
    "LinkedIn's Data Processing Objection Form covers the AI training too, and also other kinds "
    "of machine learning that the setting does not cover."
)
NO_ACCOUNT_TEXT = "You do not need a LinkedIn account to use the form."


def catalogues():
    found = {}
    for language in LANGUAGES:
        path = FOLDER / f"{language}.json"
        found[language] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    return found


def translated(english: str, books: dict) -> dict[str, str]:
    """Field values for every language: the English, and each translation there is."""
    values = {"en": english}
    for language, book in books.items():
        if book.get(english):
            values[language] = book[english]
    return values


def set_text(obj, field: str, values: dict[str, str]) -> None:
    for code, text in values.items():
        setattr(obj, f"{field}_{code.replace('-', '_')}", text)
    setattr(obj, field, values["en"])


def forwards(apps, schema_editor):
    Policy = apps.get_model("policies", "Policy")
    policy = Policy.objects.filter(slug=POLICY_SLUG).first()
    if policy is None:
        return
    books = catalogues()
    sources = add_sources(apps)
    split_roundup(apps, policy, sources)
    place_countries(apps, policy, sources, books)
    add_rights(apps, policy, sources, books)
    correct_facts(apps, policy, sources, books)
    keep_region_reviews(apps, policy)


def add_sources(apps):
    Source = apps.get_model("policies", "Source")
    for item in NEW_SOURCES:
        Source.objects.get_or_create(key=item["key"], defaults={k: v for k, v in item.items()})
    S3 = Source.objects.filter(key="S3", publisher="News roundup (publisher not recorded)")
    S3.update(**PCMAG)
    return {source.key: source for source in Source.objects.all()}


def split_roundup(apps, policy, sources):
    roundup = sources.get("S3")
    if roundup is None:
        return
    for model_name in (
        "fact", "region", "datacategory", "exclusion", "frequentquestion", "timelineevent",
        "instructions", "relatedsetting",
    ):  # fmt: skip
        model = apps.get_model("policies", model_name)
        for obj in model.objects.filter(policy=policy, sources=roundup):
            if model_name == "fact":
                key = ("fact", obj.topic, obj.order)
            elif model_name == "relatedsetting":
                key = ("relatedsetting", obj.order)
            else:
                key = (model_name,)
            articles = S3_ARTICLES.get(key, S3_DEFAULT)
            obj.sources.remove(roundup)
            obj.sources.add(*(sources[k] for k in articles))


def add_rights(apps, policy, sources, books):
    Region = apps.get_model("policies", "Region")
    Right = apps.get_model("policies", "Right")
    for slugs, rights in RIGHTS.items():
        for region in Region.objects.filter(policy=policy, slug__in=slugs):
            if region.rights.exists():
                continue
            for n, item in enumerate(rights):
                right = Right(
                    region=region,
                    kind=item["kind"],
                    order=item.get("order", n),
                    confidence=item["confidence"],
                    link_url=item.get("link_url", ""),
                    last_verified=CHECKED if item["confidence"] != "unverified" else None,
                )
                set_text(right, "title", translated(item["title"], books))
                set_text(right, "text", translated(item["text"], books))
                set_text(right, "link_label", translated(item.get("link_label", ""), books))
                right.save()
                right.sources.set([sources[k] for k in item["sources"]])
                confirm_translations(apps, "right", right, ("title", "text", "link_label"))


def place_countries(apps, policy, sources, books):
    Region = apps.get_model("policies", "Region")
    RegionCountry = apps.get_model("policies", "RegionCountry")
    listed = set(RegionCountry.objects.filter(policy=policy).values_list("country", flat=True))

    us = Region.objects.filter(policy=policy, slug="united-states").first()
    if us is not None:
        for code in US_TERRITORIES:
            if code not in listed:
                RegionCountry.objects.create(policy=policy, region=us, country=code)

    if not Region.objects.filter(policy=policy, slug=NOT_NAMED["slug"]).exists():
        catch_all = Region.objects.filter(policy=policy, is_catch_all=True).first()
        region = Region(
            policy=policy,
            slug=NOT_NAMED["slug"],
            order=(catch_all.order if catch_all else 8),
            training_start=None,
            not_named=True,
            confidence="confirmed",
            last_verified=CHECKED,
        )
        set_text(region, "name", translated(NOT_NAMED["name"], books))
        set_text(region, "notes", translated(NOT_NAMED["notes"], books))
        region.save()
        region.sources.set([sources["S6"]])
        for code in NOT_NAMED["countries"]:
            if code not in listed:
                RegionCountry.objects.create(policy=policy, region=region, country=code)
        if catch_all is not None:
            catch_all.order = region.order + 1
            catch_all.save(update_fields=["order"])
        confirm_translations(apps, "region", region, REGION_FIELDS)

    # The US and the rest of the world: the date is LinkedIn's disclosure (S17).
    for slug, old, new in (
        ("united-states", US_NOTES_OLD, US_NOTES_NEW),
        ("rest-of-world", WORLD_NOTES_OLD, WORLD_NOTES_NEW),
    ):
        regions = Region.objects.filter(policy=policy, slug=slug)
        for region in regions:
            if not region.start_note_en:
                set_text(region, "start_note", translated(START_NOTE, books))
            if region.confidence == "confirmed":
                region.confidence = "reported"
            region.save()
            region.sources.remove(sources["S8"])
            region.sources.add(sources["S17"])
        # After the start note, so that the corrected translations are confirmed
        # against the English as it now stands.
        correct(apps, "region", regions, "notes", old, translated(new, books), COMMENT)

    regions = Region.objects.filter(policy=policy, slug="eu")
    correct(apps, "region", regions, "notes", EU_NOTES_OLD, translated(EU_NOTES_NEW, books), COMMENT)


def correct_facts(apps, policy, sources, books):
    Fact = apps.get_model("policies", "Fact")
    Exclusion = apps.get_model("policies", "Exclusion")
    RelatedSetting = apps.get_model("policies", "RelatedSetting")

    settings = RelatedSetting.objects.filter(policy=policy, name_en__startswith="UK: sharing")
    correct(apps, "relatedsetting", settings, "summary", UK_SETTING_OLD,
            translated(UK_SETTING_NEW, books), COMMENT)  # fmt: skip
    settings.filter(confidence="confirmed").update(confidence="single")

    exclusions = Exclusion.objects.filter(policy=policy)
    correct(apps, "exclusion", exclusions, "detail", MESSAGES_OLD,
            translated(MESSAGES_NEW, books), COMMENT)  # fmt: skip
    for exclusion in exclusions.filter(name_en="Private messages"):
        exclusion.sources.add(sources["S18"])
    minors = exclusions.filter(name_en="Members under 18")
    correct(apps, "exclusion", minors, "detail", MINORS_OLD, translated(MINORS_NEW, books),
            COMMENT)  # fmt: skip
    students = exclusions.filter(name_en=STUDENTS_NAME, confidence="reported")
    for exclusion in minors:
        exclusion.covers_minors = True
        exclusion.save(update_fields=["covers_minors"])
        if students.exists():
            exclusion.sources.add(sources["S1"])
    students.delete()

    facts = Fact.objects.filter(policy=policy, topic="objecting")
    correct(apps, "fact", facts, "text", OBJECTING_OLD, translated(OBJECTING_NEW, books), COMMENT)
    for fact in facts.filter(text_en=NO_ACCOUNT_TEXT):
        fact.sources.set([sources["S6"]])


REGION_FIELDS = ("name", "legal_basis", "notes", "objection_text", "start_note")
OLD_REGION_FIELDS = ("name", "legal_basis", "notes", "objection_text")


def confirm_translations(apps, model_name, obj, fields):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Review = apps.get_model("policies", "TranslationReview")
    content_type, _ = ContentType.objects.get_or_create(app_label="policies", model=model_name)
    english = fingerprint(getattr(obj, f"{f}_en") for f in fields)
    for language in LANGUAGES:
        suffix = language.replace("-", "_")
        if any(getattr(obj, f"{f}_{suffix}") for f in fields):
            Review.objects.update_or_create(
                content_type=content_type, object_id=obj.pk, language=language,
                defaults={"english_fingerprint": english},
            )  # fmt: skip


def keep_region_reviews(apps, policy):
    """Regions gained a translated field (start_note): a review made against the English as it
    stood before still holds, as long as that English is unchanged."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Review = apps.get_model("policies", "TranslationReview")
    Region = apps.get_model("policies", "Region")
    content_type, _ = ContentType.objects.get_or_create(app_label="policies", model="region")
    for region in Region.objects.filter(policy=policy):
        before = fingerprint(getattr(region, f"{f}_en") for f in OLD_REGION_FIELDS)
        now = fingerprint(getattr(region, f"{f}_en") for f in REGION_FIELDS)
        Review.objects.filter(
            content_type=content_type, object_id=region.pk, english_fingerprint=before
        ).update(english_fingerprint=now)


class Migration(migrations.Migration):
    dependencies = [("policies", "0010_rights_and_unnamed_places")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
