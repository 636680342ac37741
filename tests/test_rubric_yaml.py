"""The rubric YAML reader: libyaml's fast path and the pure-Python path agree."""

from __future__ import annotations

import pytest
import yaml

from screener.rubric.yaml_lines import FastStrictLoader, StrictLoader, load_yaml

TEXTS = [
    "title: T\ncriteria:\n  - id: a\n    weight: 2\n  - id: b\n    weight: 3.5\n",
    "title: T\ntitle: again\nlist: [1, 2]\n",  # a duplicate key is a problem, not an error
    "? [a, b]\n: value\nplain: yes\n",  # a non-scalar key
    "<<: {a: 1}\nkept: true\n",  # a merge key stays a plain key
]


def _shape(data):
    """The data with the line of every mapping key and list item, for comparison."""
    if isinstance(data, dict):
        return (data.line, dict(data.lines), {k: _shape(v) for k, v in data.items()})
    if isinstance(data, list):
        return (data.line, list(data.lines), [_shape(v) for v in data])
    return data


def _read(loader_class, text: str):
    loader = loader_class(text)
    try:
        return _shape(loader.get_single_data()), loader.problems
    finally:
        loader.dispose()


@pytest.mark.skipif(FastStrictLoader is None, reason="PyYAML without libyaml has one path")
@pytest.mark.parametrize("text", TEXTS)
def test_both_loaders_give_the_same_data_lines_and_problems(text: str) -> None:
    assert _read(FastStrictLoader, text) == _read(StrictLoader, text)


def test_anchors_and_aliases_are_reported_with_their_lines() -> None:
    data, problems = load_yaml("a: &x 1\nb: *x\n")
    assert data == {"a": 1, "b": 1}
    assert [line for line, _ in problems] == [1, 2]
    assert "anchor" in problems[0][1] and "alias" in problems[1][1]


def test_a_syntax_error_names_its_line() -> None:
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        load_yaml("title: T\ncriteria: [a, b\nnext: 1\n")
    assert caught.value.problem_mark is not None
    assert caught.value.problem_mark.line + 1 >= 2
