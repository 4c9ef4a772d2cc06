"""Placeholders are filled in one pass: a value that looks like a placeholder stays as it is."""

from __future__ import annotations

import pytest

from leshua_gui.ui.wording import fill


@pytest.mark.parametrize(
    ("template", "values", "expected"),
    [
        ("Saved “%1”.", ("Shop %2 East",), "Saved “Shop %2 East”."),
        ("No profile “%1” for merchant %2", ("Shop %2 East", "0000000018"),
         "No profile “Shop %2 East” for merchant 0000000018"),
        ("%2 before %1", ("a", "b"), "b before a"),
        ("%1 and %1", ("x",), "x and x"),
        ("%1 of %3", ("a", "b"), "a of %3"),  # a placeholder with no value stays
        ("%n attempt(s), %1", (2,), "%n attempt(s), 2"),  # Qt's plural count is not ours
        ("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10", tuple(range(1, 11)), "1 2 3 4 5 6 7 8 9 10"),
        ("50% off, %1", ("%1",), "50% off, %1"),
        ("no placeholder", ("unused",), "no placeholder"),
        (r"back\slash %1", (r"\1 \g<0>",), r"back\slash \1 \g<0>"),  # not a regex template
    ],
)  # fmt: skip
def test_fill(template: str, values: tuple[object, ...], expected: str) -> None:
    assert fill(template, *values) == expected
