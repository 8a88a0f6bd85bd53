"""Production settings refuse to start without their secrets, and say what to set."""

import os
import subprocess
import sys

from django.conf import settings


def run_django(settings_module: str, code: str, **env_overrides) -> subprocess.CompletedProcess:
    """Start Django in a fresh interpreter with the given settings and environment, then run `code`."""
    env = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "PUBLIC_BASE_URL", "REDIS_URL"}
    }
    env.update(DJANGO_SETTINGS_MODULE=settings_module, **env_overrides)
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def start_production(**env_overrides) -> subprocess.CompletedProcess:
    return run_django("portal.settings.production", "print('started')", **env_overrides)


PUBLIC = {"PUBLIC_BASE_URL": "https://portal.example.org"}


def test_production_refuses_to_start_without_a_secret_key():
    result = start_production(ALLOWED_HOSTS="portal.example.org", **PUBLIC)
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start_production(SECRET_KEY="x" * 50, **PUBLIC)
    assert result.returncode != 0
    assert "Set the ALLOWED_HOSTS environment variable" in result.stderr


def test_production_refuses_to_start_without_its_public_address():
    result = start_production(SECRET_KEY="x" * 50, ALLOWED_HOSTS="portal.example.org")
    assert result.returncode != 0
    assert "Set the PUBLIC_BASE_URL environment variable" in result.stderr


def test_production_starts_when_all_are_set():
    result = start_production(SECRET_KEY="x" * 50, ALLOWED_HOSTS="portal.example.org", **PUBLIC)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_redis_url_switches_the_cache_to_redis():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    result = run_django("portal.settings.dev", code, REDIS_URL="redis://127.0.0.1:6379/3")
    assert result.stdout.strip() == "django_redis.cache.RedisCache", result.stderr
