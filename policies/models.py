"""The content of the guide: what a platform does with members' data, where,
from when, and how to stop it, each fact tied to the sources it rests on.

Everything is scoped to a Policy, so another platform's policy can be added
in admin without code.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

https_only = URLValidator(
    schemes=["https"],
    message="Enter a full https:// address (plain http:// is not accepted).",
    code="https_required",
)


def stale_before(today: datetime.date | None = None) -> datetime.date:
    """Facts last checked before this date need re-checking."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=settings.CONTENT_STALE_AFTER_DAYS)


def reserved_slugs() -> set[str]:
    """First path segments the site uses itself: a policy's address cannot be one of them."""
    return {
        "guide",
        "policy",
        "regions",
        "checklist",
        "static",
        "healthz",
        settings.ADMIN_URL.strip("/").split("/")[0],
        *(code for code, _name in settings.LANGUAGES),
    }


class Confidence(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    REPORTED = "reported", _("Reported")
    SINGLE = "single", _("One source")
    UNVERIFIED = "unverified", _("Unverified")


class Device(models.TextChoices):
    DESKTOP = "desktop", _("Computer browser")
    IOS = "ios", _("iPhone or iPad app")
    ANDROID = "android", _("Android app")
    MOBILE_WEB = "mobile-web", _("Phone browser")


class PolicyQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def with_content(self):
        """Everything the public pages show, in a fixed number of queries."""
        return self.prefetch_related(
            "sources",
            "facts__sources",
            "regions__countries",
            "regions__sources",
            "regions__rights__sources",
            "data_categories__sources",
            "exclusions__sources",
            "questions__sources",
            "timeline__sources",
            "timeline__regions",
            "instructions__steps",
            "instructions__sources",
            "related_settings__steps",
            "related_settings__regions",
            "related_settings__sources",
            "menu_labels",
            "objection_routes__regions",
            "changes",
        )


class Policy(models.Model):
    """One platform practice the guide explains, e.g. LinkedIn training AI on member data."""

    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    platform = models.CharField(max_length=100)
    headline = models.CharField(
        "what changed",
        max_length=400,
        blank=True,
        help_text="Two sentences for the top of the home page: what changed, for whom.",
    )
    summary = models.TextField(help_text="One paragraph, in plain words, for the top of the page.")
    setting_name = models.CharField(
        max_length=200, help_text="The setting's name exactly as the platform shows it."
    )
    toggle_label = models.CharField(
        max_length=200, blank=True, help_text="The words next to the switch, if known."
    )
    settings_url = models.URLField(
        "settings deep link", validators=[https_only], help_text="Opens the setting directly."
    )
    objection_form_url = models.URLField(
        "objection form",
        validators=[https_only],
        help_text="The form for everyone, unless objection routes (below) name others.",
    )
    opt_out = models.CharField(
        "how members opt out",
        max_length=10,
        choices=[
            ("switch", "A setting they switch off"),
            ("form", "A form they send (no setting)"),
        ],
        default="switch",
        help_text="Worded on results: 'Switch it off' or 'Object with the form'.",
    )
    platform_domains = models.TextField(
        "the platform's domains",
        blank=True,
        help_text=(
            "One per line, e.g. linkedin.com. The settings link and the objection form must be "
            "on one of them or a subdomain: a link elsewhere is refused, so a mistyped or "
            "planted address never becomes the button on every result."
        ),
    )
    age_threshold = models.PositiveSmallIntegerField(
        default=18, help_text="Members younger than this are excluded by the platform."
    )
    is_published = models.BooleanField("published", default=False)
    last_reviewed = models.DateField(help_text="When an editor last checked the whole policy.")
    sources = models.ManyToManyField("Source", blank=True, related_name="policies")
    translation_reviews = GenericRelation("TranslationReview")

    class Edition(models.TextChoices):
        CURRENT = "current", "Current (the one at the policy's addresses)"
        DRAFT = "draft", "Draft of the next edition"
        ARCHIVED = "archived", "Archived (an earlier edition)"

    edition = models.CharField(
        max_length=10, choices=Edition, default=Edition.CURRENT, editable=False
    )
    edition_of = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="editions",
        editable=False,
        help_text="For a draft or an archived edition: the policy's current edition.",
    )
    publish_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="A draft scheduled to go live."
    )
    scheduled_note = models.TextField(blank=True, editable=False)
    scheduled_note_public = models.BooleanField(default=True, editable=False)
    scheduled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    objects = PolicyQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "policies"
        # Privacy publishers (policies/editors.py): tick or untick "published", delete a policy.
        permissions = [("publish_policy", "Can publish, unpublish and delete a policy")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("policy", args=[self.slug])

    def domains(self) -> list[str]:
        return [
            line.strip().lower().removeprefix("www.").rstrip(".")
            for line in self.platform_domains.splitlines()
            if line.strip()
        ]

    def on_platform(self, address: str) -> bool:
        """Whether `address` is on one of the platform's domains (or a subdomain of one)."""
        host = (urlsplit(address).hostname or "").rstrip(".")
        return any(host == domain or host.endswith("." + domain) for domain in self.domains())

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in reserved_slugs():
            errors["slug"] = (
                f"“{self.slug}” is already one of the site's addresses (/{self.slug}/): "
                "choose another, e.g. the platform's name."
            )
        for field in ("settings_url", "objection_form_url"):  # routes: ObjectionRoute.clean
            address = getattr(self, field)
            if not address or self.on_platform(address):
                continue
            host = urlsplit(address).hostname or address
            if not self.domains():
                errors[field] = (
                    'Fill in "the platform\'s domains" first, e.g. linkedin.com: '
                    "this link must be on one of them."
                )
            else:
                errors[field] = (
                    f"{host} is not one of the platform's domains "
                    f"({', '.join(self.domains())}). Use the platform's own address, "
                    "or add its domain to the list if it really is the platform's."
                )
        if errors:
            raise ValidationError(errors)

    def region_for(self, country_code: str) -> "Region | None":
        """The region a country falls in: the one that lists it, else the catch-all.

        Uses prefetched regions and countries when there are some.
        """
        regions = list(self.regions.all())
        for region in regions:
            if any(listed.country.code == country_code for listed in region.countries.all()):
                return region
        return next((region for region in regions if region.is_catch_all), None)


class Source(models.Model):
    """Where a fact comes from; articles with no public address are cited by publisher and title."""

    key = models.CharField(
        max_length=20, unique=True, help_text="Short reference used by editors, e.g. S3."
    )
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200)
    url = models.URLField("address", blank=True, validators=[https_only], max_length=500)
    editor_note = models.TextField(
        "note for editors",
        blank=True,
        help_text="Not shown on the site: how to find it when there is no address, what it covers.",
    )
    published = models.DateField(null=True, blank=True)
    retrieved = models.DateField(null=True, blank=True)
    quote = models.TextField(
        "supporting quote", blank=True, help_text="A short quote that supports the facts citing it."
    )
    confidence = models.CharField(
        max_length=12,
        choices=Confidence,
        help_text="Confirmed: the platform's own text or an official body. "
        "Reported: a press report. Unverified: a third-party how-to.",
    )

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return f"[{self.key}] {self.publisher}: {self.title}"


class SourcedFact(models.Model):
    """A fact shown on the site: how sure we are, where it comes from, when it was last checked."""

    confidence = models.CharField(max_length=12, choices=Confidence, default=Confidence.CONFIRMED)
    last_verified = models.DateField(
        null=True,
        blank=True,
        help_text="When an editor last checked this against its sources. Empty: never checked.",
    )
    translation_reviews = GenericRelation("TranslationReview")

    class Meta:
        abstract = True

    @property
    def needs_rechecking(self) -> bool:
        return self.last_verified is None or self.last_verified < stale_before()


class Region(SourcedFact):
    """Countries the policy treats alike."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="regions")
    name = models.CharField(max_length=100)
    slug = models.SlugField()
    order = models.PositiveSmallIntegerField(default=0)
    is_catch_all = models.BooleanField(
        "catch-all",
        default=False,
        help_text="Covers every country no other region of this policy lists.",
    )
    training_start = models.DateField(
        null=True,
        blank=True,
        help_text="The day the platform began (or begins) training on these members' data. "
        "Empty only for places the platform does not name (tick the box below).",
    )
    not_named = models.BooleanField(
        "the platform does not name these places",
        default=False,
        help_text="The platform does not say which of its groups these places are in.",
    )
    start_note = models.CharField(
        max_length=300,
        blank=True,
        help_text="Shown right after the start date, e.g. what the date stands for.",
    )
    legal_basis = models.CharField(
        max_length=200, blank=True, help_text="As the platform names it, e.g. legitimate interest."
    )
    notes = models.TextField(blank=True)
    objection_text = models.TextField(
        blank=True,
        help_text="Where members can object (legitimate interest): a short, polite text they "
        "can copy into the platform's objection form. Leave empty where it does not apply.",
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="regions")

    class Meta:
        ordering = ["policy", "order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["policy", "slug"], name="unique_region_slug_per_policy"
            ),
            models.UniqueConstraint(
                fields=["policy"],
                condition=Q(is_catch_all=True),
                name="one_catch_all_region_per_policy",
                violation_error_message="This policy already has a catch-all region.",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("region", args=[self.policy.slug, self.slug])

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.training_start is None and not self.not_named:
            raise ValidationError(
                {
                    "training_start": "Enter the start date, or tick "
                    '"the platform does not name these places".'
                }
            )

    def training_started(self, today: datetime.date) -> bool | None:
        """Whether training has begun by `today`: None where the platform does not say."""
        return None if self.training_start is None else self.training_start <= today


class Right(SourcedFact):
    """What the law where a region's members live lets them do, and where to complain."""

    class Kind(models.TextChoices):
        OBJECT = "object", "A right to use with the platform (shown before its form)"
        COMPLAIN = "complain", "Where to complain (shown after the form)"

    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="rights")
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.OBJECT)
    order = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(max_length=200, help_text="One plain line: 'You can object'.")
    text = models.TextField(help_text="What the right is and how to use it, in plain words.")
    link_label = models.CharField(max_length=200, blank=True)
    link_url = models.URLField("link", blank=True, validators=[https_only], max_length=500)
    sources = models.ManyToManyField(Source, blank=True, related_name="rights")

    class Meta:
        ordering = ["region", "order", "pk"]
        verbose_name = "right or remedy"
        verbose_name_plural = "rights and remedies"

    def __str__(self):
        return f"{self.region}: {self.title}"

    def get_absolute_url(self):
        return self.region.get_absolute_url()


class RegionCountry(models.Model):
    """One country listed by a region.

    `policy` repeats `region.policy` so the database itself can refuse a
    country claimed by two regions of the same policy.
    """

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="+", editable=False)
    region = models.ForeignKey(Region, on_delete=models.CASCADE, related_name="countries")
    country = CountryField()

    class Meta:
        ordering = ["region", "country"]
        verbose_name = "country"
        verbose_name_plural = "countries"
        constraints = [
            models.UniqueConstraint(
                fields=["policy", "country"], name="one_region_per_country_per_policy"
            ),
        ]

    def __str__(self):
        return self.country.name

    def save(self, *args, **kwargs):
        self.policy_id = self.region.policy_id
        super().save(*args, **kwargs)


class Fact(SourcedFact):
    """A statement about the policy as a whole, e.g. that opting out is not retroactive."""

    class Topic(models.TextChoices):
        AT_A_GLANCE = "at-a-glance", "Said first on a result (how long it takes, what it covers)"
        PRACTICE = "practice", "What the platform does"
        OPTING_OUT = "opting-out", "What opting out does and does not do"
        OBJECTING = "objecting", "When to use the objection form"

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="facts")
    topic = models.CharField(max_length=20, choices=Topic)
    text = models.CharField(max_length=300, help_text="One plain sentence.")
    detail = models.TextField(blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    sources = models.ManyToManyField(Source, blank=True, related_name="facts")

    class Meta:
        ordering = ["policy", "topic", "order"]

    def __str__(self):
        return self.text

    def get_absolute_url(self):
        return reverse("policy", args=[self.policy.slug]) + f"#{self.topic}"


class FrequentQuestion(SourcedFact):
    """A question visitors ask, answered from the facts."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="questions")
    question = models.CharField(max_length=200)
    answer = models.TextField()
    order = models.PositiveSmallIntegerField(default=0)
    sources = models.ManyToManyField(Source, blank=True, related_name="questions")

    class Meta:
        ordering = ["policy", "order", "pk"]
        verbose_name = "frequent question"

    def __str__(self):
        return self.question

    def get_absolute_url(self):
        return reverse("policy", args=[self.policy.slug]) + f"#faq-{self.pk}"


class TimelineEvent(SourcedFact):
    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="timeline")
    entry_id = models.CharField(
        max_length=64,
        blank=True,
        editable=False,
        help_text="Its feed entry's id, kept when an edition copies it.",
    )
    date = models.DateField()
    title = models.CharField(max_length=200)
    body = models.TextField()
    regions = models.ManyToManyField(Region, blank=True, related_name="timeline_events")
    sources = models.ManyToManyField(Source, blank=True, related_name="timeline_events")

    class Meta:
        ordering = ["policy", "date", "pk"]
        verbose_name = "timeline event"

    def __str__(self):
        return f"{self.date:%-d %b %Y}: {self.title}"

    def get_absolute_url(self):
        return reverse("policy", args=[self.policy.slug]) + f"#event-{self.pk}"


class DataCategory(SourcedFact):
    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="data_categories")
    name = models.CharField(max_length=100)
    includes = models.TextField(help_text="What this category covers, in plain words.")
    order = models.PositiveSmallIntegerField(default=0)
    sources = models.ManyToManyField(Source, blank=True, related_name="data_categories")

    class Meta:
        ordering = ["policy", "order", "name"]
        verbose_name_plural = "data categories"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("policy", args=[self.policy.slug]) + "#data-used"


class Exclusion(SourcedFact):
    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="exclusions")
    name = models.CharField(max_length=200)
    detail = models.TextField(blank=True)
    covers_minors = models.BooleanField(
        "is about members under the age threshold",
        default=False,
        help_text="Cited where the guide tells members under the threshold what applies.",
    )
    order = models.PositiveSmallIntegerField(default=0)
    sources = models.ManyToManyField(Source, blank=True, related_name="exclusions")

    class Meta:
        ordering = ["policy", "order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("policy", args=[self.policy.slug]) + "#not-used"


class Instructions(SourcedFact):
    """How to switch the setting off on one kind of device."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="instructions")
    device = models.CharField(max_length=20, choices=Device)
    also_for = models.JSONField(
        "the same steps also serve",
        default=list,
        blank=True,
        help_text="Other devices these steps are right for, e.g. a platform whose iPhone and "
        "Android apps are the same: tick them instead of copying the steps.",
    )
    note = models.TextField(blank=True, help_text="Anything to know before starting.")
    sources = models.ManyToManyField(Source, blank=True, related_name="instructions")

    class Meta:
        ordering = ["policy", "device"]
        verbose_name_plural = "instructions"
        constraints = [
            models.UniqueConstraint(
                fields=["policy", "device"], name="one_set_of_instructions_per_device"
            ),
        ]

    def __str__(self):
        return f"{self.policy.platform}: {self.get_device_display()}"

    def get_absolute_url(self):
        return reverse("guide", args=[self.policy.slug]) + f"?device={self.device}"

    @property
    def devices(self) -> list[str]:
        """Every device these steps serve: their own, then the others ticked."""
        return [self.device, *(d for d in self.also_for if d != self.device)]

    def clean(self):
        super().clean()
        unknown = [d for d in self.also_for if d not in Device.values]
        if unknown:
            raise ValidationError({"also_for": f"Unknown device: {', '.join(unknown)}."})
        if not self.policy_id:
            return
        for other in Instructions.objects.filter(policy_id=self.policy_id).exclude(pk=self.pk):
            shared = set(self.devices) & set(other.devices)
            if shared:
                names = ", ".join(str(Device(d).label) for d in sorted(shared))
                raise ValidationError(
                    {
                        "also_for": f"{names} already has its own steps ({other}): a device "
                        "can follow one set of steps only."
                    }
                )


class RelatedSetting(SourcedFact):
    """Another setting worth checking, such as sharing data with an affiliate for ads."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="related_settings")
    name = models.CharField(max_length=200, help_text="As the platform shows it, where known.")
    summary = models.TextField(help_text="What it controls and why it matters.")
    regions = models.ManyToManyField(Region, blank=True, related_name="related_settings")
    order = models.PositiveSmallIntegerField(default=0)
    sources = models.ManyToManyField(Source, blank=True, related_name="related_settings")

    class Meta:
        ordering = ["policy", "order", "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("policy", args=[self.policy.slug]) + "#related-settings"


class StepBase(models.Model):
    order = models.PositiveSmallIntegerField()
    translation_reviews = GenericRelation("TranslationReview")
    text = models.CharField(max_length=200, help_text="A short instruction: 'Tap Settings'.")
    detail = models.CharField(max_length=300, blank=True)

    class Meta:
        abstract = True
        ordering = ["order"]

    def __str__(self):
        return f"{self.order}. {self.text}"


class Step(StepBase):
    instructions = models.ForeignKey(Instructions, on_delete=models.CASCADE, related_name="steps")

    class Meta(StepBase.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["instructions", "order"],
                name="unique_step_order",
                violation_error_message="Two steps have the same number: give each its own.",
            ),
        ]


class RelatedSettingStep(StepBase):
    setting = models.ForeignKey(RelatedSetting, on_delete=models.CASCADE, related_name="steps")

    class Meta(StepBase.Meta):
        verbose_name = "step"
        constraints = [
            models.UniqueConstraint(
                fields=["setting", "order"],
                name="unique_related_setting_step_order",
                violation_error_message="Two steps have the same number: give each its own.",
            ),
        ]


class PolicyChange(models.Model):
    """What changed when an edition was published: public notes are shown on the policy
    page and in its feed ("what changed"), minor ones stay in admin."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="changes")
    published_at = models.DateTimeField(default=timezone.now)
    note = models.TextField()
    public = models.BooleanField(default=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    archived = models.ForeignKey(
        Policy,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The edition this one replaced.",
    )

    class Meta:
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return f"{self.published_at:%-d %b %Y}: {self.note[:60]}"

    def get_absolute_url(self):
        return reverse("policy", args=[self.policy.slug]) + f"#change-{self.pk}"


class ObjectionRoute(models.Model):
    """One way to object: a platform may have several (Facebook's and Instagram's forms)."""

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="objection_routes")
    order = models.PositiveSmallIntegerField(default=0)
    label = models.CharField(
        max_length=200, help_text="What the button says, e.g. 'Object on Instagram'."
    )
    url = models.URLField("address", validators=[https_only], max_length=500)
    regions = models.ManyToManyField(
        "Region",
        blank=True,
        related_name="objection_routes",
        help_text="Where it applies. None: everywhere.",
    )
    for_non_members = models.BooleanField(
        "open to people without an account",
        default=True,
        help_text="Untick if the form needs a login.",
    )
    translation_reviews = GenericRelation("TranslationReview")

    class Meta:
        ordering = ["policy", "order", "pk"]

    def __str__(self):
        return f"{self.policy.platform}: {self.label}"

    def clean(self):
        super().clean()
        # On the policy's add page the policy is not saved yet, but it is set.
        policy = self.policy if self.policy_id or "policy" in self._state.fields_cache else None
        if policy is not None and self.url and not policy.on_platform(self.url):
            host = urlsplit(self.url).hostname or self.url
            domains = ", ".join(policy.domains()) or "none listed yet"
            raise ValidationError(
                {"url": f"{host} is not one of the platform's domains ({domains})."}
            )

    def applies_to(self, region, has_account: bool) -> bool:
        if not has_account and not self.for_non_members:
            return False
        regions = list(self.regions.all())
        return not regions or region in regions


class MenuLabel(models.Model):
    """The platform's own label, in a language, for a menu item the steps name in English.

    Shown next to the English name (never instead of it), marked unverified until an
    editor has seen it on a screen in that language. Nothing is seeded: no guesses.
    """

    policy = models.ForeignKey(Policy, on_delete=models.CASCADE, related_name="menu_labels")
    english = models.CharField(
        max_length=100, help_text="Exactly as the English steps write it, e.g. Settings."
    )
    label = models.CharField(
        max_length=100, blank=True, help_text="What the platform shows in this language."
    )
    translation_reviews = GenericRelation("TranslationReview")
    confirmed_in = models.JSONField(
        "confirmed on a screen in",
        default=list,
        blank=True,
        help_text='Language codes, e.g. ["de", "fr"]: where an editor has seen this label.',
    )

    class Meta:
        ordering = ["policy", "english"]
        constraints = [
            models.UniqueConstraint(fields=["policy", "english"], name="one_label_per_menu_item")
        ]

    def __str__(self):
        return self.english


class ContentCorrection(models.Model):
    """A change a data migration made to seeded content, waiting to be written to History.

    Data migrations run on historical models, which django-reversion cannot
    record; they leave a row here and the post-migrate step records a revision
    with this comment (then deletes the row), so History shows every correction.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    comment = models.CharField(max_length=300)

    def __str__(self):
        return self.comment


class TranslationReview(models.Model):
    """An editor's word that one language's translation of a piece of content
    matches its English text, as that text stood then (its fingerprint).

    When the English changes, the fingerprint no longer matches and admin
    flags the translation as needing review until an editor confirms it.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    language = models.CharField(max_length=10)
    english_fingerprint = models.CharField(max_length=64)
    reviewed_at = models.DateTimeField(auto_now=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Empty: confirmed with the seeded content, or by a script.",
    )

    class Meta:
        ordering = ["content_type", "object_id", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="one_review_per_object_and_language",
            ),
        ]

    def __str__(self):
        return f"{self.content_type} #{self.object_id} [{self.language}]"


class SourceCheckQuerySet(models.QuerySet):
    def current(self):
        """Each source's latest check of the address it has now (none after the address changed)."""
        latest = (
            SourceCheck.objects.filter(source=OuterRef("source"), address=OuterRef("address"))
            .order_by("-checked_at", "-pk")
            .values("pk")[:1]
        )
        return self.filter(address=F("source__url"), pk=Subquery(latest))

    def failing(self):
        return self.exclude(outcome__in=SourceCheck.PASSING)

    def moved(self):
        return self.exclude(final_url="").exclude(final_url=F("address"))


class SourceCheck(models.Model):
    """What the source watch (`manage.py check_sources`) found at a source's address.

    Not content: the public site never shows it. It is kept out of History and
    out of the content revision (policies/content.py), so a nightly run leaves
    the page cache alone.
    """

    class Outcome(models.TextChoices):
        OK = "ok", "Answers"
        NOT_HTML = "not-html", "Answers, not a web page (quote not checked)"
        QUOTE_MISSING = "quote-missing", "Supporting quote not found"
        GONE = "gone", "Gone (404 or 410)"
        HTTP_ERROR = "http-error", "Error status"
        TIMEOUT = "timeout", "Timed out"
        TOO_LARGE = "too-large", "Too large to read"
        NETWORK_ERROR = "network-error", "Could not connect"
        ROBOTS = "robots", "robots.txt asks robots not to fetch it"

    PASSING = (Outcome.OK, Outcome.NOT_HTML)

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="checks")
    checked_at = models.DateTimeField(default=timezone.now)
    address = models.URLField(max_length=500, help_text="The source's address when checked.")
    outcome = models.CharField(max_length=20, choices=Outcome)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    final_url = models.URLField(
        "final address", max_length=2000, blank=True, help_text="Where redirects led."
    )
    content_type = models.CharField(max_length=100, blank=True)
    quote_found = models.BooleanField(
        "supporting quote found",
        null=True,
        help_text="Empty: not looked for (no quote, not a web page, or the page did not load).",
    )
    summary = models.CharField(max_length=300)

    objects = SourceCheckQuerySet.as_manager()

    class Meta:
        ordering = ["-checked_at", "-pk"]
        get_latest_by = "checked_at"
        indexes = [models.Index(fields=["source", "-checked_at"], name="source_check_latest")]

    def __str__(self):
        return f"{self.source.key} {self.checked_at:%Y-%m-%d %H:%M}: {self.get_outcome_display()}"

    @property
    def ok(self) -> bool:
        return self.outcome in self.PASSING

    @property
    def moved(self) -> bool:
        return bool(self.final_url) and self.final_url != self.address
