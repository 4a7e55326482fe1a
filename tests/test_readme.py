"""The README stays a page for readers: short, free of one machine's paths, with links that lead
somewhere (its table of contents included)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

MAX_README_LINES = 400
# Absolute paths of a development machine mean nothing on anyone else's.
MACHINE_PATH = re.compile(r"(?<![\w.~-])(/work/|/root/|/home/\w+|/tmp/|/Users/\w+)")
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def github_anchors(markdown: str) -> set[str]:
    """The anchors GitHub gives a Markdown file's headings (code blocks skipped): lower case,
    punctuation dropped, spaces to hyphens, ``-1``, ``-2`` ... for repeats."""
    anchors: set[str] = set()
    seen: dict[str, int] = {}
    in_code = False
    for line in markdown.splitlines():
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        match = None if in_code else HEADING.match(line)
        if not match:
            continue
        text = re.sub(r"`|\*\*|\[([^\]]*)\]\([^)]*\)", r"\1", match.group(2))
        slug = re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def user_documents(repo_root: Path) -> list[Path]:
    return [repo_root / "README.md", *sorted((repo_root / "docs").glob("*.md")),
            repo_root / "benchmarks" / "README.md", repo_root / "data" / "problems" / "README.md",
            *sorted((repo_root / "notebooks" / "params").glob("*.yaml"))]


def test_github_anchors_follow_githubs_rules():
    text = "# A notebook's parameters\n```\n# not a heading\n```\n## The `cpu` preset\n## Results\n## Results\n"
    assert github_anchors(text) == {"a-notebooks-parameters", "the-cpu-preset", "results", "results-1"}


def test_readme_is_short(repo_root):
    lines = (repo_root / "README.md").read_text().count("\n")
    assert lines <= MAX_README_LINES, f"README.md has {lines} lines; move detail to docs/"


@pytest.mark.parametrize("name", ["README.md", "docs/", "benchmarks/README.md",
                                  "data/problems/README.md", "notebooks/params/"])
def test_user_documents_hold_no_paths_of_a_development_machine(repo_root, name):
    found = [f"{path.relative_to(repo_root)}:{number}: {line.strip()}"
             for path in user_documents(repo_root) if path.relative_to(repo_root).as_posix().startswith(name)
             for number, line in enumerate(path.read_text().splitlines(), 1) if MACHINE_PATH.search(line)]
    assert not found, "machine paths:\n" + "\n".join(found)


def test_readme_has_a_table_of_contents_whose_links_lead_to_its_headings(repo_root):
    readme = (repo_root / "README.md").read_text()
    contents = readme.split("## Contents", 1)[1].split("\n## ", 1)[0]
    targets = LINK.findall(contents)
    assert len(targets) >= 5 and all(t.startswith("#") for t in targets), targets
    assert [t for t in targets if t[1:] not in github_anchors(readme)] == []
    # and every section of the page is in it
    sections = github_anchors("\n".join(line for line in readme.splitlines() if line.startswith("## ")))
    assert sections - {"contents"} <= {t[1:] for t in targets}


@pytest.mark.parametrize("name", ["README.md", "docs/", "benchmarks/README.md", "data/problems/README.md"])
def test_links_and_images_lead_to_files_and_headings_that_exist(repo_root, name):
    broken = []
    for doc in user_documents(repo_root):
        if doc.suffix != ".md" or not doc.relative_to(repo_root).as_posix().startswith(name):
            continue
        text = doc.read_text()
        for target in LINK.findall(text) + IMAGE.findall(text):
            if re.match(r"[a-z]+:", target):
                continue  # web links
            file, _, anchor = target.partition("#")
            path = (doc.parent / file).resolve() if file else doc
            if not path.exists():
                broken.append(f"{doc.relative_to(repo_root)}: {target}")
            elif anchor and path.suffix == ".md" and anchor not in github_anchors(path.read_text()):
                broken.append(f"{doc.relative_to(repo_root)}: {target}")
    assert broken == []
