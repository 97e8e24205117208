# optout-guide: the public site and its admin, served by gunicorn (settings in
# gunicorn.conf.py), static files collected at build time and served by whitenoise.
#
# Build:
#   docker build -t optout-guide .
#
# Release, once per deploy, as a one-off container before the new version takes
# traffic (idempotent; on an empty database it also loads the content):
#   docker run --rm -e DJANGO_SECRET_KEY=... -e DATABASE_URL=postgres://... \
#       optout-guide python manage.py migrate
#
# Run:
#   docker run -d -p 8000:8000 --stop-timeout 35 \
#       -e DJANGO_SECRET_KEY=... -e DJANGO_ALLOWED_HOSTS=guide.example.org \
#       -e DATABASE_URL=postgres://user:pass@host:5432/optout \
#       -e REDIS_URL=redis://host:6379/0 \
#       optout-guide
#   DJANGO_SECRET_KEY     required: 50+ random characters, kept secret
#   DJANGO_ALLOWED_HOSTS  required: the public host name(s), comma-separated
#   DATABASE_URL          required in production: PostgreSQL
#   REDIS_URL             optional: a page cache shared by all containers (without
#                         it, each container caches in files under /tmp)
#   PORT (8000), GUNICORN_WORKERS, GUNICORN_THREADS, GUNICORN_TIMEOUT,
#   GUNICORN_GRACEFUL_TIMEOUT, FORWARDED_ALLOW_IPS (the TLS proxy's address): optional.
#   --stop-timeout is longer than gunicorn's 30 s graceful_timeout, so a stop lets
#   requests in flight finish (docker's default is 10 s, then SIGKILL).
FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_STATIC_ROOT=/app/staticfiles

WORKDIR /app

# gettext for compilemessages; the fonts the share image is drawn with
# (policies/share_image.py): DejaVu Sans, and Noto Sans CJK for Chinese, less its
# serif faces (53 MB the site never uses). Dependencies before the code, so that
# a code change does not reinstall them.
RUN echo 'path-exclude=/usr/share/fonts/opentype/noto/NotoSerifCJK-*' \
        > /etc/dpkg/dpkg.cfg.d/no-serif-cjk \
    && apt-get update \
    && apt-get install -y --no-install-recommends gettext fonts-dejavu-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .

# A throwaway key: collectstatic needs the settings to load, not a real secret.
# This writes the hashed, compressed files and whitenoise's manifest into
# /app/staticfiles, owned by root and so read-only for the app user.
RUN DJANGO_SECRET_KEY=build-time-only-never-used-at-runtime python manage.py collectstatic --noinput

# The translation catalogues, compiled for the languages in locale/.
RUN DJANGO_SECRET_KEY=build-time-only-never-used-at-runtime python manage.py compilemessages

# Run as an unprivileged user that owns nothing in /app.
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin app
USER app

EXPOSE 8000

# slim has no curl: ask /healthz (200 when the database answers) with urllib.
# /healthz is answered before Django's host check; the Host header (the first of
# DJANGO_ALLOWED_HOSTS) keeps the probe valid even if that ever changes.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; hosts = [h.strip().lstrip('.') for h in os.environ.get('DJANGO_ALLOWED_HOSTS', '').split(',') if h.strip() not in ('', '*')]; u.urlopen(u.Request('http://127.0.0.1:' + os.environ.get('PORT', '8000') + '/healthz', headers={'Host': hosts[0] if hosts else 'localhost'}), timeout=4)"]

CMD ["gunicorn", "-c", "gunicorn.conf.py", "optout_guide.wsgi:application"]
