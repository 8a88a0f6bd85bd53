"""Mixed anonymous traffic on two app servers while an editor publishes and translates (bench/load.py).

The suite runs it for 30 seconds; `make load` runs the same for 5 minutes against the demo content."""

import json

import pytest

from bench import load
from bench.server import ProductionServer

from .conftest import SERVER_PORTS

pytestmark = pytest.mark.ops


def test_traffic_while_an_editor_publishes_has_no_errors_and_no_stale_page(deployment, tmp_path):
    env = deployment("load")
    with (
        ProductionServer(SERVER_PORTS[0], env, log_path=tmp_path / "a.log") as a,
        ProductionServer(SERVER_PORTS[1], env, log_path=tmp_path / "b.log") as b,
    ):
        result = load.run([a.url, b.url], env, duration=30, concurrency=32, interval=2)
    print(json.dumps(result, indent=2))
    assert result["distinct_paths"] >= 15, "the sitemap's pages in three languages plus the extras"
    assert result["requests"] >= 300
    assert result["errors"] == 0, result["error_examples"]
    assert result["publishes"] >= 5, "the editor published and translated in a loop"
    assert result["stale"] == 0, result["stale_examples"]
    assert result["stale_checks"] == result["publishes"] * 4  # sl and hr on both servers
