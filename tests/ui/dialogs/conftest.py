"""Fixtures for these tests: shared with the other moderation tests, from tests/helpers."""

from tests.helpers.moderation_fixtures import ServiceFactory, audit, event, login_as, runner

__all__ = ["ServiceFactory", "audit", "event", "login_as", "runner"]
