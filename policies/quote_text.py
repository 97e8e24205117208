"""Is a supporting quote still on a page? Both compared as normalised text.

A page and an editor's quote write the same words differently: markup and
entities, curly or straight quotes, dashes, non-breaking and zero-width
spaces, letter case, compatibility forms (ﬁ, full-width letters). Both sides
go through `normalise`, so only a change of words counts as "not found".
"""

import html
import re
import unicodedata
from html.parser import HTMLParser

# Elements whose text is never read on the page (code, not words).
_HIDDEN = {"script", "style", "template"}
# Elements that end a run of text: a space, so that "<li>a</li><li>b</li>" is "a b", not "ab".
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip

_SAME_AS = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′‹›`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),  # soft hyphen, zero-width
    }
)
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*\[?\.\.\.\]?\s*")  # "…" becomes "..." under NFKC
_EDGES = "\"'.,;:!? "


class _TextReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        if tag in _BLOCKS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in _BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    reader = _TextReader()
    reader.feed(markup)
    reader.close()
    return "".join(reader.parts)


def normalise(text: str) -> str:
    """Text as compared: entities decoded, NFKC, case folded, one kind of quote, dash and space."""
    text = unicodedata.normalize("NFKC", html.unescape(text))
    return _SPACE.sub(" ", text.casefold().translate(_SAME_AS)).strip()


def quote_found(quote: str, page_text: str) -> bool:
    """Whether the quote is on the page; an ellipsis ("…", "[...]") in it stands for words left
    out, so its parts must each be there, in order. Surrounding quotation marks and the
    closing full stop do not count (the page's sentence may go on)."""
    page = normalise(page_text)
    position = 0
    for part in _ELLIPSIS.split(normalise(quote)):
        part = part.strip(_EDGES)
        if not part:
            continue
        position = page.find(part, position)
        if position < 0:
            return False
        position += len(part)
    return True
