"""The share image: drawn per language, inside its margins, with real glyphs, cached per edit."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from PIL import Image

from policies import content, share_image
from policies.share_image import (
    BACKGROUND,
    BOX,
    BRAND_COLOUR,
    CJK_BOLD,
    HEIGHT,
    LATIN_BOLD,
    TAGLINE_COLOUR,
    TITLE_COLOUR,
    WIDTH,
    FontFile,
    FontMissing,
    FontStack,
    font_stack,
    has_glyph,
    layout,
    render_share_png,
    share_image_response,
    share_png,
    share_words,
    wrap,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
ROOT = Path(__file__).resolve().parents[2]


def words_of(policy, language) -> dict:
    words = share_words(policy, language)
    return {
        "title": words.title,
        "platform": words.platform,
        "tagline": words.tagline,
        "site_name": words.site_name,
    }


def opened(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.verify()  # a whole, valid PNG (verify() leaves the image unusable)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size == (WIDTH, HEIGHT)
    return image.convert("RGB")


def assert_margins_blank(png: bytes) -> None:
    """Nothing but the background outside BOX: every margin strip is one colour."""
    image = opened(png)
    left, top, right, bottom = BOX
    for strip in [
        (0, 0, WIDTH, top),
        (0, bottom, WIDTH, HEIGHT),
        (0, 0, left, HEIGHT),
        (right, 0, WIDTH, HEIGHT),
    ]:
        colours = image.crop(strip).getcolors()
        assert colours == [(colours[0][0], BACKGROUND)], f"drawn outside the margins in {strip}"


def text_of(plan, colour, joiner: str) -> str:
    return joiner.join(line.text for line in plan.lines if line.colour == colour)


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- Every language ------------------------------------------------------------------


def test_every_language_has_its_own_valid_1200_by_630_png(linkedin):
    images = {language: share_png(linkedin, language) for language in LANGUAGES}
    for language, png in images.items():
        opened(png)
        assert len(png) < 40_000, f"{language}: {len(png)} bytes"
    assert len(set(images.values())) == len(LANGUAGES), "two languages share one image"


def test_the_image_names_the_platform_in_the_visitors_language(linkedin):
    german = share_words(linkedin, "de")
    assert german.title == "LinkedIn: Ihre Daten und das Training generativer KI"
    assert german.tagline == "So verhindern Sie, dass LinkedIn Ihre Daten für KI nutzt"
    assert german.site_name == "KI-Widerspruchs-Ratgeber"
    chinese = share_words(linkedin, "zh-hant")
    assert chinese.tagline == "如何阻止LinkedIn將您的資料用於人工智能"
    for language in LANGUAGES:
        words = share_words(linkedin, language)
        assert "LinkedIn" in words.tagline, language
        if language != "en":
            assert words.tagline != "How to stop LinkedIn using your data for AI", language


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_real_words_fit_whole_inside_the_margins(linkedin, language):
    words = words_of(linkedin, language)
    plan = layout(
        title=words["title"],
        tagline=words["tagline"],
        site_name=words["site_name"],
        language=language,
    )
    assert plan.inside(), plan.boxes()
    assert not plan.truncated
    joiner = "" if language == "zh-hant" else " "
    assert squeezed(text_of(plan, TITLE_COLOUR, joiner)) == squeezed(words["title"])
    assert squeezed(text_of(plan, TAGLINE_COLOUR, joiner)) == squeezed(words["tagline"])
    assert text_of(plan, BRAND_COLOUR, joiner) == words["site_name"]
    assert_margins_blank(render_share_png(**words, language=language))


def test_the_same_words_give_the_same_bytes(linkedin):
    words = words_of(linkedin, "pl")
    first = render_share_png(**words, language="pl")
    share_image.load_font.cache_clear()
    share_image.font_stack.cache_clear()
    share_image.has_glyph.cache_clear()
    assert render_share_png(**words, language="pl") == first


# --- Long words and no spaces --------------------------------------------------------

LONG = {
    "a title of 200 characters": {
        "title": ("LinkedIn: Twoje dane a trenowanie generatywnej AI " * 5)[:200].strip()
    },
    "one German word of 200 letters": {"title": "Datenschutzgrundverordnungsauskunft" * 6},
    "200 Chinese characters": {"title": ("您的資料與生成式人工智能訓練，" * 14)[:200]},
    "a long platform and site name": {
        "tagline": "How to stop " + "Überlangplattformname" * 5 + " using your data for AI",
        "site_name": "Poradnik: nie dla trenowania AI, " * 4,
    },
}


@pytest.mark.parametrize("case", LONG)
@pytest.mark.parametrize("language", ["en", "de", "pl", "zh-hant"])
def test_long_words_stay_inside_the_margins(linkedin, language, case):
    words = {**words_of(linkedin, language), **LONG[case]}
    plan = layout(
        title=words["title"],
        tagline=words["tagline"],
        site_name=words["site_name"],
        language=language,
    )
    assert plan.inside(), plan.boxes()
    assert all(line.text for line in plan.lines)
    assert_margins_blank(render_share_png(**words, language=language))


def test_a_word_longer_than_a_line_is_cut_with_hyphens():
    font = font_stack("de", "bold", 72)
    word = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz"
    lines = wrap(word, font, 1016)
    assert len(lines) > 1
    assert all(font.getlength(line) <= 1016 for line in lines)
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(line.removesuffix("-") for line in lines) == word


def test_lines_are_balanced_not_left_with_one_short_word(linkedin):
    font = font_stack("de", "bold", 72)
    lines = wrap(share_words(linkedin, "de").title, font, 1016, 4)
    assert lines == ["LinkedIn: Ihre Daten", "und das Training", "generativer KI"]


@pytest.mark.parametrize("width", range(320, 1020, 37))
def test_chinese_breaks_between_characters_but_not_before_punctuation(width):
    font = font_stack("zh-hant", "bold", 60)
    text = "LinkedIn：您的資料與生成式人工智能訓練。「您」可以選擇退出（在設定裏）。"
    lines = wrap(text, font, width)
    assert "".join(lines) == text
    for line in lines:
        assert font.getlength(line) <= width
        assert line[0] not in share_image.NO_BREAK_BEFORE, lines
        assert line[-1] not in share_image.NO_BREAK_AFTER, lines


@pytest.mark.parametrize("width", range(150, 700, 23))
def test_french_punctuation_after_a_space_stays_on_its_line(width):
    font = font_stack("fr", "bold", 60)
    for line in wrap("LinkedIn : vos données et « l’entraînement » de l’IA !", font, width):
        assert not line.startswith((":", "»", "!")), line
        assert not line.endswith("«"), line


# --- Real glyphs, not tofu -----------------------------------------------------------


def test_the_glyph_check_tells_tofu_from_real_glyphs():
    assert not has_glyph(LATIN_BOLD, "資")  # DejaVu has no Chinese
    assert has_glyph(CJK_BOLD, "資")
    assert has_glyph(LATIN_BOLD, "ą") and has_glyph(LATIN_BOLD, "Ł")
    assert not has_glyph(CJK_BOLD, "Ł")  # nor has Noto Sans CJK all of Polish


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_is_drawn_by_a_font_that_has_it(linkedin, language):
    words = share_words(linkedin, language)
    for weight, text in [
        ("bold", words.title),
        ("bold", words.site_name),
        ("regular", words.tagline),
    ]:
        stack = font_stack(language, weight, 60)
        for font, part in stack.runs(text):
            file = stack.files[stack.fonts.index(font)]
            missing = [ch for ch in part if not has_glyph(file, ch)]
            assert not missing, f"{language}: {missing} would show as boxes in {file.name}"


def test_chinese_characters_have_glyphs_of_their_own(linkedin):
    """Tofu draws every character as the same box; real glyphs all differ."""
    text = squeezed(share_words(linkedin, "zh-hant").title.replace("LinkedIn", ""))
    stack = font_stack("zh-hant", "bold", 60)
    masks = {ch: bytes(stack.fonts[0].getmask(ch)) for ch in set(text)}
    assert len(set(masks.values())) == len(masks)
    tofu = FontStack((LATIN_BOLD,), 60)
    assert len({bytes(tofu.fonts[0].getmask(ch)) for ch in set(text)}) == 1  # the check sees tofu


def test_the_chinese_image_is_not_the_one_a_latin_font_would_draw(linkedin, monkeypatch):
    words = words_of(linkedin, "zh-hant")
    real = render_share_png(**words, language="zh-hant")
    monkeypatch.setattr(
        share_image, "font_stack", lambda language, weight, size: FontStack((LATIN_BOLD,), size)
    )
    assert render_share_png(**words, language="zh-hant") != real


# --- Cached per edit and language ---------------------------------------------------


@pytest.fixture
def renders(monkeypatch):
    calls = []
    real = share_image.render_share_png

    def counting(**kwargs):
        calls.append(kwargs["language"])
        return real(**kwargs)

    monkeypatch.setattr(share_image, "render_share_png", counting)
    return calls


def test_each_language_is_drawn_once_per_edit(linkedin, renders):
    first = share_png(linkedin, "de")
    assert share_png(linkedin, "de") == first
    assert renders == ["de"]
    share_png(linkedin, "fr")
    assert renders == ["de", "fr"]

    linkedin.title_de = "LinkedIn: Ihre Daten und KI"
    linkedin.save()
    edited = share_png(linkedin, "de")
    assert renders == ["de", "fr", "de"]
    assert edited != first
    share_png(linkedin, "de")
    assert renders == ["de", "fr", "de"]


class BrokenCache:
    """A cache that is down: every call fails, as a lost Redis connection does."""

    def __init__(self, real=None, working=()):
        self.real, self.working = real, working

    def __getattr__(self, name):
        if name in self.working:
            return getattr(self.real, name)
        raise ConnectionError("cache down")


def test_a_cache_that_is_down_costs_a_drawing_not_the_image(linkedin, renders, monkeypatch):
    monkeypatch.setattr(content, "cache", BrokenCache())
    assert opened(share_png(linkedin, "pl"))
    assert opened(share_png(linkedin, "pl"))
    assert renders == ["pl", "pl"]
    response = share_image_response(linkedin, "pl")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    opened(response.content)


def test_a_cache_that_cannot_store_still_gives_the_image(linkedin, renders, monkeypatch):
    monkeypatch.setattr(content, "cache", BrokenCache(content.cache, working=("get", "add")))
    assert opened(share_png(linkedin, "it"))
    assert renders == ["it"]


def test_an_unknown_language_is_refused(linkedin):
    with pytest.raises(ValueError):
        share_png(linkedin, "xx")


# --- The response --------------------------------------------------------------------


def test_the_response_is_a_public_png_revalidated_by_etag(linkedin, renders):
    response = share_image_response(linkedin, "nl")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Length"] == str(len(response.content))
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert cache_control == {"public", "max-age=0", "must-revalidate"}
    etag = response["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    opened(response.content)

    request = RequestFactory().get("/nl/share.png", headers={"if-none-match": etag})
    not_modified = share_image_response(linkedin, "nl", request)
    assert not_modified.status_code == 304
    assert not_modified["ETag"] == etag
    assert renders == ["nl"]

    assert share_image_response(linkedin, "es")["ETag"] != etag


def test_without_its_fonts_the_old_image_is_served_uncached(linkedin, monkeypatch, caplog):
    def no_fonts(**kwargs):
        raise FontMissing("the share image needs the font NotoSansCJK-Bold.ttc")

    monkeypatch.setattr(share_image, "render_share_png", no_fonts)
    response = share_image_response(linkedin, "zh-hant")
    assert response.status_code == 200
    assert response.content == (ROOT / "static/img/share.png").read_bytes()
    assert "no-cache" in response["Cache-Control"]
    assert not response.has_header("ETag")
    assert "NotoSansCJK-Bold.ttc" in caplog.text


# --- Finding the fonts ---------------------------------------------------------------


def test_a_missing_font_names_the_package_to_install(tmp_path, monkeypatch):
    monkeypatch.delenv("DJANGO_FONT_DIR", raising=False)
    monkeypatch.setattr(share_image, "FONT_DIRS", (str(tmp_path),))
    missing = FontFile("NoSuchSans-Bold.ttf", "/nonexistent/NoSuchSans-Bold.ttf", "fonts-nosuch")
    with pytest.raises(FontMissing, match="install Debian's fonts-nosuch"):
        share_image.font_path(missing)


def test_fonts_are_found_elsewhere_under_the_font_folders(tmp_path, monkeypatch):
    real = share_image.font_path(LATIN_BOLD)
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "DejaVuSans-Bold.ttf").symlink_to(real)
    moved = FontFile("DejaVuSans-Bold.ttf", "/nonexistent/DejaVuSans-Bold.ttf", "fonts-x")
    monkeypatch.delenv("DJANGO_FONT_DIR", raising=False)
    monkeypatch.setattr(share_image, "FONT_DIRS", (str(tmp_path),))
    assert share_image.font_path(moved) == tmp_path / "deep" / "er" / "DejaVuSans-Bold.ttf"

    own = tmp_path / "own"
    own.mkdir()
    (own / "Mine.ttf").symlink_to(real)
    monkeypatch.setenv("DJANGO_FONT_DIR", str(own))
    mine = FontFile("Mine.ttf", "/nonexistent/Mine.ttf", "fonts-x")
    assert share_image.font_path(mine) == own / "Mine.ttf"
