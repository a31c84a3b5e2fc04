"""The TUI on pathological files (issue #11): a FIFO does not hang it, a 7 MB point shows cut with a marker."""

from __future__ import annotations

import asyncio
import os
import shutil

from app_support import DATA, loaded, rendered, until

from briefing_tui.app.widgets.briefing_list import BriefingList
from briefing_tui.app.widgets.detail import DetailPane
from support import MINIMAL


async def test_a_fifo_and_a_huge_point_neither_hang_nor_freeze_the_app(make_app, tmp_path):
    shutil.copy(DATA / "topics.toml", tmp_path / "topics.toml")
    os.mkfifo(tmp_path / "x.toml")  # reading it would block the load forever (the app then ignored q)
    head = MINIMAL.split("[[points]]")[0].replace('title = "Test meeting"', 'title = "Huge"')
    words = "cooperation " * 600_000
    (tmp_path / "huge.toml").write_text(
        head + f'\n[[points]]\ntext = "{words}"\noutcome = "stated"\n', encoding="utf-8"
    )
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await asyncio.wait_for(loaded(pilot), 60)  # generous: a hang fails, nothing is timed
        assert [p.path.rsplit("/", 1)[-1] for p in screen.library.problems if p.severity == "error"] == ["x.toml"]
        assert screen.query_one(BriefingList).option_count == 1
        detail = screen.query_one(DetailPane)
        await until(pilot, lambda: "Huge" in rendered(detail.body))
        body = " ".join(rendered(detail.body).split())
        assert f"… {len(words) - 10_000:,} more characters; see the file" in body
        assert detail.body.outer_size.height < 400  # the pane holds the cut text, not 7 MB of it
        await pilot.press("q")
    assert app.return_code in (0, None)
