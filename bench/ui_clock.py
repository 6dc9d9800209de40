"""Seconds since this process was started by the OS, for the start-up figures.

The bare script imports nothing of the app, so the clock lives here (the window's own
``--smoke-test`` reads the same kernel field in ``app/ui/smoke.py``).
"""

from __future__ import annotations

import os


def seconds_since_process_start() -> float:
    """Wall time since the kernel started this process (Linux ``/proc``)."""
    with open("/proc/self/stat", encoding="ascii") as stat:
        # Field 22 (starttime, clock ticks after boot); the name field may hold spaces.
        start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime", encoding="ascii") as uptime:
        now = float(uptime.read().split()[0])
    return now - start_ticks / os.sysconf("SC_CLK_TCK")


def peak_rss_mb() -> float:
    """This process's peak resident memory (``VmHWM``) in MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise OSError("no VmHWM in /proc/self/status")
