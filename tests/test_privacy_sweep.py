"""Privacy sweep: what a learner writes lands in their private journal and nowhere else.

Each notebook runs in a real kernel (nbclient), in a temporary copy, with
PEERKIT_HOME in the temporary folder. In the same kernel a driver cell does
what a learner would: it writes a unique marker into every journal prompt and
saves it, lists the entries, types a second marker into every written exercise (rewrite,
self-disclosure check, safety plan, say it out loud, agreement builder: pressing their
buttons), and makes a move in each
case study. The markers reach the kernel through its environment, so no cell's
source contains them. The notebook is then saved as JupyterLab saves it (outputs
kept; widget state dropped, as ``saveState: false`` in our JupyterLab settings
says), with a checkpoint copy, and built into a handout.

Then the markers must appear in none of: the saved notebook, its checkpoint,
any cell output, the widget state, the kernel's own stdout and stderr, the
client's log, this process's output, the handout, an HTML export, any other file
the run left in the temporary folder, or the repository's working tree. And the
journal marker must be in the journal (so the sweep can fail).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from peerkit.journal import HOME_ENV, Store
from tests.conftest import DATA, ROOT, course_notebooks

pytestmark = pytest.mark.notebook

NOTEBOOK_FILES = course_notebooks()
JOURNAL_ENV = "PEERKIT_SWEEP_JOURNAL"
TEXT_ENV = "PEERKIT_SWEEP_TEXT"
OVERRIDES = ROOT / "peerkit" / "jupyterlab" / "overrides.json"
SKIP_IN_TREE = {".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis"}

DRIVER = """\
# What a learner does: write, save, look, try
import json, os
import ipywidgets as _w
from IPython.display import display as _display
import peerkit
from peerkit.api import current as _current
from peerkit.api import REGISTRY as _REGISTRY

_journal_text, _other_text = os.environ["PEERKIT_SWEEP_JOURNAL"], os.environ["PEERKIT_SWEEP_TEXT"]
_written = ("rewrite", "disclosure", "safety-plan", "say-aloud", "agreement-builder")
_shown = list(_current().shown)
_have = {s.item.type for s in _shown}
for _kind in ("journal",) + _written:
    _extra = next((i for i in _current().library.items.values() if i.type == _kind), None)
    if _REGISTRY[_kind].exercise and _kind not in _have and _extra is not None:
        _s = peerkit.show(_extra.id)
        _display(_s)
        _shown.append(_s)


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


_done = {}
for _s in _shown:
    _kind, _view = _s.item.type, _s.view
    if _kind == "journal":
        _view.write(_journal_text)
        assert _view.save().ok
        _view.tools.list_button.click()
    elif _kind in _written:
        _parts = list(_walk(_s.widget))
        for _box in _parts:
            if isinstance(_box, (_w.Textarea, _w.Text)):
                _box.value = _other_text
        for _button in _parts:
            if isinstance(_button, _w.Button) and "delete" not in _button.description.lower():
                _button.click()
    elif _kind == "case":
        _view.choose(_view.play.choices[0].id)
    else:
        continue
    _done[_kind] = _done.get(_kind, 0) + 1
# The skills self-assessment: marks and notes, saved to the journal, then the form is empty
_self = peerkit.self_assessment()
_display(_self)
for _i in range(len(_self.view.answers)):
    _self.view.write(_i, _other_text)
_self.view.rate(next(iter(_self.view.levels)), 2)
assert _self.view.save().ok
_done["self-assessment"] = 1
from peerkit.journal import keeper as _keeper
assert _keeper().flush()  # saved progress is written in the background
print(json.dumps(_done, sort_keys=True))
os.write(2, b"privacy sweep: driver finished\\n")  # the kernel's own stderr, which the test reads
"""


def find_marker(marker: str, *roots: Path, skip: tuple[Path, ...] = ()) -> list[Path]:
    """Every file under ``roots`` (not under ``skip``) whose bytes contain ``marker``."""
    needle = marker.encode()
    found = []
    for root in roots:
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if d not in SKIP_IN_TREE and Path(folder, d) not in skip]
            for name in files:
                path = Path(folder, name)
                try:
                    if needle in path.read_bytes():
                        found.append(path)
                except OSError:
                    continue
    return found


def save_as_jupyterlab(nb: nbformat.NotebookNode, path: Path) -> Path:
    """Write ``nb`` as JupyterLab would (outputs kept; widget state only if saveState is on)."""
    settings = json.loads(OVERRIDES.read_text(encoding="utf-8"))
    save_state = settings["@jupyter-widgets/jupyterlab-manager:plugin"]["saveState"]
    saved = nbformat.from_dict(json.loads(json.dumps(nb)))
    if not save_state:
        saved.metadata.pop("widgets", None)
    nbformat.write(saved, path)
    checkpoint = path.parent / ".ipynb_checkpoints" / f"{path.stem}-checkpoint.ipynb"
    checkpoint.parent.mkdir(exist_ok=True)
    shutil.copyfile(path, checkpoint)
    return checkpoint


def build_handouts(saved: Path, out: Path) -> list[Path]:
    """The saved notebook as a handout (peerkit's builder) and as nbconvert's HTML export."""
    from nbconvert import HTMLExporter

    out.mkdir()
    pages = []
    exported, _ = HTMLExporter().from_filename(str(saved))
    pages.append(out / f"{saved.stem}.nbconvert.html")
    pages[-1].write_text(exported, encoding="utf-8")
    try:
        from peerkit.handouts import render_notebook
    except ImportError:  # the handout builder is not there: nbconvert's export stands in
        return pages
    from peerkit import load_library

    nb = json.loads(saved.read_text(encoding="utf-8"))
    nb["cells"] = nb["cells"][:-1]  # the driver cell is not a lesson cell: a handout refuses it
    for edition in ("learner", "facilitator"):
        page = render_notebook(
            nb,
            library=load_library(DATA),
            edition=edition,
            region=None,
            where=saved.name,
            folder=saved.parent,
        )
        pages.append(out / f"{saved.stem}.{edition}.html")
        pages[-1].write_text(page, encoding="utf-8")
    return pages


@pytest.mark.parametrize("source", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_does_learner_text_stay_in_the_journal_only(
    source: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Run the notebook and its exercises with sample text: is the text nowhere but the journal?"""
    journal_marker = f"journal-marker-{uuid.uuid4().hex}"
    text_marker = f"practice-marker-{uuid.uuid4().hex}"
    work = tmp_path / "notebooks"
    work.mkdir()
    copy = work / source.name
    shutil.copyfile(source, copy)
    home = tmp_path / "peerkit-home"
    logs = tmp_path / "logs"
    logs.mkdir()

    env = dict(os.environ)
    env.update(
        {
            HOME_ENV: str(home),
            JOURNAL_ENV: journal_marker,
            TEXT_ENV: text_marker,
            "IPYTHONDIR": str(tmp_path / "ipython"),
            "PEERKIT_STRICT": "1",
            "PEERKIT_DATA": str(DATA),
        }
    )
    client_log = logging.getLogger(f"privacy-sweep-{source.stem}")
    client_log.setLevel(logging.INFO)  # what a client or server logs unless asked for more
    handler = logging.FileHandler(logs / "client.log", encoding="utf-8")
    client_log.addHandler(handler)
    nb = nbformat.read(copy, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(DRIVER))
    client = NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        log=client_log,
        resources={"metadata": {"path": str(work)}},
    )
    try:
        with (
            (logs / "kernel.log").open("w", encoding="utf-8") as kernel_log,
            client.setup_kernel(env=env, stdout=kernel_log, stderr=kernel_log),
        ):
            for index, cell in enumerate(nb.cells):
                client.execute_cell(cell, index)
            client.set_widgets_metadata()
    finally:
        client_log.removeHandler(handler)
        handler.close()

    report = "".join(o.get("text", "") for o in nb.cells[-1].outputs if o.output_type == "stream")
    done = json.loads(report.strip().splitlines()[-1])
    widget_state = json.dumps(nb.metadata.get("widgets", {}))
    checkpoint = save_as_jupyterlab(nb, copy)
    pages = build_handouts(copy, tmp_path / "handouts")
    captured = capfd.readouterr()

    for marker in (journal_marker, text_marker):
        assert marker not in copy.read_text(encoding="utf-8")
        assert marker not in checkpoint.read_text(encoding="utf-8")
        assert all(marker not in json.dumps(cell.get("outputs", [])) for cell in nb.cells)
        assert all(marker not in page.read_text(encoding="utf-8") for page in pages)
        assert marker not in (logs / "kernel.log").read_text(encoding="utf-8")
        assert marker not in (logs / "client.log").read_text(encoding="utf-8")
        assert marker not in captured.out + captured.err
        assert find_marker(marker, tmp_path, skip=(home,)) == []
        assert find_marker(marker, ROOT) == []
    # The box is emptied after saving and the list hides entries: not even widget state has it.
    assert journal_marker not in widget_state

    store = Store.open(home / "journal" / "journal.db")
    if done.get("journal"):
        assert journal_marker in [entry.text for entry in store.entries()]
    if done.get("self-assessment"):
        assert any(text_marker in entry.text for entry in store.entries())
    if done.get("case"):
        assert any(record.kind == "case" and record.state["path"] for record in store.progress())
    assert "privacy sweep: driver finished" in (logs / "kernel.log").read_text(encoding="utf-8")


def test_does_the_sweep_drive_a_journal_prompt_somewhere() -> None:
    """Does a notebook show a journal prompt (the privacy tour), so the sweep saves an entry?"""
    sources = [
        "".join(cell["source"])
        for path in NOTEBOOK_FILES
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]
    ]
    assert any('peerkit.show("privacy-tour")' in source for source in sources)


def test_would_the_sweep_find_a_leak(tmp_path: Path) -> None:
    """Does the file search find a marker hidden in a checkpoint folder, and skip the store?"""
    marker = f"leak-{uuid.uuid4().hex}"
    hidden = tmp_path / "notebooks" / ".ipynb_checkpoints"
    hidden.mkdir(parents=True)
    (hidden / "00-welcome-checkpoint.ipynb").write_text(f'{{"x": "{marker}"}}', encoding="utf-8")
    store = tmp_path / "home"
    store.mkdir()
    (store / "journal.db").write_bytes(marker.encode())
    assert find_marker(marker, tmp_path, skip=(store,)) == [hidden / "00-welcome-checkpoint.ipynb"]
    assert find_marker("nothing-like-this-anywhere", tmp_path) == []
