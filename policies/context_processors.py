from django.templatetags.static import static


def sharing(request):
    """Absolute addresses every page needs for its canonical link and share previews.

    A view may pass its own `canonical_url` (the wizard does, without tracking
    parameters); this is the default.
    """
    return {
        "canonical_url": request.build_absolute_uri(request.path),
        "share_image_url": request.build_absolute_uri(static("img/share.png")),
    }
