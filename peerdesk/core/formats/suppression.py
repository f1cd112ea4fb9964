"""Small-cell suppression for the aggregate tables of a supervision export.

Counts from 1 to ``threshold`` show as "<{threshold+1}". Complementary suppression: a
row or column with exactly one suppressed cell gets a second one (its smallest other
cell, a non-zero one first), repeated until no line has a lone suppressed cell, so no
cell can be worked out by subtraction. A total over suppressed cells is never exact: it
shows "<11" when it is itself small, or else a band as wide as the threshold + 1,
aligned to its multiples ("55–65" for 63 with threshold 10).

For the summary a supervisor reads, ``merged_groups`` says more than a row of "<11":
small categories are joined until every number shown is above the threshold, so the
total can be told exactly and no small count can be worked out from it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SuppressedTable:
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    cells: tuple[tuple[str, ...], ...]
    row_totals: tuple[str, ...]
    column_totals: tuple[str, ...]
    total: str
    suppressed: tuple[tuple[bool, ...], ...]


def suppression_mask(table: list[list[int]], threshold: int) -> list[list[bool]]:
    """Primary (1..threshold) plus complementary suppression, as a mask."""
    mask = [[1 <= v <= threshold for v in row] for row in table]
    n_rows = len(table)
    n_cols = len(table[0]) if table else 0

    def complete(cells: list[tuple[int, int]]) -> bool:
        hidden = [(i, j) for i, j in cells if mask[i][j]]
        if len(hidden) != 1:
            return False
        others = [(i, j) for i, j in cells if not mask[i][j]]
        if not others:
            return False
        i, j = min(others, key=lambda c: (table[c[0]][c[1]] == 0, table[c[0]][c[1]], c))
        mask[i][j] = True
        return True

    changed = True
    while changed:
        changed = False
        for i in range(n_rows):
            changed |= complete([(i, j) for j in range(n_cols)])
        for j in range(n_cols):
            changed |= complete([(i, j) for i in range(n_rows)])
    return mask


def _total(values: list[int], hidden: list[bool], threshold: int) -> str:
    true_total = sum(values)
    if not any(hidden):
        return str(true_total)
    if 1 <= true_total <= threshold:
        return f"<{threshold + 1}"
    # A complement can be any size, so the total is only told to within a band as wide
    # as the smallest shown count, aligned to multiples of it.
    width = threshold + 1
    low = true_total // width * width
    return f"{low}–{low + width - 1}"


def suppress(
    rows: list[str], columns: list[str], table: list[list[int]], *, threshold: int
) -> SuppressedTable:
    mask = suppression_mask(table, threshold)
    small = f"<{threshold + 1}"
    cells = tuple(
        tuple(small if mask[i][j] else str(v) for j, v in enumerate(row))
        for i, row in enumerate(table)
    )
    row_totals = tuple(_total(table[i], mask[i], threshold) for i in range(len(rows)))
    column_totals = tuple(
        _total([r[j] for r in table], [m[j] for m in mask], threshold) for j in range(len(columns))
    )
    flat = [v for r in table for v in r]
    total = _total(flat, [h for m in mask for h in m], threshold)
    return SuppressedTable(
        tuple(rows),
        tuple(columns),
        cells,
        row_totals,
        column_totals,
        total,
        tuple(tuple(m) for m in mask),
    )


def merged_groups(
    counts: list[tuple[str, int]], threshold: int
) -> list[tuple[tuple[str, ...], int]]:
    """One-way counts with every number shown above ``threshold``: categories of 1 to
    ``threshold`` are joined into one group; a group still that small joins the smallest
    large category. Each group names its categories, largest count first. Empty when
    the categories are all small and small together (then the total is small too). Zero
    counts are left out; the groups always add up to the total."""
    ordered = sorted(counts, key=lambda x: (-x[1], x[0]))  # largest first, then by name
    small = [(c, n) for c, n in ordered if 1 <= n <= threshold]
    groups: list[tuple[tuple[str, ...], int]] = [((c,), n) for c, n in ordered if n > threshold]
    if not small:
        return groups
    joined = (tuple(c for c, _ in small), sum(n for _, n in small))
    if joined[1] > threshold:
        return [*groups, joined]
    if not groups:
        return []
    names, n = groups[-1]
    return [*groups[:-1], ((*names, *joined[0]), n + joined[1])]
