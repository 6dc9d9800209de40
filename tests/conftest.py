"""Suite-wide set-up: headless Qt, qasync loop, throw-away keyring and config, demo server.

Every test runs with QT_QPA_PLATFORM=offscreen, a temporary HOME/XDG config directory and an
in-memory keyring, so no test can touch the user's real settings or secrets. Async tests run on
a qasync loop (asyncio on the Qt event loop), the same set-up the app uses.
"""

from __future__ import annotations

import asyncio
import gc
import os
import shutil
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

_SANDBOX = Path(tempfile.mkdtemp(prefix="talk-moderator-tests-"))
os.environ["QT_QPA_PLATFORM"] = os.environ.get("TEST_QT_QPA_PLATFORM", "offscreen")
os.environ["HOME"] = str(_SANDBOX / "home")
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_STATE_HOME"] = str(_SANDBOX / "state")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ.pop("TALK_MODERATOR_PASSWORD", None)
for sub in ("home", "config", "data", "state", "cache"):
    (_SANDBOX / sub).mkdir(parents=True, exist_ok=True)

import httpx  # noqa: E402
import keyring  # noqa: E402
import pytest  # noqa: E402
import pytestqt.plugin as pytestqt_plugin  # noqa: E402
import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.api import TalkService  # noqa: E402
from app.demo_server import DemoServer  # noqa: E402
from tests.helpers.memory_keyring import MemoryKeyring  # noqa: E402
from tests.helpers.openapi import RecordingTransport, ResponseLog, load_spec  # noqa: E402
from tests.helpers.real_server import REQUIRE_ENV, RealServer, RealServerBoot  # noqa: E402
from tests.helpers.untranslated import compile_catalogue  # noqa: E402

SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
"""``../shared`` beside the project: the Talk API reference (absent on some machines)."""

OPENAPI_LOG = ResponseLog(load_spec(SHARED_DIR / "talk-api" / "openapi" / "openapi.json"))
"""Every demo-server answer a test's service saw, validated against Talk's OpenAPI spec."""


def pytest_configure(config: pytest.Config) -> None:
    keyring.set_keyring(MemoryKeyring())
    # The cyclic garbage collector runs in whichever thread happens to allocate when a
    # threshold is crossed: often a demo server's thread. A Python-owned QObject freed there
    # (a finished qasync loop's timer object, a widget in a reference cycle) cannot stop its
    # Qt timers from the wrong thread ("QObject::~QObject: Timers cannot be stopped from
    # another thread"); the main thread's timer list then points at freed memory and Qt
    # segfaults at the next timer tick. So no automatic collection: it runs between tests,
    # on the main thread (pytest_runtest_teardown below).
    gc.disable()


FULL_COLLECTION_EVERY = 25
"""Tests between two full collections; the young generations are collected after each."""

_tests_run = 0


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Collect cyclic garbage on the main thread, once the test's fixtures are torn down."""
    global _tests_run
    _tests_run += 1
    if _tests_run % FULL_COLLECTION_EVERY == 0:
        gc.collect()
    else:
        gc.collect(1)


_LOOPS: list[Any] = []
"""Every qasync loop made: kept alive, because Qt crashes when a closed loop's QObjects are
garbage-collected while a later loop runs (segfaults after a few dozen async tests)."""


def _process_events_on_the_loop() -> None:
    """pytest-qt processes Qt's events between a test's phases; qasync runs asyncio callbacks
    from Qt timers, and a task stepped there, outside the loop's run, finds no running loop
    (anyio then fails inside httpx: "no running event loop", and the test waits forever).
    Process them with the test's loop set as running, as it is while the loop runs."""
    app = QApplication.instance()
    if app is None:
        return
    loop = next((lp for lp in reversed(_LOOPS) if not lp.is_closed()), None)
    if loop is None or asyncio.events._get_running_loop() is not None:
        app.processEvents()
        return
    asyncio.events._set_running_loop(loop)
    try:
        app.processEvents()
    finally:
        asyncio.events._set_running_loop(None)


pytestqt_plugin._process_events = _process_events_on_the_loop


SHUTDOWN_GRACE_S = 15.0
"""How long cancelled tasks may take to finish when a test's loop shuts down."""


class _TestLoop(qasync.QEventLoop):  # type: ignore[misc]
    """qasync loop that cannot hang a test run while cancelling left-over tasks.

    pytest-asyncio closes each test's loop by cancelling its remaining tasks and waiting for
    them. A task that swallows the cancellation would block there forever, inside Qt's event
    loop where no timeout can interrupt it; here the wait is bounded, and the stuck tasks are
    named in the error so the test that leaked them fails visibly instead.
    """

    _finishing = False

    def _after_run_forever(self) -> None:
        super()._after_run_forever()
        if self._finishing:
            # qasync's run_until_complete processes Qt's events once more after run_forever
            # has cleared the running loop: a task stepped there finds none and fails (anyio's
            # "no running event loop" inside httpx). Keep it set until that pass is over.
            asyncio.events._set_running_loop(self)

    def run_until_complete(self, future: Any) -> Any:
        self._finishing = True
        try:
            return self._run_until_complete(future)
        finally:
            self._finishing = False
            asyncio.events._set_running_loop(None)

    def _run_until_complete(self, future: Any) -> Any:
        if isinstance(future, asyncio.Future) and not isinstance(future, asyncio.Task):
            timer = self.call_later(SHUTDOWN_GRACE_S, self.stop)
            try:
                return super().run_until_complete(future)
            except RuntimeError as exc:
                stuck = [t for t in asyncio.all_tasks(self) if not t.done()]
                raise RuntimeError(
                    f"tasks did not finish within {SHUTDOWN_GRACE_S:.0f} s of being cancelled: "
                    + ", ".join(repr(t.get_coro()) for t in stuck)
                ) from exc
            finally:
                timer.cancel()
        return super().run_until_complete(future)


def _application() -> QApplication:
    """The one QApplication, which never quits because a test closed its last window.

    By default Qt quits when the last visible window closes; with a test's qasync loop running
    on ``app.exec()`` that stops the loop under the test ("Event loop stopped before Future
    completed"), depending on which windows happen to be open. The app itself turns it off
    too (bootstrap, kiosk): the coroutine decides when it is done.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    return app


@pytest.fixture(scope="session", autouse=True)
def _keep_running_when_windows_close(qapp: QApplication) -> None:
    """Also for pytest-qt's ``qapp`` (sync Qt tests may create the app first)."""
    _application()
    # English plural forms ("1 action", "31 actions"), as every start of the app installs
    from app.qtapp.translations import install_english_plurals

    install_english_plurals()


def _qasync_loop() -> Any:
    app = _application()
    loop = _TestLoop(app)
    _LOOPS.append(loop)
    return loop


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final teardown once pytest has reported everything.

    PySide6 (6.12) can crash while Python tears down its Qt wrappers at exit ("deallocating
    None"), long after every test has passed and the summary has been printed; that would turn
    a green run into exit status 134. The exit status pytest decided is kept as it is.
    """
    shutil.rmtree(_SANDBOX, ignore_errors=True)  # the run's HOME and XDG directories
    session = getattr(config, "_talk_moderator_session", None)
    if session is None:
        return
    status = session.exitstatus
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(status))


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Any]:
    """Run every async test on a qasync loop, like the app itself."""
    return {"qasync": _qasync_loop}


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A fresh, empty in-memory keyring for this test."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private config directory for this test (settings, audit log, accounts)."""
    path = tmp_path / "config"
    path.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path))
    monkeypatch.setenv("TALK_MODERATOR_CONFIG_DIR", str(path / "talk-moderator"))
    return path


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Say how many demo-server answers were checked against the Talk OpenAPI spec."""
    if OPENAPI_LOG.spec is None:
        terminalreporter.write_line("OpenAPI validation skipped: ../shared/talk-api is absent")
        return
    skipped = sum(1 for v in OPENAPI_LOG.verdicts if not v.checked)
    terminalreporter.write_line(
        f"OpenAPI: {OPENAPI_LOG.checked} demo-server answers validated, "
        f"{len(OPENAPI_LOG.failures())} failed, {skipped} outside the Talk spec, "
        f"{OPENAPI_LOG.unvalidated_faults} not validated (fault injection on)"
    )


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED_DIR


@pytest.fixture(scope="session")
def openapi_log() -> ResponseLog:
    return OPENAPI_LOG


def _recording_transport(server: DemoServer) -> RecordingTransport:
    """Answers are validated, except those the server's fault injection spoiled on purpose."""
    return RecordingTransport(
        OPENAPI_LOG,
        skip=lambda request, response: (
            server.faults.fail_rate > 0 or "x-demo-fault" in response.headers
        ),
    )


@pytest.fixture(scope="session")
def recording_transport_for() -> Any:
    return _recording_transport


@pytest.fixture(autouse=True)
def _openapi_check() -> Iterator[None]:
    """Fail the test whose demo-server answers do not match the Talk OpenAPI spec."""
    start = len(OPENAPI_LOG.verdicts)
    yield
    bad = [v for v in OPENAPI_LOG.since(start) if v.errors]
    if bad:
        pytest.fail(
            "demo server answers that break the Talk OpenAPI spec:\n" + OPENAPI_LOG.report(bad),
            pytrace=False,
        )


def serve_demo(**options: Any) -> Iterator[DemoServer]:
    """A started demo server (standard seed, free loopback port), stopped afterwards.

    Without a signaling server unless ``hpb=True`` (the app's ``--demo`` has one): the
    tests of polling and pulls see the server they were written for.
    """
    options.setdefault("hpb", False)
    server = DemoServer(seed=1, **options)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    """A fresh demo server with the standard seed, on a free loopback port."""
    yield from serve_demo()


@pytest.fixture
def hpb_demo_server() -> Iterator[DemoServer]:
    """A demo server with its own signaling server (websocket ``/spreed``), as ``--demo``."""
    yield from serve_demo(hpb=True)


@pytest.fixture
def real_profile_server() -> Iterator[DemoServer]:
    """A demo server configured as the real test server: no recording server, no SIP."""
    yield from serve_demo(profile="real")


@pytest.fixture
async def service(demo_server: DemoServer) -> AsyncIterator[TalkService]:
    """The real API service signed in to the demo server as the seeded moderator, every
    answer recorded (and checked against Talk's OpenAPI description)."""
    async with _moderator_service(demo_server, _recording_transport(demo_server)) as svc:
        yield svc


@pytest.fixture
async def plain_service(demo_server: DemoServer) -> AsyncIterator[TalkService]:
    """The moderator's service as the app builds it: no custom transport, so its big reads
    run in the reader's threads (and are not recorded)."""
    async with _moderator_service(demo_server, None) as svc:
        yield svc


def _moderator_service(
    demo_server: DemoServer, transport: httpx.AsyncBaseTransport | None
) -> TalkService:
    return TalkService(
        demo_server.url,
        demo_server.moderator.login,
        demo_server.moderator.app_password,
        retry_base_delay=0.01,
        timeout=5.0,
        transport=transport,
    )


# ------------------------------------------------------------------ the real Talk server

_REAL_BOOT = RealServerBoot(SHARED_DIR)
"""Started in the background once collection shows a ``real_server`` test will run."""

_REAL_SIGNALING_BOOT = RealServerBoot(SHARED_DIR, signaling=True)
"""The real server with a signaling server: started only when a test asks for it."""

_SERVER_FIXTURES = ("real_server", "real_signaling_server")

_REAL_LOG_KEY = pytest.StashKey[dict[str, int]]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A test that uses the real server carries the marker (so ``-m real_server`` finds it)."""
    for item in items:
        if set(_SERVER_FIXTURES) & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.real_server)


def pytest_collection_finish(session: pytest.Session) -> None:
    def signaling(item: pytest.Item) -> bool:
        return "real_signaling_server" in getattr(item, "fixturenames", ())

    marked = [item for item in session.items if item.get_closest_marker("real_server")]
    for boot, wanted in (
        (_REAL_BOOT, any(not signaling(item) for item in marked)),
        (_REAL_SIGNALING_BOOT, any(signaling(item) for item in marked)),
    ):
        if wanted and boot.available and not session.config.option.collectonly:
            boot.start()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config._talk_moderator_session = session  # type: ignore[attr-defined]
    _REAL_BOOT.stop()
    _REAL_SIGNALING_BOOT.stop()


@pytest.fixture(scope="session")
def real_server() -> RealServer:
    """The real Nextcloud 32.0.1 + Talk 21.1.7 of this test run (shared by all its tests)."""
    if not _REAL_BOOT.available:
        reason = f"no real Talk server here: {_REAL_BOOT.script} is absent"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{reason}, but {REQUIRE_ENV}=1 says these tests must run")
        pytest.skip(reason)
    try:
        return _REAL_BOOT.wait()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def real_signaling_server() -> RealServer:
    """A second real server, with Talk's signaling server (``run.sh ... --signaling``)."""
    if not _REAL_SIGNALING_BOOT.available:
        reason = f"no real Talk server here: {_REAL_SIGNALING_BOOT.script} is absent"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"{reason}, but {REQUIRE_ENV}=1 says these tests must run")
        pytest.skip(reason)
    try:
        return _REAL_SIGNALING_BOOT.wait()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    server = _server_of(item)
    if item.get_closest_marker("real_server") and server is not None:
        item.stash[_REAL_LOG_KEY] = server.log_sizes()


def _server_of(item: pytest.Item) -> RealServer | None:
    """The real server a test uses (the one with a signaling server if it asks for that)."""
    if "real_signaling_server" in getattr(item, "fixturenames", ()):
        return _REAL_SIGNALING_BOOT.server
    return _REAL_BOOT.server


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Any:
    """A failing ``real_server`` test carries what the server logged while it ran."""
    outcome = yield
    report = outcome.get_result()
    server = _server_of(item)
    if report.failed and server is not None and item.get_closest_marker("real_server"):
        logged = server.log_since(item.stash.get(_REAL_LOG_KEY, {}))
        if logged:
            report.sections.append(("real server log", logged))


@pytest.fixture(scope="session")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The German catalogue compiled once for the run (``tests.helpers.untranslated``): the
    German window's, dialogs' and kiosk's tests install it with ``language("de", ...)``."""
    return compile_catalogue(tmp_path_factory.mktemp("qm"))
