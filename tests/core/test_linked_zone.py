"""The /etc/localtime link read as tzlocal reads it: its answer where it is plain, nothing elsewhere."""

from __future__ import annotations

import os

import pytest
from tzlocal import unix as tzlocal_unix

from briefing_tui.core.model import zones
from briefing_tui.core.model.linked_zone import _tzdata_folder, linked_zone

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the link is a Unix convention")


@pytest.fixture
def root(tmp_path, monkeypatch):
    """A system root whose /etc/localtime links to tzdata's Europe/Paris (there on every machine)."""
    monkeypatch.delenv("TZ")  # tzlocal reads $TZ before any file
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "localtime").symlink_to(os.path.join(_tzdata_folder(), "Europe", "Paris"))
    return tmp_path


def test_a_plain_link_is_tzlocals_answer(root):
    assert linked_zone(str(root)) == "Europe/Paris" == tzlocal_unix._get_localzone_name(str(root))


def test_an_etc_timezone_that_agrees_changes_nothing(root):
    (root / "etc" / "timezone").write_text("Europe/Paris\n")
    assert linked_zone(str(root)) == "Europe/Paris" == tzlocal_unix._get_localzone_name(str(root))
    (root / "etc" / "timezone").write_text("# a comment only\n")  # names no zone: the link alone
    assert linked_zone(str(root)) == "Europe/Paris" == tzlocal_unix._get_localzone_name(str(root))


def test_anything_else_is_left_to_tzlocal(root):
    (root / "etc" / "timezone").write_text("Asia/Tokyo\n")  # disagrees: tzlocal warns or refuses
    assert linked_zone(str(root)) is None
    (root / "etc" / "timezone").unlink()
    (root / "etc" / "sysconfig").mkdir()
    (root / "etc" / "sysconfig" / "clock").write_text('ZONE="Europe/Paris"\n')  # another setting
    assert linked_zone(str(root)) is None
    (root / "etc" / "sysconfig" / "clock").unlink()
    (root / "etc" / "localtime").unlink()
    assert linked_zone(str(root)) is None  # no link
    (root / "etc" / "localtime").write_bytes(b"TZif")  # a copy, not a link
    assert linked_zone(str(root)) is None
    (root / "etc" / "localtime").unlink()
    (root / "etc" / "localtime").symlink_to(root / "nowhere")  # dangling
    assert linked_zone(str(root)) is None
    (root / "etc" / "localtime").unlink()
    (root / "etc" / "localtime").symlink_to(root / "etc")  # no zone's file
    assert linked_zone(str(root)) is None


def test_the_readers_zone_is_tzlocals(monkeypatch):
    """On this machine, without $TZ: what tzlocal says (the link read here, or tzlocal asked)."""
    monkeypatch.delenv("TZ")
    zones.local_zone_name.cache_clear()
    try:
        name = tzlocal_unix._get_localzone_name()
        zones.get_zone(name or "")
        expected = zones.canonical(name)
    except Exception:
        expected = "UTC"
    assert zones.local_zone_name() == expected


def test_a_dangling_link_whose_tail_is_a_zone_is_left_to_tzlocal(root):
    """tzlocal asks that the link exists; its tail alone named a zone here (review of session 5)."""
    (root / "etc" / "localtime").unlink()
    (root / "etc" / "localtime").symlink_to("/nonexistent/usr/share/zoneinfo/Europe/Paris")
    assert linked_zone(str(root)) is None
    assert tzlocal_unix._get_localzone_name(str(root)) is None
