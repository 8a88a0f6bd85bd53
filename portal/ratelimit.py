"""One rate limiter for every public form and endpoint: a counter per client address and scope in the
shared cache (Redis in production, so limits hold across app servers).

A cache outage lets requests through (django-redis ignores its exceptions): a limiter must never take the
site down with it.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The visitor's address, for every per-address control (rate limits, django-axes, the API throttle).

    TRUSTED_PROXY_HOPS is how many proxies of ours stand in front of gunicorn; each appends the address it saw
    to X-Forwarded-For, so the client's is the entry that many places from the end (what DRF's NUM_PROXIES
    means too). Anything further left the client wrote itself. With 0 (the default) the header is ignored and
    the connection's own address counts: a request that reaches gunicorn directly cannot choose its address.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_HOPS
    if hops <= 0:
        return remote
    entries = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
    if not entries:
        return remote
    candidate = entries[-min(hops, len(entries))]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:  # not an address (a proxy misconfigured, or a forged header with one hop too many)
        return remote


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
