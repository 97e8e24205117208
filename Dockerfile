# optout-guide: the public site and its admin, served by gunicorn.
# Build:   docker build -t optout-guide .
# Release: docker run --rm -e DATABASE_URL=... -e DJANGO_SECRET_KEY=... optout-guide python manage.py migrate
# Run:     docker run -p 8000:8000 -e DATABASE_URL=... -e DJANGO_SECRET_KEY=... -e DJANGO_ALLOWED_HOSTS=... optout-guide
FROM python:3.13-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_STATIC_ROOT=/app/staticfiles

WORKDIR /app

# Dependencies first, so that a code change does not reinstall them.
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
# A throwaway key: collectstatic needs settings to load, not a real secret.
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput

RUN useradd --system --uid 10001 --no-create-home app
USER app

EXPOSE 8000
CMD ["gunicorn", "optout_guide.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
