"""Settings shared by every environment.

Everything that differs between deployments comes from the environment (see README, "Environment
variables"); nothing here is edited per deployment. dev/test/production import this module and
change only what their environment needs.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_list(name: str, default: str = "") -> list[str]:
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "portal",  # the shared infrastructure: page-cache signals, checks, security admin hooks, backup commands
    "home",
    "news",
    "events",
    "campaigns",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # First: a cached public page is answered before anything else runs (portal/cache.py).
    "portal.cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # A view that cannot reach the database answers a localized 503 (portal/middleware.py).
    "portal.middleware.DatabaseUnavailableMiddleware",
    "portal.middleware.PortalLocaleMiddleware",
    "portal.middleware.RejectNulCharactersMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.middleware.AdminLanguageMiddleware",  # the editor's profile language, not the browser's
    "django_otp.middleware.OTPMiddleware",
    "portal.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lockout signalled by its backend into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
# Where the Wagtail admin lives (portal/urls.py). The security headers, two-step sign-in, the admin language and
# the unprefixed-404 rule all read it from here, so moving the admin is one change.
PORTAL_ADMIN_PREFIX = "/admin/"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
            "builtins": ["home.templatetags.frame_tags"],
        },
    },
]

# Database: DATABASE_URL (e.g. postgres://user@host:5432/name), else an SQLite file in the checkout.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Two requests writing at once (Wagtail's autosave while the editor clicks "Submit") must wait for each
    # other, not fail with "database is locked": take the write lock when a transaction starts.
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: REDIS_URL switches from per-process memory to a shared Redis.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # A Redis outage makes the site slower, never broken.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Fragments keyed by a page-cache generation never change, so each process keeps its own (portal/cache.py).
# FRAGMENT_CACHE=0 renders every fragment on every request (the benchmark's cold run).
FRAGMENT_CACHE = (
    {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "fragments",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
    if env_bool("FRAGMENT_CACHE", True)
    else {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
)
CACHES["fragments"] = FRAGMENT_CACHE

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Slovenian is the project's first language; Croatian and English are translations of it.
LANGUAGE_CODE = "sl"
LANGUAGES = [
    ("sl", "Slovenščina"),
    ("hr", "Hrvatski"),
    ("en", "English"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
USE_I18N = True
# Our own strings first; then sl/hr strings that Wagtail and its add-ons lack (decision 23 in docs/architecture.md).
# Both come before every app's catalogue. `make messages` only rewrites locale/<lang>/.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "overrides"]
FORMAT_MODULE_PATH = ["portal.formats"]
LANGUAGE_COOKIE_NAME = "django_language"
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Ljubljana"
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# E-mail: console in development; EMAIL_HOST switches to SMTP.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", EMAIL_PORT == 587)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "2SoKroG <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Background tasks (newsletter sending, Wagtail's own index updates) run inside the request in
# development and tests; production queues them in the database for `manage.py db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Wagtail
WAGTAIL_SITE_NAME = "2SoKroG"
# The one public address of the portal, for every absolute link made outside a request: newsletter and
# confirmation e-mails (links and List-Unsubscribe), moderation and feedback e-mails (Wagtail's admin base URL).
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = PUBLIC_BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "home.PortalImage"
# The database backend: FTS5 on SQLite, tsvector on PostgreSQL. `simple` (no English stemming) because
# most content is Slovenian or Croatian; see home/search/views.py for diacritics.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "pptx", "odp", "txt", "csv", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Moderation: partner submissions e-mail communications staff, decisions e-mail the submitter (home/roles.py).
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True

# Searches per address in ten minutes (home/search/views.py): generous for people (one every two seconds), tight enough
# to stop a script from turning the search into a load test. SEARCH_RATE changes it (the benchmark lifts it).
PORTAL_SEARCHES_PER_WINDOW = int(os.environ.get("SEARCH_RATE", "300"))
# What people search for (home/search/report.py): aggregated counts per language, query and day, written in
# batches; kept SEARCH_REPORT_DAYS days, at most SEARCH_REPORT_MAX_QUERIES_PER_DAY queries per language and day.
# Lemmatizers for search word forms (home/search/text.py); SEARCH_LEMMATIZERS=lemmagen3 saves simplemma's ~100 MB
# per process at some cost in findability. Changing it needs `manage.py update_index`.
SEARCH_LEMMATIZERS = tuple(os.environ.get("SEARCH_LEMMATIZERS", "lemmagen3,simplemma").split(","))
SEARCH_REPORT = env_bool("SEARCH_REPORT", True)
SEARCH_REPORT_FLUSH_SECONDS = int(os.environ.get("SEARCH_REPORT_FLUSH_SECONDS", "60"))
SEARCH_REPORT_DAYS = 90
SEARCH_REPORT_MAX_QUERIES_PER_DAY = 1000

# How many proxies of ours stand in front of gunicorn (portal.ratelimit.client_ip): 1 behind Varnish alone, 2 behind
# a TLS terminator and Varnish. 0 ignores X-Forwarded-For. One setting for the rate limits, django-axes and the API.
TRUSTED_PROXY_HOPS = int(os.environ.get("TRUSTED_PROXY_HOPS", "0"))

# The read-only API (portal/api.py): JSON only, anonymous clients limited per IP (API_RATE, e.g. "120/minute").
REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_RATE", "120/minute")},
    "NUM_PROXIES": TRUSTED_PROXY_HOPS,
    # Always anonymous, even for a signed-in editor: the API shows what the public may see, and Wagtail's
    # view-restriction check needs a user object (None made any restricted page a 500).
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}

# Only the session and CSRF cookies are ever set, and only once someone signs in or submits a form:
# anonymous reading sets no cookie at all except the language choice made with the switcher.
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # Immediate background tasks log every run; only problems are worth reading.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # A request for a host that is not ours (scanners send them all day) gets a plain 400 and no log entry.
        "django.security.DisallowedHost": {"handlers": ["console"], "level": "CRITICAL", "propagate": False},
    },
}

# --- Security (docs/architecture.md, decision 19) ---------------------------------------------------------------
# Content-Security-Policy (django-csp, applied by portal.security.SecurityHeadersMiddleware). The public policy is
# static — no nonces — because public pages are cached and shared: templates carry no inline script or style.
# CSP_MEDIA_SOURCES adds origins images may come from (e.g. the S3/CDN host of MEDIA_URL).
CSP_MEDIA_SOURCES = env_list("CSP_MEDIA_SOURCES")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *CSP_MEDIA_SOURCES],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'", *CSP_MEDIA_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The Wagtail admin renders inline scripts and styles of its own (and of its editors' widgets), so it gets its
# own looser policy; frames from the same origin stay allowed for the page preview panel.
PORTAL_ADMIN_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *CSP_MEDIA_SOURCES],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "media-src": ["'self'", "blob:", *CSP_MEDIA_SOURCES],
    "frame-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
# Uploaded documents never run anything on our origin, whatever is inside them. `sandbox` would also stop the
# browser's PDF viewer, so PDFs shown inline get the policy without it.
PORTAL_DOCUMENT_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'"
PORTAL_INLINE_PDF_CSP = "default-src 'none'; frame-ancestors 'none'"
# No page uses these browser features; denying them also denies them to anything that gets injected.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), midi=(), payment=(), usb=(), interest-cohort=()"
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views lift it to SAMEORIGIN themselves
# The admin's JavaScript reads the CSRF token from the form, never from the cookie, so it can be HttpOnly.
CSRF_COOKIE_HTTPONLY = True

# The admin asks no third party either: no Gravatar pictures (initials instead), no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Sign-in lockout (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one user name from one address,
# that pair is locked for AXES_COOLOFF_MINUTES. Attempts are kept in the database, so the count holds across
# app servers. Communications staff unlock in the admin (Settings → Sign-in lockouts) or with
# `manage.py axes_reset_username <name>`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PORTAL_PASSWORD_RESETS_PER_HOUR = int(os.environ.get("PASSWORD_RESET_RATE", "5"))
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.ratelimit.client_ip"
AXES_LOCKOUT_CALLABLE = "portal.security.lockout_response"
AXES_VERBOSE = False

# Uploads: documents are checked by content as well as by name (portal/uploads.py) and served as downloads —
# only PDFs open in the browser (as application/pdf with nosniff, so a browser never renders them as a page).
# Wagtail serves local files through its view (our headers apply) and redirects to object storage, another origin.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.uploads.DocumentContentForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]

# Two-step sign-in (django-otp, TOTP): optional for editors; REQUIRE_TWO_FACTOR=1 makes it mandatory for everyone
# who signs in to the admin (they are sent to set it up first).
OTP_TOTP_ISSUER = "2SoKroG"
PORTAL_REQUIRE_TWO_FACTOR = env_bool("REQUIRE_TWO_FACTOR", False)

# --- Page cache and CDN purge (portal/cache.py; docs/architecture.md, decision 18) ------------------------------
# Anonymous views of public pages come from the cache above (Redis with REDIS_URL, else per-process memory) until
# something they show changes. PAGE_CACHE=0 switches it off (the benchmark's uncached run). PAGE_CACHE_TIMEOUT
# bounds how long a page may be kept (also the CDN's s-maxage): listings of upcoming events change with the clock.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "300"))


def page_cache_hosts(allowed_hosts: list[str]) -> list[str]:
    """Hosts whose pages are stored (portal/cache.py, `cacheable_host`): PAGE_CACHE_HOSTS, else every exact name
    in ALLOWED_HOSTS (no wildcard, no port: `Host: name:1234` is answered but not stored). `name:8000` allows one
    port, `name:*` any."""
    configured = env_list("PAGE_CACHE_HOSTS")
    if configured:
        return [host.lower() for host in configured]
    return [host.lower() for host in allowed_hosts if host and not host.startswith(".") and host != "*"]


PAGE_CACHE_HOSTS = page_cache_hosts(ALLOWED_HOSTS)
PAGE_CACHE_BROWSER_MAX_AGE = int(os.environ.get("PAGE_CACHE_BROWSER_MAX_AGE", "60"))
# Front-end cache purge on publish (wagtail.contrib.frontend_cache), off unless configured:
# FRONTEND_CACHE_PURGE_URL for Varnish/nginx (HTTP PURGE), or CLOUDFLARE_API_TOKEN + CLOUDFLARE_ZONE_ID.
WAGTAILFRONTENDCACHE = {}
# Our URLs carry their language and slugs are translated: purge each page at its own URL only.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_API_TOKEN") and os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_API_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }

# --- Media on S3-compatible object storage (docs/deployment.md, "Media files") ------------------------------
# AWS_STORAGE_BUCKET_NAME switches uploads (images, renditions, documents) from MEDIA_ROOT to a bucket, so every
# app server sees the same files. Any S3-compatible service works: AWS_S3_ENDPOINT_URL points elsewhere than AWS
# (MinIO, Ceph, Hetzner, OVH…). Media are public: plain URLs (no expiring signatures, so cached pages keep
# working), served from AWS_S3_CUSTOM_DOMAIN (a CDN) when set. Credentials: AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY, read by boto3 from the environment.


def media_storage(environ) -> dict:
    """The STORAGES["default"] entry for these environment variables."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "")
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "endpoint_url": environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": environ.get("AWS_S3_REGION_NAME") or None,
        "custom_domain": environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        "url_protocol": environ.get("AWS_S3_URL_PROTOCOL", "https:"),
        "location": environ.get("AWS_LOCATION", ""),
        # Public media by plain URL; access is granted by the bucket's policy, not per-object ACLs.
        "querystring_auth": False,
        "default_acl": None,
        # Two uploads with the same name must never replace each other's file.
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


STORAGES["default"] = media_storage(os.environ)

# --- Accessibility feedback (home/accessibility.py) -----------------------------------------------------------------
# Who receives what visitors report through the accessibility statement's form (comma-separated addresses);
# without it, the contact e-mail in the portal settings. Every message is also kept in the admin.
ACCESSIBILITY_FEEDBACK_EMAILS = env_list("ACCESSIBILITY_FEEDBACK_EMAILS")
