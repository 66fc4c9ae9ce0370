"""The live crisis panel and the region picker: which crisis lines a learner sees, and why.

Which region's lines a panel shows, in order of precedence:

1. a region passed to ``peerkit.crisis_resources(region)`` (a facilitator's cell);
2. the facilitator's ``region:`` in ``data/settings.yaml``;
3. the ``PEERKIT_REGION`` environment variable (a hub can set one for everyone);
4. the learner's own choice, made with ``peerkit.region_picker()`` in the welcome
   lesson and kept in their private store (:mod:`peerkit.journal._choices`);
5. nobody chose: the panel lists the main line of every configured region, the
   advice to call the local emergency number and the international directory,
   so that no country is silently the default.

The learner's choice lives only in live views (widgets), which JupyterLab does not
save into the notebook. The panel never depends on anything else working: broken
content files, a broken ``crisis_resources.yaml`` or ``settings.yaml``, an unreadable
learner store each still leave a panel that at least says to call the local emergency
number, and nothing here raises.
"""

from __future__ import annotations

import os
import weakref
from dataclasses import dataclass
from html import escape
from typing import Any, Literal

import ipywidgets as W

from ..content import CrisisResources, Region
from ..journal._choices import save_region, saved_region
from ..static import render_crisis, with_style
from ._common import status

REGION_ENV = "PEERKIT_REGION"

ChosenBy = Literal["call", "facilitator", "environment", "learner", "nobody"]

CRISIS_FALLBACK = (
    "If you or someone else is in immediate danger, call your local emergency number. The list of"
    " crisis lines for this course could not be read: please tell your facilitator."
)

HINT = (
    "To see all the crisis lines for where you are, choose your region in the welcome lesson,"
    " under “If you need support now”."
)

NOT_CHOSEN = "Not chosen: show the main line of every country"


@dataclass(frozen=True)
class CrisisData:
    """The crisis lines and the facilitator's region, read on their own if need be."""

    crisis: CrisisResources | None
    configured: str | None


def read_crisis_data() -> CrisisData:
    """The crisis lines and settings: from the whole library, else from their two files alone.

    Never raises: when even ``crisis_resources.yaml`` cannot be read, ``crisis`` is None.
    """
    from ..content import load_library

    try:
        lib = load_library()
        return CrisisData(lib.crisis, lib.settings.region)
    except Exception:  # a broken file anywhere must not take the crisis lines with it
        pass
    crisis: CrisisResources | None = None
    configured: str | None = None
    try:
        from ..content import Settings, find_data_dir, load_file

        root = find_data_dir()
        loaded, _ = load_file(root / "crisis_resources.yaml")
        if loaded is not None and isinstance(loaded.model, CrisisResources):
            crisis = loaded.model
        settings, _ = load_file(root / "settings.yaml")
        if settings is not None and isinstance(settings.model, Settings):
            configured = settings.model.region
    except Exception:
        pass
    return CrisisData(crisis, configured)


def _find(crisis: CrisisResources, region_id: str | None) -> Region | None:
    if not region_id or region_id.strip().lower() == "none":
        return None
    return crisis.region(region_id)


def course_region(
    crisis: CrisisResources, configured: str | None, region_id: str | None = None
) -> tuple[Region | None, ChosenBy]:
    """The region fixed for everyone (a call's argument, settings.yaml, then $PEERKIT_REGION)."""
    for wanted, who in (
        (region_id, "call"),
        (configured, "facilitator"),
        (os.environ.get(REGION_ENV), "environment"),
    ):
        found = _find(crisis, wanted)
        if found is not None:
            return found, who  # type: ignore[return-value]
    return None, "nobody"


_UNSAVED: dict[str, str | None] = {}
"""A choice this kernel could not save (the store is unusable): it still applies here."""


def chosen_by_learner() -> str | None:
    """The learner's region id: one this kernel could not save, else the one in their store."""
    return _UNSAVED["region"] if "region" in _UNSAVED else saved_region()


def learner_region(
    crisis: CrisisResources, configured: str | None, region_id: str | None = None
) -> tuple[Region | None, ChosenBy]:
    """The region this learner sees: the course's region, else their own choice."""
    found, who = course_region(crisis, configured, region_id)
    if found is not None:
        return found, who
    mine = _find(crisis, chosen_by_learner())
    return (mine, "learner") if mine is not None else (None, "nobody")


def crisis_plain(crisis: CrisisResources, region: Region | None) -> str:
    if region is not None:
        return (
            f"If you need support now: crisis lines for {region.name}"
            f" (in immediate danger call {region.emergency_number})."
        )
    lines = "; ".join(
        f"{r.name}: {r.main_line.name}, {r.main_line.phone or r.main_line.sms}"
        for r in crisis.regions
    )
    return (
        f"If you need support now: {' '.join(crisis.generic.split())} Main crisis lines: {lines}."
    )


def fallback_html() -> str:
    return (
        '<aside class="pk-item pk-crisis" id="pk-crisis-resources" aria-labelledby="pk-crisis-title">'
        '<p class="pk-label" id="pk-crisis-title"><strong>If you need support now</strong></p>'
        f"<p>{escape(CRISIS_FALLBACK)}</p></aside>"
    )


_LIVE: weakref.WeakKeyDictionary[W.HTML, str | None] = weakref.WeakKeyDictionary()
"""Every live crisis panel of this kernel, with the region its cell asked for (if any)."""


def live_crisis_html(region_id: str | None = None) -> str:
    """The panel as this learner should see it now, with its stylesheet (never raises)."""
    try:
        data = read_crisis_data()
        if data.crisis is None:
            return with_style(fallback_html())
        region, _ = learner_region(data.crisis, data.configured, region_id)
        hint = HINT if region is None else None
        return with_style(render_crisis(data.crisis, region, hint=hint))
    except Exception:
        return with_style(fallback_html())


def refresh_live_panels() -> int:
    """Redraw every live crisis panel of this kernel (after the learner changed region)."""
    panels = list(_LIVE.items())
    for widget, region_id in panels:
        widget.value = live_crisis_html(region_id)
    return len(panels)


def live_panel(region_id: str | None = None) -> W.HTML:
    """A live crisis panel widget: it follows the learner's region and changes when they choose."""
    widget = W.HTML(live_crisis_html(region_id))
    widget.add_class("pk-crisis-live")
    _LIVE[widget] = region_id
    return widget


PICKER_STATIC = (
    "When the course runs live (in JupyterLab or as the app), a list here lets each learner"
    " choose their country, and every lesson's crisis panel then shows that country's lines."
    " This printed copy cannot know where you are, so its crisis panel lists the main line of"
    " every country the course covers."
)


class RegionPicker:
    """A labelled drop-down to choose the crisis lines shown in every lesson (keyboard: Tab, arrows).

    The choice is saved in the learner's private store at once, can be changed at
    any time, and "Not chosen" forgets it. When a facilitator (settings.yaml) or
    the hub ($PEERKIT_REGION) has set a region, the list is locked and says so.
    """

    def __init__(self) -> None:
        self.data = read_crisis_data()
        crisis = self.data.crisis
        options: list[tuple[str, str]] = [(NOT_CHOSEN, "")]
        if crisis is not None:
            options += [(r.name, r.id) for r in crisis.regions]
        self.dropdown = W.Dropdown(
            options=options,
            value="",
            description="Show crisis lines for:",
            style={"description_width": "initial"},
            layout=W.Layout(width="auto"),
        )
        self.intro = W.HTML()
        self.message = W.HTML(status())
        fixed, who = (None, "nobody")
        if crisis is not None:
            fixed, who = course_region(crisis, self.data.configured)
            mine = chosen_by_learner()
            if fixed is not None:
                self.dropdown.value = fixed.id
            elif crisis.region(mine or "") is not None:
                self.dropdown.value = mine  # type: ignore[assignment]
        self.fixed_by: ChosenBy = who
        if crisis is None:
            self.dropdown.disabled = True
            self.intro.value = f"<p>{escape(CRISIS_FALLBACK)}</p>"
        elif fixed is not None:
            self.dropdown.disabled = True
            chooser = "Your facilitator" if who == "facilitator" else "Whoever set up this course"
            self.intro.value = (
                f"<p>{chooser} has chosen the crisis lines for <strong>{escape(fixed.name)}</strong>"
                " for everyone on this course, so every lesson shows those. If you are somewhere"
                " else, the international directory in the panel lists helplines in many"
                " countries.</p>"
            )
        else:
            self.intro.value = (
                "<p>Choose where you are, and the crisis panel in every lesson will show the lines"
                " for that country. Your choice is kept in your private journal file, never in the"
                " lesson, and you can change it at any time. “Not chosen” lists the main line of"
                " every country.</p>"
            )
        self.dropdown.observe(self._on_change, "value")
        self.widget = W.VBox([self.intro, self.dropdown, self.message])
        self.widget.add_class("pk-widget")
        self.widget.add_class("pk-region-picker")

    # Programmatic trigger, as a learner would: choose a region id ("" or None: not chosen).
    def choose(self, region_id: str | None) -> str:
        self.dropdown.value = region_id or ""
        return self.message.value

    def _on_change(self, change: dict[str, Any]) -> None:
        if self.dropdown.disabled:
            return
        region_id = change["new"] or None
        try:
            save_region(region_id)
        except Exception as problem:  # StoreProblem, or anything else: the choice still applies
            _UNSAVED["region"] = region_id
            refresh_live_panels()
            self.message.value = status(
                "<p>Your choice could not be saved, so the crisis panels use it only until this"
                f" lesson is closed. {escape(getattr(problem, 'message', ''))}</p>"
            )
            return
        _UNSAVED.pop("region", None)
        refresh_live_panels()
        crisis = self.data.crisis
        found = crisis.region(region_id) if crisis is not None and region_id else None
        if found is not None:
            text = f"Saved. The crisis panel in every lesson now shows the lines for {found.name}."
        else:
            text = (
                "Saved: no region chosen. The crisis panel in every lesson lists the main line"
                " of every country."
            )
        self.message.value = status(f"<p>{escape(text)}</p>")
