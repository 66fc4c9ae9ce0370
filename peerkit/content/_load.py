"""Load content files into models, checking each file and the files against each other."""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from pydantic import ValidationError

from ._checks import FILE_CHECKS
from ._course_rules import course_problems
from ._cues import cue_warnings
from ._facilitator import facilitator_problems as check_facilitator_files
from ._lints import lint_problems
from ._messages import problems_from_validation
from ._models import (
    SCHEMA_VERSION,
    Case,
    CaseBriefs,
    CrisisResources,
    Curriculum,
    Document,
    Item,
    Jurisdiction,
    References,
    Settings,
    SourceItems,
)
from ._practice_checks import PRACTICE_CHECKS
from ._problems import ContentError, Problem, did_you_mean, display_path, shown
from ._skills_course import skills_day_problems  # and the skills-day files' own checks
from ._teaching_models import TEACHING_CHECKS, teaching_problems
from ._types import DOCUMENT_TYPES, ITEM_TYPES
from ._workshop_checks import WORKSHOP_CHECKS
from ._yaml import YamlDocument, read_bytes, read_yaml_bytes

DATA_ENV = "PEERKIT_DATA"
"""Environment variable naming the data folder to use instead of the project's own."""


@dataclass(frozen=True)
class LoadedFile:
    """One content file that passed its own checks."""

    doc: YamlDocument
    model: Document


def find_data_dir() -> Path:
    """The folder holding curriculum.yaml: $PEERKIT_DATA, else the nearest data/ above here."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env).expanduser()
    # Strings, not Paths: the coach asks for its words' folder on every note it looks up.
    folder = os.path.realpath(os.getcwd())
    while True:
        data = os.path.join(folder, "data")
        if os.path.isfile(os.path.join(data, "curriculum.yaml")):
            return Path(data)
        parent = os.path.dirname(folder)
        if parent == folder:
            return Path(__file__).resolve().parents[2] / "data"
        folder = parent


YAML_SUFFIXES = (".yaml", ".yml")
MAX_ENTRIES = 20_000
"""Most files and folders a content walk looks at (the course has about fifty)."""
MAX_FOLDER_DEPTH = 12
"""Deepest folder a content walk enters below its starting folder."""
MAX_PROBLEMS_PER_FILE = 50
"""More problems than this in one file are summed up in one line."""


def scan_content(path: Path) -> tuple[list[Path], list[Problem]]:
    """The content files at ``path`` (a file, or the .yaml/.yml files below a folder), and
    problems with the walk itself.

    The walk is iterative and bounded (:data:`MAX_ENTRIES`, :data:`MAX_FOLDER_DEPTH`),
    never follows a link to a folder, and skips hidden folders and files (such as the
    ``.ipynb_checkpoints`` copies JupyterLab keeps). Entries named .yaml that are not
    ordinary files (links to nothing, pipes) are listed, so reading them reports them.
    """
    if not path.is_dir():
        return [path], []
    found, problems = _walk(path)
    return sorted(Path(entry.path) for entry in found), problems


def _walk(path: Path) -> tuple[list[os.DirEntry[str]], list[Problem]]:
    """:func:`scan_content`'s walk, as directory entries in the order met.

    Kept to strings and ``os.scandir`` entries: a notebook checks the content in every cell
    (:func:`load_library`), and building and sorting a ``Path`` per file made that check
    several times slower than the walk itself.
    """
    found: list[os.DirEntry[str]] = []
    problems: list[Problem] = []
    seen = 0
    stack: list[tuple[str, int]] = [(os.fspath(path), 0)]
    while stack:
        folder, depth = stack.pop()
        try:
            with os.scandir(folder) as entries:
                listed = sorted(entries, key=lambda e: e.name)
        except OSError as err:
            problems.append(
                Problem(
                    display_path(Path(folder)),
                    1,
                    f"this folder cannot be read ({err.strerror or 'an error'})",
                    "check its permissions, or move it out of the content folder",
                )
            )
            continue
        folders = []
        for entry in listed:
            seen += 1
            if seen > MAX_ENTRIES:
                problems.append(
                    Problem(
                        display_path(path),
                        1,
                        f"this folder holds more than {MAX_ENTRIES:,} files and folders, far more than a course",
                        "point peerkit validate at the course's data folder, or at one content file",
                    )
                )
                return found, problems
            if entry.name.startswith("."):
                continue
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                folders.append(entry.path)
            elif entry.name.endswith(YAML_SUFFIXES):
                found.append(entry)
        if depth + 1 > MAX_FOLDER_DEPTH and folders:
            problems.append(
                Problem(
                    display_path(Path(folders[0])),
                    1,
                    f"this folder is more than {MAX_FOLDER_DEPTH} levels below {display_path(path)}",
                    "content folders are shallow (data/lessons/<lesson>/): move the files up",
                )
            )
            continue
        stack.extend((sub, depth + 1) for sub in reversed(folders))
    return found, problems


def content_files(path: Path) -> list[Path]:
    """The YAML files at ``path`` (a file, or every .yaml/.yml file below a folder)."""
    return scan_content(path)[0]


_LOADED: OrderedDict[tuple[str, bytes], tuple[LoadedFile | None, tuple[Problem, ...]]] = (
    OrderedDict()
)
"""Files already read and checked, by (name shown, digest of the bytes): the same bytes
always give the same result, so a file is parsed once however often it is loaded (a
notebook, a handout build or ``validate`` loads the course many times over)."""
_LOADED_MAX = 1024


def load_file(path: Path | str) -> tuple[LoadedFile | None, list[Problem]]:
    """Read and check one content file on its own.

    The file is read every time (an edit is always seen); checking it again is skipped
    when its bytes are ones already checked under the same name.
    """
    path = Path(path)
    name = display_path(path)
    raw, problem = read_bytes(path, name)
    if problem is not None or raw is None:
        return None, [problem] if problem else []
    key = (name, hashlib.blake2b(raw, digest_size=20).digest())
    if key in _LOADED:
        _LOADED.move_to_end(key)
    else:
        loaded, problems = _load_bytes(raw, name)
        _LOADED[key] = (loaded, tuple(problems))
        if len(_LOADED) > _LOADED_MAX:
            _LOADED.popitem(last=False)
    loaded, problems = _LOADED[key]
    return loaded, list(problems)


def _load_bytes(raw: bytes, name: str) -> tuple[LoadedFile | None, list[Problem]]:
    doc, problems = read_yaml_bytes(raw, name)
    if problems or doc.data is None:
        return None, problems
    data = doc.data
    if not isinstance(data, dict):
        return None, [
            Problem(
                doc.file,
                1,
                "the file should start with 'key: value' lines, not a list or a single value",
                "begin with 'schema_version: 1' and 'type: ...' lines",
            )
        ]
    version_problem = _check_version(doc, data)
    if version_problem:
        return None, [version_problem]
    model_class, type_problem = _document_type(doc, data)
    if type_problem:
        return None, [type_problem]
    assert model_class is not None
    try:
        model = model_class.model_validate(data)
    except ValidationError as err:
        return None, sorted(problems_from_validation(doc, model_class, err))
    check = (
        WORKSHOP_CHECKS.get(model_class)
        or PRACTICE_CHECKS.get(model_class)
        or FILE_CHECKS.get(model_class)
        or TEACHING_CHECKS.get(model_class)
    )
    problems = check(doc, model) if check else []
    if problems:
        return None, sorted(problems)
    return LoadedFile(doc, model), []


def _check_version(doc: YamlDocument, data: dict[str, Any]) -> Problem | None:
    if "schema_version" not in data:
        return Problem(
            doc.file,
            1,
            "'schema_version' is missing",
            f"add 'schema_version: {SCHEMA_VERSION}' as the first line",
        )
    version = data["schema_version"]
    line = doc.line_of(("schema_version",))
    if not isinstance(version, int) or isinstance(version, bool):
        return Problem(
            doc.file,
            line,
            f"'schema_version' should be a whole number, not '{shown(str(version))}'",
            f"write 'schema_version: {SCHEMA_VERSION}'",
        )
    kind = DOCUMENT_TYPES.get(data["type"]) if isinstance(data.get("type"), str) else None
    versions = kind.schema_versions if kind is not None else (SCHEMA_VERSION,)
    if version > max(versions):
        return Problem(
            doc.file,
            line,
            f"schema version {version} is newer than this peerkit reads ({max(versions)})",
            f"update peerkit (make lab reinstalls it), or write the file for version {max(versions)}",
        )
    if version not in versions and version >= 1:
        return Problem(
            doc.file,
            line,
            f"this {_KIND_WORDS.get(str(data.get('type')), 'file')} is written for schema version {version},"
            f" which this peerkit no longer reads",
            _upgrade_fix(data.get("type"), max(versions)),
        )
    if version < 1:
        return Problem(
            doc.file,
            line,
            f"schema version {version} does not exist",
            f"write 'schema_version: {SCHEMA_VERSION}'",
        )
    return None


_KIND_WORDS: dict[str, str] = {"session-plan": "session plan"}
"""How a message names a kind of file whose schema version changed."""

_UPGRADES: dict[str, str] = {
    "session-plan": "write 'schema_version: 2' and budget every minute: add 'minutes' and 'weight'"
    " at the top, give 'warm_up' and 'check_out' their 'minutes' and 'how', and give each part"
    " a 'budget' (CONTRIBUTING.md, 'Session plans', shows one)",
}


def _upgrade_fix(type_name: Any, newest: int) -> str:
    return _UPGRADES.get(str(type_name), f"write the file for schema version {newest}")


def _document_type(
    doc: YamlDocument, data: dict[str, Any]
) -> tuple[type[Document] | None, Problem | None]:
    kinds = list(DOCUMENT_TYPES)
    if "type" not in data:
        return None, Problem(
            doc.file,
            1,
            "'type' is missing",
            f"add a 'type:' line; for lesson content use one of: {', '.join(ITEM_TYPES)}",
        )
    name = data["type"]
    if not isinstance(name, str) or name not in DOCUMENT_TYPES:
        return None, Problem(
            doc.file,
            doc.line_of(("type",)),
            f"unknown type '{shown(str(name))}'",
            did_you_mean(str(name), kinds),
        )
    return DOCUMENT_TYPES[name], None


@dataclass(frozen=True)
class Library:
    """All content of one data folder, checked and ready to show."""

    root: Path
    curriculum: Curriculum
    crisis: CrisisResources
    settings: Settings
    references: References
    source_items: SourceItems
    items: Mapping[str, Item]
    item_files: Mapping[str, str]
    lesson_items: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    jurisdiction: Jurisdiction | None = None
    """The local rules of data/jurisdiction.yaml (optional; see :func:`peerkit.local_rules`)."""
    jurisdiction_example: Jurisdiction | None = None
    """The worked, fictional example (data/examples/): shown in the facilitator guide, never
    used as the course's rules."""
    case_briefs: CaseBriefs | None = None
    """The briefs the course's case studies were written to (data/case_briefs.yaml)."""

    def item(self, item_id: str) -> Item:
        try:
            return self.items[item_id]
        except KeyError:
            raise ContentError(
                [
                    Problem(
                        display_path(self.root),
                        1,
                        f"there is no content with id '{item_id}'",
                        did_you_mean(item_id, self.items, what="id"),
                    )
                ]
            ) from None

    def lesson(self, lesson_id: str):
        entry = self.curriculum.lesson(lesson_id)
        if entry is None:
            raise ContentError(
                [
                    Problem(
                        display_path(self.root / "curriculum.yaml"),
                        1,
                        f"there is no lesson '{lesson_id}' in curriculum.yaml",
                        did_you_mean(lesson_id, [e.id for e in self.curriculum.lessons]),
                    )
                ]
            )
        return entry


_SINGLETONS: dict[type[Document], str] = {
    Curriculum: "curriculum",
    CrisisResources: "crisis",
    Settings: "settings",
    References: "references",
    SourceItems: "source_items",
    Jurisdiction: "jurisdiction",
    CaseBriefs: "case_briefs",
}


def _is_example(model: Document) -> bool:
    """The fictional jurisdiction example: a file to copy from, never the course's rules."""
    return isinstance(model, Jurisdiction) and model.example


def check_files(
    files: Iterable[Path], *, context_root: Path | None = None
) -> tuple[list[LoadedFile], list[Problem]]:
    """Check every file alone, then all of them together; return what loaded and all problems."""
    loaded: list[LoadedFile] = []
    problems: list[Problem] = []
    for path in files:
        result, found = load_file(path)
        problems += _capped(found)
        if result is not None:
            loaded.append(result)
    problems += _cross_checks(loaded, context_root)
    return loaded, sorted(set(problems))


def _capped(problems: list[Problem]) -> list[Problem]:
    """At most :data:`MAX_PROBLEMS_PER_FILE` problems of one file, then one line for the rest."""
    if len(problems) <= MAX_PROBLEMS_PER_FILE:
        return problems
    ordered = sorted(problems)
    kept, first_left_out = ordered[:MAX_PROBLEMS_PER_FILE], ordered[MAX_PROBLEMS_PER_FILE]
    rest = len(problems) - len(kept)
    return [
        *kept,
        Problem(
            first_left_out.file,
            first_left_out.line,
            f"and {rest:,} more problems in this file",
            "fix the ones above first, then run peerkit validate again",
        ),
    ]


def _reference_lists(
    loaded: list[LoadedFile], context_root: Path | None
) -> dict[type[Document], Document]:
    """The course-wide files to check ids against: from the set, else from the data folder."""
    found: dict[type[Document], Document] = {}
    for item in loaded:
        if type(item.model) in _SINGLETONS and not _is_example(item.model):
            found.setdefault(type(item.model), item.model)
    if context_root is not None:
        for name, kind in (
            ("source_items.yaml", SourceItems),
            ("references.yaml", References),
            ("crisis_resources.yaml", CrisisResources),
            ("case_briefs.yaml", CaseBriefs),
        ):
            if kind not in found and (context_root / name).is_file():
                result, _ = load_file(context_root / name)
                if result is not None:
                    found[kind] = result.model
    return found


def _cross_checks(loaded: list[LoadedFile], context_root: Path | None) -> list[Problem]:
    problems: list[Problem] = []
    seen_ids: dict[str, LoadedFile] = {}
    singles: dict[type[Document], LoadedFile] = {}
    for item in loaded:
        kind = type(item.model)
        if kind in _SINGLETONS and not _is_example(item.model):
            if kind in singles:
                problems.append(
                    Problem(
                        item.doc.file,
                        item.doc.line_of(("type",)),
                        f"a second '{item.model.type}' file (the first is {singles[kind].doc.file})",
                        "keep one of them; merge their content",
                    )
                )
            else:
                singles[kind] = item
        if isinstance(item.model, Item):
            previous = seen_ids.get(item.model.id)
            if previous is not None:
                problems.append(
                    Problem(
                        item.doc.file,
                        item.doc.line_of(("id",)),
                        f"id '{item.model.id}' is already used by {previous.doc.file}:{previous.doc.line_of(('id',))}",
                        "give this item an id of its own",
                    )
                )
            else:
                seen_ids[item.model.id] = item
    lists = _reference_lists(loaded, context_root)
    source_ids = {s.id for s in lists[SourceItems].items} if SourceItems in lists else None
    reference_ids = {r.id for r in lists[References].references} if References in lists else None
    for item in loaded:
        problems += _unknown_ids(
            item, "sources", source_ids, "source item", "data/source_items.yaml"
        )
        problems += _unknown_ids(
            item, "references", reference_ids, "reference", "data/references.yaml"
        )
        if isinstance(item.model, Case) and item.model.brief and CaseBriefs in lists:
            briefs = lists[CaseBriefs]
            assert isinstance(briefs, CaseBriefs)
            known = [b.id for b in briefs.briefs]
            if item.model.brief not in known:
                problems.append(
                    Problem(
                        item.doc.file,
                        item.doc.line_of(("brief",)),
                        f"unknown case brief '{item.model.brief}'",
                        "use a brief listed in data/case_briefs.yaml; a case of your own leaves"
                        " 'brief:' out",
                    )
                )
        if isinstance(item.model, Settings) and item.model.region and CrisisResources in lists:
            crisis = lists[CrisisResources]
            assert isinstance(crisis, CrisisResources)
            if crisis.region(item.model.region) is None:
                problems.append(
                    Problem(
                        item.doc.file,
                        item.doc.line_of(("region",)),
                        f"region '{item.model.region}' has no crisis resources",
                        _region_fix(item.model.region, [r.id for r in crisis.regions]),
                    )
                )
    return problems


def _region_fix(region: str, known: list[str]) -> str:
    fix = did_you_mean(region, known)
    return (
        fix
        if fix.startswith("did you mean")
        else f"{fix}, or add the region to data/crisis_resources.yaml"
    )


def _lesson_fix(name: str, known: list[str]) -> str:
    fix = did_you_mean(name, known)
    return (
        fix
        if fix.startswith("did you mean")
        else "rename the folder to a lesson id, or add the lesson to curriculum.yaml"
    )


def _walk_ids(data: Any, key: str, path: tuple[Any, ...] = ()):
    """Yield (value, path) for every entry of every list stored under ``key``."""
    if isinstance(data, dict):
        for k, v in data.items():
            if k == key and isinstance(v, list):
                for i, entry in enumerate(v):
                    if isinstance(entry, str):
                        yield entry, (*path, k, i)
            else:
                yield from _walk_ids(v, key, (*path, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _walk_ids(v, key, (*path, i))


def _unknown_ids(
    item: LoadedFile, key: str, known: set[str] | None, noun: str, where: str
) -> list[Problem]:
    if known is None or isinstance(item.model, References | SourceItems):
        return []
    problems = []
    for value, path in _walk_ids(item.doc.data, key):
        if value not in known:
            problems.append(
                Problem(
                    item.doc.file,
                    item.doc.line_of(path),
                    f"unknown {noun} '{value}'",
                    f"use an id listed in {where}",
                )
            )
    return problems


def content_files_count(path: Path | str | None = None) -> int:
    """How many content files :func:`validate` would read at ``path``."""
    root = _course_root(Path(path)) if path is not None else find_data_dir()
    return len(content_files(root)) if root.exists() else 0


def _course_root(path: Path) -> Path:
    """``path``, or the data folder of the project folder ``path`` names."""
    project = path.is_dir() and not (path / "curriculum.yaml").is_file()
    if project and (path / "data" / "curriculum.yaml").is_file():
        return path / "data"
    return path


def _holds_yaml(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            for number, entry in enumerate(entries):
                if number > MAX_ENTRIES:
                    return False
                if entry.name.endswith(YAML_SUFFIXES) and not entry.name.startswith("."):
                    return True
    except OSError:
        return False
    return False


def _walk_refusal(root: Path) -> Problem | None:
    """Why ``root`` is not content to check (validate never walks a whole disk), or None."""
    shown_as = display_path(root)
    if root.is_dir():
        resolved = root.resolve()
        if resolved.parent == resolved:
            return Problem(
                shown_as,
                1,
                "this is the top of the disk, not a course folder",
                "give the course's data folder (data/), a lesson folder, or one content file",
            )
        if (resolved / "curriculum.yaml").is_file() or _holds_yaml(resolved):
            return None
        if any((folder / "curriculum.yaml").is_file() for folder in resolved.parents):
            return None
        return Problem(
            shown_as,
            1,
            "this folder is not part of a course: it holds no curriculum.yaml and no .yaml files of its own",
            "give the course's data folder (data/), a lesson folder, or one content file",
        )
    if not root.name.endswith(YAML_SUFFIXES):
        return Problem(
            shown_as,
            1,
            "this is not a content file: peerkit validate reads files ending in .yaml or .yml",
            "give a .yaml file, or the folder that holds the course's content (data/)",
        )
    return None


def validate(path: Path | str | None = None) -> list[Problem]:
    """Every problem in the content at ``path`` (default: the project's data folder)."""
    return check_content(path)[0]


class _Loader:
    """What the facilitator checks read the rest of the course with."""

    load_file = staticmethod(lambda path: load_file(path))
    load_library = staticmethod(lambda root: load_library(root))


LOADER = _Loader()
"""This module's readers, for :mod:`._facilitator` (which cannot import this module)."""


def facilitator_problems(loaded: list[LoadedFile], context_root: Path | None):
    """The facilitator files checked against the course (see :mod:`._facilitator`)."""
    return check_facilitator_files(loaded, context_root, LOADER)


def check_content(path: Path | str | None = None) -> tuple[list[Problem], list[Problem]]:
    """Every problem in the content at ``path``, and every warning (see :mod:`._cues`).

    Warnings are cues in the choices of the files that loaded: a right option much
    longer than the wrong ones, or one position holding most right answers in a lesson.
    An empty path, the top of the disk and folders outside any course are refused
    before anything is walked.
    """
    if path is not None and not str(path).strip():
        return [
            Problem(
                "''",
                1,
                "the path is empty",
                "leave it out to check the course's data folder, or give a content file or folder",
            )
        ], []
    root = _course_root(Path(path)) if path is not None else find_data_dir()
    if not root.exists() and not root.is_symlink():
        return [
            Problem(display_path(root), 1, "this file or folder does not exist", "check the path")
        ], []
    refusal = _walk_refusal(root)
    if refusal is not None:
        return [refusal], []
    files, walk_problems = scan_content(root)
    if not files:
        return walk_problems or [
            Problem(
                display_path(root),
                1,
                "no .yaml files here",
                "point peerkit validate at the data folder",
            )
        ], []
    loaded, problems = _check_tree(root, files)
    problems += skills_day_problems(loaded, files, _context_root(root), load_file)
    course = root if root.is_dir() and (root / "curriculum.yaml").is_file() else None
    items = [(f.doc, f.model) for f in loaded if isinstance(f.model, Item)]
    extra, facilitator_warnings = facilitator_problems(loaded, _context_root(root))
    problems = problems + walk_problems + lint_problems(loaded, course) + extra
    problems += teaching_problems(loaded)
    if course is not None:
        problems += course_problems(course, loaded)
    return sorted(set(problems)), cue_warnings(items) + sorted(set(facilitator_warnings))


def _check_tree(root: Path, files: list[Path]) -> tuple[list[LoadedFile], list[Problem]]:
    """Read and check ``files`` once: what loaded, and every problem (for validate and load_library)."""
    loaded, problems = check_files(files, context_root=_context_root(root))
    if root.is_dir() and (root / "curriculum.yaml").is_file():
        curriculum = next((f.model for f in loaded if isinstance(f.model, Curriculum)), None)
        problems += _folder_problems(root, curriculum)
    return loaded, sorted(set(problems))


def _context_root(path: Path) -> Path | None:
    start = path.resolve() if path.is_dir() else path.resolve().parent
    for folder in (start, *start.parents):
        if (folder / "curriculum.yaml").is_file():
            return folder
    default = find_data_dir()
    return default if (default / "curriculum.yaml").is_file() else None


def _folder_problems(root: Path, curriculum: Curriculum | None) -> list[Problem]:
    """Lesson folders must be named after lessons in curriculum.yaml."""
    lessons_dir = root / "lessons"
    if curriculum is None or not lessons_dir.is_dir():
        return []
    known = [entry.id for entry in curriculum.lessons]
    problems = []
    for folder in sorted(p for p in lessons_dir.iterdir() if p.is_dir()):
        if folder.name not in known:
            problems.append(
                Problem(
                    display_path(folder),
                    1,
                    f"folder '{folder.name}' is not a lesson in curriculum.yaml",
                    _lesson_fix(folder.name, known),
                )
            )
    return problems


Fingerprint = tuple[str, tuple[tuple[str, int, int], ...]]
_CACHE: dict[Fingerprint, Library] = {}
_FAILED: dict[Fingerprint, ContentError] = {}
"""The last content that failed to load, with its problems: until a file changes, every
call raises the same error without reading anything again (a notebook calls
load_library in every cell)."""


def _fingerprint(root: Path, found: list[os.DirEntry[str]]) -> Fingerprint:
    """What identifies this state of the content: each file's path, change time and size."""
    stamps = []
    for entry in found:
        try:
            info = entry.stat()
            stamps.append((entry.path, info.st_mtime_ns, info.st_size))
        except OSError:  # a link to nothing, or a file just removed: its name still counts
            stamps.append((entry.path, -1, -1))
    return (os.path.realpath(root), tuple(sorted(stamps)))


def load_library(root: Path | str | None = None) -> Library:
    """Load and check the whole data folder; raise :class:`ContentError` listing every problem.

    Both outcomes are cached until a content file changes: a success returns the same
    :class:`Library`, a failure raises the same :class:`ContentError`.
    """
    root = Path(root) if root is not None else find_data_dir()
    found, walk_problems = _walk(root) if root.is_dir() else ([], [])
    key = _fingerprint(root, found)
    if key in _CACHE:
        return _CACHE[key]
    if key in _FAILED:
        raise _FAILED[key]
    files = sorted(Path(entry.path) for entry in found)
    if not files:
        raise ContentError(
            [
                Problem(
                    display_path(root),
                    1,
                    "no content folder here",
                    f"set {DATA_ENV} or run from the project folder",
                )
            ]
        )
    loaded, problems = _check_tree(root, files)
    problems = sorted(set(problems + walk_problems))
    if problems:
        error = ContentError(problems)
        _FAILED.clear()
        _FAILED[key] = error
        raise error
    singles: dict[str, Document] = {}
    items: dict[str, Item] = {}
    item_files: dict[str, str] = {}
    lesson_items: dict[str, list[str]] = {}
    for entry in loaded:
        model = entry.model
        if _is_example(model):
            singles.setdefault("jurisdiction_example", model)
        elif type(model) in _SINGLETONS:
            singles[_SINGLETONS[type(model)]] = model
        elif isinstance(model, Item):
            items[model.id] = model
            item_files[model.id] = entry.doc.file
            rel = Path(entry.doc.file)
            parts = rel.parts
            if "lessons" in parts and parts.index("lessons") + 1 < len(parts) - 1:
                lesson_items.setdefault(parts[parts.index("lessons") + 1], []).append(model.id)
    missing = [
        name
        for name in ("curriculum", "crisis", "settings", "references", "source_items")
        if name not in singles
    ]
    if missing:
        files_named = {
            "curriculum": "curriculum.yaml",
            "crisis": "crisis_resources.yaml",
            "settings": "settings.yaml",
            "references": "references.yaml",
            "source_items": "source_items.yaml",
        }
        error = ContentError(
            [
                Problem(
                    display_path(root),
                    1,
                    f"{files_named[name]} is missing",
                    "restore it from the project",
                )
                for name in missing
            ]
        )
        _FAILED.clear()
        _FAILED[key] = error
        raise error
    library = Library(
        root=root,
        items=MappingProxyType(items),
        item_files=MappingProxyType(item_files),
        lesson_items=MappingProxyType({k: tuple(v) for k, v in lesson_items.items()}),
        **singles,  # type: ignore[arg-type]
    )
    _CACHE.clear()
    _CACHE[key] = library
    return library
