"""The testing kit users get with the package: the pytest plugin's fixtures (registered by the
`pytest11` entry point, no conftest) and the fake's command line.

The plugin is loaded here exactly as in a user's project: tests/conftest.py does not name it.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import anyio
import httpx
import pytest

from callfire_async.custom import CallFire
from callfire_async.custom.fake import Fault, RunningFakeCallFire

pytestmark = pytest.mark.anyio


async def test_client_fixture_is_connected_to_the_fake(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    ids = callfire_fake.seed_contacts(3)
    page = await callfire_client.contacts.find_contacts()
    assert [contact.id for contact in page.items or []] == ids
    assert callfire_fake.count("GET", "/v2/contacts") == 1


async def test_client_fixture_retries_like_production(
    callfire_client: CallFire, callfire_fake: RunningFakeCallFire
) -> None:
    # Its waits are skipped, not its retries: a test of the user's retry handling stays honest.
    [contact_id] = callfire_fake.seed_contacts(1)
    callfire_fake.faults.add(Fault(method="GET", path="/v2/contacts/*", status=503, times=2))
    contact = await callfire_client.contacts.get_contact(id=contact_id)
    assert contact.id == contact_id
    assert callfire_fake.count("GET", "/v2/contacts/*") == 3


def test_fake_fixture_knows_its_url_and_credential(callfire_fake: RunningFakeCallFire) -> None:
    assert callfire_fake.base_url.startswith("http://127.0.0.1:")
    callfire_fake.seed_contacts(2)
    url = f"{callfire_fake.base_url}/contacts"
    with httpx.Client(timeout=10) as client:
        assert client.get(url, auth=callfire_fake.credentials).json()["totalCount"] == 2
        assert client.get(url, auth=(callfire_fake.username, "wrong")).status_code == 401
    assert callfire_fake.env() == {
        "CALLFIRE_BASE_URL": callfire_fake.base_url,
        "CALLFIRE_USERNAME": callfire_fake.username,
        "CALLFIRE_PASSWORD": callfire_fake.password,
    }
    assert callfire_fake.password not in repr(callfire_fake)


def test_each_test_starts_from_an_empty_fake(callfire_fake: RunningFakeCallFire) -> None:
    # Runs after tests that seeded contacts and injected faults on the same session server.
    assert callfire_fake.store.contacts == {}
    assert callfire_fake.requests == []


OLD_STYLE_TEST = """
    import httpx

    pytest_plugins = []  # filled in by the conftest below, as projects did before the entry point


    def test_old_fixture_names(callfire_fake, callfire_fake_url, callfire_credentials,
                               callfire_fake_server):
        fake, url = callfire_fake_server
        assert fake is callfire_fake and url == callfire_fake_url
        [contact_id] = callfire_fake.seed_contacts(1)
        response = httpx.get(f"{callfire_fake_url}/contacts/{contact_id}",
                             auth=callfire_credentials)
        assert response.json()["id"] == contact_id
"""


def test_old_conftest_line_and_fixture_names_keep_working(pytester: pytest.Pytester) -> None:
    # A conftest that still loads the plugin by module path must not register it a second time.
    pytester.makeconftest('pytest_plugins = ["callfire_async.custom.fake.pytest_plugin"]')
    pytester.makepyfile(textwrap.dedent(OLD_STYLE_TEST))
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_credentials_fixture_can_be_overridden(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        textwrap.dedent(
            """
            import pytest

            @pytest.fixture(scope="session")
            def callfire_credentials():
                return ("billing-worker", "s3cret")

            @pytest.mark.anyio
            async def test_client(callfire_client, callfire_fake):
                assert callfire_fake.credentials == ("billing-worker", "s3cret")
                callfire_fake.seed_contacts(1)
                page = await callfire_client.contacts.find_contacts()
                assert len(page.items) == 1
            """
        )
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    # anyio's default `anyio_backend` runs an async test once per installed backend.
    result.assert_outcomes(passed=len(anyio.get_available_backends()))


# Runs pytest in an interpreter where the `fake` extra's packages cannot be imported.
WITHOUT_FAKE_EXTRA = """
import sys
sys.modules["starlette"] = None  # import starlette -> ModuleNotFoundError
sys.modules["uvicorn"] = None
import pytest
sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", *sys.argv[1:]]))
"""


def test_plugin_needs_the_fake_extra_only_when_its_fixtures_are_used(
    pytester: pytest.Pytester,
) -> None:
    pytester.makepyfile(
        textwrap.dedent(
            """
            def test_unrelated():
                assert True

            def test_uses_fake(callfire_fake):
                pass
            """
        )
    )
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_FAKE_EXTRA, str(pytester.path)],
        cwd=pytester.path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert "1 passed, 1 error" in output, output
    assert "needs the `fake` extra" in output, output


def test_command_line_help_explains_every_flag_with_its_default() -> None:
    from callfire_async.custom.fake.__main__ import build_parser

    parser = build_parser()
    help_text = " ".join(parser.format_help().split())
    for action in parser._actions:
        if action.dest == "help":
            continue
        assert action.help, f"{action.option_strings} has no help"
        assert f"(default: {action.default})" in help_text, action.option_strings
