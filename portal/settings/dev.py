"""Local development: DEBUG on, any local host, a fixed throw-away key unless one is given."""

from .base import *  # noqa: F403
from .base import env_list, page_cache_hosts

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-used-in-production"  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
# runserver's port (8000 or another): pages are stored whatever it is.
PAGE_CACHE_HOSTS = page_cache_hosts([f"{host}:*" for host in ALLOWED_HOSTS if not host.startswith(".")])
