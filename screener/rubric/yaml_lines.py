"""Strict YAML reading for rubrics: remembers the line of every key and list item.

A SafeLoader subclass that records problems instead of stopping at the first one:
duplicate keys, anchors and aliases (they make a rubric hard to read and can blow up
in size) and non-scalar keys. Syntax errors still stop the read, with their line.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, ScalarNode, SequenceNode


class LineDict(dict):
    """A mapping that knows its own line and the line of each of its keys (1-based)."""

    line: int = 0
    lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.lines.get(key, self.line)


class LineList(list):
    """A list that knows its own line and the line of each item (1-based)."""

    line: int = 0
    lines: list[int]

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


class StrictLoader(yaml.SafeLoader):
    """Collects (line, message) problems in `self.problems` and keeps going."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.problems: list[tuple[int, str]] = []
        self._anchored: dict[str, Any] = {}

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(AliasEvent):
            event = self.get_event()
            self.problems.append(
                (
                    event.start_mark.line + 1,
                    f"YAML alias '*{event.anchor}' is not allowed; write the value out",
                )
            )
            # Go on with the anchored value so one alias does not cause a cascade of other problems.
            known = self._anchored.get(event.anchor)
            return known or ScalarNode(
                "tag:yaml.org,2002:null", "", event.start_mark, event.end_mark
            )
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            self.problems.append(
                (
                    event.start_mark.line + 1,
                    f"YAML anchor '&{anchor}' is not allowed; write each value out",
                )
            )
            # Drop the anchor so a repeated name does not stop the read with a composer error.
            event.anchor = None
        node = super().compose_node(parent, index)
        if anchor is not None:
            self._anchored[anchor] = node
        return node

    def flatten_mapping(self, node: MappingNode) -> None:
        # No merge keys ("<<"): without aliases they mean nothing, and an unknown key is reported.
        return None


def _construct_map(loader: StrictLoader, node: MappingNode) -> Any:
    data = LineDict()
    data.line = node.start_mark.line + 1
    data.lines = {}
    yield data
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, ScalarNode):
            loader.problems.append((line, "a key must be a plain word, not a list or mapping"))
            continue
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in data.lines:
            loader.problems.append(
                (line, f"duplicate key '{key}' (first on line {data.lines[key]}); keep one")
            )
            continue
        data.lines[key] = line
        data[key] = loader.construct_object(value_node, deep=True)


def _construct_seq(loader: StrictLoader, node: SequenceNode) -> Any:
    data = LineList()
    data.line = node.start_mark.line + 1
    data.lines = [item.start_mark.line + 1 for item in node.value]
    yield data
    data.extend(loader.construct_object(item, deep=True) for item in node.value)


StrictLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
StrictLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


# A "<<" key stays a plain key, so it is reported as unknown rather than merged.
StrictLoader.add_constructor("tag:yaml.org,2002:merge", lambda loader, node: "<<")

if yaml.__with_libyaml__:

    class FastStrictLoader(yaml.CSafeLoader):  # type: ignore[name-defined, misc]
        """StrictLoader's checks on libyaml's parser, for text with no anchor or alias.

        libyaml parses in C, about ten times faster; anchors and aliases, which only the
        pure-Python composer can report one by one, send the text to StrictLoader.
        """

        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self.problems: list[tuple[int, str]] = []

    for _tag, _construct in StrictLoader.yaml_constructors.items():
        FastStrictLoader.add_constructor(_tag, _construct)
else:  # pragma: no cover - PyYAML built without libyaml
    FastStrictLoader = None


def load_yaml(text: str) -> tuple[Any, list[tuple[int, str]]]:
    """Parse `text`; return the data and the problems found. Raises yaml.YAMLError on bad syntax."""
    loader_class = StrictLoader if FastStrictLoader is None or _has_anchors(text) else FastStrictLoader
    loader = loader_class(text)
    try:
        data = loader.get_single_data()
    finally:
        loader.dispose()
    return data, loader.problems


def _has_anchors(text: str) -> bool:
    """Whether the YAML has an anchor or alias (syntax errors are left to the full read)."""
    if "&" not in text and "*" not in text:
        return False
    try:
        return any(
            isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None
            for event in yaml.parse(text, Loader=yaml.CSafeLoader)
        )
    except yaml.YAMLError:
        return True
