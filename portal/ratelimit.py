"""One rate limiter for every public form and endpoint: a counter per client address and scope in the
shared cache (Redis in production, so limits hold across app servers).

A cache outage lets requests through (django-redis ignores its exceptions): a limiter must never take the
site down with it.
"""

from __future__ import annotations

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The visitor's address. Behind the production proxy (SECURE_PROXY_SSL_HEADER is set) that is the
    last X-Forwarded-For entry, the one our proxy appended; anything before it the client could forge."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def allow(request: HttpRequest, scope: str, *, limit: int, window_seconds: int) -> bool:
    """Count this request against `scope` for the client's address; False once more than `limit` requests
    arrived within the window (which starts at the first of them)."""
    key = f"ratelimit:{scope}:{client_ip(request)}"
    cache.add(key, 0, window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window_seconds)
        count = 1
    # django-redis answers None instead of raising while Redis is down (IGNORE_EXCEPTIONS): let it through.
    return count is None or count <= limit


def body_too_large(request: HttpRequest, max_bytes: int) -> bool:
    """True when the declared body is over `max_bytes` (or unreadable), before anything parses it."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0) > max_bytes
    except ValueError:
        return True
