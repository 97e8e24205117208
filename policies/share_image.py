"""The share image: a 1200×630 PNG that names the platform, in the visitor's language.

Link previews (og:image) show it. It is drawn with Pillow from the policy's
title, a tagline and the site's name, in the look of the site's header (the
dark ink, the yellow tick, white type), and kept in Django's cache under the
content revision, so each language is drawn once per edit.

Fonts come from Debian's packages, never from another host: DejaVu Sans
(fonts-dejavu-core) for Latin scripts, as in the old static image, and Noto
Sans CJK (fonts-noto-cjk) for Traditional Chinese. scripts/setup and the
Dockerfile install both; FontMissing says which package is missing.
"""

import contextlib
import functools
import hashlib
import io
import logging
import os
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from policies.content import NO_REVISION, CacheUnavailable, _cache, content_revision, release
from policies.page_cache import _if_none_match

log = logging.getLogger("optout_guide.share_image")

WIDTH, HEIGHT = 1200, 630
# Nothing is drawn outside this box (left, top, right, bottom): the old image's
# 90 px side margin, and 56 px above and below.
BOX = (90, 56, 1110, 574)

BACKGROUND = (0x1B, 0x1F, 0x24)  # --ink in static/css/site.css
TITLE_COLOUR = (0xFF, 0xFF, 0xFF)
TAGLINE_COLOUR = (0xD6, 0xDC, 0xE3)  # .site-tagline
BRAND_COLOUR = (0xFF, 0xBF, 0x47)  # --focus, the tick in static/img/icon.svg

ICON_SIZE = 48
ICON_GAP = 19  # between the tick and the site's name
BRAND_SIZES = (34, 30, 26)
# The title's sizes, largest first, each with the most lines it may take there
# (a long title gets smaller type before it gets more lines); the tagline's
# sizes step down alongside.
TITLE_SIZES = ((72, 3), (66, 3), (60, 4), (54, 4), (48, 5), (44, 5), (40, 6))
TAGLINE_SIZES = (34, 32, 30, 30, 28, 28, 28)
TAGLINE_MAX_LINES = 2
GAP_BRAND_TITLE = 44
GAP_TITLE_TAGLINE = 34

SERVER_TTL = 60 * 60 * 24  # an image outlives nothing but its revision

# Debian's paths first; a search of the font folders after. DJANGO_FONT_DIR
# (a folder) comes before both, for a machine that keeps its fonts elsewhere.
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts")


@dataclass(frozen=True)
class FontFile:
    name: str  # the file's name, searched for under the font folders
    debian_path: str
    package: str
    faces: tuple[str, ...] = ()  # in a collection (.ttc): the face to use, by family name


LATIN_BOLD = FontFile(
    "DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "fonts-dejavu-core",
)
LATIN_REGULAR = FontFile(
    "DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"
)
# The site's Chinese is Hong Kong's (og:locale zh_HK, 裏 and 人工智能): Noto's
# Hong Kong face draws the characters in the forms readers there learnt.
CJK_BOLD = FontFile(
    "NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "fonts-noto-cjk",
    faces=("Noto Sans CJK HK", "Noto Sans CJK TC"),
)
CJK_REGULAR = FontFile(
    "NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "fonts-noto-cjk",
    faces=("Noto Sans CJK HK", "Noto Sans CJK TC"),
)


@dataclass(frozen=True)
class Typeface:
    bold: FontFile
    regular: FontFile
    line_height: float  # line pitch, in ems


LATIN = Typeface(LATIN_BOLD, LATIN_REGULAR, line_height=1.16)
CJK = Typeface(CJK_BOLD, CJK_REGULAR, line_height=1.3)
CJK_LANGUAGES = {"zh-hant"}


class FontMissing(RuntimeError):
    """A font the share image needs is not installed."""


@functools.cache
def font_path(font: FontFile) -> Path:
    """Where `font` is on this machine, or FontMissing naming the package to install."""
    extra = os.environ.get("DJANGO_FONT_DIR", "")
    folders = [Path(d) for d in ([extra] if extra else []) + list(FONT_DIRS)]
    exact = [Path(extra) / font.name] if extra else []
    for path in [*exact, Path(font.debian_path)]:
        if path.is_file():
            return path
    for folder in folders:
        for path in sorted(folder.rglob(font.name)) if folder.is_dir() else ():
            if path.is_file():
                return path
    raise FontMissing(
        f"the share image needs the font {font.name}, found neither at {font.debian_path} nor "
        f"under {', '.join(map(str, folders))}: install Debian's {font.package} (scripts/setup "
        f"and the Dockerfile do), or set DJANGO_FONT_DIR to a folder that has it"
    )


@functools.cache
def _face_index(font: FontFile) -> int:
    """The first of `font.faces` the collection has (a plain font file has one face)."""
    if not font.faces:
        return 0
    path = font_path(font)
    names = []
    for index in range(64):
        try:
            names.append(ImageFont.truetype(str(path), 12, index=index).getname()[0])
        except OSError:
            break
    for face in font.faces:
        if face in names:
            return names.index(face)
    raise FontMissing(f"{path} has none of the faces {', '.join(font.faces)} (it has {names})")


@functools.lru_cache(maxsize=64)
def load_font(font: FontFile, size: int) -> ImageFont.FreeTypeFont:
    # The basic layout, not raqm: the same bytes whether or not this machine
    # has FriBiDi, and nothing here needs complex shaping.
    return ImageFont.truetype(
        str(font_path(font)),
        size,
        index=_face_index(font),
        layout_engine=ImageFont.Layout.BASIC,
    )


def typeface_for(language: str) -> Typeface:
    return CJK if language in CJK_LANGUAGES else LATIN


# A code point no font has: what a font draws for it is its "missing" glyph.
_UNASSIGNED = "\U0010fffd"
_PROBE_SIZE = 32


@functools.lru_cache(maxsize=8192)
def has_glyph(font: FontFile, ch: str) -> bool:
    """Whether `font` draws `ch` itself, rather than its missing-glyph box (tofu)."""
    if ch.isspace():
        return True
    probe = load_font(font, _PROBE_SIZE)
    drawn, missing = probe.getmask(ch), probe.getmask(_UNASSIGNED)
    return drawn.size != missing.size or bytes(drawn) != bytes(missing)


class FontStack:
    """Fonts of one size tried in turn for each character, as a browser's font-family
    list: the first that has the glyph draws it (Noto Sans CJK has no ą or Ł; DejaVu
    has no Chinese). The few methods of Pillow's fonts that the layout needs."""

    def __init__(self, files: tuple[FontFile, ...], size: int):
        self.files = files
        self.size = size
        self.fonts = tuple(load_font(f, size) for f in files)

    def runs(self, text: str) -> list[tuple[ImageFont.FreeTypeFont, str]]:
        runs: list[tuple[ImageFont.FreeTypeFont, str]] = []
        for ch in text:
            if runs and ch.isspace():  # a space keeps the font it follows
                font = runs[-1][0]
            else:
                font = next(
                    (
                        f
                        for file, f in zip(self.files, self.fonts, strict=True)
                        if has_glyph(file, ch)
                    ),
                    self.fonts[0],
                )
            if runs and runs[-1][0] is font:
                runs[-1] = (font, runs[-1][1] + ch)
            else:
                runs.append((font, ch))
        return runs

    def getlength(self, text: str) -> float:
        return sum(font.getlength(part) for font, part in self.runs(text))

    def getmetrics(self) -> tuple[int, int]:
        return self.fonts[0].getmetrics()

    def getbbox(self, text: str) -> tuple[int, int, int, int]:
        """The ink's box, from the left end of the baseline (Pillow's anchor "ls")."""
        x = 0.0
        boxes = []
        for font, part in self.runs(text):
            x0, y0, x1, y1 = font.getbbox(part, anchor="ls")
            if x1 > x0:
                boxes.append((round(x) + x0, y0, round(x) + x1, y1))
            x += font.getlength(part)
        if not boxes:
            return (0, 0, 0, 0)
        return (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )

    def draw(self, pen: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, fill) -> None:
        x, y = xy
        for font, part in self.runs(text):
            pen.text((round(x), y), part, font=font, fill=fill, anchor="ls")
            x += font.getlength(part)


@functools.lru_cache(maxsize=64)
def font_stack(language: str, weight: str, size: int) -> FontStack:
    """The language's own typeface first, the other one after it for what it lacks."""
    first = typeface_for(language)
    files = [getattr(face, weight) for face in (first, *(f for f in (LATIN, CJK) if f != first))]
    return FontStack(tuple(files), size)


# --- Line breaking --------------------------------------------------------------

# Kinsoku, simplified: never start a line with a closing mark, never end one
# with an opening mark. Latin punctuation is here too, for "LinkedIn :" and
# « guillemets » set apart by a space, as French does.
NO_BREAK_BEFORE = set("、。，．：；！？）］｝〕〉》」』】〙〗〟’”｠»›,.:;!?)]}%…")
NO_BREAK_AFTER = set("（［｛〔〈《「『【〘〖〝‘“｟«‹([{")
ELLIPSIS = "…"


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _break_between(before: str, a: str, b: str) -> bool:
    """May a line end between the characters a and b of one word (before precedes a)?"""
    if b in NO_BREAK_BEFORE or a in NO_BREAK_AFTER or " " in (a, b):
        return False
    if _wide(a) or _wide(b):  # Chinese breaks between any two characters
        return True
    # After the hyphen of a compound (Opt-Out, KI-Training), as a browser does.
    return a == "-" and before.isalnum() and b.isalnum()


def _tokens(text: str) -> list[tuple[str, str]]:
    """The unbreakable pieces of `text`, each with what joins it to the one before (" " or "")."""
    words: list[str] = []
    glue_next = False
    for word in text.split():
        if words and (glue_next or all(ch in NO_BREAK_BEFORE for ch in word)):
            words[-1] += " " + word
        else:
            words.append(word)
        glue_next = all(ch in NO_BREAK_AFTER for ch in word)
    tokens = []
    for w, word in enumerate(words):
        start = 0
        for i in range(1, len(word)):
            if _break_between(word[i - 2] if i > 1 else "", word[i - 1], word[i]):
                tokens.append(("" if start else (" " if w else ""), word[start:i]))
                start = i
        tokens.append(("" if start else (" " if w else ""), word[start:]))
    return tokens


def _split_long(piece: str, font, width: float) -> list[str]:
    """A piece wider than a line, cut by character (with a hyphen between two letters),
    never leaving a closing mark or a space at the start of a line."""
    chunks: list[str] = []
    current = ""
    for i, ch in enumerate(piece):
        following = piece[i + 1] if i + 1 < len(piece) else ""
        hyphen = "-" if _letter(ch) and _letter(following) else ""
        if not current or font.getlength(current + ch + hyphen) <= width:
            current += ch
            continue
        carried = ch
        while current and (carried[0] in NO_BREAK_BEFORE or carried[0].isspace()):
            current, carried = current[:-1], current[-1] + carried
        if not current.strip():  # nowhere to cut: the whole run moves on
            current, carried = current + carried, ""
            continue
        joins_letters = _letter(current[-1]) and _letter(carried[0])
        chunks.append(current.rstrip() + ("-" if joins_letters else ""))
        current = carried.lstrip()
    chunks.append(current)
    return chunks


def _letter(ch: str) -> bool:
    return ch.isalpha() and not _wide(ch)


def _greedy(text: str, font, width: float) -> tuple[list[str], int]:
    """Lines filled one after the other, and how many words had to be cut."""
    lines: list[str] = []
    line = ""
    cuts = 0
    for joiner, piece in _tokens(text):
        candidate = line + joiner + piece if line else piece
        if font.getlength(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        if font.getlength(piece) <= width:
            line = piece
        else:
            *whole, line = _split_long(piece, font, width)
            lines.extend(whole)
            cuts += len(whole)
    if line:
        lines.append(line)
    return lines, cuts


def wrap(text: str, font, width: float, max_lines: int = 0) -> list[str]:
    """`text` in lines no wider than `width`: at spaces, between Chinese characters, after
    a compound's hyphen, and inside a word only when the word alone is wider than a line.

    Balanced, as CSS's `text-wrap: balance`: the lines are as many as the full width
    needs, but as even as they can be (no last line of one short word); not when
    there are more than `max_lines` (if given) and the rest will be cut.
    """
    lines, cuts = _greedy(text, font, width)
    if len(lines) < 2 or (max_lines and len(lines) > max_lines):
        return lines
    low, high = 0.0, float(width)  # the narrowest width that keeps the count lies in between
    for _step in range(12):
        middle = (low + high) / 2
        tried, tried_cuts = _greedy(text, font, middle)
        if len(tried) <= len(lines) and tried_cuts <= cuts:
            high = middle
        else:
            low = middle
    return _greedy(text, font, high)[0]


def _ellipsize(line: str, font, width: float) -> str:
    line = line.rstrip()
    while line and font.getlength(line + ELLIPSIS) > width:
        line = line[:-1].rstrip(" -:,;")
    return line + ELLIPSIS


def clamp(lines: list[str], max_lines: int, font, width: float) -> list[str]:
    """At most `max_lines` lines, the last one ending in an ellipsis if text was cut."""
    if len(lines) <= max_lines:
        return lines
    return [*lines[: max_lines - 1], _ellipsize(lines[max_lines - 1], font, width)]


# --- Layout ---------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    text: str
    font: FontStack
    xy: tuple[int, int]  # the left end of its baseline
    colour: tuple[int, int, int]

    def bbox(self) -> tuple[int, int, int, int]:
        """The box its ink covers on the image."""
        x0, y0, x1, y1 = self.font.getbbox(self.text)
        x, y = self.xy
        return (x + x0, y + y0, x + x1, y + y1)


@dataclass(frozen=True)
class Block:
    """Lines of one size and colour, one pitch apart."""

    lines: tuple[str, ...]
    font: FontStack
    pitch: int
    colour: tuple[int, int, int]

    @classmethod
    def wrapped(cls, text, font: FontStack, line_height, colour, width, max_lines) -> "Block":
        lines = tuple(wrap(text, font, width, max_lines))
        return cls(lines, font, round(font.size * line_height), colour)

    def clamped(self, max_lines: int, width: float) -> "Block":
        lines = tuple(clamp(list(self.lines), max_lines, self.font, width))
        return Block(lines, self.font, self.pitch, self.colour)

    def height(self) -> int:
        if not self.lines:
            return 0
        ascent, descent = self.font.getmetrics()
        return ascent + descent + (len(self.lines) - 1) * self.pitch


@dataclass(frozen=True)
class Layout:
    icon: tuple[int, int, int, int]
    lines: tuple[Line, ...]
    truncated: bool  # some text did not fit and was cut (with an ellipsis)

    def boxes(self) -> list[tuple[int, int, int, int]]:
        """What is drawn, box by box: the tick, then each line's ink."""
        return [self.icon, *(line.bbox() for line in self.lines)]

    def inside(self, box=BOX) -> bool:
        return all(_within(b, box) for b in self.boxes())


def _within(inner, outer) -> bool:
    return (
        outer[0] <= inner[0]
        and outer[1] <= inner[1]
        and inner[2] <= outer[2]
        and inner[3] <= outer[3]
    )


def layout(*, title: str, tagline: str, site_name: str, language: str) -> Layout:
    """Where everything goes: the largest title that fits (TITLE_SIZES) with the
    tagline under it, the block centred between the margins. Text that fits at no size is
    cut with an ellipsis; nothing ever reaches past BOX."""
    face = typeface_for(language)
    left, _top, right, _bottom = BOX
    # A few pixels short of the box, for glyphs whose ink reaches past their advance.
    width = right - left - 4

    brand_width = width - ICON_SIZE - ICON_GAP
    for size in BRAND_SIZES:
        brand_font = font_stack(language, "bold", size)
        if brand_font.getlength(site_name) <= brand_width:
            break
    brand = Block.wrapped(site_name, brand_font, 1, BRAND_COLOUR, brand_width, 1)
    brand = brand.clamped(1, brand_width)

    for (title_size, title_max), tag_size in zip(TITLE_SIZES, TAGLINE_SIZES, strict=True):
        title_font = font_stack(language, "bold", title_size)
        tag_font = font_stack(language, "regular", tag_size)
        title_block = Block.wrapped(
            title, title_font, face.line_height, TITLE_COLOUR, width, title_max
        )
        tag_block = Block.wrapped(tagline, tag_font, 1.3, TAGLINE_COLOUR, width, TAGLINE_MAX_LINES)
        fits = len(title_block.lines) <= title_max and len(tag_block.lines) <= TAGLINE_MAX_LINES
        placed = _place(
            brand,
            title_block.clamped(title_max, width),
            tag_block.clamped(TAGLINE_MAX_LINES, width),
            truncated=not fits,
        )
        if fits and placed.inside():
            return placed
    # Nothing fitted: the smallest sizes, cut to the box. A line still past it
    # (a title of one unbroken script the box cannot hold) is left out, not clipped.
    kept = tuple(line for line in placed.lines if _within(line.bbox(), BOX))
    return Layout(placed.icon, kept, truncated=True)


def _place(brand: Block, title: Block, tagline: Block, truncated: bool) -> Layout:
    left, top, _right, bottom = BOX
    total = ICON_SIZE + GAP_BRAND_TITLE + title.height()
    if tagline.lines:
        total += GAP_TITLE_TAGLINE + tagline.height()
    y = top + max(0, (bottom - top - total) // 2)
    icon = (left, y, left + ICON_SIZE, y + ICON_SIZE)
    # The site's name on the tick's middle.
    ascent, descent = brand.font.getmetrics()
    baseline = y + ICON_SIZE // 2 + (ascent - descent) // 2
    lines = [_line(text, brand, left + ICON_SIZE + ICON_GAP, baseline) for text in brand.lines]
    y += ICON_SIZE + GAP_BRAND_TITLE
    for block in (title, tagline):
        ascent, _descent = block.font.getmetrics()
        for i, text in enumerate(block.lines):
            lines.append(_line(text, block, left, y + ascent + i * block.pitch))
        y += block.height() + GAP_TITLE_TAGLINE
    return Layout(icon, tuple(lines), truncated)


def _line(text: str, block: Block, x: int, baseline: int) -> Line:
    # A glyph whose ink starts left of its origin (J, some accents) moves right,
    # so that the ink, not the origin, starts at the margin.
    overhang = max(0, -block.font.getbbox(text)[0]) if text else 0
    return Line(text, block.font, (x + overhang, baseline), block.colour)


# --- Drawing ----------------------------------------------------------------------

_render_lock = threading.Lock()  # FreeType faces are not safe to share between threads


@functools.cache
def _icon() -> Image.Image:
    """static/img/icon.svg's tick on yellow, drawn 4× over and scaled down (antialiased)."""
    scale = 4 * ICON_SIZE / 32  # the SVG's 32-unit grid, 4× the final size
    big = Image.new("RGB", (4 * ICON_SIZE, 4 * ICON_SIZE), BACKGROUND)
    draw = ImageDraw.Draw(big)
    draw.rounded_rectangle(
        (0, 0, big.width - 1, big.height - 1), radius=round(6 * scale), fill=BRAND_COLOUR
    )
    points = [(round(x * scale), round(y * scale)) for x, y in ((8, 17), (13, 22), (24, 10))]
    stroke = round(4 * scale)
    draw.line(points, fill=BACKGROUND, width=stroke, joint="curve")
    for x, y in (points[0], points[-1]):  # round caps
        r = stroke // 2
        draw.ellipse((x - r, y - r, x + r, y + r), fill=BACKGROUND)
    return big.resize((ICON_SIZE, ICON_SIZE), Image.Resampling.LANCZOS)


def _ramp(colour, steps: int) -> list[int]:
    return [
        round(b + (c - b) * i / (steps - 1))
        for i in range(steps)
        for b, c in zip(BACKGROUND, colour, strict=True)
    ]


@functools.cache
def _palette() -> Image.Image:
    """Every colour the image can hold: each ink's antialiasing ramp over the background."""
    colours = []
    for colour in (TITLE_COLOUR, TAGLINE_COLOUR, BRAND_COLOUR):
        colours += _ramp(colour, 32)
    palette = Image.new("P", (1, 1))
    palette.putpalette(colours[: 256 * 3])
    return palette


def draw(plan: Layout) -> Image.Image:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    image.paste(_icon(), plan.icon[:2])
    pen = ImageDraw.Draw(image)
    for line in plan.lines:
        line.font.draw(pen, line.xy, line.text, line.colour)
    return image


def encode(image: Image.Image) -> bytes:
    """A palette PNG: the same bytes for the same image (no dither, no timestamp)."""
    indexed = image.quantize(palette=_palette(), dither=Image.Dither.NONE)
    out = io.BytesIO()
    indexed.save(out, "PNG", optimize=True)
    return out.getvalue()


def render_share_png(
    *, title: str, platform: str, tagline: str, site_name: str, language: str
) -> bytes:
    """The share image for these words, 1200×630 PNG bytes, the same bytes each time.

    The title and the tagline name the platform; with no tagline, the
    platform's name stands in its place, so that the image always names it.
    """
    tagline = tagline or platform
    with _render_lock:
        plan = layout(title=title, tagline=tagline, site_name=site_name, language=language)
        return encode(draw(plan))


# --- A policy's image, cached -------------------------------------------------------


@dataclass(frozen=True)
class ShareWords:
    title: str
    platform: str
    tagline: str
    site_name: str


def share_words(policy, language: str) -> ShareWords:
    """What a policy's image says in `language` (the tagline doubles as its alt text)."""
    from policies.context_processors import site_name

    with translation.override(language):
        platform = policy.platform
        return ShareWords(
            title=policy.title,
            platform=platform,
            tagline=_("How to stop %(platform)s using your data for AI") % {"platform": platform},
            site_name=site_name(),
        )


def _languages() -> set[str]:
    return {code for code, _name in settings.LANGUAGES}


def cache_key(policy, language: str) -> str | None:
    """The image's key: this build, the content revision, the policy and the language.

    None when the cache cannot tell revisions apart (it is down, or keeps
    nothing): the image is then drawn for each request, never kept.
    """
    try:
        revision = content_revision()
    except CacheUnavailable:
        return None
    if revision == NO_REVISION:
        return None
    return f"optout-guide:share-png:{release()}:{revision}:{policy.slug}:{language}"


def share_png(policy, language: str) -> bytes:
    """The policy's share image in `language`, drawn once per edit and language.

    A cache that fails costs a fresh drawing, never the image.
    """
    return _share_png(policy, language, cache_key(policy, language))


def _share_png(policy, language: str, key: str | None) -> bytes:
    if language not in _languages():
        raise ValueError(f"not one of the site's languages: {language!r}")
    if key is not None:
        try:
            stored = _cache("get", key)
        except CacheUnavailable:
            stored = None
        if isinstance(stored, bytes):
            return stored
    words = share_words(policy, language)
    png = render_share_png(
        title=words.title,
        platform=words.platform,
        tagline=words.tagline,
        site_name=words.site_name,
        language=language,
    )
    if key is not None:
        with contextlib.suppress(CacheUnavailable):
            _cache("set", key, png, SERVER_TTL)
    return png


def share_image_response(policy, language: str, request=None) -> HttpResponse:
    """The image as a response: public, and revalidated on every use, as pages are.

    `max-age=0, must-revalidate` with an ETag (the pages' own policy, see
    policies/page_cache.py): an edit shows in the next preview a crawler or an
    editor fetches, and a revalidation is a 304 that draws and reads no image.
    Given the request, an If-None-Match that matches is answered with that 304.

    Without its fonts (a machine set up by hand) the site's old English image
    is served, uncached, and the error logged: a preview keeps an image.
    """
    key = cache_key(policy, language)
    try:
        png = None if key else _share_png(policy, language, None)
    except FontMissing as error:
        return _static_fallback(error)
    # The ETag names what the image is drawn from, so a 304 needs no drawing;
    # with no revision to name, the bytes themselves.
    etag = '"' + hashlib.sha256(key.encode() if key else png).hexdigest()[:32] + '"'
    if request is not None and etag in _if_none_match(request):
        response = HttpResponseNotModified()
    else:
        try:
            png = png or _share_png(policy, language, key)
        except FontMissing as error:
            return _static_fallback(error)
        response = HttpResponse(png, content_type="image/png")
        response["Content-Length"] = str(len(png))
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


STATIC_FALLBACK = "img/share.png"


def _static_fallback(error: FontMissing) -> HttpResponse:
    log.error("share image not drawn, serving %s instead: %s", STATIC_FALLBACK, error)
    path = finders.find(STATIC_FALLBACK)
    if not path:
        raise error
    response = HttpResponse(Path(path).read_bytes(), content_type="image/png")
    patch_cache_control(response, no_cache=True, max_age=0)
    return response
