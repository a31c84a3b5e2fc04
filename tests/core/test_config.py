"""The config file: sources (the bundled corpus can be switched off), keys, and located errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing_tui.core.store.bundled import bundled_dir
from briefing_tui.core.store.config import (
    BUNDLED,
    TEMPLATE,
    Config,
    ConfigError,
    Source,
    env_paths,
    load_config,
    parse_config,
    source_of,
)


def test_no_file_is_the_bundled_corpus_and_no_remaps(tmp_path):
    config = load_config(tmp_path)
    assert config == Config()
    assert config.paths == [bundled_dir()]
    assert config.keys == {}


def test_the_template_is_a_valid_config_that_changes_nothing(tmp_path):
    assert parse_config(tmp_path / "config.toml", TEMPLATE) == Config()


def test_named_sources_in_order_with_the_bundled_one_switched_off(tmp_path):
    home = Path.home()
    text = f"""
[sources.bundled]
enabled = false

[sources.work]
path = "{tmp_path / "work"}"

[sources.home]
path = "~/readouts"

[sources.old]
path = "old"
enabled = false

[keys]
sort = "S"
edit = "ctrl+e, f4"
"""
    config = parse_config(tmp_path / "config.toml", text)
    assert [(s.name, s.enabled) for s in config.sources] == [
        (BUNDLED, False),
        ("work", True),
        ("home", True),
        ("old", False),
    ]
    assert config.paths == [tmp_path / "work", home / "readouts"]
    assert config.sources[3].path == tmp_path / "old"  # relative to the config file's folder
    assert config.keys == {"sort": "S", "edit": "ctrl+e,f4"}


@pytest.mark.parametrize(
    ("text", "where", "expected"),
    [
        ("[sources.work]\npath = 5\n", "2:1", 'expected path = "a folder or file"'),
        ("[sources.work]\nenabled = true\n", "1:1", 'expected path = "a folder or file"'),
        ('[sources.work]\npath = "x"\nenabled = "no"\n', "3:1", "expected true or false"),
        ('[sources.bundled]\npath = "x"\n', "2:1", "the bundled source has no path"),
        ('[sources.work]\npth = "x"\n', "2:1", "unknown setting 'pth'"),
        ("[keys]\nsort = 5\n", "2:1", 'expected a key such as "s"'),
        ('[keys]\nsort = " , "\n', "2:1", 'expected a key such as "s"'),
        ('\n\ntheme = "x"\n', "3:1", "unknown setting 'theme'"),
        ('[keys]\nsort = "S"\n[sources\n', "3:9", "invalid TOML"),
        ("sources = 3\n", "1:1", "expected a table of sources"),
    ],
)
def test_a_broken_config_is_located(tmp_path, text, where, expected):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{where}: "), message
    assert expected in message


def test_bytes_that_are_not_utf8_are_located(tmp_path):
    (tmp_path / "config.toml").write_bytes(b'[keys]\nsort = "\xff"\n')
    with pytest.raises(ConfigError, match=r"config.toml:2:9: not UTF-8"):
        load_config(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_its_place_is_refused_not_opened(tmp_path):
    os.mkfifo(tmp_path / "config.toml")
    with pytest.raises(ConfigError, match="not a regular file"):
        load_config(tmp_path)


def test_briefings_dir_is_a_path_list():
    value = os.pathsep.join(["/a", "", "~/b"])
    assert env_paths({"BRIEFINGS_DIR": value}) == [Path("/a"), Path.home() / "b"]
    assert env_paths({"BRIEFINGS_DIR": "/only"}) == [Path("/only")]
    assert env_paths({}) is None
    assert env_paths({"BRIEFINGS_DIR": os.pathsep}) is None


def test_source_of_names_the_folder_a_file_came_from(tmp_path):
    sources = (Source("work", tmp_path / "work"), Source("one", tmp_path / "x.toml"))
    assert source_of(tmp_path / "work" / "sub" / "a.toml", sources) == "work"
    assert source_of(tmp_path / "x.toml", sources) == "one"
    assert source_of(tmp_path / "elsewhere.toml", sources) is None
