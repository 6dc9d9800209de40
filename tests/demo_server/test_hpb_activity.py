"""The demo's activity raises and lowers hands of people in calls, over its signaling server."""

from __future__ import annotations

from app.demo_server import DemoServer
from app.demo_server.activity import LiveActivity
from app.demo_server.hpb import hub_for


def test_people_in_calls_raise_and_lower_hands_now_and_then() -> None:
    server = DemoServer(seed=1, hpb=True)  # not started: the steps change the state directly
    activity = LiveActivity(server.state, seed=1)
    steps = [activity.step() for _ in range(200)]
    hands = hub_for(server.state).hands
    assert any(step.startswith("raised hand") for step in steps)
    assert any(step.startswith("lowered hand") for step in steps)
    assert any(raised for raised, _ in hands.values())


def test_without_a_signaling_server_nobody_raises_a_hand() -> None:
    server = DemoServer(seed=1, hpb=False)
    activity = LiveActivity(server.state, seed=1)
    assert not any("hand" in activity.step() for _ in range(200))
    assert not hub_for(server.state).hands
