"""The crisis panel and the region picker, as notebook calls: live for the learner, static for
everyone else. Which region a panel shows, and why, is in :mod:`peerkit.widgets._crisis_panel`.

The static HTML of a panel (what handouts and saved notebooks keep) is the same for every
learner: a handout's (or a generated cell's) fixed region, else the course's region
(a call's argument, ``settings.yaml``, ``$PEERKIT_REGION``), else every region's main line.
Nothing here raises, even in a strict context: ``peerkit validate`` and the content tests
report a broken file instead.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from html import escape
from typing import Any

import ipywidgets as W

from ..content import CrisisResources
from ..static import environment, render_crisis
from ..widgets._common import WIDGET_CSS
from ..widgets._crisis_panel import (
    CRISIS_FALLBACK,
    PICKER_STATIC,
    RegionPicker,
    course_region,
    crisis_plain,
    fallback_html,
    live_panel,
    read_crisis_data,
)
from ._blocks import Block, StaticBlock
from ._context import RenderContext


class CrisisPanel(Block):
    """What ``peerkit.crisis_resources()`` returns: live for the learner, static for everyone."""

    def __init__(self, region_id: str | None = None):
        self.region_id = region_id
        self._widget: W.HTML | None = None

    def _static(self, ctx: RenderContext) -> tuple[str, str]:
        try:
            data = read_crisis_data()
            if data.crisis is None:
                return fallback_html(), CRISIS_FALLBACK
            if ctx.fixed:  # shared output: exactly the region it was made for
                region = data.crisis.region(self.region_id) if self.region_id else ctx.fixed_region
            else:
                region, _ = course_region(data.crisis, data.configured, self.region_id)
            return render_crisis(data.crisis, region), crisis_plain(data.crisis, region)
        except Exception:
            return fallback_html(), CRISIS_FALLBACK

    def static_html(self, ctx: RenderContext) -> str:
        return self._static(ctx)[0]

    def plain(self, ctx: RenderContext) -> str:
        return self._static(ctx)[1]

    def before_run(self, ctx: RenderContext) -> str | None:
        return self.static_html(ctx)

    @property
    def widget(self) -> W.HTML:
        """The live panel: it follows the learner's region and changes when they choose."""
        if self._widget is None:
            self._widget = live_panel(self.region_id)
        return self._widget

    def live_widget(self, ctx: RenderContext) -> W.Widget | None:
        with contextlib.suppress(Exception):  # no widget machinery: the static panel still shows
            return self.widget
        return None


def crisis_resources(region: str | None = None) -> CrisisPanel:
    """The crisis panel: the region chosen for this learner, or every region's main line.

    See :mod:`peerkit.widgets._crisis_panel` for who chooses the region. It never raises: if
    the crisis lines cannot be read it still says to call the local emergency number.
    """
    return CrisisPanel(region)


class RegionPickerBlock(Block):
    """What ``peerkit.region_picker()`` returns: the drop-down live, what it is for elsewhere.

    Its view's parts and trigger are reachable here too (``choose``, ``dropdown``, ``intro``,
    ``message``), as on every view.
    """

    def __init__(self) -> None:
        self._view: RegionPicker | None = None

    @property
    def view(self) -> RegionPicker:
        if self._view is None:
            self._view = RegionPicker()
        return self._view

    def choose(self, region_id: str | None) -> str:
        """Choose a region as a learner would ("" or None: not chosen); returns the message."""
        return self.view.choose(region_id)

    @property
    def dropdown(self) -> W.Dropdown:
        return self.view.dropdown

    @property
    def intro(self) -> W.HTML:
        return self.view.intro

    @property
    def message(self) -> W.HTML:
        return self.view.message

    @property
    def widget(self) -> W.Widget:
        return self.view.widget

    def static_html(self, ctx: RenderContext) -> str:
        if not ctx.live:  # a handout: a note on what the live course does here
            return (
                '<aside class="pk-item pk-note pk-private" aria-label="Choose your region">'
                f"<p>{escape(PICKER_STATIC)}</p></aside>"
            )
        return (
            '<section class="pk-item pk-region-picker" aria-label="Choose your region">'
            f"<p>{escape(PICKER_STATIC)}</p></section>"
        )

    def plain(self, ctx: RenderContext) -> str:
        return "Choose your region: the crisis lines every lesson shows"

    def live_widget(self, ctx: RenderContext) -> W.Widget | None:
        return W.VBox([W.HTML(WIDGET_CSS), self.view.widget])


def region_picker() -> RegionPickerBlock:
    """The welcome lesson's region picker (see :class:`peerkit.widgets._crisis_panel.RegionPicker`)."""
    return RegionPickerBlock()


# --- for facilitators: where each crisis entry comes from, and how it was checked -----


def crisis_checks() -> Block:
    """A table of every crisis entry, its source page, and how and when it was checked."""
    data = read_crisis_data()
    if data.crisis is None:
        return StaticBlock(f"<p>{escape(CRISIS_FALLBACK)}</p>", CRISIS_FALLBACK)
    rows = list(check_rows(data.crisis))
    html = environment().get_template("crisis_checks.html.j2").render(rows=rows).strip()
    live = sum(1 for row in rows if row.last_verified)
    return StaticBlock(
        html,
        f"{len(rows)} crisis entries: {live} checked against the live service,"
        f" {len(rows) - live} only against stored copies.",
    )


@dataclass(frozen=True)
class CheckRow:
    region: str
    entry: str
    source_url: str
    last_verified: str | None
    copy_date: str | None
    copy_url: str | None
    copy_note: str | None
    same_site: bool


def _same_site(a: str, b: str) -> bool:
    from urllib.parse import urlparse

    def site(url: str) -> str:
        host = urlparse(url).netloc.lower().removeprefix("www.").removeprefix("www2.")
        return ".".join(host.split(".")[-3:]) if host.endswith((".uk", ".au")) else host

    return site(a) == site(b)


def _row(region: str, entry: str, source: str, checked: Any) -> CheckRow:
    copy = checked.copy_checked
    return CheckRow(
        region=region,
        entry=entry,
        source_url=source,
        last_verified=checked.last_verified.isoformat() if checked.last_verified else None,
        copy_date=copy.date.isoformat() if copy else None,
        copy_url=copy.url if copy else None,
        copy_note=copy.note if copy else None,
        same_site=bool(copy) and _same_site(copy.url, source),
    )


def check_rows(crisis: CrisisResources):
    """One row per entry: each region's emergency number and lines, then the directory."""
    for region in crisis.regions:
        yield _row(
            region.name,
            f"Emergency number {region.emergency_number}",
            region.emergency_source_url,
            region,
        )
        for service in region.services:
            yield _row(region.name, service.name, service.source_url, service)
    yield _row("All regions", crisis.directory.name, crisis.directory.source_url, crisis.directory)
