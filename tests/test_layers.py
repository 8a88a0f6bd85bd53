"""Dependencies run one way (docs/architecture.md, "Layers and layout").

    portal (shared infrastructure)  <  home  <  news, events  <  campaigns

A module may import its own app and the layers below it, never a layer above it or an app beside it. The
exceptions are the project's entry points — portal/urls.py, portal/wsgi.py and portal/settings/ — which see
every app (and which no app imports: apps read settings through django.conf). Every import counts, also
one inside a function. On top, no import cycle may join modules of different apps.

Read from the source with `ast`, without importing anything.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = {"portal": 0, "home": 1, "news": 2, "events": 2, "campaigns": 3}
ENTRY_POINTS = ("portal.urls", "portal.wsgi", "portal.settings")


def is_entry_point(module: str) -> bool:
    return any(module == entry or module.startswith(entry + ".") for entry in ENTRY_POINTS)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(module: str, source: str, is_package: bool = False) -> list[tuple[int, str]]:
    """(line, dotted name) of everything `module` imports, wherever the import statement stands. For
    `from a import b` both `a.b` and `a` are given; `resolve` keeps the ones that are modules."""
    found = []
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            found.append((node.lineno, target))
            found += [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
    return found


def sources() -> dict[str, tuple[Path, str, bool]]:
    """module -> (path, source, is a package) for every Python file of the layered packages."""
    found = {}
    for top in LAYERS:
        for path in sorted((ROOT / top).rglob("*.py")):
            found[module_name(path)] = (path, path.read_text(encoding="utf-8"), path.name == "__init__.py")
    return found


def import_graph(modules: dict[str, tuple[Path, str, bool]]) -> dict[str, dict[str, int]]:
    """module -> {imported module of the layered packages: line}."""
    graph: dict[str, dict[str, int]] = {}
    for module, (_path, source, is_package) in modules.items():
        edges = graph.setdefault(module, {})
        for line, target in imported_modules(module, source, is_package):
            if target.split(".")[0] not in LAYERS:
                continue
            # `from home import roles` imports home.roles; `from home.roles import X` imports home.roles.
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != module:
                edges.setdefault(target, line)
    return graph


def layer_violations(graph: dict[str, dict[str, int]], modules) -> list[str]:
    problems = []
    for module, edges in graph.items():
        app = module.split(".")[0]
        for target, line in edges.items():
            other = target.split(".")[0]
            where = f"{modules[module][0].relative_to(ROOT)}:{line} imports {target}"
            if is_entry_point(module):
                continue
            if is_entry_point(target):
                problems.append(f"{where}: only the entry points (URLs, WSGI, settings) import them")
            elif other != app and LAYERS[other] >= LAYERS[app]:
                problems.append(f"{where}: {app} may not import {other}")
    return problems


def cycles_across_apps(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """Strongly connected components (Tarjan) holding modules of more than one app."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, {}):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len({member.split(".")[0] for member in component}) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components


def check(modules) -> tuple[list[str], list[list[str]]]:
    graph = import_graph(modules)
    return layer_violations(graph, modules), cycles_across_apps(graph)


def test_layers_import_only_downwards():
    problems, _cycles = check(sources())
    assert not problems, "\n".join(problems)


def test_no_import_cycle_joins_two_apps():
    _problems, cycles = check(sources())
    assert not cycles, cycles


def fake(files: dict[str, str]) -> dict[str, tuple[Path, str, bool]]:
    return {
        module: (ROOT / (module.replace(".", "/") + ".py"), source, module.count(".") == 0)
        for module, source in files.items()
    }


def test_the_check_finds_what_it_should():
    """The rules themselves: each kind of wrong import is caught, lazy and relative ones included."""
    modules = fake(
        {
            "portal": "",
            "home": "",
            "news": "",
            "events": "",
            "campaigns": "",
            "portal.cache": "def f():\n    from home import roles\n",
            "portal.urls": "from home import roles\nfrom campaigns import views\n",
            "home.roles": "from news.models import NewsPage\nfrom portal import cache\n",
            "news.models": "import events.models\nfrom ..home import roles\nfrom . import feeds\n",
            "news.feeds": "from campaigns.views import x\n",
            "events.models": "from home import roles\n",
            "campaigns.views": "from news import models\nfrom events.models import E\nfrom portal.urls import x\n",
        }
    )
    problems, cycles = check(modules)
    assert {problem.split(": ", 1)[1] for problem in problems} == {
        "portal may not import home",
        "home may not import news",
        "news may not import events",
        "news may not import campaigns",
        "only the entry points (URLs, WSGI, settings) import them",
    }
    assert not any(problem.startswith("portal/urls.py") for problem in problems)
    assert any({"home.roles", "news.models", "portal.cache"} <= set(cycle) for cycle in cycles)
