"""Small pieces shared by the widget views: escaping, the status area, buttons."""

from __future__ import annotations

from html import escape

import ipywidgets as W

WIDGET_CSS = """<style>
.pk-widget { max-width: 48rem; }
.pk-widget .widget-radio-box label, .pk-widget .widget-radio-box {
  white-space: normal; height: auto;
}
.pk-widget .widget-radio-box label {
  display: flex; align-items: flex-start; gap: 0.5rem; margin: 0.2rem 0; line-height: 1.4;
}
.pk-widget .widget-radio-box input {
  order: -1; flex: none; float: none; height: 1.4em; margin: 0 0 0 1px;
}
.pk-widget .widget-html-content { line-height: 1.5; }
.pk-widget .widget-vbox > .widget-button { align-self: flex-start; }
.pk-widget .widget-textarea, .pk-widget .widget-radio {
  max-width: calc(100% - 2 * var(--jp-widgets-margin, 2px));
}
.pk-widget .pk-feedback { border-left: 0.3rem solid #555; padding: 0.1rem 0.75rem; }
.pk-widget .widget-button.pk-busy,
.jp-NotebookPanel:has(.jp-Notebook-ExecutionIndicator[data-status="busy"]) .pk-widget .widget-button:focus {
  animation: pk-busy-cursor 0s 0.5s forwards;
}
.pk-widget .widget-button.pk-busy::after,
.jp-NotebookPanel:has(.jp-Notebook-ExecutionIndicator[data-status="busy"]) .pk-widget .widget-button:focus::after {
  content: "Working…"; display: inline-block; overflow: hidden; vertical-align: bottom;
  max-width: 0; margin-left: 0; animation: pk-busy-label 0s 0.5s forwards;
}
.jp-Cell:has(.pk-before-run):has(+ .jp-CodeCell .jp-OutputArea-output) { display: none; }
@keyframes pk-busy-cursor { to { cursor: progress; opacity: 0.75; } }
@keyframes pk-busy-label { to { max-width: 8em; margin-left: 0.5em; } }
</style>"""
"""Lets long reply texts wrap inside stock radio buttons, with the button beside the first line.

ipywidgets floats each radio input left after its label text, so a reply that wraps showed
its first line alone and the button under it (seen in the browser-test screenshots); a flex
label with the input ordered first keeps them together. A button on its own line (a quiz's
"Check answer") is as wide as its words, like every other button, not the whole column. A
full-width box keeps its right border: ipywidgets adds a margin to width: 100%, which cut it off.
CSS only; no script.

A cell that stood in for an exercise until it ran (``before-run``, peerkit/_generated.py) is
hidden once the exercise shows, so nothing shows twice.

A button whose click takes longer than half a second says "Working…" beside its label, with a
progress cursor: while its handler runs (``pk-busy``, set by :func:`button`) and, in JupyterLab,
while the lesson's kernel is busy with anything else (its execution indicator says so).
"""


def status(html_body: str = "") -> str:
    """Wrap feedback in a live region so screen readers announce it when it changes."""
    inner = f'<div class="pk-feedback">{html_body}</div>' if html_body else ""
    return f'<div role="status" aria-live="polite">{inner}</div>'


def paragraphs(text: str) -> str:
    """Escaped text split into paragraphs on blank lines."""
    parts = [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p)}</p>" for p in parts)


BUSY_CLASS = "pk-busy"


def _busy_while_handling(widget: W.Button) -> None:
    """Make ``widget``'s click handlers mark it busy while they run.

    The class ``pk-busy`` is on the button from the start of a handler to its end. A quick
    handler adds and removes it before anything shows; the CSS above shows "Working…" only
    once it has been there for half a second. The button stays a stock ``Button`` (only this
    instance's ``on_click`` is wrapped), so nothing new reaches the browser but a class name.
    """
    stock_on_click = widget.on_click
    wrappers: dict[object, object] = {}

    def on_click(callback, remove=False):
        if remove:
            stock_on_click(wrappers.pop(callback, callback), remove=True)
            return

        def run(pressed):
            widget.add_class(BUSY_CLASS)
            try:
                return callback(pressed)
            finally:
                widget.remove_class(BUSY_CLASS)

        wrappers[callback] = run
        stock_on_click(run)

    widget.on_click = on_click  # type: ignore[method-assign]


def button(label: str, tooltip: str = "") -> W.Button:
    widget = W.Button(description=label, tooltip=tooltip or label, layout=W.Layout(width="auto"))
    _busy_while_handling(widget)
    return widget


def title_html(kind: str, title: str) -> W.HTML:
    return W.HTML(f"{WIDGET_CSS}<h3>{escape(kind)}: {escape(title)}</h3>")
