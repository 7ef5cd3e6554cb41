#!/usr/bin/python3
"""Memory with the frame history on (docs/performance.md, "History memory").

Goal: the application's resident memory grows by at most 10 MB over 10,000 frames, because the
history lives on disk. Starts agi-emulator with N demo sessions and agi-monitor on its wall, with the
wall's interval at its minimum so that frames arrive fast, keeps every page changing (so every
frame fetched is a new one, appended to its session's history and, past the bounds, evicting the
oldest), and prints the resident set (VmRSS) every 1,000 frames. The growth is measured from the
first checkpoint (after --warm frames: the window laid out, the tiles and caches filled) to the last.

  tests/bench/bench_history_memory.py --bin build/bench/bin [--frames 10000] [--sessions 16]

Frames are counted from the app's "decoded" debug lines (one per new frame), the history on disk
from the image files in its folders (segments of several frames, see FrameHistoryFiles).
"""
import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_running_app import KEY, AppLog, Navigator  # noqa: E402
from bench_wall import session_ids, start_emulator  # noqa: E402


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def history_on_disk(folder):
    files, size = 0, 0
    for root, _, names in os.walk(folder):
        for name in names:
            if name.endswith((".frames", ".jpg", ".png")):
                files += 1
                size += os.path.getsize(os.path.join(root, name))
    return files, size


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default="build/bench/bin", help="folder with agi-monitor and agi-emulator")
    parser.add_argument("--frames", type=int, default=10000, help="frames after the warm-up")
    parser.add_argument("--warm", type=int, default=1000, help="frames before the first checkpoint")
    parser.add_argument("--sessions", type=int, default=16)
    parser.add_argument("--frame-size", default="1280x800", help="the emulator's screenshot size")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="agi-bench-history-")
    procs, navigators = [], []
    try:
        os.makedirs(f"{tmp}/config/agimonitor")
        with open(f"{tmp}/config/agimonitor/agi-monitor.conf", "w") as f:
            f.write("[live]\nwallInterval=250\n")
        emulator, base = start_emulator(args.bin, args.sessions, ["--frame-size", args.frame_size])
        procs.append(emulator)
        for session in session_ids(base):
            navigator = Navigator(base, session, 0.1)
            navigator.start()
            navigators.append(navigator)
        env = dict(os.environ, AGI_API_KEY=KEY, XDG_CONFIG_HOME=f"{tmp}/config", XDG_CACHE_HOME=f"{tmp}/cache",
                   XDG_DATA_HOME=f"{tmp}/data", HOME=tmp, QT_LOGGING_RULES="agi.live.debug=true",
                   QT_FORCE_STDERR_LOGGING="1", QT_QPA_PLATFORM="offscreen")
        app = subprocess.Popen([f"{args.bin}/agi-monitor", "--base-url", base, "--wall"], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        procs.append(app)
        log = AppLog(app.stderr)
        log.start()

        started = time.monotonic()
        checkpoints = []
        target = args.warm
        while target <= args.warm + args.frames:
            while log.decoded < target:
                if app.poll() is not None:
                    sys.exit(f"the app ended ({app.returncode}); it said:\n" + "\n".join(log.lines[-20:]))
                if time.monotonic() - started > 3600:
                    sys.exit(f"only {log.decoded} frames within an hour")
                time.sleep(0.2)
            files, size = history_on_disk(f"{tmp}/cache")
            checkpoints.append((log.decoded, rss_kb(app.pid), files, size, time.monotonic() - started))
            print(f"frames {log.decoded:>6}  RSS {checkpoints[-1][1] / 1024:7.1f} MB  history on disk "
                  f"{files} files, {size / 1e6:.0f} MB  ({checkpoints[-1][4]:.0f} s)", flush=True)
            target += 1000
        first, last = checkpoints[0], checkpoints[-1]
        peak = max(c[1] for c in checkpoints)
        print(f"RSS growth over {last[0] - first[0]} frames: {(last[1] - first[1]) / 1024:+.1f} MB "
              f"(peak {peak / 1024:.1f} MB; goal <= 10 MB)")
        sys.exit(0 if (last[1] - first[1]) / 1024 <= 10 else 1)
    finally:
        for navigator in navigators:
            navigator.stop.set()
        for p in reversed(procs):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
