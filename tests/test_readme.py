"""The README contract: CI runs the README's test command, word for word."""

from support import REPO


def test_ci_runs_the_readme_test_command():
    ci_command = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert ci_command.startswith("python3 -m venv .venv")
    assert f"\n{ci_command}\n" in readme


def test_readme_run_command_installs_and_opens_the_app():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "\npython3 -m venv .venv && . .venv/bin/activate && pip install . && briefing-tui\n" in readme
