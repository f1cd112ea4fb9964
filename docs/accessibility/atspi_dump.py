"""Dump the AT-SPI tree of the running peerdesk (what Orca reads): role, name,
description, text and the states that matter. Run with Debian's /usr/bin/python3
(python3-pyatspi); the argument is the output file."""

import sys

import pyatspi

STATES = (
    "focused",
    "focusable",
    "editable",
    "checked",
    "selected",
    "expandable",
    "expanded",
    "collapsed",
)


def line(acc, depth: int) -> str:
    states = [pyatspi.stateToString(s) for s in acc.getState().getStates()]
    text = ""
    try:
        t = acc.queryText()
        text = t.getText(0, min(t.characterCount, 80))
    except NotImplementedError:
        pass
    out = "  " * depth + f"[{acc.getRoleName()}] name={acc.name or ''!r}"
    if acc.description:
        out += f" desc={acc.description!r}"
    if text and text != acc.name:
        out += f" text={text!r}"
    shown = [s for s in states if s in STATES]
    if "sensitive" not in states:
        shown.append("DISABLED")
    return out + " {" + ",".join(shown) + "}"


def walk(acc, depth: int, out) -> None:
    states = [pyatspi.stateToString(s) for s in acc.getState().getStates()]
    if depth > 1 and "showing" not in states:
        return
    out.write(line(acc, depth) + "\n")
    for i in range(acc.childCount):
        walk(acc.getChildAtIndex(i), depth + 1, out)


def main() -> None:
    desktop = pyatspi.Registry.getDesktop(0)
    with open(sys.argv[1], "w") as out:
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and "peerdesk" in (app.name or "").lower():
                walk(app, 0, out)


if __name__ == "__main__":
    main()
