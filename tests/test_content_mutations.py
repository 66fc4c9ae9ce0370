"""Breaking any one content file never takes a lesson down, nor the crisis panel with it.

Each content file is broken in turn, one mutation per file (eleven kinds, taken in
turn: a pasted control character, an impossible date, a mistyped tag, a recursive
alias, an empty document, deep nesting, a huge number, bytes that are not UTF-8, a
tab, a named pipe in its place, a link to nothing). Then every notebook runs against
that content as a learner's kernel would (PEERKIT_STRICT off), and must show no
traceback, still show the crisis panel wherever it shows one, and list the content
problem once rather than in every cell.

Why running the cells in this process is the same check as running them in a kernel
(nbval), for what is checked here: every code cell is a label comment and one call
(peerkit/_notebooks.py enforces it). The cell's code is run as IPython runs it
(statements, then the last expression's value is displayed), and the value is
displayed as IPython's display formatter does, by asking it for its mime bundle
(``_repr_mimebundle_``, which builds the live widget too). A traceback in a notebook
comes from one of those two steps, and both raise here the same way. Between
notebooks the per-kernel state a new kernel would not have (what was shown, which
problems were reported) is reset. What this does not check is the front end drawing
the output, which the notebook and browser tests cover for intact content; starting
a kernel per mutation would cost minutes for no more certainty about tracebacks.
"""

from __future__ import annotations

import pytest

from peerkit.content import ContentError, load_library
from tests.bench_scripts import load_bench

robustness = load_bench("robustness")


@pytest.mark.slow
def test_every_notebook_survives_each_content_file_broken_in_turn(tmp_path, monkeypatch):
    """With any one file broken, do all notebooks run without a traceback and keep the crisis panel?"""
    project = robustness.sandbox(tmp_path / "project")
    data = project / "data"
    monkeypatch.setenv("PEERKIT_DATA", str(data))
    monkeypatch.setenv("PEERKIT_STRICT", "0")
    monkeypatch.delenv("PEERKIT_REGION", raising=False)
    plan = robustness.mutation_plan(data)
    assert [str(rel) for rel, _ in plan] == [
        str(p.relative_to(data)) for p in sorted(data.rglob("*.yaml"))
    ]
    assert len({kind for _, kind in plan}) >= 5
    notebooks = sorted((project / "notebooks").glob("*.ipynb"))
    assert any("crisis_resources" in c for nb in notebooks for c in robustness.notebook_calls(nb))
    failures = []
    for rel, kind in plan:
        path = data / rel
        original = path.read_bytes()
        robustness.mutate(path, kind)
        with pytest.raises(ContentError):  # the mutation really breaks the content
            load_library(data)
        for notebook in notebooks:
            report = robustness.run_notebook(notebook)
            verdict = robustness.notebook_verdict(f"{rel} ({kind}) / {notebook.stem}", report)
            if not verdict.ok:
                failures.append(f"{verdict.name}: {verdict.detail}")
        path.unlink()
        path.write_bytes(original)
    assert not failures, "\n".join(failures)


def test_the_notebooks_run_clean_on_intact_content(tmp_path, monkeypatch):
    """On unbroken content, does the same runner show every notebook with no notice at all?"""
    project = robustness.sandbox(tmp_path / "project")
    monkeypatch.setenv("PEERKIT_DATA", str(project / "data"))
    monkeypatch.setenv("PEERKIT_STRICT", "0")
    for notebook in sorted((project / "notebooks").glob("*.ipynb")):
        report = robustness.run_notebook(notebook)
        assert report["errors"] == [] and report["full_notices"] == 0, notebook.name
        assert report["crisis_shown"] or not report["crisis_expected"], notebook.name
