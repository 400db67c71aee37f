"""Runs a command as a child and measures it (shared by the peer benchmark scripts)."""
import os
import sys
import time


def measure(cmd):
    """Wall time (s), CPU time (s) and peak resident memory (MiB) of one run of `cmd`.

    Forked from this process and measured with wait4: the child's own peak (Python's
    resident size at the fork is far below any peer's). Output goes to /dev/null; a
    failing run ends the script, naming the command."""
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    if status != 0:
        sys.exit(f"failed ({status}): {' '.join(cmd)}")
    return time.perf_counter() - t0, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
