#!/usr/bin/python3
"""Dumps what a screen reader sees of the Treaty Tracker window through the AT-SPI bus, and
checks it: the window's title is exposed; every combo box is named with its value ("Session:
..."); no focusable node is without a name; with --cells REPORT.json (the JSON report of the
project shown), the matrix has a named column for every principle and a named cell for every
stakeholder in scope on every principle, on screen or not. Prints the tree's counts and every failure; exits
1 when a check fails. Run by scripts/a11y-check.sh (which starts the bus and the window)."""

import json
import sys
import time

import pyatspi


def walk(node, depth=0, out=None):
    if out is None:
        out = []
    try:
        role = node.getRoleName()
        name = node.name or ""
        states = node.getState()
        focusable = states.contains(pyatspi.STATE_FOCUSABLE)
    except Exception:  # a node that went away while walking
        return out
    out.append((depth, role, name, focusable))
    try:
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                walk(child, depth + 1, out)
    except Exception:
        pass
    return out


def find_app(deadline):
    seen = set()
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            for j in range(app.childCount):
                win = app.getChildAtIndex(j)
                title = (win.name or "") if win is not None else ""
                seen.add((app.name or "", title))
                if "Treaty Tracker" in title or "Treaty Tracker" in (app.name or ""):
                    return app, win
        time.sleep(0.5)
    print("applications seen on the bus:", sorted(seen))
    return None, None


def matrix_failures(nodes, report_path):
    """Every principle a named column, every stakeholder in scope a named cell on each."""
    with open(report_path, encoding="utf-8") as f:
        report = json.load(f)
    names = [n[2] for n in nodes]
    failures = []
    columns = 0
    for p in report["principles"]:
        if any(name.startswith(f"{p['id']} {p['title']}: ") for name in names):
            columns += 1
        else:
            failures.append(f"no matrix column named for {p['id']}")
    prefixes = {name.split(": ")[0] for name in names if " on " in name}
    cells = 0
    for s in report["stakeholders"]:
        for p in report["principles"]:
            if f"{s['name']} on {p['id']}" in prefixes:
                cells += 1
            else:
                failures.append(f"no matrix cell named for {s['name']} on {p['id']}")
    want = len(report["stakeholders"]) * len(report["principles"])
    print(f"matrix: {columns} of {len(report['principles'])} columns, {cells} of {want} cells "
          f"named ({len(report['stakeholders'])} stakeholders in scope at {report['session']!r})")
    return failures


def main():
    app, window = find_app(time.time() + 60)
    if window is None:
        print("FAIL: no Treaty Tracker window on the accessibility bus")
        return 1
    nodes = walk(app)
    failures = []
    print(f"window: {window.name!r}; {len(nodes)} nodes")
    combos = [n for n in nodes if n[1] == "combo box"]
    for _, _, name, _ in combos:
        if ": " not in name:
            failures.append(f"combo box without its value in its name: {name!r}")
    unnamed = [n for n in nodes if n[3] and not n[2].strip()]
    for depth, role, _, _ in unnamed:
        failures.append(f"a focusable {role} without a name (depth {depth})")
    print(f"combo boxes: {len(combos)}; e.g. " + "; ".join(repr(c[2]) for c in combos[:4]))
    print(f"focusable nodes: {sum(1 for n in nodes if n[3])}; without a name: {len(unnamed)}")
    if "--cells" in sys.argv:
        failures += matrix_failures(nodes, sys.argv[sys.argv.index("--cells") + 1])
    if not window.name or "Treaty Tracker" not in window.name:
        failures.append(f"the window's title is not exposed: {window.name!r}")
    if "--dump" in sys.argv:
        for depth, role, name, focusable in nodes:
            print("  " * depth + f"{role}: {name!r}" + (" [focusable]" if focusable else ""))
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
