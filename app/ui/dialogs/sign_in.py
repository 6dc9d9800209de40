"""Sign in to a Nextcloud: check the address, let the browser grant access, keep the secret.

The steps, each on its own page of one dialog so nothing typed is lost when going back:

1. Server: the address is checked (``check_server``); every "no" is shown inline. A plain http
   address of another machine shows a warning first, a certificate that does not verify shows
   its fingerprint, and either can be accepted explicitly for this server.
2. Waiting: Login Flow v2 opens the server's login page in the system browser and waits for
   access to be granted; Cancel goes back, "Use an app password instead" goes to page 3.
3. Manual: user name and app password, checked against the server before saving.
4. Keyring: shown only when the app password cannot be stored in the OS keyring; the user may
   keep it for this run only.

Also used to sign in again after the server refused the app password (``account=``): then the
address and user name are filled in and the login must stay the same.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...accounts import AccountStore
from ...api import TalkError
from ...api.login_flow import (
    Credentials,
    InsecureAddress,
    LoginFlow,
    LoginFlowFailed,
    ServerInfo,
    UntrustedCertificate,
    check_server,
    normalize_server_url,
    verify_credentials,
)
from ...i18n import QT_TRANSLATE_NOOP
from ...qtapp.translations import error_text
from ...secrets import KeyringUnavailable
from ...settings import AccountEntry
from ...widgets import PlainLabel
from ..theme import show_in_tone

log = logging.getLogger(__name__)

UrlOpener = Callable[[str], object]

FIRST_START_INTRO = QT_TRANSLATE_NOOP(
    "SignInDialog",
    "{app} moderates Nextcloud Talk conversations (lobby, roles, calls, many people at "
    "once): sign in to your Nextcloud below, or try it first on a built-in demo server.",
)
"""The one sentence (and its offer) that a first start without any account begins with
(English, ``{app}`` for the app's name; translated when shown)."""


def open_in_browser(url: str) -> bool:
    """Open ``url`` in the user's browser (the real login page: 2FA and SSO happen there)."""
    return bool(QDesktopServices.openUrl(QUrl(url)))


def _label(parent: QWidget, name: str, text: str = "", *, error: bool = False) -> PlainLabel:
    label = PlainLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if error:
        show_in_tone(label, "error")  # readable in the dark theme too
    return label


class AddressView(QPlainTextEdit):
    """A long address shown whole: wrapped anywhere (a Login Flow address is one unbroken word
    of 150 characters, which a label cuts off), selectable, copied as it is."""

    MAX_LINES = 4

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("background: transparent;")
        self.setFixedHeight(self._height_for(self.MAX_LINES))

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        frame = 2 * int(self.document().documentMargin()) + margins.top() + margins.bottom()
        return self.fontMetrics().lineSpacing() * lines + frame

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 (as QLabel's)
        self.setPlainText(text)


def _button(parent: QWidget, name: str, text: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


class SignInDialog(QDialog):
    """Add an account (or sign in to one again).

    Args:
        store: where the account and its app password are saved.
        account: sign in again to this account (address, user name and trust prefilled).
        open_url: opens the login page; the system browser by default (tests pass their own).
        poll_interval: seconds between Login Flow v2 polls.
        offer_demo: the first start: say what the program is and offer "Try the demo" (the
            dialog then closes with ``demo_requested`` set).
        parent: the owning window.

    Signals:
        signed_in: the saved ``AccountEntry``, once; the dialog then closes.
    """

    signed_in = Signal(object)

    def __init__(
        self,
        store: AccountStore,
        *,
        account: AccountEntry | None = None,
        open_url: UrlOpener | None = None,
        poll_interval: float = 1.0,
        offer_demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.demo_requested = False
        self.account = account
        self.open_url: UrlOpener = open_url or open_in_browser
        self.poll_interval = poll_interval
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in again") if account else self.tr("Add an account"))
        self.setModal(True)
        self.setMinimumWidth(480)

        self._task: asyncio.Task[Any] | None = None
        self._flow: LoginFlow | None = None
        self._server: ServerInfo | None = None
        self._trusted_sha256: str | None = account.trusted_sha256 if account else None
        self._allow_http = account.allow_http if account else False
        self._offered_sha256: str | None = None
        self._pending: Credentials | None = None
        self.login_url = ""
        self.entry: AccountEntry | None = None

        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("signInPages")
        layout.addWidget(self.pages)
        self._build_server_page()
        self._build_waiting_page()
        self._build_manual_page()
        self._build_keyring_page()

        self.error_label = _label(self, "errorLabel", error=True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.progress.hide()
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox(self)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        self.demo_button: QPushButton | None = None
        if offer_demo:
            self.demo_button = _button(self, "tryDemoButton", self.tr("Try the demo"))
            self.demo_button.setToolTip(
                self.tr(
                    "A built-in demo server with sample conversations and people: nothing you "
                    "do there reaches a real Nextcloud"
                )
            )
            self.demo_button.clicked.connect(self._try_demo)
            buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)

        if account is not None:
            self.server_edit.setText(account.server_url)
            self.label_edit.setText(account.label)
            self.login_edit.setText(account.login)
            self.login_edit.setReadOnly(True)
            self.set_intro(
                self.tr(
                    "The server no longer accepts the app password of {name}. "
                    "Sign in again; your open work stays as it is."
                ).format(name=account.title)
            )
        if offer_demo:
            self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
            self.set_intro(self.tr(FIRST_START_INTRO).format(app=APP_NAME))
        self.show_page(self.server_page)

    # ----------------------------------------------------------------- pages

    def _build_server_page(self) -> None:
        page = self.server_page = QWidget(self)
        page.setObjectName("serverPage")
        layout = QVBoxLayout(page)
        self.intro_label = _label(page, "introLabel")
        self.intro_label.hide()
        layout.addWidget(self.intro_label)
        form = QFormLayout()
        self.server_edit = QLineEdit(page)
        self.server_edit.setObjectName("serverEdit")
        self.server_edit.setPlaceholderText(self.tr("cloud.example.org"))
        self.server_edit.textEdited.connect(self._server_edited)
        form.addRow(self.tr("Server address:"), self.server_edit)
        self.label_edit = QLineEdit(page)
        self.label_edit.setObjectName("accountLabelEdit")
        self.label_edit.setPlaceholderText(self.tr("optional, e.g. Town hall server"))
        form.addRow(self.tr("Name for this account:"), self.label_edit)
        layout.addLayout(form)
        self.server_info_label = _label(page, "serverInfoLabel")
        self.server_info_label.hide()
        layout.addWidget(self.server_info_label)

        self.certificate_panel = QWidget(page)
        self.certificate_panel.setObjectName("certificatePanel")
        cert_layout = QVBoxLayout(self.certificate_panel)
        cert_layout.setContentsMargins(0, 0, 0, 0)
        self.certificate_label = _label(self.certificate_panel, "certificateLabel")
        self.fingerprint_label = _label(self.certificate_panel, "fingerprintLabel")
        self.fingerprint_label.setStyleSheet("font-family: monospace;")
        self.trust_button = _button(
            self.certificate_panel, "trustCertificateButton", self.tr("Trust this certificate")
        )
        self.trust_button.clicked.connect(self._trust_certificate)
        cert_layout.addWidget(self.certificate_label)
        cert_layout.addWidget(self.fingerprint_label)
        cert_layout.addWidget(self.trust_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.certificate_panel.hide()
        layout.addWidget(self.certificate_panel)

        self.http_panel = QWidget(page)
        self.http_panel.setObjectName("insecureHttpPanel")
        http_layout = QVBoxLayout(self.http_panel)
        http_layout.setContentsMargins(0, 0, 0, 0)
        self.http_label = _label(self.http_panel, "insecureHttpLabel")
        show_in_tone(self.http_label, "warning", extra=" font-weight: bold;")
        self.allow_http_button = _button(
            self.http_panel, "allowHttpButton", self.tr("Continue without encryption")
        )
        self.allow_http_button.clicked.connect(self._allow_plain_http)
        http_layout.addWidget(self.http_label)
        http_layout.addWidget(self.allow_http_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.http_panel.hide()
        layout.addWidget(self.http_panel)

        row = QHBoxLayout()
        self.manual_button = _button(
            page, "manualEntryButton", self.tr("Use an app password instead")
        )
        self.manual_button.clicked.connect(self._go_manual)
        self.continue_button = _button(page, "continueButton", self.tr("Continue"))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.check)
        row.addWidget(self.manual_button)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.pages.addWidget(page)

    def _build_waiting_page(self) -> None:
        page = self.waiting_page = QWidget(self)
        page.setObjectName("waitingPage")
        layout = QVBoxLayout(page)
        self.waiting_label = _label(
            page,
            "waitingLabel",
            self.tr(
                "Waiting for the browser… Sign in there and grant access to Talk Moderator. "
                "If no browser opened, open this address yourself:"
            ),
        )
        self.login_url_label = AddressView(page, "loginUrlLabel")
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.login_url_label)
        row = QHBoxLayout()
        self.reopen_button = _button(page, "openBrowserButton", self.tr("Open the browser again"))
        self.reopen_button.clicked.connect(lambda: self.open_url(self.login_url))
        self.copy_button = _button(page, "copyLinkButton", self.tr("Copy the address"))
        self.copy_button.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.login_url)
        )
        self.cancel_login_button = _button(page, "cancelLoginButton", self.tr("Cancel sign-in"))
        self.cancel_login_button.clicked.connect(self.cancel_login)
        self.waiting_manual_button = _button(
            page, "waitingManualButton", self.tr("Use an app password instead")
        )
        self.waiting_manual_button.clicked.connect(self._go_manual)
        for button in (self.reopen_button, self.copy_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(self.waiting_manual_button)
        row2.addStretch(1)
        row2.addWidget(self.cancel_login_button)
        layout.addLayout(row2)
        layout.addStretch(1)
        self.pages.addWidget(page)

    def _build_manual_page(self) -> None:
        page = self.manual_page = QWidget(self)
        page.setObjectName("manualPage")
        layout = QVBoxLayout(page)
        self.manual_intro_label = _label(page, "manualIntroLabel")
        layout.addWidget(self.manual_intro_label)
        form = QFormLayout()
        self.login_edit = QLineEdit(page)
        self.login_edit.setObjectName("loginEdit")
        self.app_password_edit = QLineEdit(page)
        self.app_password_edit.setObjectName("appPasswordEdit")
        self.app_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.login_edit)
        form.addRow(self.tr("App password:"), self.app_password_edit)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.back_button = _button(page, "backButton", self.tr("Back"))
        self.back_button.clicked.connect(lambda: self.show_page(self.server_page))
        self.sign_in_button = _button(page, "signInButton", self.tr("Sign in"))
        self.sign_in_button.clicked.connect(self.sign_in_manually)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.sign_in_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.pages.addWidget(page)

    def _build_keyring_page(self) -> None:
        page = self.keyring_page = QWidget(self)
        page.setObjectName("keyringPage")
        layout = QVBoxLayout(page)
        self.keyring_label = _label(page, "keyringProblemLabel")
        layout.addWidget(self.keyring_label)
        self.run_only_button = _button(page, "runOnlyButton", self.tr("Keep it for this run only"))
        self.run_only_button.clicked.connect(self._keep_for_this_run)
        layout.addWidget(self.run_only_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.pages.addWidget(page)

    # ----------------------------------------------------------------- helpers

    def _try_demo(self) -> None:
        self.demo_requested = True
        self.reject()  # nothing was signed in or saved

    def set_intro(self, text: str) -> None:
        self.intro_label.setText(text)
        self.intro_label.setVisible(bool(text))

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self.show_error("")
        if page is self.server_page:
            self.server_edit.setFocus()
        elif page is self.manual_page:
            self.manual_intro_label.setText(self._manual_intro())
            (self.app_password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def _manual_intro(self) -> str:
        """Which server the app password is for (the form alone did not say)."""
        try:
            server = normalize_server_url(self.server_edit.text())
        except ValueError:
            server = self.tr("your Nextcloud")
        return self.tr(
            "For {server}: create an app password there in the web interface under "
            "Settings > Security > Devices & sessions, and enter it here with your user name."
        ).format(server=server)

    @property
    def page_name(self) -> str:
        page = self.pages.currentWidget()
        return page.objectName() if page is not None else ""

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @property
    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (
            self.server_edit,
            self.label_edit,
            self.continue_button,
            self.manual_button,
            self.trust_button,
            self.allow_http_button,
            self.login_edit,
            self.app_password_edit,
            self.sign_in_button,
            self.back_button,
            self.run_only_button,
        ):
            widget.setEnabled(not busy)

    def _run(self, coro: Coroutine[Any, Any, None], *, busy: bool = True) -> None:
        """Run one step; failures land in the error label, never in a traceback."""
        if self.busy:
            coro.close()
            return
        self.show_error("")
        if busy:
            self._set_busy(True)
        self._task = asyncio.ensure_future(self._guarded(coro))

    async def _guarded(self, coro: Coroutine[Any, Any, None]) -> None:
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except TalkError as exc:
            self.show_error(error_text(exc))
        except Exception as exc:  # a bug: show it rather than leave the dialog spinning
            log.exception("sign-in step failed unexpectedly")
            self.show_error(self.tr("Unexpected error: {error}").format(error=repr(exc)))
        finally:
            self._set_busy(False)

    async def wait_idle(self) -> None:
        """Await the step in flight, if any (tests and callers driving the dialog in code)."""
        task = self._task
        if task is not None and not task.done():
            await asyncio.wait({task})

    def _server_edited(self) -> None:
        """A new address forgets what was accepted for the old one."""
        self._server = None
        self._offered_sha256 = None
        if self.account is None:
            self._trusted_sha256 = None
            self._allow_http = False
        self.certificate_panel.hide()
        self.http_panel.hide()
        self.server_info_label.hide()

    # ----------------------------------------------------------------- step 1: the server

    def check(self) -> None:
        """Check the typed address, then start the browser sign-in."""
        try:
            url = normalize_server_url(self.server_edit.text())
        except ValueError as exc:
            self.show_error(error_text(exc))
            return
        self._run(self._check_and_start(url))

    async def _check_and_start(self, url: str) -> None:
        self.certificate_panel.hide()
        self.http_panel.hide()
        self.server_info_label.hide()
        try:
            info = await check_server(
                url, trusted_sha256=self._trusted_sha256, allow_http=self._allow_http
            )
        except (InsecureAddress, UntrustedCertificate) as exc:
            self._offer(exc, url)
            return
        self._server = info
        self.server_info_label.setText(
            self.tr("Found {server} at {url}.").format(server=info.summary, url=info.url)
        )
        self.server_info_label.show()
        await self._start_flow(info)

    def _offer(self, exc: InsecureAddress | UntrustedCertificate, url: str) -> None:
        """Show the http warning or the certificate's fingerprint, with the button to accept."""
        self.show_page(self.server_page)
        if isinstance(exc, InsecureAddress):
            self.http_label.setText(
                self.tr(
                    "{url} uses plain http: your app password and everything you do would "
                    "travel unencrypted and could be read or changed on the way. Use https, or "
                    "continue only if you understand the risk"
                ).format(url=url)
            )
            self.http_panel.show()
            return
        self._offered_sha256 = exc.sha256
        self.certificate_label.setText(
            self.tr("The certificate of {host} could not be verified ({reason}).").format(
                host=exc.host, reason=exc.reason
            )
        )
        self.fingerprint_label.setText(
            self.tr("SHA-256 fingerprint of {host}:{port}:").format(host=exc.host, port=exc.port)
            + f"\n{exc.fingerprint}\n"
            + self.tr(
                "Trust it only if it matches the fingerprint your server administrator gave you."
            )
        )
        self.trust_button.setText(
            self.tr("Trust this certificate for {host}").format(host=exc.host)
        )
        self.certificate_panel.show()

    def _trust_certificate(self) -> None:
        if self._offered_sha256:
            self._trusted_sha256 = self._offered_sha256
            self.certificate_panel.hide()
            self.check()

    def _allow_plain_http(self) -> None:
        self._allow_http = True
        self.http_panel.hide()
        self.check()

    # ----------------------------------------------------------------- step 2: the browser

    async def _start_flow(self, info: ServerInfo) -> None:
        await self._close_flow()
        flow = self._flow = LoginFlow(info.url, trusted_sha256=self._trusted_sha256)
        try:
            started = await flow.start()
        except LoginFlowFailed as exc:
            await self._close_flow()
            self.show_page(self.manual_page)
            self.show_error(error_text(exc))
            return
        self.login_url = started.login_url
        self.login_url_label.setText(started.login_url)
        self.show_page(self.waiting_page)
        self.open_url(started.login_url)
        self._set_busy(False)
        try:
            credentials = await flow.wait(self.poll_interval)
        except TalkError:
            self.show_page(self.server_page)
            raise
        finally:
            await self._close_flow()
        await self._save(credentials)

    async def _close_flow(self) -> None:
        flow, self._flow = self._flow, None
        if flow is not None:
            await flow.aclose()

    def cancel_login(self) -> None:
        """Stop waiting for the browser; the typed address stays."""
        self._cancel_task()
        self.show_page(self.server_page)

    def _cancel_task(self) -> None:
        task, self._task = self._task, None
        flow, self._flow = self._flow, None
        if task is not None and not task.done() and task is not asyncio.current_task():
            if task.get_loop().is_closed():
                return  # the app is shutting down: nothing left to stop
            task.cancel()
        if flow is not None:
            try:
                asyncio.get_running_loop().create_task(flow.aclose())
            except RuntimeError:  # no loop running any more (shutdown)
                pass
        self._set_busy(False)

    # ----------------------------------------------------------------- step 3: manual entry

    def _go_manual(self) -> None:
        if self.page_name == "waitingPage":
            self._cancel_task()
        self.show_page(self.manual_page)

    def sign_in_manually(self) -> None:
        """Check the typed user name and app password with the server, then save them."""
        try:
            url = normalize_server_url(self.server_edit.text())
        except ValueError as exc:
            self.show_page(self.server_page)
            self.show_error(error_text(exc))
            return
        login = self.login_edit.text().strip()
        secret = self.app_password_edit.text().strip()
        if not login or not secret:
            self.show_error(self.tr("Enter your user name and an app password"))
            return
        self._run(self._manual(url, login, secret))

    async def _manual(self, url: str, login: str, secret: str) -> None:
        if self._server is None or self._server.url != url:
            try:
                self._server = await check_server(
                    url, trusted_sha256=self._trusted_sha256, allow_http=self._allow_http
                )
            except (InsecureAddress, UntrustedCertificate) as exc:
                self._offer(exc, url)
                return
        await verify_credentials(
            self._server.url, login, secret, trusted_sha256=self._trusted_sha256
        )
        await self._save(Credentials(server_url=self._server.url, login=login, app_password=secret))

    # ----------------------------------------------------------------- saving

    async def _save(self, credentials: Credentials, *, run_only: bool = False) -> None:
        if self.account is not None and credentials.login != self.account.login:
            self.show_page(self.server_page)
            self.show_error(
                self.tr(
                    "You signed in as {login}, but this window uses {account}. Sign in as "
                    "{account}, or add the other account from the Accounts dialog"
                ).format(login=credentials.login, account=self.account.login)
            )
            return
        try:
            entry = await self.store.add(
                credentials,
                label=self.label_edit.text(),
                trusted_sha256=self._trusted_sha256,
                allow_http=self._allow_http,
                run_only=run_only,
            )
        except KeyringUnavailable as exc:
            self._pending = credentials
            self.keyring_label.setText(
                self.tr(
                    "Signed in, but the app password cannot be stored safely: {error}. "
                    "Talk Moderator only stores passwords in the system keyring. You can keep "
                    "it for this run only; you will have to sign in again next time."
                ).format(error=QCoreApplication.translate("Secrets", str(exc)))
            )
            self.show_page(self.keyring_page)
            return
        self._pending = None
        self.app_password_edit.clear()
        self.entry = entry
        self.signed_in.emit(entry)
        self.accept()

    def _keep_for_this_run(self) -> None:
        credentials = self._pending
        if credentials is not None:
            self._run(self._save(credentials, run_only=True))

    # ----------------------------------------------------------------- closing

    def done(self, result: int) -> None:
        """Closing the dialog (any way) stops what is in flight."""
        self._cancel_task()
        self._pending = None
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._cancel_task()
        super().closeEvent(event)
