"""The load test's scenario (a): an edit saved in the admin of instance A is served by
instance B, and through nginx, on the very next request."""

import html
import json
import secrets

from admin_client import AdminClient
from checks import Checks
from common import HOME, say
from topology import Topology

from harness.http import get
from harness.site import manage

USERNAME = "loadtest-editor"
LIST_FACTS = (
    "import json; from policies.models import Fact; "
    "print(json.dumps(list(Fact.objects.values_list('pk', 'text_en'))))"
)


def pick_fact(topology: Topology, page: str) -> tuple[int, str]:
    """A fact whose English text the home page shows, with room for a suffix."""
    out = manage("shell", "-c", LIST_FACTS, env=topology.a.env, cwd=topology.a.app)
    facts = json.loads(out.strip().splitlines()[-1])
    for pk, text in facts:
        if text and len(text) < 250 and html.escape(text) in page:
            return pk, text
    raise RuntimeError("no fact of the home page found to edit")


def scenario_edit(topology: Topology) -> tuple[list[str], bool]:
    a, b, nginx = topology.a, topology.b, topology.nginx
    say("== (a) An edit saved in the admin of A, then the page on B and through nginx")
    checks = Checks()
    home = nginx.get(HOME)
    pk, old = pick_fact(topology, home.text)
    new = f"{old.rstrip('.')} (edited on A, {secrets.token_hex(4)})."
    password = secrets.token_urlsafe(16)
    manage(
        "createsuperuser",
        "--noinput",
        "--username",
        USERNAME,
        "--email",
        "editor@example.org",
        env={**a.env, "DJANGO_SUPERUSER_PASSWORD": password},
        cwd=a.app,
    )
    admin = a.env.get("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"
    # Before: every way in has the page cached (each instance's memory and Redis).
    for _ in range(2):
        checks.response("before: B directly", HOME, get(b.port, HOME), (200,), lacks=new)
        checks.response("before: A directly", HOME, get(a.port, HOME), (200,), lacks=new)
    offset = nginx.access_size()
    for _ in range(2):
        checks.response("before: through nginx", HOME, nginx.get(HOME), (200,), lacks=new)

    editor = AdminClient(a.port)
    editor.login(admin, USERNAME, password)
    path = f"/{admin}policies/fact/{pk}/change/"
    status, location = editor.save(path, {"text_en": new})
    checks.note(
        f"saved in the admin of A (`POST {path}`, fact {pk}'s `text_en`)",
        got=f"{status} to {location}",
    )

    checks.response("next request: B directly", HOME, get(b.port, HOME), (200,), contains=new)
    for _ in range(4):
        checks.response("through nginx", HOME, nginx.get(HOME), (200,), contains=new)
    checks.response("A directly", HOME, get(a.port, HOME), (200,), contains=new)
    summary = topology.upstreams(nginx.access_since(offset))
    served = ", ".join(f"{name} {n}" for name, n in sorted(summary["served"].items()))
    lines = [
        "## (a) An edit on instance A, served by instance B on the next request",
        "",
        "An editor logs in to the admin of instance A (directly, as nginx would forward it) "
        f"and saves fact {pk}'s English text with a new ending. Before the save, the home "
        "page was requested twice from each instance and twice through nginx, so that it is "
        "cached in each instance's memory and in Redis. Right after the save, the home page "
        "is requested from B directly, then four times through nginx (round robin over A and "
        "B), then from A.",
        "",
        f"- Old text: “{old}”",
        f"- New text: “{new}”",
        "",
        *checks.table(),
        "",
        f"Requests through nginx answered by: {served or '—'} (its access log).",
        "",
        f"Target (B serves the edit on the next request): **{'met' if checks.ok else 'NOT met'}**.",
        "",
    ]
    return lines, checks.ok
