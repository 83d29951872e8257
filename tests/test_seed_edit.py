"""An everyday spec edit needs no hand edit: a copy of the project gets a new paged GET (with the
overlay entry naming its page) and a new `.mp3` download (no overlay entry at all), is
regenerated with `make generate`, and the project's own spec-driven tests pass there."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from support import ROOT, copy_project, make

PAGED = {
    "summary": "Find archived contacts",
    "description": "Contacts that were archived, newest first.",
    "operationId": "findArchivedContacts",
    "parameters": [
        {"in": "query", "name": "limit", "description": "Page size"},
        {"in": "query", "name": "offset", "description": "Offset"},
    ],
    "responses": {"200": {"description": "OK"}},
    "tags": ["Contacts"],
}
MP3 = {
    "summary": "Get a call's voicemail in mp3 format",
    "operationId": "getCallVoicemailMp3",
    "parameters": [{"in": "path", "name": "id", "description": "An id of a call"}],
    "responses": {"200": {"description": "OK"}},
    "tags": ["Calls"],
}
PAGE_OVERLAY = {
    "responses": {
        "200": {
            "description": "A page of archived contacts.",
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/ContactPage"}}
            },
        }
    }
}


SPEC_DRIVEN_MARK = re.compile(r"^pytestmark = pytest\.mark\.spec_driven$", re.MULTILINE)


def spec_driven_tests() -> list[str]:
    """The test modules marked spec_driven: those that take their operations from the spec (not
    those of one operation's own behaviour, nor the slow official-file ones). Found by their
    marker, so a new one is rerun here without being listed."""
    modules = sorted((ROOT / "tests").glob("test_*.py"))
    marked = [m for m in modules if SPEC_DRIVEN_MARK.search(m.read_text(encoding="utf-8"))]
    assert marked
    return [f"tests/{module.name}" for module in marked]


def edit_yaml(path: Path, change: Any) -> None:
    # The seed is a YAML stream whose first document is the spec (as convert.py reads it).
    document = next(d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d)
    change(document)
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")


@pytest.fixture(scope="module")
def edited_project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = copy_project(tmp_path_factory.mktemp("edited") / "project", ("custom", "tests"))
    edit_yaml(
        root / "spec/callfire-v2.swagger.yaml",
        lambda doc: doc["paths"].update(
            {"/contacts/archived": {"get": PAGED}, "/calls/{id}/voicemail.mp3": {"get": MP3}}
        ),
    )
    edit_yaml(
        root / "spec/overlay.yaml",
        lambda doc: doc["operations"].update({"findArchivedContacts": PAGE_OVERLAY}),
    )
    result, _ = make(root, "generate")
    assert result.returncode == 0, result.stdout + result.stderr
    # The vendored layout, so the copy imports its own package with the hand-written layer.
    (root / "callfire_async" / "custom").symlink_to(root / "custom")
    return root, result.stderr


def run_in(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


def test_the_new_operations_get_their_kinds(edited_project: tuple[Path, str]) -> None:
    root, report = edited_project
    reference = (root / "docs/api.md").read_text(encoding="utf-8")
    assert (
        "| `cf.contacts.find_archived_contacts` | paged | `GET /contacts/archived` |" in reference
    )
    assert "| `cf.calls.get_call_voicemail_mp3` | download |" in reference
    # The download had no overlay entry: generation says so, without failing.
    assert "operations the overlay does not mention: getCallVoicemailMp3" in report


def test_the_fake_answers_both(edited_project: tuple[Path, str]) -> None:
    root, _ = edited_project
    probe = (
        "import httpx\n"
        "from callfire_async.custom.fake import FakeCallFire\n"
        "fake = FakeCallFire('u', 'p')\n"
        "import anyio\n"
        "async def main():\n"
        "    transport = httpx.ASGITransport(app=fake.app)\n"
        "    async with httpx.AsyncClient(transport=transport, base_url='http://f/v2',"
        " auth=('u', 'p')) as c:\n"
        "        page = (await c.get('/contacts/archived', params={'limit': 2})).json()\n"
        "        assert len(page['items']) == 2 and page['totalCount'] > 2, page\n"
        "        mp3 = await c.get('/calls/9/voicemail.mp3', headers={'Range': 'bytes=0-9'})\n"
        "        assert mp3.status_code == 206 and len(mp3.content) == 10, mp3\n"
        "        assert mp3.headers['content-type'] == 'audio/mpeg'\n"
        "    assert fake.server_errors == []\n"
        "anyio.run(main)\n"
    )
    result = run_in(root, "-c", probe)
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_projects_spec_driven_tests_pass_in_the_edited_copy(
    edited_project: tuple[Path, str],
) -> None:
    root, _ = edited_project
    result = run_in(
        root, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *spec_driven_tests()
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
