"""The guide's first content: how LinkedIn uses member data to train generative AI.

Every fact below comes from the fact sheet (shared/content/linkedin-policy.md) and
names the sources it rests on by key (S1..S9). The copy is written in plain words;
only `Source.quote` holds a short verbatim quote from an article.

Dates of "last verified": the day this content was checked against the fact sheet.
Anything whose confidence is "unverified" has no date, so admin flags it for staff.
"""

import datetime

from django.db import migrations

CHECKED = datetime.date(2026, 11, 22)

POLICY_SLUG = "linkedin-ai-training"

# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------

SOURCES = [
    {
        "key": "S1",
        "title": "News article on LinkedIn's terms update extending AI training to Europe, "
        "Switzerland and the UK",
        "publisher": "News report (publisher not recorded)",
        "url": "",
        "citation": (
            "News article (publisher and title not recorded; no public address on file). "
            "It covers LinkedIn's terms update that extends AI training on member data to "
            "Europe, Switzerland and the UK from 3 November; that the setting is on by default, "
            "except for some student profiles; that private messages are not used; that opting "
            "out does not apply to data already used; that members who opt out can still use "
            "the AI features; and the steps to opt out."
        ),
        "published": None,
        "retrieved": None,
        "quote": "LinkedIn’s terms specify that opting out does not apply retroactively",
        "confidence": "reported",
    },
    {
        "key": "S2",
        "title": "How to Stop LinkedIn Training Its AI With Your Data",
        "publisher": "Tech.co",
        "url": "",
        "citation": (
            "Tech.co article (2024; no public address on file). It covers the setting being on "
            "by default, the direct link to it, that the switch only covers training of "
            "content-creation AI, that the Data Processing Objection Form covers other uses, "
            "and that members who opt out can still use LinkedIn's AI features."
        ),
        "published": None,
        "retrieved": None,
        "quote": "It only stops the use of your information for content creation training.",
        "confidence": "reported",
    },
    {
        "key": "S3",
        "title": "Roundup of four reports on LinkedIn expanding AI training to Europe, the UK, "
        "Canada and Hong Kong (2025)",
        "publisher": "News roundup (publisher not recorded)",
        "url": "",
        "citation": (
            "A 2025 roundup of four reports (no public address on file): "
            "PCMag, \"LinkedIn Is Using More User Data Than Ever to Train Its AI. Here's How to "
            'Opt Out"; gHacks, "Microsoft-owned LinkedIn will use your data for training AI, '
            'unless you opt-out"; 9to5Mac, "Security Bite: LinkedIn is now using your humble '
            'posts and achievements to train AI models, how to opt out"; TechRadar, "LinkedIn '
            'will use your data to train its AI models unless you opt out". Together they cover '
            "the regions added from 3 November 2025, the legal basis (legitimate interest), the "
            "six kinds of data used and what is left out (as listed in LinkedIn's FAQ, quoted by "
            "PCMag), the opt-out steps, the objection form and the Microsoft ads setting. "
            "Note: one summary in the roundup gives the start date as 3 November 2024; LinkedIn's "
            "own notice says 3 November 2025, which is the date this guide uses."
        ),
        "published": None,
        "retrieved": None,
        "quote": "We rely on legitimate interest to process your data for this purpose.",
        "confidence": "reported",
    },
    {
        "key": "S4",
        "title": "Article on LinkedIn's 2024 User Agreement update, with opt-out steps",
        "publisher": "News report (publisher not recorded)",
        "url": "",
        "citation": (
            "News article from 2024 (publisher and title not recorded; no public address on "
            "file). It covers LinkedIn's User Agreement update taking effect on 20 November, "
            "which opts members in by default; that EU and Swiss members were left out; the "
            'opt-out steps on a computer and in the mobile app; and the "Data research" setting.'
        ),
        "published": None,
        "retrieved": None,
        "quote": (
            "Updates to the company’s user agreement that go into effect November 20 will "
            "automatically opt users into sharing their data."
        ),
        "confidence": "reported",
    },
    {
        "key": "S5",
        "title": "Our statement on changes to LinkedIn AI data policy",
        "publisher": "Information Commissioner's Office (UK)",
        "url": "https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/09/"
        "our-statement-on-changes-to-linkedin-ai-data-policy/",
        "citation": (
            "Statement by the UK data protection regulator. First published 20 September 2024; "
            "updated 23 September 2025."
        ),
        "published": datetime.date(2024, 9, 20),
        "retrieved": None,
        "quote": "",
        "confidence": "confirmed",
    },
    {
        "key": "S6",
        "title": "European Regional Privacy Notice",
        "publisher": "LinkedIn",
        "url": "https://www.linkedin.com/legal/privacy-policy",
        "citation": (
            "LinkedIn's regional privacy notice for Europe, in the version updated on "
            "3 November 2025, as archived by Open Terms Archive. It is reached from LinkedIn's "
            "privacy policy page."
        ),
        "published": datetime.date(2025, 11, 3),
        "retrieved": None,
        "quote": "",
        "confidence": "confirmed",
    },
    {
        "key": "S7",
        "title": "Control whether LinkedIn uses your data to train generative AI models",
        "publisher": "LinkedIn Help",
        "url": "https://www.linkedin.com/help/linkedin/answer/a6278444",
        "citation": "LinkedIn help article about the setting and what switching it off does.",
        "published": None,
        "retrieved": None,
        "quote": "",
        "confidence": "confirmed",
    },
    {
        "key": "S8",
        "title": "Help article on data sharing with Microsoft for ads",
        "publisher": "LinkedIn Help",
        "url": "https://www.linkedin.com/help/linkedin/answer/a1397243",
        "citation": (
            "LinkedIn help article about sharing member data with Microsoft for personalised "
            "ads (exact article title not recorded)."
        ),
        "published": None,
        "retrieved": None,
        "quote": "",
        "confidence": "confirmed",
    },
    {
        "key": "S9",
        "title": "Help article: frequently asked questions on generative AI",
        "publisher": "LinkedIn Help",
        "url": "https://www.linkedin.com/help/linkedin/answer/a5538339",
        "citation": (
            "LinkedIn's FAQ on generative AI and member data (exact article title not recorded)."
        ),
        "published": None,
        "retrieved": None,
        "quote": "",
        "confidence": "confirmed",
    },
]

# ---------------------------------------------------------------------------
# The policy
# ---------------------------------------------------------------------------

POLICY = {
    "title": "LinkedIn: your data and generative AI training",
    "slug": POLICY_SLUG,
    "platform": "LinkedIn",
    "summary": (
        "LinkedIn uses some of its members' data, such as profile details and posts, to train "
        "AI that writes and suggests content. A setting allows this, and it is switched on "
        "unless you turn it off. In the United States and most other countries this began in "
        "September 2024. In the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada "
        "and Hong Kong it began on 3 November 2025. Turning the setting off stops LinkedIn "
        "using your data from then on, but data already used stays in its AI models. This "
        "guide explains what data is used, what is left out, and how to switch the setting "
        "off on each device."
    ),
    "setting_name": "Data for Generative AI Improvement",
    "toggle_label": "Use my data for training content creation AI models",
    "settings_url": "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
    "objection_form_url": "https://www.linkedin.com/help/linkedin/ask/TS-DPRO",
    "age_threshold": 18,
    "is_published": True,
    "last_reviewed": datetime.date(2026, 11, 22),
    "sources": ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"],
}

# ---------------------------------------------------------------------------
# Facts about the policy as a whole (fact sheet, section 1)
# ---------------------------------------------------------------------------

FACTS = [
    {
        "topic": "practice",
        "order": 1,
        "text": "LinkedIn uses some member data to train AI models that create content.",
        "detail": (
            "These models power features such as help with writing, drafting posts, and "
            "matching recruiters with people looking for jobs."
        ),
        "confidence": "confirmed",
        "sources": ["S1", "S2", "S3"],
    },
    {
        "topic": "practice",
        "order": 2,
        "text": (
            "The setting is switched on by default, so your data is used unless you turn it off."
        ),
        "detail": "You do not have to agree first: you have to opt out.",
        "confidence": "confirmed",
        "sources": ["S1", "S2", "S3", "S4"],
    },
    {
        "topic": "practice",
        "order": 3,
        "text": (
            'In Europe, LinkedIn relies on "legitimate interest" as its legal reason, '
            "so you have the right to object."
        ),
        "detail": (
            "Legitimate interest lets a company use your data without asking you first. In "
            "return, data protection law (the GDPR) gives you the right to object to that use."
        ),
        "confidence": "confirmed",
        "sources": ["S3", "S6"],
    },
    {
        "topic": "opting-out",
        "order": 1,
        "text": (
            "Opting out only works from then on: data already used for training stays in the "
            "models."
        ),
        "detail": "The sooner you switch the setting off, the less of your data is used.",
        "confidence": "confirmed",
        "sources": ["S1", "S3", "S7"],
    },
    {
        "topic": "opting-out",
        "order": 2,
        "text": (
            "The switch only covers AI that creates content. To object to other uses, such as "
            "personalisation or security, use the Data Processing Objection Form."
        ),
        "detail": (
            "LinkedIn also uses data for other kinds of machine learning that the switch does "
            "not cover. The form lets you object to those uses and ask LinkedIn to restrict "
            "how it uses your data. People without a LinkedIn account can use the form too."
        ),
        "confidence": "confirmed",
        "sources": ["S2", "S3", "S6", "S7"],
    },
    {
        "topic": "opting-out",
        "order": 3,
        "text": "You can still use LinkedIn's AI features after you opt out.",
        "detail": "Opting out only stops your data being used to train the models.",
        "confidence": "confirmed",
        "sources": ["S1", "S2"],
    },
]

# ---------------------------------------------------------------------------
# Regions (fact sheet, section 2), in display order
# ---------------------------------------------------------------------------

EU_MEMBER_STATES = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
    "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]  # fmt: skip

# Parts of EU member states that ISO 3166 (and so the country list) shows separately:
# Åland (Finland), French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint Martin (France).
EU_PARTS_LISTED_SEPARATELY = ["AX", "GF", "GP", "MQ", "RE", "YT", "MF"]

REGIONS = [
    {
        "slug": "eu",
        "name": "European Union",
        "order": 1,
        "countries": EU_MEMBER_STATES + EU_PARTS_LISTED_SEPARATELY,
        "is_catch_all": False,
        "training_start": datetime.date(2025, 11, 3),
        "legal_basis": "Legitimate interest",
        "notes": (
            "LinkedIn left EU members out when it began training on member data in 2024. "
            "Training on their data began on 3 November 2025. The company responsible for your "
            "data (the data controller) is LinkedIn Ireland Unlimited Company. "
            "As well as the 27 member states, this list includes Åland, French Guiana, "
            "Guadeloupe, Martinique, Réunion, Mayotte and Saint Martin. They are part of EU "
            "member states, but the international country list (ISO 3166) shows them separately."
        ),
        "confidence": "confirmed",
        "sources": ["S1", "S3", "S4", "S6"],
    },
    {
        "slug": "eea",
        "name": "Iceland, Liechtenstein and Norway",
        "order": 2,
        "countries": ["IS", "LI", "NO"],
        "is_catch_all": False,
        "training_start": datetime.date(2025, 11, 3),
        "legal_basis": "Legitimate interest",
        "notes": (
            "These countries are in the European Economic Area (EEA) but not in the EU. "
            "LinkedIn treats them the same as the EU: members were left out at first, and "
            "training on their data began on 3 November 2025."
        ),
        "confidence": "confirmed",
        "sources": ["S3", "S6"],
    },
    {
        "slug": "switzerland",
        "name": "Switzerland",
        "order": 3,
        "countries": ["CH"],
        "is_catch_all": False,
        "training_start": datetime.date(2025, 11, 3),
        "legal_basis": "Legitimate interest",
        "notes": (
            "LinkedIn treats Switzerland the same as the EU: Swiss members were left out in "
            "2024, and training on their data began on 3 November 2025."
        ),
        "confidence": "confirmed",
        "sources": ["S1", "S3", "S6"],
    },
    {
        "slug": "uk",
        "name": "United Kingdom",
        "order": 4,
        "countries": ["GB"],
        "is_catch_all": False,
        "training_start": datetime.date(2025, 11, 3),
        "legal_basis": "Legitimate interest",
        "notes": (
            "LinkedIn paused training on UK members' data on 20 September 2024, after the UK "
            "data protection regulator, the Information Commissioner's Office (ICO), raised "
            "concerns. On 23 September 2025 the ICO said LinkedIn would resume, with simpler "
            "opt-out settings and a longer window to object. Training on UK members' data "
            "began on 3 November 2025. "
            "UK only: LinkedIn's privacy notice also lists sharing your data with Microsoft so "
            'that Microsoft can train its own AI. The same "Data for Generative AI '
            'Improvement" setting controls this.'
        ),
        "confidence": "confirmed",
        "sources": ["S1", "S3", "S5", "S6"],
    },
    {
        "slug": "canada",
        "name": "Canada",
        "order": 5,
        "countries": ["CA"],
        "is_catch_all": False,
        "training_start": datetime.date(2025, 11, 3),
        "legal_basis": "Legitimate interest",
        "notes": (
            "Training on Canadian members' data began on 3 November 2025, according to 2025 "
            "press reports. One 2024 article named Canada among the countries whose members "
            "were opted in from 2024, so the earlier date may apply; our editors are checking."
        ),
        "confidence": "reported",
        "sources": ["S3", "S4"],
    },
    {
        "slug": "hong-kong",
        "name": "Hong Kong",
        "order": 6,
        "countries": ["HK"],
        "is_catch_all": False,
        "training_start": datetime.date(2025, 11, 3),
        "legal_basis": "Legitimate interest",
        "notes": (
            "Training on Hong Kong members' data began on 3 November 2025. This comes from "
            "press reports."
        ),
        "confidence": "reported",
        "sources": ["S3"],
    },
    {
        "slug": "united-states",
        "name": "United States",
        "order": 7,
        "countries": ["US"],
        "is_catch_all": False,
        "training_start": datetime.date(2024, 9, 18),
        "legal_basis": "",
        "notes": (
            "LinkedIn began training on US members' data around 18 September 2024, when the "
            "setting appeared, already switched on. LinkedIn's updated User Agreement took "
            "effect on 20 November 2024. Since 3 November 2025 LinkedIn also shares data with "
            "Microsoft for personalised ads. A separate setting controls that, and in the US "
            "LinkedIn honours a Global Privacy Control (GPC) signal sent by your browser."
        ),
        "confidence": "confirmed",
        "sources": ["S2", "S4", "S8"],
    },
    {
        "slug": "rest-of-world",
        "name": "All other countries",
        "order": 8,
        "countries": [],
        "is_catch_all": True,
        "training_start": datetime.date(2024, 9, 18),
        "legal_basis": "",
        "notes": (
            "LinkedIn began training on members' data in most countries around 18 September "
            "2024, when the setting appeared, already switched on. LinkedIn's updated User "
            "Agreement took effect on 20 November 2024. Since 3 November 2025 LinkedIn also "
            "shares data with Microsoft for personalised ads in most countries. A separate "
            "setting controls that."
        ),
        "confidence": "confirmed",
        "sources": ["S2", "S4", "S8"],
    },
]

# ---------------------------------------------------------------------------
# Timeline (fact sheet, section 6)
# ---------------------------------------------------------------------------

TIMELINE = [
    {
        "date": datetime.date(2024, 9, 18),
        "title": "New AI training setting appears, switched on",
        "body": (
            'LinkedIn added the "Data for Generative AI Improvement" setting, switched on for '
            "members by default. Members in the EU, Iceland, Liechtenstein, Norway and "
            "Switzerland were left out."
        ),
        "regions": ["united-states", "rest-of-world", "eu", "eea", "switzerland"],
        "confidence": "confirmed",
        "sources": ["S2", "S4"],
    },
    {
        "date": datetime.date(2024, 9, 20),
        "title": "UK: LinkedIn pauses training on UK members' data",
        "body": (
            "After the UK data protection regulator, the Information Commissioner's Office "
            "(ICO), raised concerns, LinkedIn suspended training its AI on UK members' data."
        ),
        "regions": ["uk"],
        "confidence": "confirmed",
        "sources": ["S5"],
    },
    {
        "date": datetime.date(2024, 11, 20),
        "title": "Updated User Agreement takes effect",
        "body": (
            "LinkedIn's updated User Agreement took effect. LinkedIn said the changes account "
            "for its new generative AI products and features."
        ),
        "regions": ["united-states", "rest-of-world"],
        "confidence": "reported",
        "sources": ["S4"],
    },
    {
        "date": datetime.date(2025, 9, 18),
        "title": "LinkedIn announces AI training in Europe, the UK, Canada and Hong Kong",
        "body": (
            "LinkedIn announced that from 3 November 2025 it would train AI on data from "
            "members in the EU, Iceland, Liechtenstein, Norway, Switzerland, the UK, Canada and "
            "Hong Kong, unless they opt out. "
            "At the time, a LinkedIn help page said that data from members in the EEA, "
            "Switzerland and the UK would not be made available to affiliates such as Microsoft "
            'for training AI models "without further notice". LinkedIn\'s later privacy notice '
            "does list, for the UK, sharing data with Microsoft so that Microsoft can train its "
            "own AI."
        ),
        "regions": ["eu", "eea", "switzerland", "uk", "canada", "hong-kong"],
        "confidence": "confirmed",
        "sources": ["S3", "S6"],
    },
    {
        "date": datetime.date(2025, 9, 23),
        "title": "UK regulator: LinkedIn to resume training on UK data",
        "body": (
            "The ICO said LinkedIn would resume training its AI on UK members' data, with "
            "simpler opt-out settings and a longer window for members to object."
        ),
        "regions": ["uk"],
        "confidence": "confirmed",
        "sources": ["S5"],
    },
    {
        "date": datetime.date(2025, 11, 3),
        "title": "Training starts in Europe, the UK, Canada and Hong Kong",
        "body": (
            "LinkedIn started training AI on data from members in the EU, Iceland, "
            "Liechtenstein, Norway, Switzerland, the UK, Canada and Hong Kong, relying on "
            "legitimate interest. The same day, LinkedIn began sharing data with Microsoft for "
            "personalised ads in the US and most other countries (not the EU, Iceland, "
            "Liechtenstein, Norway, Switzerland or the UK). A separate setting controls the "
            "ads sharing."
        ),
        "regions": [
            "eu",
            "eea",
            "switzerland",
            "uk",
            "canada",
            "hong-kong",
            "united-states",
            "rest-of-world",
        ],  # fmt: skip
        "confidence": "confirmed",
        "sources": ["S1", "S3", "S6", "S8"],
    },
]

# ---------------------------------------------------------------------------
# Data used for training (fact sheet, section 3)
# ---------------------------------------------------------------------------

DATA_CATEGORIES = [
    {
        "order": 1,
        "name": "Profile data",
        "includes": (
            "Your name, photo, current job and past jobs, education, location, skills, "
            "certifications and licences, volunteering, publications and patents, and the "
            "endorsements and recommendations on your profile."
        ),
    },
    {
        "order": 2,
        "name": "Generative AI usage data",
        "includes": "What you type into LinkedIn's AI features.",
    },
    {
        "order": 3,
        "name": "Jobs-related data",
        "includes": (
            "General answers you give to job screening questions, and CVs you save to your "
            "account to use again later."
        ),
    },
    {
        "order": 4,
        "name": "Groups data",
        "includes": "What you do in LinkedIn groups, including messages you post in groups.",
    },
    {
        "order": 5,
        "name": "Member content",
        "includes": (
            "Your posts, articles, poll answers, contributions and comments, in any format."
        ),
    },
    {
        "order": 6,
        "name": "Feedback",
        "includes": (
            "Requests you send to support, thumbs up or down on AI suggestions, reports of "
            "problems with AI-generated content, and anything you send through LinkedIn's "
            "feedback tools."
        ),
    },
]
DATA_CATEGORY_SOURCES = ["S3"]

# ---------------------------------------------------------------------------
# What is left out (fact sheet, section 4)
# ---------------------------------------------------------------------------

EXCLUSIONS = [
    {
        "order": 1,
        "name": "Private messages",
        "detail": (
            "LinkedIn says it does not use your private messages, in your inbox or sent by "
            "InMail, to train its AI. A lawsuit filed in 2025 claimed that members' private "
            "messages had been used for AI training. LinkedIn denies this."
        ),
        "confidence": "confirmed",
        "sources": ["S3"],
    },
    {
        "order": 2,
        "name": "Members under 18",
        "detail": (
            "LinkedIn says it does not use data from members under 18. It also says it "
            "screens out members it believes are still at secondary school."
        ),
        "confidence": "confirmed",
        "sources": ["S3", "S9"],
    },
    {
        "order": 3,
        "name": "Login details",
        "detail": "The details you use to sign in to LinkedIn are not used.",
        "confidence": "confirmed",
        "sources": ["S3"],
    },
    {
        "order": 4,
        "name": "Payment methods and card details",
        "detail": "How you pay LinkedIn, including your card details, is not used.",
        "confidence": "confirmed",
        "sources": ["S3"],
    },
    {
        "order": 5,
        "name": "Salary information you gave LinkedIn",
        "detail": "Salary details you have given LinkedIn are not used.",
        "confidence": "confirmed",
        "sources": ["S3"],
    },
    {
        "order": 6,
        "name": "Job applications linked to you",
        "detail": "Data from job applications that can be traced back to you is not used.",
        "confidence": "confirmed",
        "sources": ["S3"],
    },
    {
        "order": 7,
        "name": "Some student profiles",
        "detail": (
            "One news report says the setting is switched off by default for some student "
            "profiles. It does not say which ones, so check your own setting."
        ),
        "confidence": "reported",
        "sources": ["S1"],
    },
]

# ---------------------------------------------------------------------------
# How to switch the setting off (fact sheet, section 5)
# ---------------------------------------------------------------------------

APP_STEPS = [
    ("Tap your profile picture in the top-left corner of the app.", ""),
    ('Tap "Settings".', "A report says it is at the bottom of the screen."),
    ('Tap "Data privacy".', ""),
    ('Tap "Data for Generative AI Improvement".', ""),
    ('Switch the toggle to "Off".', ""),
]

INSTRUCTIONS = [
    {
        "device": "desktop",
        "note": "You need to be logged in to LinkedIn.",
        "confidence": "confirmed",
        "sources": ["S3", "S4"],
        "steps": [
            (
                'Log in to LinkedIn. Click "Me" (your profile photo) at the top, then '
                '"Settings & Privacy".',
                "",
            ),
            ('Click "Data privacy" in the menu on the left.', ""),
            (
                'Under "How LinkedIn uses your data", click "Data for Generative AI Improvement".',
                "",
            ),
            (
                'Switch the toggle to "Off".',
                'The switch sits next to words like "Use my data for training content '
                'creation AI models".',
            ),
        ],
    },
    {
        "device": "ios",
        "note": (
            "These steps come from a 2024 press report. The exact wording on an iPhone or "
            "iPad has not been confirmed yet and may differ slightly."
        ),
        "confidence": "unverified",
        "sources": ["S4"],
        "steps": APP_STEPS,
    },
    {
        "device": "android",
        "note": (
            "These steps come from a 2024 press report. The exact wording on Android has not "
            "been confirmed yet and may differ slightly."
        ),
        "confidence": "unverified",
        "sources": ["S4"],
        "steps": APP_STEPS,
    },
    {
        "device": "mobile-web",
        "note": (
            "These steps follow the ones for a computer and have not yet been confirmed on a "
            "phone. The direct link to the setting works in a phone browser too, once you are "
            "logged in."
        ),
        "confidence": "unverified",
        "sources": ["S3", "S4", "S6"],
        "steps": [
            ("Log in to LinkedIn in your phone's browser.", ""),
            (
                'Open the direct link to the setting, or go to "Me" (your profile photo), then '
                '"Settings & Privacy".',
                "The direct link is "
                "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement",
            ),
            (
                'If you did not use the link: tap "Data privacy", then "Data for Generative AI '
                'Improvement".',
                "",
            ),
            ('Switch the toggle to "Off".', ""),
        ],
    },
]

# ---------------------------------------------------------------------------
# Other settings worth checking (fact sheet, section 5, "Going further")
# ---------------------------------------------------------------------------

ALL_REGIONS = [region["slug"] for region in REGIONS]

RELATED_SETTINGS = [
    {
        "order": 1,
        "name": "Data sharing with affiliates and partners",
        "summary": (
            "Since 3 November 2025 LinkedIn shares some member data with Microsoft so that "
            "Microsoft can show you more personalised ads. This is a separate setting: "
            'switching off "Data for Generative AI Improvement" does not stop it. It applies '
            "in the US and most other countries, but not in the EU, Iceland, Liechtenstein, "
            'Norway, Switzerland or the UK. Also check "Ads outside of LinkedIn". In the US, '
            "LinkedIn honours a Global Privacy Control (GPC) signal sent by your browser. "
            "The setting's exact name has not been confirmed yet."
        ),
        "regions": ["united-states", "rest-of-world", "canada", "hong-kong"],
        "confidence": "unverified",
        "sources": ["S3", "S8"],
        "steps": [
            ('Go to "Settings & Privacy".', ""),
            ('Open "Advertising data".', ""),
            (
                'Open "Data sharing with affiliates and partners" and switch it to "Off".',
                "The name of this setting has not been confirmed yet and may read slightly "
                "differently.",
            ),
            ('Also look for "Ads outside of LinkedIn" and switch it off if you prefer.', ""),
        ],
    },
    {
        "order": 2,
        "name": "UK: sharing with Microsoft for Microsoft's own AI training",
        "summary": (
            "For UK members, LinkedIn's privacy notice also lists sharing your data with "
            "Microsoft so that Microsoft can train its own AI models. There is no separate "
            'switch: the same "Data for Generative AI Improvement" setting controls this, so '
            "switching it off covers both."
        ),
        "regions": ["uk"],
        "confidence": "confirmed",
        "sources": ["S6"],
        "steps": [
            ('Open "Data for Generative AI Improvement", as in the steps above.', ""),
            (
                'Switch the toggle to "Off".',
                "This stops LinkedIn using your data for its own AI training and for Microsoft's.",
            ),
        ],
    },
    {
        "order": 3,
        "name": "Data research",
        "summary": (
            'A setting under "Data privacy" that lets LinkedIn use data about you for social, '
            "economic and workplace research. It is separate from AI training. This name comes "
            "from a 2024 report and has not been confirmed since."
        ),
        "regions": ALL_REGIONS,
        "confidence": "unverified",
        "sources": ["S4"],
        "steps": [
            ('Go to "Settings & Privacy", then "Data privacy".', ""),
            (
                'Look for "Data research" and open it.',
                "A 2024 report gives this name; it may have changed since.",
            ),
            ("Switch it off if you do not want your data used for this research.", ""),
        ],
    },
]


# ---------------------------------------------------------------------------
# Loader
# ---------------------------------------------------------------------------


def last_verified(confidence):
    return None if confidence == "unverified" else CHECKED


def load_content(apps, schema_editor):
    Source = apps.get_model("policies", "Source")
    Policy = apps.get_model("policies", "Policy")
    Region = apps.get_model("policies", "Region")
    RegionCountry = apps.get_model("policies", "RegionCountry")
    Fact = apps.get_model("policies", "Fact")
    TimelineEvent = apps.get_model("policies", "TimelineEvent")
    DataCategory = apps.get_model("policies", "DataCategory")
    Exclusion = apps.get_model("policies", "Exclusion")
    Instructions = apps.get_model("policies", "Instructions")
    Step = apps.get_model("policies", "Step")
    RelatedSetting = apps.get_model("policies", "RelatedSetting")
    RelatedSettingStep = apps.get_model("policies", "RelatedSettingStep")

    sources = {data["key"]: Source.objects.create(**data) for data in SOURCES}

    def cite(obj, keys):
        obj.sources.set([sources[key] for key in keys])

    policy_data = dict(POLICY)
    policy_sources = policy_data.pop("sources")
    policy = Policy.objects.create(**policy_data)
    cite(policy, policy_sources)

    for data in FACTS:
        data = dict(data)
        keys = data.pop("sources")
        fact = Fact.objects.create(
            policy=policy, last_verified=last_verified(data["confidence"]), **data
        )
        cite(fact, keys)

    regions = {}
    for data in REGIONS:
        data = dict(data)
        keys = data.pop("sources")
        countries = data.pop("countries")
        region = Region.objects.create(
            policy=policy, last_verified=last_verified(data["confidence"]), **data
        )
        cite(region, keys)
        # Historical models skip RegionCountry.save(), so set the policy here.
        RegionCountry.objects.bulk_create(
            RegionCountry(policy=policy, region=region, country=code) for code in countries
        )
        regions[region.slug] = region

    for data in TIMELINE:
        data = dict(data)
        keys = data.pop("sources")
        region_slugs = data.pop("regions")
        event = TimelineEvent.objects.create(
            policy=policy, last_verified=last_verified(data["confidence"]), **data
        )
        cite(event, keys)
        event.regions.set([regions[slug] for slug in region_slugs])

    for data in DATA_CATEGORIES:
        category = DataCategory.objects.create(
            policy=policy, confidence="confirmed", last_verified=CHECKED, **data
        )
        cite(category, DATA_CATEGORY_SOURCES)

    for data in EXCLUSIONS:
        data = dict(data)
        keys = data.pop("sources")
        exclusion = Exclusion.objects.create(
            policy=policy, last_verified=last_verified(data["confidence"]), **data
        )
        cite(exclusion, keys)

    for data in INSTRUCTIONS:
        data = dict(data)
        keys = data.pop("sources")
        steps = data.pop("steps")
        instructions = Instructions.objects.create(
            policy=policy, last_verified=last_verified(data["confidence"]), **data
        )
        cite(instructions, keys)
        Step.objects.bulk_create(
            Step(instructions=instructions, order=n, text=text, detail=detail)
            for n, (text, detail) in enumerate(steps, start=1)
        )

    for data in RELATED_SETTINGS:
        data = dict(data)
        keys = data.pop("sources")
        steps = data.pop("steps")
        region_slugs = data.pop("regions")
        setting = RelatedSetting.objects.create(
            policy=policy, last_verified=last_verified(data["confidence"]), **data
        )
        cite(setting, keys)
        setting.regions.set([regions[slug] for slug in region_slugs])
        RelatedSettingStep.objects.bulk_create(
            RelatedSettingStep(setting=setting, order=n, text=text, detail=detail)
            for n, (text, detail) in enumerate(steps, start=1)
        )


def unload_content(apps, schema_editor):
    Source = apps.get_model("policies", "Source")
    Policy = apps.get_model("policies", "Policy")
    # Deleting the policy cascades to its regions, countries, facts, timeline, data
    # categories, exclusions, instructions, related settings and their steps.
    Policy.objects.filter(slug=POLICY_SLUG).delete()
    Source.objects.filter(key__in=[data["key"] for data in SOURCES]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("policies", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(load_content, unload_content),
    ]
