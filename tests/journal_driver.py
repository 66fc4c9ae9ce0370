"""Pressing the journal tools' buttons as a learner would, and reading what they show.

The tools (:class:`peerkit.widgets.JournalToolsView`) are stock widgets: a test presses a
button with ``.click()`` and reads the widget that answers. These helpers name the steps.
"""

from __future__ import annotations


def shown_list(tools) -> str:
    """The HTML of the list as shown: its heading and every entry."""
    cards = [row.children[0].children[0].value for row in tools.entry_rows.children]
    return tools.listing.value + "".join(cards)


def list_entries(tools) -> str:
    """Press "List my entries"; the list as shown."""
    tools.list_button.click()
    return shown_list(tools)


def show_text(tools) -> str:
    """Press "Show full text"; the list as shown."""
    tools.text_button.click()
    return shown_list(tools)


def hide_list(tools) -> None:
    tools.hide_button.click()


def ask_delete(tools) -> str:
    """Press "Delete all…"; the question asked."""
    tools.delete_button.click()
    return tools.question.value


def confirm_delete(tools):
    """Answer yes to "Delete all…"; the message shown."""
    tools.yes_button.click()
    return tools.last


def cancel_delete(tools) -> None:
    tools.no_button.click()


def ask_delete_entry(tools, entry_id: int) -> str:
    """Press the "Delete entry N…" button of a listed entry; the question asked."""
    if entry_id not in tools.entry_buttons:
        raise LookupError(f"entry {entry_id} has no button: list the entries first")
    tools.entry_buttons[entry_id].click()
    return tools.entry_question.value


def confirm_delete_entry(tools):
    """Answer yes to "Delete entry N…"; the message shown."""
    tools.entry_yes.click()
    return tools.last


def cancel_delete_entry(tools) -> None:
    tools.entry_no.click()
