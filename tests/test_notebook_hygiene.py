"""Every numbered notebook is committed clean: Markdown first, one parameters cell of typed and
commented literals that declares run_dir, no outputs, no execution counts."""

from __future__ import annotations

import ast
import io
import tokenize

import nbformat
import pytest

from perfutils.pipeline import NOTEBOOK_NAME, list_notebooks

NOTEBOOKS = list_notebooks()


def test_there_are_numbered_notebooks_with_distinct_numbers(repo_root):
    assert NOTEBOOKS, "no notebooks/NN_*.ipynb"
    numbers = [nb.name[:2] for nb in NOTEBOOKS]
    assert len(numbers) == len(set(numbers)), numbers
    stray = [p.name for p in (repo_root / "notebooks").glob("*.ipynb")
             if not NOTEBOOK_NAME.match(p.name)]
    assert not stray, f"notebooks must be named NN_verb_object.ipynb: {stray}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_clean(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    assert notebook.cells and notebook.cells[0].cell_type == "markdown", \
        "the first cell must be Markdown saying what the notebook does, reads and writes"
    assert notebook.metadata.get("kernelspec", {}).get("name") == "python3"
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            assert not cell.outputs, f"cell {index} has outputs: clear them before committing"
            assert cell.execution_count is None, f"cell {index} has an execution count"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_has_one_parameters_cell_of_typed_commented_literals(path):
    notebook = nbformat.read(path, as_version=4)
    tagged = [cell for cell in notebook.cells if "parameters" in cell.metadata.get("tags", [])]
    assert len(tagged) == 1, f"{len(tagged)} cells tagged 'parameters', expected exactly one"
    source = tagged[0].source
    names = []
    for statement in ast.parse(source).body:
        assert isinstance(statement, ast.AnnAssign) and statement.value is not None, \
            f"line {statement.lineno}: parameters are 'name: type = literal  # comment'"
        ast.literal_eval(statement.value)  # raises for anything but a literal
        names.append(statement.target.id)
    commented = {token.start[0] for token in tokenize.generate_tokens(io.StringIO(source).readline)
                 if token.type == tokenize.COMMENT}
    for statement in ast.parse(source).body:
        assert statement.lineno in commented, f"parameter {statement.target.id} has no comment"
    assert "run_dir" in names, "every numbered notebook declares run_dir (the pipeline sets it)"
