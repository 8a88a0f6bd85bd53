"""Production: every secret and host comes from the environment, and start-up fails without them.

Optional services are switched on by their variables in base.py (DATABASE_URL, REDIS_URL,
EMAIL_HOST); this module adds what only production needs.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_bool

DEBUG = False

if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable (a long random string).")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set the ALLOWED_HOSTS environment variable (comma-separated host names).")
if not os.environ.get("PUBLIC_BASE_URL"):
    raise ImproperlyConfigured(
        "Set the PUBLIC_BASE_URL environment variable (the portal's public address, e.g. https://portal.example.org):"
        " e-mails link to it."
    )

# Newsletters are sent by a worker (`manage.py db_worker`), not inside the editor's request.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Ask browsers to preload HTTPS for the domain; SECURE_HSTS_PRELOAD=0 for a domain not ready for the list.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# --- Page cache (portal/cache.py) ---------------------------------------------------------------------------
# Without REDIS_URL each gunicorn worker has its own memory cache and hears only of the publishes it handled
# itself, so the page cache stays off unless PAGE_CACHE says otherwise (frame fragments still expire in minutes).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", bool(REDIS_URL))  # noqa: F405
