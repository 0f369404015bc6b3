"""Loading and validating the knowledge-base data files.

``kb/data/`` holds ``countries.yaml``, ``organisations.yaml``,
``parties.yaml``, ``people.yaml``, ``offices.yaml`` and ``groups.yaml``
(each documents its schema at its top).
A user extends the knowledge base with a folder of the same files (any of
them), passed as ``extra``: its entries are added, or replace those with
the same id. Names of states in other languages come from pycountry.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator, Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

from pledgewatch.errors import KnowledgeBaseError
from pledgewatch.kb.base import KnowledgeBase, Surface
from pledgewatch.records import Actor, ActorKind, Role

DATA = Path(__file__).parent / "data"

TRANSLATION_LANGUAGES = ("de", "fr", "es", "it", "nl", "pl", "pt", "sv", "da", "cs")
"""Languages whose pycountry country names are accepted as aliases: the
languages most often left untranslated in European news copy."""

MIN_TRANSLATED_NAME = 5
"""Translated names shorter than this (``Irak``, ``Chad``) are skipped: too
likely to be an English word or a name of something else."""


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise KnowledgeBaseError(f"{path}: cannot read knowledge base file ({error})") from error


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeBaseError(f"{where}: expected a list of strings")
    return tuple(value)


def _date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise KnowledgeBaseError(f"{where}: not an ISO date: {value!r}") from error


def _translations() -> list[gettext.NullTranslations]:
    return [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in TRANSLATION_LANGUAGES
    ]


def _pycountry_names(code: str, translations: list[gettext.NullTranslations]) -> set[str]:
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return set()
    names = {country.name}
    for attr in ("official_name", "common_name"):
        if hasattr(country, attr):
            names.add(getattr(country, attr))
    for translation in translations:
        translated = translation.gettext(country.name)
        if len(translated) >= MIN_TRANSLATED_NAME and "," not in translated:
            names.add(translated)
    return {name for name in names if "," not in name and "(" not in name}


def _countries(data: Mapping[str, Any]) -> Iterator[tuple[Actor, list[Surface]]]:
    translations = _translations()
    for code, entry in data.items():
        where = f"countries.yaml {code}"
        if not isinstance(entry, dict) or "name" not in entry:
            raise KnowledgeBaseError(f"{where}: needs at least a name")
        ambiguous = set(_strings(entry.get("ambiguous"), where))
        names = {entry["name"], *_strings(entry.get("aliases"), where)}
        names |= _pycountry_names(code, translations)
        surfaces = [Surface(n, code, "name", n in ambiguous) for n in sorted(names)]
        for rule, key in (("demonym", "demonyms"), ("capital", "capital_aliases")):
            for text in _strings(entry.get(key), where):
                surfaces.append(Surface(text, code, rule, text in ambiguous))
        if entry.get("capital"):
            capital = str(entry["capital"])
            surfaces.append(Surface(capital, code, "capital", capital in ambiguous))
        for text in _strings(entry.get("metonyms"), where):
            surfaces.append(Surface(text, code, "metonym", text in ambiguous))
        actor = Actor(code, ActorKind.STATE, entry["name"], tuple(sorted(names - {entry["name"]})))
        yield actor, surfaces


def _organisations(data: list[Any], filename: str) -> Iterator[tuple[Actor, list[Surface]]]:
    for entry in data:
        if not isinstance(entry, dict) or "id" not in entry or "name" not in entry:
            raise KnowledgeBaseError(f"{filename}: entry without id and name: {entry!r}")
        where = f"{filename} {entry['id']}"
        ambiguous = set(_strings(entry.get("ambiguous"), where))
        aliases = _strings(entry.get("aliases"), where)
        surfaces = [
            Surface(n, entry["id"], "name" if n == entry["name"] else "alias", n in ambiguous)
            for n in (entry["name"], *aliases)
        ]
        yield Actor(entry["id"], ActorKind.ORGANISATION, entry["name"], aliases), surfaces


FAMILY_NAME_FIRST = frozenset(["CHN", "TWN", "PRK", "KOR", "VNM"])
"""States whose leaders' names are written family name first in English news
("Xi Jinping" -> "Xi"). A ``surname`` field in people.yaml overrides this."""


def _surname(name: str, family_first: bool = False) -> str:
    """The part of a full name used alone in news copy: ``von der Leyen``."""
    words = name.split()
    if family_first:
        return words[0]
    for i, word in enumerate(words[1:], start=1):
        if word[:1].islower():  # particles: von, van, de, der
            return " ".join(words[i:])
    return words[-1]


def _people(data: list[Any]) -> Iterator[tuple[Actor, list[Surface]]]:
    for entry in data:
        if not isinstance(entry, dict) or "id" not in entry or "name" not in entry:
            raise KnowledgeBaseError(f"people.yaml: entry without id and name: {entry!r}")
        where = f"people.yaml {entry['id']}"
        roles = tuple(
            Role(
                office=str(r["office"]),
                holder_of=str(r["of"]),
                start=_date(r.get("from"), where),
                end=_date(r.get("to"), where),
            )
            for r in entry.get("roles") or ()
        )
        aliases = _strings(entry.get("aliases"), where)
        surfaces = [Surface(n, entry["id"], "name") for n in (entry["name"], *aliases)]
        family_first = any(role.holder_of in FAMILY_NAME_FIRST for role in roles)
        surnames = _strings(entry.get("surname"), where) or tuple(
            _surname(full, family_first) for full in (entry["name"], *aliases) if " " in full
        )
        surfaces += [Surface(name, entry["id"], "surname") for name in dict.fromkeys(surnames)]
        actor = Actor(entry["id"], ActorKind.PERSON, entry["name"], aliases, roles)
        yield actor, surfaces


def _read_shaped(path: Path, shape: type) -> Any:
    data = _read_yaml(path) or shape()
    if not isinstance(data, shape):
        raise KnowledgeBaseError(f"{path}: expected a YAML {shape.__name__}")
    return data


Groups = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
"""Group id -> its names and its member states, as ``groups.yaml`` gives them."""

Collected = tuple[
    dict[str, tuple[Actor, list[Surface]]],
    dict[str, Any],
    dict[str, frozenset[str]],
    dict[str, str],
    Groups,
    frozenset[str],
    frozenset[str],
]

ORGANISATION_FILES = ("organisations.yaml", "parties.yaml")
"""Files of organisations, in the same shape; the second holds political parties."""


def _collect(folder: Path) -> Collected:
    """The actors (with surface forms), office titles, the context of
    ambiguous names (organisations' ``context``), the bodies that act for
    another (``acts_for``), the groups of states (their names and members),
    the political parties and the bodies that pledge nothing of one data
    folder."""
    sources: list[Iterator[tuple[Actor, list[Surface]]]] = []
    if (folder / "countries.yaml").exists():
        sources.append(_countries(_read_shaped(folder / "countries.yaml", dict)))
    contexts: dict[str, frozenset[str]] = {}
    acts_for: dict[str, str] = {}
    parties: frozenset[str] = frozenset()
    silent: set[str] = set()
    for filename in ORGANISATION_FILES:
        if (folder / filename).exists():
            data = _read_shaped(folder / filename, list)
            sources.append(_organisations(data, filename))
            contexts |= _contexts(data, filename)
            acts_for |= _acts_for(data, filename)
            silent |= _silent(data, filename)
            if filename == "parties.yaml":
                parties = frozenset(str(entry["id"]) for entry in data)
    if (folder / "people.yaml").exists():
        sources.append(_people(_read_shaped(folder / "people.yaml", list)))
    entries = {actor.id: (actor, surfaces) for items in sources for actor, surfaces in items}
    titles: dict[str, Any] = {}
    if (folder / "offices.yaml").exists():
        titles = _read_shaped(folder / "offices.yaml", dict)
    groups: Groups = {}
    if (folder / "groups.yaml").exists():
        groups = _groups(_read_shaped(folder / "groups.yaml", list))
    return entries, titles, contexts, acts_for, groups, parties, frozenset(silent)


def _groups(data: list[Any]) -> Groups:
    """The groups of states of one ``groups.yaml``."""
    found: Groups = {}
    for entry in data:
        if not isinstance(entry, dict) or not str(entry.get("id", "")).startswith("group:"):
            raise KnowledgeBaseError(f"groups.yaml: an entry without a group: id ({entry!r})")
        where = f"groups.yaml {entry['id']}"
        members = _strings(entry.get("members"), where)
        if not members:
            raise KnowledgeBaseError(f"{where}: no members")
        found[entry["id"]] = (_strings(entry.get("names"), where), members)
    return found


def _contexts(data: list[Any], filename: str) -> dict[str, frozenset[str]]:
    """Organisation id -> the actors whose plain mention makes its ambiguous
    names safe ("the Commission" where the EU is named)."""
    return {
        entry["id"]: frozenset(_strings(entry["context"], f"{filename} {entry['id']}"))
        for entry in data
        if isinstance(entry, dict) and "id" in entry and entry.get("context")
    }


def _acts_for(data: list[Any], filename: str) -> dict[str, str]:
    """Body id -> the organisation whose commitments it makes (an EU mission:
    the EU)."""
    found = {}
    for entry in data:
        if isinstance(entry, dict) and "id" in entry and entry.get("acts_for"):
            parent = entry["acts_for"]
            if not isinstance(parent, str):
                raise KnowledgeBaseError(f"{filename} {entry['id']}: acts_for is one id")
            found[entry["id"]] = parent
    return found


def _silent(data: list[Any], filename: str) -> set[str]:
    """The bodies marked ``pledges: false``: they decide or vote on others'
    missions (the UN Security Council) but pledge nothing themselves."""
    found = set()
    for entry in data:
        if isinstance(entry, dict) and "id" in entry and "pledges" in entry:
            if entry["pledges"] is not False:
                raise KnowledgeBaseError(f"{filename} {entry['id']}: pledges is only ever false")
            found.add(str(entry["id"]))
    return found


MIN_SURNAME = 2
"""Shorter surnames ("U") are never used alone."""


def _unique_surnames(surfaces: list[Surface]) -> list[Surface]:
    """Drop surnames that identify nobody alone: shared by several people,
    or also the name of a state or organisation ("Montenegro", "Magyar")."""
    owners: dict[str, set[str]] = {}
    taken = {s.text for s in surfaces if s.rule != "surname"}
    for s in surfaces:
        if s.rule == "surname":
            owners.setdefault(s.text, set()).add(s.actor)
    return [
        s
        for s in surfaces
        if s.rule != "surname"
        or (len(owners[s.text]) == 1 and s.text not in taken and len(s.text) >= MIN_SURNAME)
    ]


def build_kb(folders: list[Path]) -> KnowledgeBase:
    """A knowledge base from data folders; later folders extend earlier ones."""
    entries: dict[str, tuple[Actor, list[Surface]]] = {}
    titles: dict[str, Any] = {}
    contexts: dict[str, frozenset[str]] = {}
    parents: dict[str, str] = {}
    groups: Groups = {}
    parties: frozenset[str] = frozenset()
    silent: frozenset[str] = frozenset()
    for folder in folders:
        found, offices, supports, acts_for, named_groups, named_parties, mute = _collect(folder)
        parties |= named_parties
        silent |= mute
        entries.update(found)
        titles.update(offices)
        contexts.update(supports)
        parents.update(acts_for)
        groups.update(named_groups)
    actors = {actor_id: actor for actor_id, (actor, _s) in entries.items()}
    for actor in actors.values():
        for role in actor.roles:
            if role.holder_of not in actors:
                raise KnowledgeBaseError(f"{actor.id}: role for unknown actor {role.holder_of}")
    for org, context in contexts.items():
        unknown = sorted(context - actors.keys())
        if unknown:
            raise KnowledgeBaseError(f"{org}: context names unknown actor {unknown[0]}")
    for body, parent in parents.items():
        if parent not in actors:
            raise KnowledgeBaseError(f"{body}: acts_for names unknown actor {parent}")
    for group, (_names, members) in groups.items():
        unknown = sorted(set(members) - actors.keys())
        if unknown:
            raise KnowledgeBaseError(f"{group}: members name unknown actor {unknown[0]}")
    surfaces = _unique_surnames([s for _a, found in entries.values() for s in found])
    surfaces += [
        Surface(name, group, "group") for group, (names, _m) in groups.items() for name in names
    ]
    demonym_of = {
        s.text.lower(): s.actor for s in surfaces if s.rule == "demonym" and not s.ambiguous
    }
    return KnowledgeBase(
        actors=actors,
        surfaces=tuple(surfaces),
        titles={
            office: _strings(phrases, f"offices.yaml {office}")
            for office, phrases in titles.items()
        },
        demonym_of=demonym_of,
        context=contexts,
        acts_for=parents,
        members={group: members for group, (_names, members) in groups.items()},
        parties=parties,
        silent=silent,
    )


@lru_cache(maxsize=4)
def load_kb(extra: Path | None = None) -> KnowledgeBase:
    """The built-in knowledge base, extended by the files in ``extra``."""
    folders = [DATA] if extra is None else [DATA, extra]
    return build_kb(folders)
