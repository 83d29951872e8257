"""A vendored copy of the SDK works where the installed distribution is absent.

Users copy ``callfire_async/`` (with ``custom/`` placed inside it as
``callfire_async/custom``) into their own package, e.g. ``myapp/_vendor/``.
This is checked in a separate interpreter started with ``-I -S``: no ``site``
processing, so no ``.pth`` file runs and the editable install's import hook is
absent; only the directories holding the runtime dependencies are appended to
``sys.path``. There, ``import callfire_async`` must fail while
``myapp._vendor.callfire_async`` (every module of it, the hand-written layer
included) imports and talks to the fake CallFire over a real socket, without
a single module named ``callfire_async...`` appearing in ``sys.modules``.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from callfire_async.custom.fake import FakeCallFire, serve_in_thread

ROOT = Path(__file__).resolve().parent.parent
VENDORED = "myapp._vendor.callfire_async"

# The program the clean interpreter runs. argv: vendor root, base URL, username, password,
# contact id, then the directories to append to sys.path.
CHECK_PROGRAM = textwrap.dedent(
    """
    import asyncio
    import importlib
    import json
    import pkgutil
    import sys

    vendor_root, base_url, username, password, contact_id, *dependency_dirs = sys.argv[1:]
    sys.path.insert(0, vendor_root)
    sys.path.extend(dependency_dirs)  # appended as plain entries: their .pth files never run
    report = {}

    try:
        import callfire_async  # noqa: F401
        report["installed_importable"] = True
    except ModuleNotFoundError:
        report["installed_importable"] = False

    import myapp._vendor.callfire_async as sdk
    from myapp._vendor.callfire_async.api.contacts import find_contacts, get_contact
    from myapp._vendor.callfire_async.client import Client
    from myapp._vendor.callfire_async.models import Contact, ContactPage
    import myapp._vendor.callfire_async.custom as custom

    failures = {}
    imported = []
    for package in (sdk, custom):
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
            if info.name.endswith(".__main__"):
                continue  # runs a program when imported; it is for `python -m` only
            try:
                importlib.import_module(info.name)
                imported.append(info.name)
            except Exception as error:  # report every broken module, not only the first
                failures[info.name] = f"{type(error).__name__}: {error}"
    report["imported"] = sorted(set(imported))
    report["import_failures"] = failures

    async def low_level_calls():
        import httpx

        http = httpx.AsyncClient(base_url=base_url, auth=httpx.BasicAuth(username, password))
        client = Client(base_url=base_url).set_async_httpx_client(http)
        async with client:
            one = await get_contact.asyncio_detailed(int(contact_id), client=client)
            page = await find_contacts.asyncio_detailed(client=client, id=[int(contact_id)])
        return {
            "status": int(one.status_code),
            "is_contact": isinstance(one.parsed, Contact),
            "model_module": type(one.parsed).__module__,
            "contact": one.parsed.to_dict(),
            "page_is_typed": isinstance(page.parsed, ContactPage)
            and all(isinstance(item, Contact) for item in page.parsed.items),
            "page_ids": [item.id for item in page.parsed.items],
        }

    report["low_level"] = asyncio.run(low_level_calls())

    # The facade, its paginator and the generated client it shares.
    async def facade_call():
        from myapp._vendor.callfire_async.custom import CallFire

        async with CallFire(username, password, base_url=base_url) as callfire:
            contact = await callfire.contacts.get_contact(int(contact_id))
            paged_ids = [item.id async for item in callfire.contacts.find_contacts(limit=1)]
            shared = await get_contact.asyncio(int(contact_id), client=callfire.client)
        return {
            "contact_id": contact.id,
            "model_module": type(contact).__module__,
            "paged_ids": paged_ids,
            "shared_client_contact_id": shared.id,
        }

    report["facade"] = asyncio.run(facade_call())
    report["facade_via_root"] = sdk.CallFire.__module__

    report["leaked_modules"] = sorted(
        name for name in sys.modules
        if name == "callfire_async" or name.startswith("callfire_async.")
    )
    print(json.dumps(report))
    """
)


def vendor_into(target: Path) -> None:
    """Lay the SDK out as a user vendors it: myapp/_vendor/callfire_async/{...,custom/}."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    vendor = target / "myapp" / "_vendor"
    vendor.mkdir(parents=True)
    (target / "myapp" / "__init__.py").write_text("", encoding="utf-8")
    (vendor / "__init__.py").write_text("", encoding="utf-8")
    shutil.copytree(ROOT / "callfire_async", vendor / "callfire_async", ignore=ignore)
    shutil.copytree(ROOT / "custom", vendor / "callfire_async" / "custom", ignore=ignore)


def dependency_dirs() -> list[str]:
    """The directories holding the SDK's, the fake's and the tests' third-party packages."""
    names = ["httpx", "attrs", "dateutil", "anyio", "starlette", "uvicorn", "pytest", "aiohttp"]
    specs = [importlib.util.find_spec(name) for name in names]
    origins = [Path(spec.origin) for spec in specs if spec is not None and spec.origin]
    return sorted({str(origin.resolve().parent.parent) for origin in origins})


def run_clean_interpreter(vendor_root: Path, *args: str) -> dict[str, Any]:
    # -I: no PYTHON* variables, no user site, no script directory; -S: no site module.
    command = [sys.executable, "-I", "-S", "-c", CHECK_PROGRAM, str(vendor_root), *args]
    completed = subprocess.run(
        [*command, *dependency_dirs()],
        cwd=vendor_root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return report


USERNAME, PASSWORD = "vendor-user", "vendor-secret"


@pytest.fixture(scope="module")
def vendored_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    fake = FakeCallFire(username=USERNAME, password=PASSWORD)
    contact_ids = fake.seed_contacts(3)
    contact_id = contact_ids[0]
    target = tmp_path_factory.mktemp("vendoring")
    vendor_into(target)
    with serve_in_thread(fake, host="127.0.0.1", port=0) as base_url:
        report = run_clean_interpreter(target, base_url, USERNAME, PASSWORD, str(contact_id))
    report["seeded_contact_id"] = contact_id
    report["seeded_contact_ids"] = contact_ids
    return report


def test_the_installed_distribution_is_not_importable_there(
    vendored_report: dict[str, Any],
) -> None:
    assert vendored_report["installed_importable"] is False


def test_every_vendored_module_imports(vendored_report: dict[str, Any]) -> None:
    assert vendored_report["import_failures"] == {}
    imported = set(vendored_report["imported"])
    expected = {
        f"{VENDORED}.client",
        f"{VENDORED}.models.contact",
        f"{VENDORED}.api.contacts.get_contact",
        f"{VENDORED}.custom.errors",
        f"{VENDORED}.custom.retry",
        f"{VENDORED}.custom.fake",
    }
    # Every hand-written module is among them, whatever its name.
    expected |= {
        f"{VENDORED}.custom.{path.stem}"
        for path in (ROOT / "custom").glob("*.py")
        if path.stem != "__init__"
    }
    assert expected <= imported


def test_nothing_imports_the_absolute_package_name(vendored_report: dict[str, Any]) -> None:
    assert vendored_report["leaked_modules"] == []


def test_the_vendored_low_level_function_calls_the_fake(vendored_report: dict[str, Any]) -> None:
    low_level = vendored_report["low_level"]
    assert low_level["status"] == 200
    assert low_level["is_contact"] is True
    assert low_level["model_module"] == f"{VENDORED}.models.contact"
    assert low_level["contact"]["id"] == vendored_report["seeded_contact_id"]
    assert low_level["page_is_typed"] is True
    assert low_level["page_ids"] == [vendored_report["seeded_contact_id"]]


def test_the_vendored_facade_calls_the_fake(vendored_report: dict[str, Any]) -> None:
    facade = vendored_report["facade"]
    assert facade["contact_id"] == vendored_report["seeded_contact_id"]
    assert facade["model_module"] == f"{VENDORED}.models.contact"
    # The vendored paginator walks every page (limit=1: one contact per request).
    assert facade["paged_ids"] == vendored_report["seeded_contact_ids"]
    assert facade["shared_client_contact_id"] == vendored_report["seeded_contact_id"]
    assert vendored_report["facade_via_root"].startswith(f"{VENDORED}.custom")
