"""The client's address, as seen through the configured number of proxies.

Each proxy in front of the site appends the address it saw to X-Forwarded-For,
so only the last DJANGO_PROXY_COUNT entries were written by our own proxies;
anything to their left is whatever the client chose to send. The client is the
entry our outermost proxy saw: the PROXY_COUNT-th from the right. Used by the
admin's login throttle, which locks a username only for the address that guessed.
"""

from django.conf import settings


def client_ip(request) -> str | None:
    count = settings.PROXY_COUNT
    remote = request.META.get("REMOTE_ADDR")
    if count <= 0:
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(forwarded) < count:
        return remote  # not (all) through our proxies: the peer is the client
    return forwarded[-count]
