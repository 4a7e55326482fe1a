"""C++ source text: brace matching and function lookup that skip comments and literals.

Shared by generation (cutting a completion at the function's end, extracting functions from
model output), variants (rewriting references) and the trainers (trimming completions).
"""

from __future__ import annotations

import re


def scan_braces(text: str, depth: int = 1) -> tuple[int, int]:
    """Scan `text` starting at brace depth `depth`: returns (index just after the brace that brings
    the depth to 0, or -1; the final depth). Braces in comments, string and character literals do
    not count; a quote after a digit or letter is a digit separator (1'000), not a literal."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        if c in "\"'":
            if c == "'" and i > 0 and text[i - 1].isalnum():
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1, 0
        i += 1
    return -1, depth


def matching_brace(code: str, open_idx: int) -> int:
    """Index of the `}` matching the `{` at `open_idx`, or -1."""
    end, _ = scan_braces(code[open_idx + 1:], 1)
    return -1 if end < 0 else open_idx + end


def find_function(code: str, name: str) -> tuple[int, int, int] | None:
    """(start of the definition's first line, index of its body's `{`, index of the matching `}`)
    of the first definition of function `name` in `code` (calls and declarations are skipped)."""
    for m in re.finditer(rf"\b{re.escape(name)}\s*\(", code):
        depth, i = 0, m.end() - 1
        while i < len(code):
            if code[i] == "(":
                depth += 1
            elif code[i] == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        after = re.match(r"\s*(const\s*)?(noexcept\s*)?\{", code[i + 1:])
        if not after:
            continue
        open_idx = i + after.end()
        close_idx = matching_brace(code, open_idx)
        if close_idx < 0:
            return None
        return code.rfind("\n", 0, m.start()) + 1, open_idx, close_idx
    return None
