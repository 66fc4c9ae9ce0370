"""Small pieces shared by the widget views: escaping, the status area, buttons."""

from __future__ import annotations

from html import escape

import ipywidgets as W

WIDGET_CSS = """<style>
.pk-widget { max-width: 48rem; }
.pk-widget .widget-radio-box label, .pk-widget .widget-radio-box { white-space: normal; height: auto; }
.pk-widget .widget-radio-box label { align-items: flex-start; margin: 0.2rem 0; line-height: 1.4; }
.pk-widget .widget-html-content { line-height: 1.5; }
.pk-widget .pk-feedback { border-left: 0.3rem solid #555; padding: 0.1rem 0.75rem; }
</style>"""
"""Lets long reply texts wrap inside stock radio buttons. CSS only; no script."""


def status(html_body: str = "") -> str:
    """Wrap feedback in a live region so screen readers announce it when it changes."""
    inner = f'<div class="pk-feedback">{html_body}</div>' if html_body else ""
    return f'<div role="status" aria-live="polite">{inner}</div>'


def paragraphs(text: str) -> str:
    """Escaped text split into paragraphs on blank lines."""
    parts = [" ".join(p.split()) for p in text.strip().split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p)}</p>" for p in parts)


def button(label: str, tooltip: str = "") -> W.Button:
    return W.Button(description=label, tooltip=tooltip or label, layout=W.Layout(width="auto"))


def title_html(kind: str, title: str) -> W.HTML:
    return W.HTML(f"{WIDGET_CSS}<h3>{escape(kind)}: {escape(title)}</h3>")
