"""The house: imports run with the data flow, from the ground (`twin/`) to the roof (`cli/`), never back.

Run with `-s` to see the room-to-room imports:  .venv/bin/python -m pytest tests/unit/test_layering.py -s -q
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The product's rooms, lowest first: a room may import only rooms before it. `models` is the shelf of every
# model the later stages pick from (ingest embeds, finetune trains, the graph generates).
LAYERS = ["twin", "models", "ingest", "finetune", "tools", "graph", "app", "cli"]
BESIDE = ["evals", "bench"]  # measure the product through its entry points; only the roof imports them
ROOMS = LAYERS + BESIDE


def _room(path: Path) -> str:
    relative = path.relative_to(ROOT)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _files() -> list[Path]:
    return sorted(
        p for room in ROOMS for p in [ROOT / f"{room}.py", *(ROOT / room).rglob("*.py")] if p.is_file()
    )


def imports() -> dict[tuple[str, str], set[str]]:
    """(from room, to room) -> the modules that import across, with what they import; inner imports included."""
    arrows: dict[tuple[str, str], set[str]] = defaultdict(set)
    for path in _files():
        source = _room(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            else:
                continue
            for name in names:
                target = name.split(".")[0]
                if target in ROOMS and target != source:
                    arrows[(source, target)].add(f"{path.relative_to(ROOT)} -> {name}")
    return arrows


def _rank(room: str) -> float:
    return LAYERS.index(room) if room in LAYERS else LAYERS.index("cli") - 0.5  # beside: just under the roof


def test_imports_run_with_the_data_flow():
    arrows = imports()
    print()
    for (source, target), where in sorted(arrows.items(), key=lambda a: (_rank(a[0][0]), _rank(a[0][1]))):
        print(f"{source:>8} -> {target:<8} {len(where):>3} import(s)")
    against = {
        arrow: sorted(where)
        for arrow, where in arrows.items()
        if _rank(arrow[1]) >= _rank(arrow[0]) or (arrow[1] in BESIDE and arrow[0] != "cli")
    }
    assert not against, f"imports against the flow: {against}"


def test_the_ground_imports_nothing_and_nothing_imports_the_roof():
    arrows = imports()
    assert not [a for a in arrows if a[0] == "twin"], "twin/ must import nothing of the project"
    assert not [a for a in arrows if a[1] == "cli"], "nothing imports the command line"
    assert ("finetune", "graph") not in arrows and ("ingest", "graph") not in arrows


def test_no_room_has_a_circle():
    arrows = set(imports())
    seen: set[str] = set()

    def visit(room: str, path: tuple[str, ...]) -> None:
        assert room not in path, f"import circle: {' -> '.join((*path, room))}"
        if room in seen:
            return
        for source, target in arrows:
            if source == room:
                visit(target, (*path, room))
        seen.add(room)

    for room in ROOMS:
        visit(room, ())


def test_no_module_imports_another_modules_private_names():
    private = []
    for path in _files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in ROOMS:
                private += [
                    f"{path.relative_to(ROOT)}: {node.module}.{a.name}"
                    for a in node.names
                    if a.name.startswith("_")
                ]
    assert not private, private


def test_command_modules_never_import_each_other():
    shared = {"cli", "cli.common", "cli.warm"}  # cli.warm: the warm twin that ask, chat and quickstart share
    for path in (ROOT / "cli").glob("*.py"):
        if path.stem in ("main", "__init__"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("cli"):
                assert node.module in shared, (
                    f"{path.name} imports {node.module}: share it through cli.common"
                )
