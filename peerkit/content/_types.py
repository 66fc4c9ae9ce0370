"""Every kind of content file, by the ``type`` it gives: read from the models themselves.

Each model of a content file declares ``type: Literal["case"]`` (the word its files
write). The tables here are made from those declarations, so a new model is a new kind
of file without a list to update. What else the course knows about a content item's
type (its play, view, template, name) is in its row of :mod:`peerkit.api._registry`.
"""

from __future__ import annotations

from typing import Literal, get_args, get_origin

from . import (
    _guide_models,  # noqa: F401 - the facilitator documents are content files too
    _practice_models,  # noqa: F401 - lessons 06 and 07's practice types
    _skills_models,  # noqa: F401 - and so are the skills day's (triads, the skills check...)
    _teaching_models,  # noqa: F401 - and the coach's and the journal's teaching text
)
from ._models import Document, Item


def _subclasses(base: type) -> list[type]:
    found = []
    for model in base.__subclasses__():
        found += [model, *_subclasses(model)]
    return found


def type_of(model: type[Document]) -> str | None:
    """The ``type`` a model's files give (its ``type: Literal[...]``); None for a base class."""
    annotation = model.model_fields["type"].annotation
    if get_origin(annotation) is not Literal:
        return None
    (name,) = get_args(annotation)
    return name


ITEM_TYPES: dict[str, type[Item]] = {
    name: model for model in _subclasses(Item) if (name := type_of(model)) is not None
}
"""Content a notebook can show, by the ``type`` written in the file: every model of an
:class:`Item`."""

DOCUMENT_TYPES: dict[str, type[Document]] = {
    name: model for model in _subclasses(Document) if (name := type_of(model)) is not None
}
"""Every kind of content file, by its ``type``."""
