"""Every kind of mistake a facilitator can make gets one exact, plain-English message.

Each file in tests/content/invalid is named for the mistake it shows. The table
below is the specification: the line and the message ``peerkit validate`` must
print for it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from peerkit.content import validate

INVALID = Path(__file__).parent / "content" / "invalid"

EXPECTED: dict[str, tuple[int, str]] = {
    "yaml-syntax-error.yaml": (
        9,
        "a quote opened on this line is never closed - add the closing quote mark at the end of the text",
    ),
    "tab-indentation.yaml": (
        6,
        "this line is indented with a tab - indent with spaces only (two per level)",
    ),
    "not-utf8.yaml": (
        4,
        "this file is not UTF-8 text (byte 0xe9 cannot be read) - save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
    ),
    "empty-file.yaml": (
        1,
        "this file is empty - write its content, starting with 'schema_version: 1', or delete the file",
    ),
    "only-comments.yaml": (
        1,
        "this file is empty - write its content, starting with 'schema_version: 1', or delete the file",
    ),
    "top-level-list.yaml": (
        1,
        "the file should start with 'key: value' lines, not a list or a single value - begin with 'schema_version: 1' and 'type: ...' lines",
    ),
    "key-written-twice.yaml": (
        6,
        "'title' is written twice in the same block (first on line 4) - keep one of them and delete the other",
    ),
    "missing-schema-version.yaml": (
        1,
        "'schema_version' is missing - add 'schema_version: 1' as the first line",
    ),
    "schema-version-too-new.yaml": (
        1,
        "schema version 7 is newer than this peerkit reads (1) - update peerkit (make lab reinstalls it), or write the file for version 1",
    ),
    "missing-type.yaml": (
        1,
        "'type' is missing - add a 'type:' line; for lesson content use one of: case, sort, quiz, note, rewrite, disclosure, journal, figure, safety-plan, say-aloud, agreement-builder",
    ),
    "unknown-type.yaml": (2, "unknown type 'cas' - did you mean 'case'?"),
    "unknown-key-feedbak.yaml": (
        14,
        "choice 'a' in node 'start': unknown key 'feedbak' - did you mean 'feedback'?",
    ),
    "missing-feedback.yaml": (
        11,
        "choice 'a' in node 'start': 'feedback' is missing - add a 'feedback:' line here",
    ),
    "minutes-not-a-number.yaml": (
        8,
        "lesson '01-trust': 'minutes' should be a whole number, not 'ten' - write digits only, e.g. 15",
    ),
    "verdict-not-allowed.yaml": (
        19,
        "choice 'b' in node 'start': 'verdict' cannot be 'good' - use one of: breaks, follows, partial",
    ),
    "title-read-as-yes-no.yaml": (
        4,
        "'title' should be text, not true - put the text in double quotes (YAML reads words like yes, no and on, and dates and numbers, as something other than text)",
    ),
    "id-with-spaces.yaml": (
        3,
        "'First Meeting' is not a valid id - use lowercase letters, digits and single hyphens, e.g. 'first-meeting'",
    ),
    "node-with-one-choice.yaml": (
        10,
        "node 'start': 'choices' needs at least 2 choices - add another under 'choices:'",
    ),
    "duplicate-node-ids.yaml": (
        18,
        "id 'start-again' is used twice among the nodes and endings (first on line 13) - give each one its own id",
    ),
    "duplicate-choice-ids.yaml": (
        12,
        "choice id 'a' is used twice in node 'start' (first on line 11) - give each one its own id",
    ),
    "choice-leads-to-unknown-node.yaml": (
        11,
        "choice 'a' in node 'start' leads to 'debreif', which does not exist (known: debrief, end, start) - did you mean 'debrief'?",
    ),
    "start-names-unknown-node.yaml": (
        7,
        "'start' names 'strat', which is not a node - did you mean 'start'?",
    ),
    "unreachable-node.yaml": (
        13,
        "node 'forgotten' cannot be reached: no choice leads to it - point a choice to it with 'next: forgotten', or remove the node",
    ),
    "case-without-endings.yaml": (
        7,
        "this case has no endings - add an 'endings:' list with at least one ending, and point a choice to it with 'next:'",
    ),
    "loop-that-cannot-end.yaml": (
        13,
        "from node 'round-and-round' no path reaches an ending: its choices only loop back - point at least one choice on this loop to an ending",
    ),
    "sort-card-unknown-bin.yaml": (
        11,
        "card 'cancel' names bin 'break', which does not exist (known: breaks, builds) - did you mean 'breaks'?",
    ),
    "sort-with-one-bin.yaml": (6, "'bins' needs at least 2 bins - add another under 'bins:'"),
    "quiz-no-correct-option.yaml": (
        6,
        "question 'opening' has no correct option - mark at least one option with 'correct: true'",
    ),
    "quiz-single-choice-two-correct.yaml": (
        6,
        "question 'opening' is single choice but 2 options are marked correct - add 'multiple: true' to the question, or keep one option correct",
    ),
    "unknown-source-item.yaml": (
        6,
        "unknown source item 'S003-99' - use an id listed in data/source_items.yaml",
    ),
    "unknown-reference.yaml": (
        6,
        "unknown reference 'SRC-00' - use an id listed in data/references.yaml",
    ),
    "case-names-a-brief-that-does-not-exist.yaml": (
        5,
        "unknown case brief 'CS-99' - use a brief listed in data/case_briefs.yaml; a case of your own leaves 'brief:' out",
    ),
    "service-with-no-contact.yaml": (
        17,
        "service 'A helpline with no way to reach it' in region 'xx': there is no way to reach this service - add a 'phone:', 'sms:' or 'chat_url:' line",
    ),
    "date-not-a-date.yaml": (
        9,
        "'last_verified' should be a date, not 'last Tuesday' - write it as YYYY-MM-DD, e.g. 2026-11-01",
    ),
    "settings-unknown-region.yaml": (
        3,
        "region 'england' has no crisis resources - use one of: au, ca, ie, uk, us, or add the region to data/crisis_resources.yaml",
    ),
    "session-plan-part-without-minutes.yaml": (
        8,
        "part 'sort': 'minutes' is missing - add a 'minutes:' line here",
    ),
    "session-plan-part-ids-twice.yaml": (7, "part id 'cases' is listed twice - keep one of them"),
    "adaptation-cites-a-reference-it-does-not-list.yaml": (
        10,
        "setting 'virtual' cites SRC-94 but does not list it under 'references:' - add SRC-94 to the setting's 'references:'",
    ),
    "adaptation-names-a-case-that-does-not-exist.yaml": (
        11,
        "setting 'virtual' names 'cs02-drank-agian', which is not a case - did you mean 'cs02-drank-again'?",
    ),
    "agenda-crisis-role-play-without-a-break-after-it.yaml": (
        20,
        "part 'role-play-ask' of lesson 06-crisis-and-suicide-response needs a break straight after it - add a pause to the block: {after: role-play-ask, kind: break, minutes: 10}",
    ),
    "agenda-crisis-role-play-without-support.yaml": (
        20,
        "the role-play 'triad-06-ask-and-what-next' runs on day 1 without a second facilitator or on-call person - set 'support: second-facilitator-or-on-call' (or '-on-day-1'), or leave the triad out",
    ),
    "agenda-day-ends-on-lesson-06.yaml": (
        17,
        "day 1 ends on lesson 06-crisis-and-suicide-response, one of the heaviest - follow it with a lighter lesson before the closing, or move it earlier",
    ),
    "agenda-id-differs-from-its-file-name.yaml": (
        3,
        "this course's id is 'a-short-morning' but its file is named 'agenda-id-differs-from-its-file-name'"
        " - give them the same name (peerkit agenda --course finds a course by its id):"
        " write 'id: agenda-id-differs-from-its-file-name', or rename the file to a-short-morning.yaml",
    ),
    "agenda-lesson-block-with-minutes.yaml": (
        19,
        "a 'lesson' block cannot have 'minutes' - a lesson's minutes come from its session plan: remove 'minutes:' and choose parts with 'skip:' and 'triads:'",
    ),
    "agenda-skips-a-part-that-is-not-optional.yaml": (
        19,
        "part 'key-points' is not optional, so it cannot be left out - run it, or mark it 'optional: true' in the session plan with 'if_skipped:'",
    ),
    "guide-section-about-suicide-without-content-note.yaml": (
        9,
        "section 'asking-practice' talks about suicide or self-harm but has no content note - add 'content_note:' saying in a sentence what the section covers",
    ),
    "guide-section-with-a-phone-number.yaml": (
        7,
        "'0800 123 4567' looks like a phone number - crisis lines come only from data/crisis_resources.yaml: point to the crisis panel instead",
    ),
    "jurisdiction-names-the-fictional-example.yaml": (
        7,
        "these rules still name Lowmoor, a made-up place of the fictional example - write your own rules with your supervisor or agency (the facilitator guide's 'Filling in your local rules' shows how, beside the fictional example)",
    ),
    "session-plan-break-after-a-light-part.yaml": (
        112,
        "part 'key-points' asks for a break after it, but it is neither a role-play nor heavy - keep 'break_after: true' for role-plays and heavy parts; put other breaks in the agenda",
    ),
    "session-plan-budget-does-not-add-up.yaml": (
        40,
        "part 'builds-and-breaks' has 19 minutes but its budget adds up to 18 - make them agree: change the part's 'minutes:' or its budget lines",
    ),
    "session-plan-optional-part-without-if-skipped.yaml": (
        80,
        "optional part 'role-play' does not say what to do when it is left out - add 'if_skipped:' with what to do instead (or point learners to it for self-study)",
    ),
    "session-plan-reading-line-without-covers.yaml": (
        33,
        "part 'why-trust': a 'reading' line says what it reads nowhere - add 'covers:' with the notebook headings read, e.g. covers: [\"Key points\"]",
    ),
    "session-plan-reads-a-section-the-lesson-lacks.yaml": (
        42,
        "part 'builds-and-breaks' reads section 'What build trust', which lesson 01-building-trust does not have - did you mean 'What builds trust'?",
    ),
    "session-plan-runs-an-exercise-the-lesson-does-not-show.yaml": (
        64,
        "part 'first-contact' runs 'mutuality-sort', which lesson 01-building-trust's notebook does not show - add a cell peerkit.show(\"mutuality-sort\") to the lesson, or run an exercise it shows",
    ),
    "session-plan-written-for-schema-version-1.yaml": (
        1,
        "this session plan is written for schema version 1, which this peerkit no longer reads - write 'schema_version: 2' and budget every minute: add 'minutes' and 'weight' at the top, give 'warm_up' and 'check_out' their 'minutes' and 'how', and give each part a 'budget' (CONTRIBUTING.md, 'Session plans', shows one)",
    ),
    "coverage-unknown-exclusion-kind.yaml": (
        7,
        "exclusion 1 of 'excluded': 'kind' cannot be 'artifact' - did you mean 'artefact'?",
    ),
    "rewrite-without-model-answers.yaml": (
        11,
        "'model_answers' needs at least 1 model answer - add one under 'model_answers:'",
    ),
    "rewrite-rubric-ids-twice.yaml": (
        13,
        "rubric point id 'validates' is used twice (first on line 9) - give each one its own id",
    ),
    "disclosure-unknown-check.yaml": (
        8,
        "'brif' is not a point of the self-disclosure checklist - did you mean 'brief'?",
    ),
    "disclosure-check-listed-twice.yaml": (
        9,
        "check 'brief' is listed twice (first on line 7) - list each check once",
    ),
    "rewrite-coach-avoids-asking-about-suicide.yaml": (
        15,
        "a direct question about suicide can never be something to avoid - move it under 'does:' or"
        " remove it: lesson 05 teaches asking directly",
    ),
    "rewrite-coach-unknown-behaviour.yaml": (
        13,
        "'reflect-befor-asking' is not a behaviour the response coach knows - did you mean"
        " 'reflect-before-asking'?",
    ),
    "rewrite-coach-point-not-in-rubric.yaml": (
        17,
        "'no-advise' is not a rubric point of this exercise (known: heard-first, no-advice) - did you"
        " mean 'no-advice'?",
    ),
    "disclosure-brief-without-sharing-limits.yaml": (
        7,
        "the 'brief' check needs limits for how much to share - add 'sharing: {sentences: 2, words:"
        " 30}' under 'coach:', taken from the lesson (lesson 02: a sentence or two is usually enough)",
    ),
    "crisis-case-ending-not-connected.yaml": (
        17,
        "ending 'alone' of this crisis case does not connect the person to support - in a crisis case every path ends with the person connected to support: say how in the ending's text and add 'connected_to_support: true'",
    ),
    "crisis-case-without-content-note.yaml": (
        5,
        "a crisis case needs a content note - add a 'content_note:' line naming the topics, so learners can choose to skip it",
    ),
    "crisis-case-ends-on-a-promise-of-secrecy.yaml": (
        15,
        "choice 'promise' in node 'start' ends this crisis case on a promise of secrecy (\"promise I won't tell anyone\") - lead it to a step where the peer supporter can take the promise back and connect the person to support, never straight to an ending",
    ),
    "crisis-case-links-before-listening.yaml": (
        31,
        "choice 'call-now' in node 'answer' links the person to support before anyone has listened: the path start > answer reaches it with no 'listens' reply marked 'follows' on the way - put a step first where a 'follows' reply hears the person out, tagged 'moves: [listens]' (if the danger is immediate, tag the emergency call 'emergency' instead of 'links')",
    ),
    "crisis-case-ending-promises-secrecy.yaml": (
        21,
        "ending 'secret' of this crisis case closes on a promise of secrecy (\"stays between us\") - rewrite the ending so that nothing is kept secret and the person is connected to support",
    ),
    "figure-svg-not-well-formed.yaml": (
        6,
        "the SVG cannot be read (mismatched tag, line 5 of the SVG) - check that every tag is closed and every attribute value is in quotes",
    ),
    "figure-svg-not-svg.yaml": (
        6,
        "the SVG starts with <g>, not <svg> - put the whole drawing inside one <svg> element",
    ),
    "figure-svg-with-doctype.yaml": (
        6,
        "the SVG has a <!DOCTYPE> or <!ENTITY> declaration - remove it: an inline SVG needs neither",
    ),
    "figure-svg-without-title.yaml": (
        6,
        "the SVG has no <title> - add <title>a short text alternative</title> as the first element inside <svg>: screen readers read it as the figure's name",
    ),
    "figure-svg-without-desc.yaml": (
        6,
        "the SVG has no <desc> - add <desc>one or two sentences on what the figure shows</desc> after the <title>: screen readers read it as the figure's description",
    ),
    "figure-svg-with-script.yaml": (
        6,
        "the SVG contains a <script> element - remove it: a figure is a picture only, with no script and no embedded page",
    ),
    "figure-svg-with-event-attribute.yaml": (
        6,
        "the SVG contains an event attribute 'onclick' on <rect> - remove it: a figure is a picture only, with no script and no embedded page",
    ),
    "figure-svg-loads-outside-file.yaml": (
        6,
        "the SVG refers to something outside itself ('boxes.png') - draw it inside the SVG or remove it: figures are shown inline and must not load files or web addresses",
    ),
    "note-promises-unconditional-confidentiality.yaml": (
        5,
        "learner text promises unconditional confidentiality (“stays here”) - say what stays private"
        " and name its limits (supervision, records, safety, the law), e.g. “I keep notes and talk"
        " with my supervisor; if someone might be seriously hurt, I'd have to bring others in, and"
        " I'd tell you first if I safely could”",
    ),
    "crisis-source-is-a-blog.yaml": (
        19,
        "the source of 'A helpline' in region 'xx' is a blog or fundraising page"
        " (example.org/blog/what-happens-when-you-call) - use the service's own page about it, or a"
        " regulator's or health service's page about it",
    ),
    "crisis-entry-never-checked.yaml": (
        17,
        "service 'A helpline' in region 'xx': there is no record of when this entry was checked - add"
        " 'last_verified:' with the day you checked the service's own page, e.g."
        " 'last_verified: 2026-11-01'",
    ),
    "jurisdiction-filled-without-review-date.yaml": (
        7,
        "these local rules are filled in but have no 'last_reviewed' date - write the day you last checked them with your supervisor or agency, e.g. 'last_reviewed: 2026-11-01'",
    ),
    # Issue 14: every kind of malformed content gets a plain message on the right line.
    "a-line-of-plain-words.yaml": (
        4,
        "this line is not a 'key: value' line, and it does not continue the text above it - add the missing 'key:' and colon, or indent the line to continue the text above",
    ),
    "alias-bomb.yaml": (
        8,
        "'&a0' marks a value for reuse (a YAML anchor, for aliases and '<<' merge keys), which content files do not use - write each value out in full; if the text starts with '&', put it all in double quotes",
    ),
    "alias-that-refers-to-itself.yaml": (
        8,
        "'&loop' marks a value for reuse (a YAML anchor, for aliases and '<<' merge keys), which content files do not use - write each value out in full; if the text starts with '&', put it all in double quotes",
    ),
    "alias.yaml": (
        5,
        "'*scope' refers to another value (a YAML alias), which content files do not use - write the value out in full; if the text starts with '*', put it all in double quotes",
    ),
    "anchor.yaml": (
        4,
        "'&name' marks a value for reuse (a YAML anchor, for aliases and '<<' merge keys), which content files do not use - write each value out in full; if the text starts with '&', put it all in double quotes",
    ),
    "at-sign-at-the-start.yaml": (
        4,
        "a value here starts with '@', which YAML does not allow at the start of plain text - put the whole value in double quotes",
    ),
    "backtick-at-the-start.yaml": (
        4,
        "a value here starts with '`', which YAML does not allow at the start of plain text - put the whole value in double quotes",
    ),
    "byte-order-mark-inside-a-key.yaml": (
        3,
        "this line holds an invisible byte order mark (U+FEFF), often left when two files or texts are pasted together - delete it: most editors do not show it, so delete the characters around it and type them again (it is right before 'id: scope-reminder')",
    ),
    "byte-order-mark-inside-a-value.yaml": (
        4,
        "this line holds an invisible byte order mark (U+FEFF), often left when two files or texts are pasted together - delete it: most editors do not show it, so delete the characters around it and type them again (it is right after 'title: What peer')",
    ),
    "closing-bracket-at-the-start.yaml": (
        4,
        "a value here starts with ']', which YAML reads as a bracket or a sign - put the whole value in double quotes",
    ),
    "colon-inside-brackets.yaml": (
        4,
        "'title' should be text, not a list - put the text in double quotes (YAML reads text in [ ] as a list, and in { } as a block of keys)",
    ),
    "control-backspace.yaml": (
        4,
        "this line holds a backspace character (U+0008), usually pasted by accident from another program - delete it: most editors do not show it, so delete the characters around it and type them again (it is right after 'title: What peer')",
    ),
    "control-c1-curly-quote.yaml": (
        4,
        "this line holds a control character (U+0093), often left when text in the Windows-1252 encoding was converted wrongly (it probably stood for a curly quote or a dash) (1 more on this line) - type the character it stood for again (it is right after 'title:')",
    ),
    "control-delete.yaml": (
        4,
        "this line holds a delete character (U+007F), usually pasted by accident from another program - delete it: most editors do not show it, so delete the characters around it and type them again (it is right after 'e: What peer support')",
    ),
    "control-escape-from-a-terminal.yaml": (
        4,
        "this line holds an escape character (U+001B), often pasted from the coloured output of a terminal - delete it: most editors do not show it, so delete the characters around it and type them again (it is right after 'title:')",
    ),
    "control-form-feed.yaml": (
        4,
        "this line holds a form feed (U+000C), a page break, often pasted from a word processor or a PDF - delete it, or replace it with an ordinary line break (press Enter) (it is right after ' peer support is not')",
    ),
    "control-line-separator.yaml": (
        4,
        "this line holds a line separator (U+2028), often pasted from a web page or a PDF - delete it, or replace it with an ordinary line break (press Enter) (it is right after 'e: What peer support')",
    ),
    "control-next-line.yaml": (
        4,
        "this line holds a next-line character (U+0085), often left when text from an old Windows or Mac file is converted - delete it, or replace it with an ordinary line break (press Enter) (it is right after 'e: What peer support')",
    ),
    "control-non-character.yaml": (
        4,
        "this line holds a non-character (U+FFFF), a sign that the text was damaged when it was copied - delete it: most editors do not show it, so delete the characters around it and type them again (it is right after ' peer support is not')",
    ),
    "control-nul.yaml": (
        4,
        "this line holds a null character (U+0000), a sign that the file was saved as UTF-16 or is damaged - save the file again as UTF-8 text, or delete the character (it is right after 'e: What peer support')",
    ),
    "control-paragraph-separator.yaml": (
        4,
        "this line holds a paragraph separator (U+2029), often pasted from a web page or a PDF - delete it, or replace it with an ordinary line break (press Enter) (it is right after 'e: What peer support')",
    ),
    "control-vertical-tab.yaml": (
        4,
        "this line holds a vertical tab (U+000B), often pasted from a word processor, where it marks a line break - delete it, or replace it with an ordinary line break (press Enter) (it is right after 'e: What peer support')",
    ),
    "curly-bracket-never-closed.yaml": (
        4,
        "a '{' opened on this line is never closed - add the closing '}', or put the whole value in double quotes if the '{' is part of the text",
    ),
    "date-april-31.yaml": (
        9,
        "2026-04-31 is not a date: April 2026 has 30 days - check the day and the month; write dates as YYYY-MM-DD, e.g. 2026-11-01",
    ),
    "date-february-30.yaml": (
        9,
        "2026-02-30 is not a date: February 2026 has 28 days - check the day and the month; write dates as YYYY-MM-DD, e.g. 2026-11-01",
    ),
    "date-month-13.yaml": (
        9,
        "2026-13-01 is not a date: there is no month 13 - check the day and the month; write dates as YYYY-MM-DD, e.g. 2026-11-01",
    ),
    "date-time-past-midnight.yaml": (
        9,
        "2026-11-01 24:30:00 is not a time of day (24:30:00) - write the time as HH:MM:SS, from 00:00:00 to 23:59:59",
    ),
    "date-year-zero.yaml": (
        9,
        "0000-01-01 is not a date: there is no year 0 - check the day and the month; write dates as YYYY-MM-DD, e.g. 2026-11-01",
    ),
    "document-end-marker-then-more.yaml": (
        8,
        "a '...' line ends the document here, and more follows it - delete the '...' line",
    ),
    "figure-svg-with-animation.yaml": (
        6,
        "the SVG contains <set>, which is not a drawing element - remove it: a figure is a picture only, with no script and no embedded page; draw with shapes, paths and text (CONTRIBUTING.md lists the elements a figure may use)",
    ),
    "figure-svg-with-css-escape-in-style.yaml": (
        6,
        "the SVG has a 'style' on <rect> that is not plain 'property: value' CSS - write the properties as attributes instead, e.g. fill=\"#123456\"",
    ),
    "figure-svg-with-editor-attribute.yaml": (
        6,
        "the SVG has an attribute 'inkscape:label' on <rect> that figures do not use - remove it (CONTRIBUTING.md lists the attributes a figure may use); if a drawing program wrote it, save the drawing again as plain SVG (Inkscape: Save As, Plain SVG)",
    ),
    "figure-svg-with-embedded-data-url.yaml": (
        6,
        "the SVG refers to something outside itself ('data:text/html,hello') - draw it inside the SVG or remove it: figures are shown inline and must not load files or web addresses",
    ),
    "figure-svg-with-form.yaml": (
        6,
        "the SVG refers to something outside itself ('https://example.com/post') - draw it inside the SVG or remove it: figures are shown inline and must not load files or web addresses",
    ),
    "figure-svg-with-link-to-javascript.yaml": (
        6,
        "the SVG refers to something outside itself ('javascript:alert(1)') - draw it inside the SVG or remove it: figures are shown inline and must not load files or web addresses",
    ),
    "figure-svg-with-meta-refresh.yaml": (
        6,
        "the SVG contains <meta>, which is not a drawing element - remove it: a figure is a picture only, with no script and no embedded page; draw with shapes, paths and text (CONTRIBUTING.md lists the elements a figure may use)",
    ),
    "figure-svg-with-processing-instruction.yaml": (
        6,
        "the SVG holds an instruction for its reader ('<?xml-stylesheet') - remove it: a figure is a picture only, and it may not ask for style sheets or anything else",
    ),
    "figure-svg-with-remote-fill.yaml": (
        6,
        "the SVG refers to something outside itself ('https://example.com/paint.svg#p') - draw it inside the SVG or remove it: figures are shown inline and must not load files or web addresses",
    ),
    "figure-svg-with-style-element.yaml": (
        6,
        "the SVG contains <style>, which is not a drawing element - remove it: a figure is a picture only, with no script and no embedded page; draw with shapes, paths and text (CONTRIBUTING.md lists the elements a figure may use)",
    ),
    "key-after-list-entries.yaml": (
        3,
        "a 'key: value' line comes here after list entries - indent the list entries under their key, or move this key above the list",
    ),
    "key-of-1100-characters-on-the-first-line.yaml": (
        1,
        "this key is 1,100 characters long; YAML reads keys of at most 1,024 characters - keys are single words such as 'title:'; if this is text, put it after a key, in double quotes",
    ),
    "key-of-1100-characters.yaml": (
        8,
        "this key is 1,100 characters long; YAML reads keys of at most 1,024 characters - keys are single words such as 'title:'; if this is text, put it after a key, in double quotes",
    ),
    "key-that-is-a-list.yaml": (
        8,
        "a key here is not a plain word - write keys as single words followed by a colon, e.g. 'title:'",
    ),
    "line-less-indented-than-its-block.yaml": (
        7,
        "this line is indented differently from the lines around it - line it up with the other keys of its block (or indent a text block's lines all alike)",
    ),
    "list-entry-after-keys.yaml": (
        8,
        "a list entry ('- ') comes here after 'key: value' lines - indent it under the key it belongs to, e.g. 'choices:' then '  - ...'",
    ),
    "merge-key.yaml": (
        8,
        "'<<' (a YAML merge key) is not supported in content - write the keys out in full",
    ),
    "minutes-with-a-leading-zero-read-as-decimal.yaml": (
        8,
        "lesson '01-trust': 'minutes' must be at most 600 - use a smaller number",
    ),
    "nesting-40-blocks-deep.yaml": (
        40,
        "the blocks and lists are nested more than 32 levels deep here - content never needs this many levels: check the indentation, and the brackets [ ] and { }",
    ),
    "nesting-5000-lists-deep.yaml": (
        4,
        "the blocks and lists are nested more than 32 levels deep here - content never needs this many levels: check the indentation, and the brackets [ ] and { }",
    ),
    "no-space-after-a-colon.yaml": (
        4,
        "there is no space after the colon in 'title:What peer support is not' - put a space after the colon: 'key: value'",
    ),
    "non-breaking-space-before-a-key.yaml": (
        4,
        "the key 'title' holds a non-breaking space (U+00A0), often pasted from a web page or a word processor - delete the key and type it again: 'title:'",
    ),
    "number-of-16-digits.yaml": (
        4,
        "this number has 16 digits; peerkit reads numbers of at most 15 digits - if it is text (a code, or a phone number), put it in double quotes",
    ),
    "number-of-5000-digits.yaml": (
        4,
        "this number has 5,000 digits; peerkit reads numbers of at most 15 digits - if it is text (a code, or a phone number), put it in double quotes",
    ),
    "number-too-large-for-a-float.yaml": (
        4,
        "'title' should be text, not '1e999999' - put the text in double quotes (YAML reads words like yes, no and on, and dates and numbers, as something other than text)",
    ),
    "only-a-tilde.yaml": (
        1,
        "this file holds no content, only '~' - write its content, starting with 'schema_version: 1', or delete the file",
    ),
    "only-null.yaml": (
        1,
        "this file holds no content, only 'null' - write its content, starting with 'schema_version: 1', or delete the file",
    ),
    "only-three-dashes.yaml": (
        1,
        "this file holds no content, only '---' - write its content, starting with 'schema_version: 1', or delete the file",
    ),
    "percent-directive.yaml": (
        1,
        "the file starts with a '%' line, which YAML reads as an instruction to itself - delete the '%' line",
    ),
    "phone-with-a-leading-zero.yaml": (
        18,
        "service 'Helpline' in region 'xx': 'phone' should be text, not '0117' - put the text in double quotes (YAML reads words like yes, no and on, and dates and numbers, as something other than text)",
    ),
    "saved-as-utf16.yaml": (
        1,
        "this file is saved as UTF-16 text, not UTF-8 - save it again as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
    ),
    "schema-version-of-4301-digits.yaml": (
        1,
        "this number has 4,301 digits; peerkit reads numbers of at most 15 digits - if it is text (a code, or a phone number), put it in double quotes",
    ),
    "second-colon-in-a-value.yaml": (
        4,
        "this line has a second ': ' after its key, so YAML cannot tell where the value ends - put the whole value in double quotes",
    ),
    "square-bracket-never-closed.yaml": (
        4,
        "a '[' opened on this line is never closed - add the closing ']', or put the whole value in double quotes if the '[' is part of the text",
    ),
    "tag-binary.yaml": (
        4,
        "'!!binary' is a YAML tag, which content files do not use - remove '!!binary'; to make a value text, put it in double quotes",
    ),
    "tag-bool-on-a-word.yaml": (
        4,
        "'!!bool' is a YAML tag, which content files do not use - remove '!!bool'; to make a value text, put it in double quotes",
    ),
    "tag-float-on-a-word.yaml": (
        4,
        "'!!float' is a YAML tag, which content files do not use - remove '!!float'; to make a value text, put it in double quotes",
    ),
    "tag-int-on-a-word.yaml": (
        4,
        "'!!int' is a YAML tag, which content files do not use - remove '!!int'; to make a value text, put it in double quotes",
    ),
    "tag-of-its-own-on-a-list.yaml": (
        4,
        "'!mine' is a YAML tag, which content files do not use - remove '!mine'; to make a value text, put it in double quotes",
    ),
    "tag-on-the-whole-file.yaml": (
        1,
        "'!!map' is a YAML tag, which content files do not use - remove '!!map'; to make a value text, put it in double quotes",
    ),
    "tag-python-name.yaml": (
        4,
        "'!!python/name:os.system' is a YAML tag, which content files do not use - remove '!!python/name:os.system'; to make a value text, put it in double quotes",
    ),
    "tag-python-object-on-a-block.yaml": (
        4,
        "'!!python/object:os.system' is a YAML tag, which content files do not use - remove '!!python/object:os.system'; to make a value text, put it in double quotes",
    ),
    "tag-set-on-a-block.yaml": (
        4,
        "'!!set' is a YAML tag, which content files do not use - remove '!!set'; to make a value text, put it in double quotes",
    ),
    "tag-timestamp-on-a-word.yaml": (
        4,
        "'!!timestamp' is a YAML tag, which content files do not use - remove '!!timestamp'; to make a value text, put it in double quotes",
    ),
    "text-after-a-block-marker.yaml": (
        5,
        "'|' and '>' must end their line, with the text on the lines below it, indented - move the text after the '|' or '>' to the next line, indented by two more spaces",
    ),
    "text-after-a-closing-quote.yaml": (
        4,
        "there is text after the closing quote - put the whole value inside the quotes",
    ),
    "text-starting-with-a-star.yaml": (
        4,
        "a value here starts with '*', which YAML reads as an alias - put the whole value in double quotes",
    ),
    "text-starting-with-an-ampersand.yaml": (
        4,
        "a value here starts with '&', which YAML reads as an anchor - put the whole value in double quotes",
    ),
    "text-starting-with-an-exclamation-mark.yaml": (
        4,
        "'!important' is a YAML tag, which content files do not use - remove '!important'; to make a value text, put it in double quotes",
    ),
    "two-commas-in-a-row.yaml": (
        8,
        "there are two commas in a row, or a comma with nothing before it - remove the extra comma",
    ),
    "two-documents.yaml": (
        8,
        "a second document starts here (a '---' line after content) - keep one document per file: remove the '---' line, or move what follows it to a new file",
    ),
    "unknown-escape-in-double-quotes.yaml": (
        4,
        "a backslash in double-quoted text starts a special character, and '\\q' is not one - write two backslashes (\\\\) for one, or use single quotes instead of double quotes",
    ),
    "zero-width-space-inside-a-key.yaml": (
        4,
        "the key 'title' holds an invisible zero width space (U+200B), often pasted from a web page or a word processor - delete the key and type it again: 'title:'",
    ),
    # The skills day (issue 18): triads, practice rules, the skills check, the evaluation, printables.
    "crisis-rules-allow-your-own-story.yaml": (
        19,
        "the crisis rules may let a speaker bring only the lines on their card, and this line allows something of their own - say that the speaker brings only the person and the lines on their card",
    ),
    "crisis-triad-with-standard-rules.yaml": (
        11,
        "a crisis triad must use the crisis practice rules, not 'standard' - write 'rules: crisis'",
    ),
    "crisis-triad-without-content-note.yaml": (
        8,
        "a crisis triad needs a 'content_note' (it is printed before the cards) - add 'content_note:' saying what the practice is about, that the person is fictional and that taking part is a choice",
    ),
    "crisis-triad-without-script.yaml": (
        14,
        "a crisis triad's speaker says only scripted lines, and this card has no 'script' - add a 'script:' list of 'when:' and 'say:' lines to the speaker's card",
    ),
    "crisis-triad-without-second-facilitator.yaml": (
        54,
        "a crisis triad needs 'second-facilitator-or-on-call' under the facilitator's 'needs' - add 'needs: [second-facilitator-or-on-call, quiet-room, crisis-panel]' under 'facilitator:'",
    ),
    "evaluation-asks-for-a-name.yaml": (
        14,
        "question 'expected' asks for 'name', which could point to a person - ask nothing that identifies anyone: the form collects no personal data",
    ),
    "evaluation-open-question-without-lines.yaml": (
        16,
        "question 'helped' is an 'open' question and has no 'lines' - add a 'lines:' line to it",
    ),
    "evaluation-positive-option-not-on-scale.yaml": (
        10,
        "scale 'agree' counts 'Mosty' as positive, but it is not one of its options - did you mean 'Mostly'?",
    ),
    "evaluation-with-too-many-questions.yaml": (
        10,
        "the form asks 13 questions, and only 12 fit on one printed page - keep the questions that will change how you run the day",
    ),
    "evaluation-with-unknown-scale.yaml": (
        13,
        "question 'expected' uses the scale 'agreement', which the form does not have - use one of: agree, or add it under 'scales:'",
    ),
    "printable-with-fields-and-options.yaml": (
        11,
        "printable 'note-slip' has both 'fields' and 'options', and a page is one of them - keep one; make the other a printable of its own",
    ),
    "printables-with-a-phone-number.yaml": (
        7,
        "'911' looks like a phone number - take the number out: crisis lines are printed from data/crisis_resources.yaml, for the region in data/settings.yaml",
    ),
    "rubric-best-seen-in-a-triad-that-does-not-practise-it.yaml": (
        87,
        "skill 'share-with-permission' is best seen in 'triad-04-plan-meets-the-day', which does not practise it - add 'share-with-permission' to the triad's 'practices', or name another triad",
    ),
    "rubric-best-seen-in-unknown-triad.yaml": (
        87,
        "skill 'share-with-permission' is best seen in 'triad-02-ask-share', which is not a triad - did you mean 'triad-02-ask-share-ask'?",
    ),
    "rubric-level-without-anchor.yaml": (
        70,
        "skill 'affirm': 'anchors' has no level 3 - write one line for each level, '1:' to '4:', under 'anchors:'",
    ),
    "rubric-section-not-in-lesson.yaml": (
        84,
        "skill 'share-with-permission' points to section 'Before sharing', and lesson 02-mutuality-and-lived-experience does not have it - copy the heading exactly: did you mean 'Before you share'?",
    ),
    "rubric-suicide-skill-without-only-when.yaml": (
        98,
        "skill 'ask-about-suicide' must say when it may be scored ('only_when') - add 'only_when:' saying it is scored only in an opt-in crisis role-play, for a learner who chose to play the supporter",
    ),
    "rubric-without-a-core-skill.yaml": (
        25,
        "the rubric has no item for 'affirm' - score every core skill: reflect, ask-openly, affirm, share-with-permission, ask-about-suicide, state-limits",
    ),
    "rules-without-a-crisis-set.yaml": (
        4,
        "there is no 'crisis' set of practice rules - add a set with 'id: crisis' (known: standard)",
    ),
    "triad-card-promises-secrecy.yaml": (
        21,
        "learner text promises unconditional confidentiality (“stays between us”) - say what stays private and name its limits (supervision, records, safety, the law), e.g. “I keep notes and talk with my supervisor; if someone might be seriously hurt, I'd have to bring others in, and I'd tell you first if I safely could”",
    ),
    "triad-id-without-its-lesson-number.yaml": (
        4,
        "triad id 'triad-oars-fixture' should start with 'triad-03-', the number of its lesson - name it 'triad-03-' and a few words, e.g. 'triad-03-first-contact'",
    ),
    "triad-lesson-not-in-curriculum.yaml": (
        5,
        "'03-first-meetings' is not a lesson in curriculum.yaml - did you mean '03-first-meeting'?",
    ),
    "triad-practises-an-unknown-skill.yaml": (
        8,
        "'summarize' is not a skill in facilitator/skills-check.yaml - use one of: affirm, ask-about-suicide, ask-openly, reflect, share-with-permission, state-limits",
    ),
    "triad-section-not-in-lesson.yaml": (
        32,
        "behavior 'reflects' points to section 'Listening skill: OARS', and lesson 03-first-meeting does not have it - copy the heading exactly: did you mean 'Listening skills: OARS'?",
    ),
    "triad-section-that-repeats.yaml": (
        32,
        "behavior 'reflects' points to section 'How to respond', and lesson 05-difficult-conversations has 4 sections called 'How to respond' - name the one you mean with the heading above it, e.g. '1. Emotional distress and crisis talk > How to respond'",
    ),
    "triad-speaker-name-used-elsewhere.yaml": (
        13,
        "the speaker's name 'Pilar' is also used in data/triads/triad-03-oars.yaml - give the speaker a name used nowhere else in the course",
    ),
    "triad-with-a-phone-number.yaml": (
        21,
        "'988' looks like a phone number - take the number out: crisis lines are printed from data/crisis_resources.yaml, for the region in data/settings.yaml",
    ),
    "triad-with-three-behaviors.yaml": (
        28,
        "the observer sheet lists 3 behaviors, and a sheet needs 4 to 8 to be useful and fit on one page - add or merge behaviors",
    ),
    "triad-with-unknown-practice-rules.yaml": (
        9,
        "'gentle' is not a set of practice rules in facilitator/real-play-rules.yaml - use one of: crisis, standard",
    ),
    "triad-with-unknown-printable.yaml": (
        11,
        "'blank-safety-plan' is not a printable in facilitator/printables.yaml - did you mean 'blank-safety-plan-sheet'?",
    ),
    "safety-plan-without-professionals.yaml": (
        10,
        "the plan has no section 'professionals' - add it; keep the six sections in this order: warning-signs, on-my-own, people-and-places, ask-for-help, professionals, safer-surroundings",
    ),
    "safety-plan-sections-out-of-order.yaml": (
        12,
        "section 'people-and-places' is out of place: section 'on-my-own' comes here - keep the six sections in this order: warning-signs, on-my-own, people-and-places, ask-for-help, professionals, safer-surroundings",
    ),
    "safety-plan-with-a-phone-number.yaml": (
        15,
        "'988' is a phone number written into the exercise - name the service instead: the crisis panel shows the numbers for the learner's region, from data/crisis_resources.yaml",
    ),
    "safety-plan-unknown-auto-note.yaml": (
        25,
        "'too-long' is not a note this exercise can show (known: empty, method-detail, missing-crisis-line, phone-number, promise, round-the-clock, third-person) - use one of: empty, method-detail, missing-crisis-line, phone-number, promise, round-the-clock, third-person, or delete the line",
    ),
    "say-aloud-avoids-closed-question.yaml": (
        19,
        "a say-aloud step cannot list 'closed-question' to avoid: the direct question about suicide is a closed question, and the right one - delete it; list 'leading-to-no' under 'extra_notes:' for questions that make 'no' the easy answer",
    ),
    "say-aloud-without-a-method-note.yaml": (
        9,
        "step 'ask' does not say what to tell a learner who asks how the person would do it - add under 'extra_notes:' a '- rule: asks-for-method' entry with a 'message:' saying that those details are not needed and what to ask instead",
    ),
    "say-aloud-unknown-rule.yaml": (
        22,
        "'asks-for-methods' is not a rule a say-aloud step knows (known: asks-about-plan-and-timing, asks-for-method, leading-to-no, vague-about-suicide) - did you mean 'asks-for-method'?",
    ),
    "say-aloud-never-asks-directly.yaml": (
        8,
        "no step asks for 'ask-directly-about-suicide' - add '- {behaviour: ask-directly-about-suicide, point: ...}' under the 'coach: does:' of the step where the learner asks the question",
    ),
    "agreement-part-without-a-right-option.yaml": (
        8,
        "part 'notes' has no option marked 'verdict: follows' - mark the sentence a peer supporter could honestly say with 'verdict: follows'",
    ),
    "agreement-promise-note-without-the-words.yaml": (
        17,
        "the 'promise' note has no {words} - write {words} where the learner's words should appear",
    ),
    "rewrite-reply-with-a-note-behaviour.yaml": (
        14,
        "'quotes-person' reads a note for the record, not a reply - add 'writing: note' if the learner writes a note, or use a behaviour of replies",
    ),
    "rewrite-note-asks-for-an-open-question.yaml": (
        16,
        "'open-question' is about a reply said to a person, not a note for the record - for a note use one of: quotes-person, names-strength, says-next-step, says-when-where",
    ),
    "safety-plan-own-section-not-optional.yaml": (
        17,
        "section 'what-matters' is not one of the six every plan has - add 'optional: true' to it, or rename it to one of: warning-signs, on-my-own, people-and-places, ask-for-help, professionals, safer-surroundings",
    ),
    "safety-plan-standard-section-optional.yaml": (
        16,
        "section 'safer-surroundings' is one of the six every plan needs, so it cannot be optional - delete 'optional: true'",
    ),
    "safety-plan-auto-note-without-words.yaml": (
        17,
        "'auto_notes' has no words for 'round-the-clock' - add a line for it under 'auto_notes:', e.g. 'round-the-clock: >-' and the sentence to show",
    ),
    "say-aloud-extra-note-point-not-in-rubric.yaml": (
        21,
        "'no-details' is not a rubric point of step 'ask' (known: plain-words) - use one of: plain-words",
    ),
    # The teaching text of the coach and the journal (data/coach/, data/shared/journal-texts.yaml)
    "coach-messages-missing-a-note.yaml": (
        3,
        "note 'promising_secrecy' has no entry, so it would be shown without words - add an entry for it under 'messages:' ('- label: promising_secrecy')",
    ),
    "coach-messages-unknown-kind.yaml": (
        91,
        "there is no note 'advice' (kind 'permision') - did you mean 'advice' (kind 'permission')? If not, delete this entry",
    ),
    "feedback-notes-principle-without-citation.yaml": (
        22,
        "principle 'ask-what-or-how-rather-than-why' cites no source item and no reference - add the 'sources:' (data/source_items.yaml) or 'references:' (data/references.yaml) it is taught from",
    ),
    "feedback-notes-source-code-in-text.yaml": (
        18,
        "'S003-30' is a code for facilitators, and learners see this text - take it out of the text; cite it under 'sources:' instead",
    ),
    "feedback-notes-suggestion-promises-secrecy.yaml": (
        350,
        "learner text promises unconditional confidentiality (“won't tell anyone”) - say what stays private and name its limits (supervision, records, safety, the law), e.g. “I keep notes and talk with my supervisor; if someone might be seriously hurt, I'd have to bring others in, and I'd tell you first if I safely could”",
    ),
    "feedback-notes-unknown-principle.yaml": (
        333,
        "there is no principle 'no-judgement' under 'principles:' - did you mean 'no-judgment'?",
    ),
    "disclosure-checklist-manual-point-with-how.yaml": (
        73,
        "'timing' is a point only the learner can judge, so nothing checks it automatically - delete its 'how:' line",
    ),
    "disclosure-checklist-missing-a-point.yaml": (
        3,
        "checklist point 'timing' has no entry, so it would be shown without words - add an entry for it under 'checks:' ('- name: timing')",
    ),
    "disclosure-checklist-unknown-source.yaml": (
        42,
        "unknown source item 'S004-90' - use an id listed in data/source_items.yaml",
    ),
    "journal-texts-not-person-first.yaml": (
        3,
        '\'client\' is not person-first - use person-first words: "the person", "a person with a substance use disorder", "people who use the service" (a character may say it in quotation marks)',
    ),
}


def test_every_invalid_file_has_an_expectation():
    """Is each fixture in tests/content/invalid covered by the table (and vice versa)?"""
    files = {p.name for p in INVALID.glob("*.yaml")}
    assert files == set(EXPECTED)
    assert len(files) + 1 >= 120  # plus the duplicate-item-ids folder


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_file_gets_exact_message(name):
    """Does validating this broken file give exactly one problem, on the right line, in plain words?"""
    problems = validate(INVALID / name)
    assert len(problems) == 1, [str(p) for p in problems]
    problem = problems[0]
    line, message = EXPECTED[name]
    assert problem.file.endswith(f"tests/content/invalid/{name}")
    assert problem.line == line
    assert f"{problem.problem} - {problem.fix}" == message
    assert str(problem) == f"{problem.file}:{line}: {message}"


def test_duplicate_ids_across_files():
    """Is an id used by two files reported at the second file, naming the first?"""
    problems = validate(INVALID / "duplicate-item-ids")
    assert [str(p).split(": ", 1)[1] for p in problems] == [
        "id 'same-id' is already used by tests/content/invalid/duplicate-item-ids/first.yaml:3"
        " - give this item an id of its own"
    ]
    assert problems[0].file.endswith("duplicate-item-ids/second.yaml")
    assert problems[0].line == 4


def test_the_fictional_example_copied_over_the_local_rules_is_refused():
    """Is the fictional jurisdiction example, saved as jurisdiction.yaml, refused as local rules?"""
    problems = validate(INVALID / "example-copied-over-local-rules")
    assert [f"{p.line}: {p.problem} - {p.fix}" for p in problems] == [
        "3: this is the fictional example, not your local rules - write your own rules with your"
        " supervisor or agency (the facilitator guide's 'Filling in your local rules' shows how,"
        " beside the fictional example)"
    ]
    assert problems[0].file.endswith("example-copied-over-local-rules/jurisdiction.yaml")


def test_problems_from_several_files_are_all_reported(tmp_path):
    """Does one run report the problems of every file, not just the first bad one?"""
    for name in ("unknown-type.yaml", "missing-feedback.yaml", "sort-with-one-bin.yaml"):
        (tmp_path / name).write_bytes((INVALID / name).read_bytes())
    problems = validate(tmp_path)
    assert sorted(Path(p.file).name for p in problems) == [
        "missing-feedback.yaml",
        "sort-with-one-bin.yaml",
        "unknown-type.yaml",
    ]


def test_missing_path_is_a_problem_not_an_error(tmp_path):
    """Does a path that doesn't exist give a problem instead of an exception?"""
    problems = validate(tmp_path / "nowhere")
    assert len(problems) == 1
    assert problems[0].problem == "this file or folder does not exist"
