#!/usr/bin/python3
"""The wall of live sessions measured in the running application (docs/performance.md, "Wall").

Starts agi-emulator with N demo sessions and agi-monitor on its wall (--wall), keeps every session's
page changing twice per tile interval (so every frame a tile fetches is a new one), and prints the
whole process's CPU as a share of one core, per thread role, the frames decoded per second, the
sizes they were decoded at, and the longest GUI-thread stall.

  tests/bench/bench_wall.py --bin build/bench/bin --sessions 16 [--sessions 32] [--xvfb]

Each tile asks for a frame every wallInterval x max(1, tiles / 16) (1 s by default), so 16 tiles
fetch one frame per second each and 32 tiles one every 2 s each. CPU and stalls are measured as in
bench_running_app.py (its helpers are reused): /proc/PID/task/*/schedstat for CPU, and the GUI
thread sampled every millisecond for runs in which it was busy at least half of each sample.
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_running_app import KEY, AppLog, Navigator, StallSampler, cpu_between, http, thread_times  # noqa: E402


def start_emulator(binary, sessions, extra=()):
    """agi-emulator with `sessions` demo sessions whose agents stay on their first page (their own
    steps minutes apart, --speed 0.01: pages change through navigation only, and nobody asks a
    question); (process, base URL)."""
    emulator = subprocess.Popen([f"{binary}/agi-emulator", "--port", "0", "--key", KEY, "--demo-sessions",
                                 str(sessions), "--speed", "0.01", "--seed", "16", "--quiet", *extra],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    for raw in emulator.stdout:
        match = re.search(rb"http://127\.0\.0\.1:\d+", raw)
        if match:
            threading.Thread(target=lambda: [None for _ in emulator.stdout], daemon=True).start()
            return emulator, match.group(0).decode()
    sys.exit("the emulator did not say where it listens")


def session_ids(base):
    sessions = http(base, "/v1/sessions", key=KEY)
    sessions = sessions.get("sessions", sessions) if isinstance(sessions, dict) else sessions
    return [s["session_id"] if "session_id" in s else s["id"] for s in sessions]


def measure(args, count):
    tmp = tempfile.mkdtemp(prefix="agi-bench-wall-")
    procs, navigators = [], []
    try:
        os.makedirs(f"{tmp}/config/agimonitor")
        with open(f"{tmp}/config/agimonitor/agi-monitor.conf", "w") as f:
            f.write(f"[live]\nwallInterval={args.interval_ms}\n")
        emulator, base = start_emulator(args.bin, count)
        procs.append(emulator)
        ids = session_ids(base)
        tile_interval = args.interval_ms * max(1, count / 16) / 1000
        for session in ids:
            navigator = Navigator(base, session, tile_interval / 2)
            navigator.start()
            navigators.append(navigator)

        env = dict(os.environ, AGI_API_KEY=KEY, XDG_CONFIG_HOME=f"{tmp}/config", XDG_CACHE_HOME=f"{tmp}/cache",
                   XDG_DATA_HOME=f"{tmp}/data", HOME=tmp, QT_LOGGING_RULES="agi.live.debug=true",
                   QT_FORCE_STDERR_LOGGING="1")
        if args.xvfb:
            display = ":%d" % (90 + os.getpid() % 500)
            xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{args.screen}x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            procs.append(xvfb)
            time.sleep(1)
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        else:
            env.update(QT_QPA_PLATFORM="offscreen")
        command = [f"{args.bin}/agi-monitor", "--base-url", base, "--wall"]
        if args.xvfb:
            # No window manager on Xvfb: -geometry makes the window fill the screen.
            command += ["-geometry", f"{args.screen}+0+0"]
        app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        procs.append(app)
        log = AppLog(app.stderr)
        log.start()

        deadline = time.monotonic() + 90
        while log.decoded < count and time.monotonic() < deadline:
            time.sleep(0.2)
        if log.decoded < count:
            sys.exit(f"{log.decoded} frames decoded for {count} tiles; app said:\n" + "\n".join(log.lines[-20:]))
        time.sleep(args.warmup)

        sampler = StallSampler(app.pid)
        decoded0, cpu0, t0 = log.decoded, thread_times(app.pid), time.monotonic()
        sampler.start()
        time.sleep(args.seconds)
        cpu1, decoded1, t1 = thread_times(app.pid), log.decoded, time.monotonic()
        sampler.stop.set()
        sampler.join()
        cpu = cpu_between(cpu0, cpu1)
        seconds = t1 - t0
        share = {role: 100 * ms / 1000 / seconds for role, ms in cpu.items()}
        return {
            "sessions": count,
            "tile_interval_s": tile_interval,
            "seconds": seconds,
            "frames_per_s": (decoded1 - decoded0) / seconds,
            "cpu_percent": share,
            "stall_ms": sampler.longest_ms,
            "stall_cpu_ms": sampler.longest_cpu_ms,
            "sizes": dict(log.sizes),
        }
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default="build/bench/bin", help="folder with agi-monitor and agi-emulator")
    parser.add_argument("--sessions", type=int, action="append", help="tiles on the wall (repeatable; 16 and 32)")
    parser.add_argument("--seconds", type=float, default=30, help="measured window")
    parser.add_argument("--warmup", type=float, default=5)
    parser.add_argument("--interval-ms", type=int, default=1000, help="the wallInterval setting")
    parser.add_argument("--xvfb", action="store_true", help="a real X server instead of offscreen")
    parser.add_argument("--screen", default="1400x900", help="Xvfb's screen; the window fills it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    results = [measure(args, count) for count in (args.sessions or [16, 32])]
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"platform {'xcb (Xvfb)' if args.xvfb else 'offscreen'}, window {args.screen}, "
          f"wallInterval {args.interval_ms} ms, {args.seconds:.0f} s per case")
    print(f"{'sessions':>8}{'tile every':>12}{'frames/s':>10}{'CPU %':>8}{'gui %':>8}{'decoder %':>11}"
          f"{'other %':>9}{'stall ms':>10}")
    for r in results:
        cpu = r["cpu_percent"]
        print(f"{r['sessions']:>8}{r['tile_interval_s']:>11.1f}s{r['frames_per_s']:>10.1f}{cpu['total']:>8.1f}"
              f"{cpu['gui']:>8.1f}{cpu['decoder']:>11.1f}{cpu['other']:>9.1f}{r['stall_ms']:>10.1f}")
    for r in results:
        print(f"{r['sessions']} sessions, decoded sizes: "
              + ", ".join(f"{k} ({v})" for k, v in sorted(r["sizes"].items())))


if __name__ == "__main__":
    main()
