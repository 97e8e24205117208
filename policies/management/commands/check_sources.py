import traceback

from django.core.management.base import BaseCommand, CommandError

from policies.models import Source
from policies.source_watch import (
    MAX_BYTES,
    TIMEOUT,
    SourceWatch,
    check_source,
    forget_old_checks,
)


class Command(BaseCommand):
    help = (
        "Fetch every source that has an address and record what it answers: the status, the "
        "address redirects end at, and whether the supporting quote is still on the page. "
        "The admin home and each source's page show the findings. Exits with status 0 "
        "whatever the sources answered, unless --fail-on-problem is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("keys", nargs="*", help="Only these sources, by key (e.g. S5 S6).")
        parser.add_argument(
            "--timeout",
            type=float,
            default=TIMEOUT,
            help=f"Seconds allowed for each request, body included (default {TIMEOUT:g}).",
        )
        parser.add_argument(
            "--max-bytes",
            type=int,
            default=MAX_BYTES,
            help=f"Larger pages are reported as too large, not read (default {MAX_BYTES:,}).",
        )
        parser.add_argument(
            "--fail-on-problem",
            action="store_true",
            help="Exit with status 1 if any source failed its check or moved (for cron alerts).",
        )

    def handle(self, *args, keys, timeout, max_bytes, fail_on_problem, **options):
        sources = list(Source.objects.order_by("key").filter(**({"key__in": keys} if keys else {})))
        unknown = sorted(set(keys) - {source.key for source in sources})
        if unknown:
            raise CommandError(f"No source with the key {', '.join(unknown)}.")
        watch = SourceWatch(timeout=timeout, max_bytes=max_bytes)
        fine, problems, broken = [], [], []
        for source in sources:
            if not source.url:
                continue
            try:
                check = check_source(source, watch)
            except Exception:  # a fault in the watch itself: say so, check the others
                self.stderr.write(f"{source.key}: the check itself failed")
                self.stderr.write(traceback.format_exc())
                broken.append(source.key)
                continue
            if check.ok and not check.moved:
                fine.append(check)
                label = self.style.SUCCESS("fine   ")
                self.stdout.write(f"{source.key:<6} {label} {check.summary}")
            else:
                problems.append(check)
                label = self.style.WARNING("problem")
                self.stdout.write(f"{source.key:<6} {label} {check.summary} ({source.url})")
        forget_old_checks()
        no_address = [source.key for source in sources if not source.url]
        checked = len(fine) + len(problems)
        self.stdout.write(
            f"Checked {checked} source(s) with an address: {len(fine)} fine, "
            f"{len(problems)} with a problem."
            + (f" No address to check: {', '.join(no_address)}." if no_address else "")
        )
        if broken:
            raise CommandError(f"The check itself failed for {', '.join(broken)} (see above).")
        if fail_on_problem and problems:
            keys = ", ".join(check.source.key for check in problems)
            raise CommandError(f"{len(problems)} source(s) with a problem: {keys}.")
