"""The soak's CI variant: each front-end for 54 s against the failing demo server.

``bench.soak`` runs in a child process (its own RSS, its own Qt application, the demo server
in a grandchild), as ``python -m bench.soak`` is run by hand; the 10-minute figures are in
README's Reliability section. The RSS baseline of a 0.9-minute run is taken at a fifth of
it (11 s), as minute 2 is of 10. A target missed, a crash or a run that did less than a soak
must (no outage met, no 401, no spoiled write) fails the test with the soak's own figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MINUTES = 0.9
"""Per front-end: both together take about two minutes of the suite."""


@pytest.mark.slow
@pytest.mark.timeout(240)
@pytest.mark.parametrize("front_end", ["window", "kiosk"])
def test_soak_meets_its_targets(front_end: str, tmp_path: Path) -> None:
    figures_file = tmp_path / "soak.json"
    temporary = tmp_path / "tmp"  # where the soak makes its HOME (removed when it passes)
    temporary.mkdir()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.soak",
            "--minutes",
            str(MINUTES),
            "--front-end",
            front_end,
            "--action-every",
            "5",
            "--json",
            str(figures_file),
        ],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(temporary)},
        capture_output=True,
        text=True,
        timeout=220,
        check=False,
    )
    said = f"{done.stdout[-6000:]}\n{done.stderr[-3000:]}"
    assert done.returncode >= 0, f"the {front_end} crashed (signal {-done.returncode}):\n{said}"
    assert done.returncode == 0, f"the {front_end} missed a soak target:\n{said}"
    record = json.loads(figures_file.read_text(encoding="utf-8"))
    assert record["targets_met"] is True
    figures = record["figures"]
    # it was a soak: polls went on, faults were met, the server went away and came back,
    # the credentials were refused once, and writes met spoiled answers
    assert figures["polls"]["rooms"] > 50 and figures["poll_failures"] > 0, said
    met = figures["faults_met"]
    assert met.get("401", 0) >= 1 and len(set(met) - {"requests", "401"}) >= 4, said
    assert len(figures["recoveries"]) >= 1 and figures["sign_out_recovery"] is not None, said
    assert sum(figures["write_faults"].values()) >= 3, said
    assert figures["actions"].get("verified-applied", 0) >= 1, said
    assert figures["audit"].get("unknown", 0) >= 1, said  # unknown, then what the read showed
    assert record["problems"]["exceptions_logged"] == 0 and record["problems"]["unhandled"] == 0
    assert not list(temporary.iterdir()), "a passing soak left its files behind"
