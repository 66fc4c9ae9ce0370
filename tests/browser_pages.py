"""What the browser tests do on a page, in JupyterLab or in the Voila app, as a person would.

What "no code is visible" means, precisely (JupyterLab still shows a hidden code cell's
first line as a grey placeholder, so that line must read as words):

- JupyterLab: no code cell's editor is visible (``checkVisibility()`` on every
  ``.cm-editor`` / ``.jp-InputArea-editor`` in a code cell is false); each hidden
  code cell's placeholder, the grey line JupyterLab keeps showing, is exactly
  the cell's first line and reads as words: ``# `` then a capital letter or an
  opening quote, and none of ``peerkit.``, ``import ``, ``()``, ``("``, ``=``,
  ``;``; every markdown cell is rendered, not shown as source; and the
  notebook's visible text contains no ``peerkit.`` call or ``import``.
- Voila: code cells have no input area at all, and the page's text contains no
  ``peerkit.`` call or ``import``.

A cell "shows an error" when it has error or stderr output (a traceback, a
warning, Voila's "There was an error when executing cell") or peerkit's own
"could not be loaded" notice. A ``peerkit.show(...)`` cell must have drawn a
live widget (not the static fallback and not "Error displaying widget"). In the app, a
widget output that shows its static copy instead (``pk-widget-fallback``: the app's template
puts it there when the live widget cannot be drawn) is a problem too.
Every problem names the notebook and the cell: ``name: cell N (# label): ...``.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from peerkit.content._cells import shown_in
from peerkit.practice import VERDICT_LABELS, SortPlay, list_paths
from tests.browser_support import chromium
from tests.conftest import DATA, ROOT

SHOTS = ROOT / "build" / "screenshots"
LESSONS = [
    e["id"]
    for e in yaml.safe_load((DATA / "curriculum.yaml").read_text(encoding="utf-8"))["lessons"]
]
"""Read straight from curriculum.yaml, so a new lesson is tested as soon as it is listed."""
CODE_MARKERS = ("peerkit.", "import ", "()", '("', "=", ";")
VISIBLE_CODE = re.compile(r"peerkit\.\w+\(|\bimport peerkit\b")
LABEL = re.compile(r'^# [A-Z“"]')
KEY_TIMEOUT = 20_000
MAX_TABS = 400
HUMAN_PAUSE = 150
"""Milliseconds after each key that changes a selection. People are never faster than this; with
no pause, three arrow presses in a row sometimes left the kernel holding the middle reply while the
page showed the last one (1 run in 12 on a loaded 2-core machine): an ipywidgets/kernel race, not
something a person at a keyboard meets, so the tests type at a human pace."""

POLL_MS = 100
"""How often a wait_for_function check runs. Playwright's default is every animation frame,
and the checks read layout (innerText) and search every cell while the page is still drawing:
ten times a second cost JupyterLab lessons 124-129 s of CPU against 133-139 s."""

CELL_FACTS = """() => [...document.querySelectorAll('.jp-Notebook .jp-Cell')].map(cell => ({
  index: cell.dataset.windowedListIndex === undefined ? null : Number(cell.dataset.windowedListIndex),
  id: (cell.id || '').replace(/^cell-id=/, ''),
  code: cell.classList.contains('jp-CodeCell'),
  markdown: cell.classList.contains('jp-MarkdownCell'),
  rendered: cell.classList.contains('jp-mod-rendered'),
  errors: [...cell.querySelectorAll(
      '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"], .pk-notice')]
    .map(e => e.textContent.trim()),
  widget: !!cell.querySelector('.jp-OutputArea-output .jupyter-widgets'),
  widgetError: /Error displaying widget/.test(cell.textContent),
  widgetFallback: !!cell.querySelector('.pk-widget-fallback'),
  placeholder: (cell.querySelector('.jp-InputPlaceholder .jp-PlaceholderText') || {}).textContent ?? null,
  inputArea: !!cell.querySelector('.jp-InputArea'),
  editorVisible: [...cell.querySelectorAll('.jp-InputArea-editor, .cm-editor')]
    .some(e => e.checkVisibility({visibilityProperty: true, opacityProperty: true})),
}))"""


@dataclass(frozen=True)
class Notebook:
    """A lesson notebook as saved: its cells, what each code cell shows, and labels for messages."""

    name: str
    cells: list[dict[str, Any]]
    url_path: str = ""
    """Where the server finds it, relative to the folder it serves (the name, unless in a subfolder)."""

    @classmethod
    def read(cls, path: Path, root: Path | None = None) -> Notebook:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        where = path.relative_to(root).as_posix() if root is not None else path.name
        return cls(path.name, cells, where)

    @property
    def url(self) -> str:
        return self.url_path or self.name

    def source(self, index: int) -> str:
        return "".join(self.cells[index]["source"])

    def label(self, index: int) -> str:
        lines = self.source(index).strip().splitlines()
        return lines[0] if lines else "(empty)"

    def where(self, index: int) -> str:
        return f"{self.name}: cell {index + 1} ({self.label(index)})"

    @property
    def code_cells(self) -> int:
        return sum(1 for c in self.cells if c["cell_type"] == "code")

    def shown(self) -> list[tuple[int, str]]:
        """(cell index, item id) for every peerkit.show() call, in order."""
        found = []
        for index, cell in enumerate(self.cells):
            found += [(index, item) for item in shown_in(cell)]
        return found

    def index_of_id(self, cell_id: str) -> int | None:
        return next((i for i, c in enumerate(self.cells) if c.get("id") == cell_id), None)


def reads_as_words(line: str) -> bool:
    return bool(LABEL.match(line)) and not any(marker in line for marker in CODE_MARKERS)


def page_problems(page, notebook: Notebook, where: str) -> list[str]:
    """Every error, missing widget or visible code on the page, naming the notebook and the cell.

    ``where`` is ``"lab"`` or ``"app"`` (Voila).
    """
    problems: list[str] = []
    facts = page.evaluate(CELL_FACTS)
    seen: set[int] = set()
    for order, fact in enumerate(facts):
        if where == "lab":
            index = fact["index"] if fact["index"] is not None else order
        else:
            index = notebook.index_of_id(fact["id"])
            if index is None:  # a cell the page has that the notebook does not (none expected)
                continue
        seen.add(index)
        at = notebook.where(index)
        for error in fact["errors"]:
            last = [line for line in error.splitlines() if line.strip()]
            problems.append(f"{at}: shows an error: {last[-1] if last else '(empty error output)'}")
        if fact["widgetError"]:
            problems.append(f"{at}: shows 'Error displaying widget'")
        if fact["widgetFallback"]:
            problems.append(f"{at}: shows the static copy of a widget that could not be drawn")
        if (
            fact["code"]
            and shown_in(notebook.cells[index])
            and not fact["errors"]
            and not fact["widget"]
        ):
            problems.append(f"{at}: the exercise did not appear as a live widget")
        if where == "lab":
            if fact["code"]:
                first = notebook.source(index).splitlines()[0] if notebook.source(index) else ""
                if fact["editorVisible"]:
                    problems.append(f"{at}: its code is visible")
                elif fact["placeholder"] != first or not reads_as_words(first):
                    problems.append(
                        f"{at}: JupyterLab shows {fact['placeholder']!r} in place of the hidden code,"
                        " which does not read as words"
                    )
            elif fact["markdown"] and not fact["rendered"]:
                problems.append(f"{at}: shows markdown source instead of rendered text")
        elif fact["code"] and fact["inputArea"]:
            problems.append(f"{at}: shows an input area (code) in the app")
    missing = [i for i in range(len(notebook.cells)) if i not in seen]
    if missing and facts:
        first = missing[0]
        problems.append(
            f"{notebook.where(first)}: never appeared on the page"
            f" ({len(missing)} cell{'s' if len(missing) != 1 else ''} missing; the run stopped early?)"
        )
    elif not facts:
        problems.append(f"{notebook.name}: no cells appeared on the page")
    text = page.locator(".jp-Notebook").first.inner_text()
    code = VISIBLE_CODE.search(text)
    if code:
        problems.append(
            f"{notebook.name}: the page shows code: {text[max(0, code.start() - 40) : code.end() + 40]!r}"
        )
    return problems


# --- JupyterLab -----------------------------------------------------------------------


LAB_STATE = """() => ({
  statusbar: ((document.querySelector('#jp-main-statusbar') || {}).innerText || '').replace(/\\n/g, ' '),
  indicator: ((document.querySelector('.jp-Notebook-ExecutionIndicator') || {}).textContent || '').trim(),
  outputs: document.querySelectorAll('.jp-Notebook .jp-OutputArea-output').length,
  dialog: ((document.querySelector('.jp-Dialog') || {}).innerText || '').replace(/\\n/g, ' '),
})"""


def _wait(page, script: str, what: str, timeout: float, arg: Any = None) -> None:
    """Wait for ``script`` to return true; fail with a sentence saying what never happened."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.wait_for_function(script, arg=arg, timeout=timeout, polling=POLL_MS)
    except PlaywrightTimeout:
        state = page.evaluate(LAB_STATE)
        raise AssertionError(
            f"{what} (waited {timeout / 1000:.0f} s; the page showed {state})"
        ) from None


def run_all_in_lab(
    page, base_url: str, notebook: Notebook, timeout: float = 90_000, *, menu: bool = False
) -> None:
    """Open the notebook, wait for its kernel, start it as a learner is told to (the toolbar's
    "Start the exercises" button; with ``menu``, Run > Run All Cells), and wait until it has finished."""
    open_in_lab(page, base_url, notebook, timeout)
    start_exercises(page, notebook, timeout, menu=menu)


LAB_OPEN = """(base) => location.href.startsWith(base) && !!window.jupyterapp
  && !!document.querySelector('#jp-main-dock-panel') && !document.querySelector('.jp-Dialog')"""
"""Whether the page is a JupyterLab from ``base``, started, with no dialog waiting for an answer
(the test servers expose the application as ``window.jupyterapp``: tests/servers.py)."""

CLOSE_DOCUMENTS = """async () => {
  const app = window.jupyterapp;
  await app.restored;
  for (const widget of Array.from(app.shell.widgets('main'))) {
    // Autosave is off: what a test did in a lesson is dropped, as "Discard" would drop it.
    if (widget.context) widget.context.model.dirty = false;
    widget.close();
  }
  return true;
}"""

NO_DOCUMENTS = """() => !Array.from(window.jupyterapp.shell.widgets('main')).some(w => w.context)
  && document.querySelectorAll('.jp-Notebook').length === 0"""
"""No document open (JupyterLab shows its Launcher in the emptied main area: that may stay)."""

OPEN_DOCUMENT = """async (path) => {
  await window.jupyterapp.commands.execute('docmanager:open', {path, factory: 'Notebook'});
  return true;
}"""

SHOWING = """(path) => {
  const widget = window.jupyterapp.shell.currentWidget;
  return !!widget && !!widget.context && widget.context.path === path
    && !!document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell');
}"""


def close_documents(page) -> None:
    """Close every document open in the page's JupyterLab, dropping changes, and wait for it."""
    page.evaluate(CLOSE_DOCUMENTS)
    _wait(page, NO_DOCUMENTS, "the open documents did not close", 30_000)


def open_in_lab(page, base_url: str, notebook: Notebook, timeout: float = 90_000) -> None:
    """Open the notebook in JupyterLab and wait for its kernel.

    A page that already shows this server's JupyterLab keeps it: every open document is closed,
    its changes dropped, and the notebook opened as the file browser opens one. Otherwise the
    page loads JupyterLab at the notebook's address with a fresh workspace. Opening a lesson
    took about 5 s of CPU with the page load and 2 s in a loaded JupyterLab (kernel start
    included, quiet 2-core machine).
    """
    if page.url.startswith(base_url) and page.evaluate(LAB_OPEN, base_url):
        close_documents(page)
        page.evaluate(OPEN_DOCUMENT, notebook.url)
        _wait(page, SHOWING, f"{notebook.name} did not open in JupyterLab", timeout, notebook.url)
    else:
        page.goto(f"{base_url}lab/tree/{notebook.url}?reset")
    wait_for_kernel(page, notebook, timeout)


def start_exercises(
    page, notebook: Notebook, timeout: float = 90_000, *, menu: bool = False
) -> None:
    """In the open notebook, press "Start the exercises" (or Run > Run All Cells) and wait for it."""
    if menu:
        page.get_by_role("menuitem", name="Run", exact=True).click()
        page.get_by_role("menuitem", name="Run All Cells", exact=True).click()
    else:
        page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Toolbar").get_by_role(
            "button", name="Start the exercises"
        ).click()
    _wait_for_run_all(page, notebook, timeout)
    wait_for_widgets(page, notebook)


DIRTY_TABS = """() => [...document.querySelectorAll('.lm-TabBar-tab.jp-mod-dirty')]
  .map(t => t.innerText.trim())"""
"""The titles of the tabs JupyterLab marks modified (it would ask "Save changes?" on closing them)."""


def wait_for_kernel(page, notebook: Notebook, timeout: float = 90_000) -> None:
    """Wait until the open notebook's kernel is ready."""
    # The kernel is ready when the status bar says so ("Python 3 (ipykernel) | Idle"); the
    # notebook's own indicator already says "idle" while the kernel is still connecting.
    _wait(
        page,
        """() => /\\| Idle\\b/.test((document.querySelector('#jp-main-statusbar') || {}).innerText || '')""",
        f"{notebook.name}: the kernel never became idle in JupyterLab",
        timeout,
    )


RUN_STATE = """() => {
  const indicator = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator');
  const cells = [...document.querySelectorAll('.jp-Notebook .jp-Cell')];
  return {
    idle: /\\| Idle\\b/.test((document.querySelector('#jp-main-statusbar') || {}).innerText || '')
          && !!indicator && indicator.dataset.status === 'idle',
    executed: indicator ? indicator.textContent : '',
    failed: !!document.querySelector('.jp-Notebook .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'),
    withOutput: cells.filter(c => c.querySelector('.jp-OutputArea-output'))
      .map(c => Number(c.dataset.windowedListIndex ?? cells.indexOf(c))),
  };
}"""


def _wait_for_run_all(page, notebook: Notebook, timeout: float) -> None:
    """Run All has finished when the kernel is idle and either JupyterLab says "Executed N cells",
    or a cell failed (Run All stops there), or every code cell that displays something has its
    output and the kernel has stayed idle for a second."""
    displaying = {i for i, c in enumerate(notebook.cells) if c["cell_type"] == "code"}
    deadline = time.monotonic() + timeout / 1000
    settled_since = None
    state: dict[str, Any] = {}
    while time.monotonic() < deadline:
        state = page.evaluate(RUN_STATE)
        if state["idle"] and (
            f"Executed {notebook.code_cells} cell" in state["executed"] or state["failed"]
        ):
            return
        if state["idle"] and displaying <= set(state["withOutput"]):
            settled_since = settled_since or time.monotonic()
            if time.monotonic() - settled_since >= 1.0:
                return
        else:
            settled_since = None
        page.wait_for_timeout(250)
    waiting = sorted(displaying - set(state.get("withOutput", [])))
    cells = ", ".join(notebook.where(i) for i in waiting[:3]) or "none"
    raise AssertionError(
        f"{notebook.name}: Run All Cells did not finish in JupyterLab within {timeout / 1000:.0f} s"
        f" (cells still without output: {cells}; the page showed {page.evaluate(LAB_STATE)})"
    )


def wait_for_widgets(page, notebook: Notebook, timeout: float = 30_000) -> None:
    """Wait until every show() cell has drawn a widget or a notice, or a cell failed (nothing after
    it runs); whatever is missing, page_problems names."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    with suppress(PlaywrightTimeout):  # a widget that never came is reported by page_problems
        page.wait_for_function(
            """(n) => document.querySelector('.jp-Notebook [data-mime-type="application/vnd.jupyter.stderr"]')
                 || [...document.querySelectorAll('.jp-Notebook .jp-CodeCell')].filter(cell => cell.querySelector(
                      '.jp-OutputArea-output .jupyter-widgets, .pk-notice')).length >= n""",
            arg=len({index for index, _ in notebook.shown()}),
            timeout=timeout,
            polling=POLL_MS,
        )


# --- Voila ---------------------------------------------------------------------------


def open_in_app(page, base_url: str, notebook: Notebook, timeout: float = 120_000) -> None:
    """Open the lesson in the Voila app and wait until every cell has run."""
    page.goto(f"{base_url}voila/render/{notebook.url}", timeout=timeout)
    # Voila shows the cells (it calls voila_finish) once the last one has run, or after an error.
    page.locator("#rendered_cells").wait_for(state="visible", timeout=timeout)
    wait_for_widgets(page, notebook)


# --- keyboard -------------------------------------------------------------------------

FOCUS = """(selector) => {
  const el = document.activeElement;
  if (!el) return null;
  const scope = el.closest(selector);
  if (!scope) return null;
  const all = [...document.querySelectorAll(selector)];
  const radios = [...scope.querySelectorAll('input[type=radio]')];
  const selects = [...scope.querySelectorAll('select')];
  return {widget: all.indexOf(scope), tag: el.tagName, type: el.type || '',
          text: (el.innerText || el.textContent || '').trim(),
          radio: radios.indexOf(el), select: selects.indexOf(el),
          checked: radios.findIndex(r => r.checked), selectedIndex: el.selectedIndex ?? null,
          visibleRadios: radios.filter(r => r.checkVisibility()).length};
}"""


def focus_info(page, selector: str) -> dict[str, Any] | None:
    return page.evaluate(FOCUS, selector)


def choose_key(page, key: str, times: int = 1) -> None:
    """Press a key that changes a selection (arrows, Space), at a human pace."""
    for _ in range(times):
        page.keyboard.press(key)
        page.wait_for_timeout(HUMAN_PAUSE)


def press_until(
    page, key: str, selector: str, wanted, what: str, limit: int = MAX_TABS
) -> dict[str, Any]:
    """Press ``key`` until the focused element inside ``selector`` satisfies ``wanted``; fail if it never does."""
    for _ in range(limit):
        info = focus_info(page, selector)
        if info is not None and wanted(info):
            return info
        page.keyboard.press(key)
    raise AssertionError(f"{what} could not be reached with {key} ({limit} presses)")


def press(page, button) -> None:
    """Press a button by keyboard: focus it, then Enter, at a human pace."""
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(HUMAN_PAUSE)


def _pick_radio(page, selector: str, widget: int, target: int) -> None:
    """With a radio of the widget focused, move with the arrow keys (or Space) until ``target`` is checked."""
    start = info = focus_info(page, selector)
    assert info is not None and info["radio"] >= 0
    if info["radio"] == target:
        choose_key(page, "Space")
    else:
        choose_key(
            page, "ArrowDown" if target > info["radio"] else "ArrowUp", abs(target - info["radio"])
        )
    info = focus_info(page, selector)
    assert info is not None and info["checked"] == target, (
        f"the arrow keys did not select reply {target + 1} (focus was on reply {start['radio'] + 1}, now {info})"
    )


def wait_for_text(locator, text: str, what: str, timeout: float = KEY_TIMEOUT) -> str:
    """Wait until ``locator`` contains ``text``; fail with what it says instead."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        locator.filter(has_text=text).first.wait_for(timeout=timeout)
    except PlaywrightTimeout:
        raise AssertionError(
            f"{what}: expected {text!r}, but it says {locator.first.inner_text()!r}"
        ) from None
    return locator.first.inner_text()


def _norm(text: str) -> str:
    return " ".join(text.split())


def _wait_for_replies(page, box, texts: list[str], what: str) -> list[str]:
    """Wait until the case shows these replies (the kernel redraws them after each choice).

    Each learner sees the replies in an order of their own, so any order will do, but they
    carry the letters A, B, C... top to bottom (the path names them so); returns the replies
    as they are on the screen, top to bottom, without their letters.
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    wanted = sorted(_norm(t) for t in texts)
    try:
        page.wait_for_function(
            """([box, texts]) => {
                 const labels = [...box.querySelectorAll('.widget-radio-box label')]
                   .map(l => l.textContent.replace(/\\s+/g, ' ').trim());
                 const lettered = labels.every((l, i) => l.startsWith(String.fromCharCode(65 + i) + '. '));
                 const bare = labels.map(l => l.slice(3)).sort();
                 return lettered && bare.length === texts.length && bare.every((l, i) => l === texts[i]);
               }""",
            arg=[box.element_handle(), wanted],
            timeout=KEY_TIMEOUT,
            polling=POLL_MS,
        )
    except PlaywrightTimeout:
        raise AssertionError(
            f"{what}: the replies were not redrawn, each with its letter (A., B., ...)"
        ) from None
    return [label[3:] for label in _labels_in(box)]


def _labels_in(scope) -> list[str]:
    """The labels of the radio buttons in ``scope``, top to bottom (their text, as in the DOM)."""
    texts = scope.evaluate(
        "el => [...el.querySelectorAll('.widget-radio-box label')].map(l => l.textContent)"
    )
    return [_norm(t) for t in texts]


def complete_case_by_keyboard(page, case, widget: int = 0) -> list[str]:
    """Walk the longest path of ``case`` to an ending with Tab, arrows and Enter; return each step's feedback."""
    selector = ".pk-case"
    steps, ending_id = max(list_paths(case).paths, key=lambda path: len(path[0]))
    box = page.locator(selector).nth(widget)
    status = box.locator("[role=status]")
    feedback = []
    key = "Tab"
    for number, step in enumerate(steps, start=1):
        what = f"case '{case.id}', decision {number}"
        node = case.node(step.node)
        ids = [c.id for c in node.choices]
        choice = node.choices[ids.index(step.choice)]
        on_screen = _wait_for_replies(page, box, [c.text for c in node.choices], what)
        press_until(
            page,
            key,
            selector,
            lambda f: f["widget"] == widget and f["radio"] >= 0,
            f"a reply in {what}",
        )
        _pick_radio(page, selector, widget, on_screen.index(_norm(choice.text)))
        press_until(
            page,
            "Tab",
            selector,
            lambda f: (
                f["widget"] == widget and f["tag"] == "BUTTON" and f["text"] == "Choose this reply"
            ),
            f"the 'Choose this reply' button in {what}",
            limit=len(ids) + 2,
        )
        page.keyboard.press("Enter")
        text = wait_for_text(status, " ".join(choice.text.split())[:40], f"the feedback in {what}")
        expected = VERDICT_LABELS[choice.verdict]
        assert expected in text, f"{what}: the feedback does not say {expected!r}: {text!r}"
        feedback.append(text)
        key = "Shift+Tab"  # from the button back up to the new replies
    ending = next(e for e in case.endings if e.id == ending_id)
    wait_for_text(box, f"Ending: {ending.title}", f"the end of case '{case.id}'")
    return feedback


def answer_quiz_by_keyboard(page, quiz, widget: int = 0) -> str:
    """Answer the quiz's first single-choice question correctly by keyboard; return its feedback."""
    selector = ".pk-quiz"
    questions = list(quiz.questions)
    number, question = next((n, q) for n, q in enumerate(questions) if not q.multiple)
    # Earlier questions (if any) take several answers, so this question's options are the
    # first radio group; the learner sees them in an order of their own.
    group = page.locator(selector).nth(widget).locator(".widget-radio-box").first
    shown = _labels_in(group)
    right = shown.index(_norm(next(o.text for o in question.options if o.correct)))
    press_until(
        page,
        "Tab",
        selector,
        lambda f: f["widget"] == widget and f["radio"] == 0,
        f"question {number + 1} of quiz '{quiz.id}'",
    )
    choose_key(page, "Space")
    choose_key(page, "ArrowDown", right)
    press_until(
        page,
        "Tab",
        selector,
        lambda f: f["widget"] == widget and f["tag"] == "BUTTON" and f["text"] == "Check answer",
        "the 'Check answer' button",
        limit=len(question.options) + 2,
    )
    page.keyboard.press("Enter")
    status = page.locator(selector).nth(widget).locator("[role=status]").nth(number)
    return wait_for_text(
        status, "Correct.", f"the feedback on question {number + 1} of quiz '{quiz.id}'"
    )


def sort_by_keyboard(page, sort, widget: int = 0) -> str:
    """Place every card with Tab and the arrow keys (the first one wrongly), check, and return the feedback."""
    selector = ".pk-sort"
    bins = [b.id for b in sort.bins]
    play = SortPlay(sort)
    # The cards come in an order of the learner's own: read it off the screen ("Card 1. ...").
    texts = (
        page.locator(selector)
        .nth(widget)
        .evaluate(
            """box => [...box.querySelectorAll('p')]
                 .filter(p => /^Card \\d+\\.$/.test((p.querySelector('strong') || {}).textContent || ''))
                 .map(p => p.textContent.replace(/^Card \\d+\\.\\s*/, ''))"""
        )
    )
    by_text = {_norm(c.text): c for c in sort.cards}
    shown = [by_text[_norm(t)] for t in texts]
    assert len(shown) == len(sort.cards), f"'{sort.id}': the cards on the screen are {texts}"
    for number, card in enumerate(shown):
        wanted_bin = card.bins[0]
        if number == 0:  # one mistake, so the feedback has to explain a wrong placement too
            wanted_bin = next((b for b in bins if b not in card.bins), wanted_bin)
        play.place(card.id, wanted_bin)
        info = press_until(
            page,
            "Tab",
            selector,
            lambda f, n=number: f["widget"] == widget and f["select"] == n,
            f"the dropdown of card {number + 1} in '{sort.id}'",
        )
        target = 1 + bins.index(wanted_bin)  # option 0 is "Not sorted yet"
        current = info["selectedIndex"]
        choose_key(page, "ArrowDown" if target > current else "ArrowUp", abs(target - current))
        now = focus_info(page, selector)
        assert now is not None and now["selectedIndex"] == target, (
            f"card {number + 1}: the arrow keys did not pick it"
        )
    press_until(
        page,
        "Tab",
        selector,
        lambda f: (
            f["widget"] == widget and f["tag"] == "BUTTON" and f["text"] == "Check my sorting"
        ),
        "the 'Check my sorting' button",
        limit=5,
    )
    page.keyboard.press("Enter")
    result = play.check()
    status = page.locator(selector).nth(widget).locator("[role=status]")
    return wait_for_text(status, result.summary, f"the feedback of sorting exercise '{sort.id}'")


def first_exercise(notebook: Notebook, library):
    """The first case the lesson shows, else its first quiz, else its first sort (None if none)."""
    shown = [library.items[item_id] for _, item_id in notebook.shown() if item_id in library.items]
    for kind in ("case", "quiz", "sort"):
        of_kind = [item for item in shown if item.type == kind]
        if of_kind:
            return of_kind[0]
    return None


def do_by_keyboard(page, item) -> str:
    """Complete a case, answer a quiz or sort cards, by keyboard; return the last feedback shown."""
    if item.type == "case":
        return complete_case_by_keyboard(page, item)[-1]
    if item.type == "quiz":
        return answer_quiz_by_keyboard(page, item)
    return sort_by_keyboard(page, item)


@contextmanager
def new_page():
    """A fresh 1280x900 page in Debian's Chromium, closed afterwards."""
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        try:
            yield context.new_page()
        finally:
            context.close()


class SharedPage:
    """One page kept across a module's tests, so that JupyterLab loads once, not once per test.

    ``get()`` gives the page, opening a fresh one (as :func:`new_page`) the first time and after
    ``discard()``. A test that fails discards it, so the next test starts from a new page and
    never from whatever the failure left behind.
    """

    def __init__(self) -> None:
        self._stack = ExitStack()
        self._page: Any = None

    def get(self):
        if self._page is None or self._page.is_closed():
            self.discard()
            self._page = self._stack.enter_context(new_page())
        return self._page

    def discard(self) -> None:
        self._page = None
        self._stack.close()

    def after_test(self, failed: bool) -> None:
        """Close the lesson a test left open (dropping its changes), or the page if it failed."""
        if self._page is None:
            return
        if failed or self._page.is_closed():
            self.discard()
            return
        try:
            if self._page.evaluate(LAB_OPEN, ""):  # JupyterLab from any server
                close_documents(self._page)
        except Exception:  # a page that cannot be tidied is not reused
            self.discard()
            raise


# --- screenshots ----------------------------------------------------------------------

SCROLLER = """(top) => {
  const candidates = [...document.querySelectorAll(
    '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-WindowedPanel-outer, #rendered_cells, .jp-Notebook')];
  const el = candidates.sort((a, b) => b.scrollHeight - a.scrollHeight)[0];
  if (!el) return document.documentElement.scrollHeight;
  if (top) el.scrollTop = 0;
  return el.scrollHeight + (window.innerHeight - el.clientHeight);
}"""


SCREENSHOTS_ENV = "PEERKIT_SCREENSHOTS"
"""Set to 1 for whole-page screenshots of every page the browser tests pass through (to look at
them by eye). Without it, a page is shot whole only when its test fails, and otherwise only as
far as the window shows: a whole lesson is a tall image, and the guide's takes seconds to draw."""


def screenshot_whole(
    page, path: Path, width: int = 1280, max_height: int = 20_000, failing: bool = False
) -> None:
    """Screenshot the whole lesson: grow the window to the notebook's full height, then restore it.

    Whole when asked for (``PEERKIT_SCREENSHOTS=1``), when ``failing`` or when called while an
    exception is on its way out (from a ``finally``); otherwise the window only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not (failing or os.environ.get(SCREENSHOTS_ENV) or sys.exc_info()[0] is not None):
        page.screenshot(path=str(path))
        return
    before = page.viewport_size or {"width": width, "height": 900}
    height = min(int(page.evaluate(SCROLLER, False)), max_height)
    page.set_viewport_size({"width": width, "height": max(height, before["height"])})
    page.wait_for_timeout(300)  # let the notebook lay out its newly visible cells
    page.evaluate(SCROLLER, True)  # from the top of the lesson
    page.wait_for_timeout(200)
    page.screenshot(path=str(path))
    page.set_viewport_size(before)


# --- the journal's export --------------------------------------------------------------

MARKDOWN_LINK = "Download as text (Markdown, .md)"
PAGE_LINK = "Download as a web page (.html)"


def download_journal(page, words: str) -> dict[str, str]:
    """In lesson 00's privacy tour: save ``words`` as an entry, press "Export…", and click each
    download link as a learner would; return {suggested file name: the downloaded file's text}."""
    tour = page.locator(".pk-journal").first
    tour.locator("textarea").fill(words)
    press(page, tour.get_by_role("button", name="Save to my journal"))
    wait_for_text(tour.locator("[role=status]"), "Saved", "after saving")
    tools = tour.locator(".pk-journal-tools")
    press(page, tools.get_by_role("button", name="Export…"))
    wait_for_text(tools.locator("[role=status]"), "ready to download", "after pressing Export…")
    files = {}
    for name in (MARKDOWN_LINK, PAGE_LINK):
        with page.expect_download(timeout=KEY_TIMEOUT) as caught:
            tools.get_by_role("link", name=name).click()
        download = caught.value
        assert download.failure() is None, download.failure()
        files[download.suggested_filename] = Path(download.path()).read_text(encoding="utf-8")
    return files
