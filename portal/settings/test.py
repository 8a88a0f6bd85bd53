"""The test suite: fast password hashing, in-memory files and mail, no DEBUG."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The browser tests' live servers listen on a port of their own.
PAGE_CACHE_HOSTS = ["testserver", "localhost:*", "127.0.0.1:*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}, "fragments": FRAGMENT_CACHE}  # noqa: F405
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
# Tests render templates without running collectstatic first.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PUBLIC_BASE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-test-static-")
WHITENOISE_USE_FINDERS = True
