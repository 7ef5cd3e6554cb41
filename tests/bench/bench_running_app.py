#!/usr/bin/python3
"""The frame path measured in the running application (docs/performance.md, "Running application").

Starts agi-emulator and agi-monitor (offscreen, or on Xvfb for a real scale-2 window), watches a
busy demo session at one frame every 0.5 s, and prints per-thread CPU per new frame with the idle
window's cost subtracted, the longest GUI-thread stall, and the sizes frames were decoded at.

  tests/bench/bench_running_app.py --bin build/bench/bin [--scale 2 --xvfb --screen 1920x1200] [--unchanged | --within-page]

CPU comes from /proc/PID/task/*/schedstat (nanoseconds; the GUI thread is the main thread, the
decoder thread is named agi-frame-decoder, the history writer agi-writer, Qt's network threads
QNetworkAccessManager). Responses come from the emulator's request log, new
frames from the app's "decoded" debug lines (category agi.live). The idle window is the same app
watching the same session while the emulator holds the next screenshot back: timers, the session
list, the message stream and the window go on, frames do not. A stall is a run of consecutive 1 ms
samples in each of which the GUI thread ran for at least half the sample.

With --unchanged the session shows one page that does not change (the scripted agent slowed to a
standstill, no navigation) and the poller does not slow down (AGI_FRAME_IDLE_CEILING_MS set to the
interval): every response in the busy window is an unchanged one, and the costs are per response.
The session list is not refreshed then (its refresh would fall unevenly into the two windows).

With --within-page the page stays and scrolls (POST /_emulator/sessions/{id}/scroll) twice per
interval: every new frame has the same address and title and brings no agent message, so the
figures are those of the frame path alone (decode, history, filmstrip, paint), as when an agent
types or scrolls.
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
import urllib.request

KEY = "bench-key"


def http(base, path, method="GET", body=None, key=None):
    request = urllib.request.Request(base + path, method=method, data=body)
    if key:
        request.add_header("Authorization", "Bearer " + key)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as reply:
        return json.loads(reply.read() or b"null")


def thread_times(pid):
    """{tid: (name, runtime ns)} for every thread of pid."""
    times = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read().strip()
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                runtime = int(f.read().split()[0])
        except (FileNotFoundError, ProcessLookupError):
            continue
        times[int(tid)] = (name, runtime)
    return times


def cpu_between(before, after):
    """CPU ms per role: gui (main thread), decoder, writer (the frame history's disk work), network
    (Qt's network threads), other, total."""
    roles = {"gui": 0.0, "decoder": 0.0, "writer": 0.0, "network": 0.0, "other": 0.0}
    for tid, (name, runtime) in after.items():
        spent = (runtime - before.get(tid, (name, 0))[1]) / 1e6
        if tid == min(after):
            roles["gui"] += spent
        elif name.startswith("agi-frame-deco"):
            roles["decoder"] += spent
        elif name == "agi-writer":
            roles["writer"] += spent
        elif name.startswith("QNetworkAccess"):
            roles["network"] += spent
        else:
            roles["other"] += spent
    roles["total"] = sum(roles.values())
    return roles


class StallSampler(threading.Thread):
    """Samples the GUI thread's runtime every millisecond; keeps the longest busy run."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.path = f"/proc/{pid}/task/{pid}/schedstat"
        self.stop = threading.Event()
        self.longest_ms = 0.0
        self.longest_cpu_ms = 0.0

    def run(self):
        with open(self.path, "rb", buffering=0) as f:
            def read():
                f.seek(0)
                return int(f.read().split()[0])
            last_t, last_r = time.monotonic(), read()
            run_start = None
            while not self.stop.is_set():
                time.sleep(0.001)
                t, r = time.monotonic(), read()
                busy = (r - last_r) / 1e9 >= 0.5 * (t - last_t)
                if busy and run_start is None:
                    run_start = (last_t, last_r)
                if not busy and run_start is not None:
                    wall = (last_t - run_start[0]) * 1000
                    if wall > self.longest_ms:
                        self.longest_ms = wall
                        self.longest_cpu_ms = (last_r - run_start[1]) / 1e6
                    run_start = None
                last_t, last_r = t, r


class AppLog(threading.Thread):
    """Reads the app's stderr; counts 'decoded WxH from WxH' lines."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream = stream
        self.decoded = 0
        self.sizes = {}
        self.lines = []

    def run(self):
        pattern = re.compile(r"decoded (\d+x\d+) from (\d+x\d+)")
        for raw in self.stream:
            line = raw.decode(errors="replace").rstrip()
            match = pattern.search(line)
            if match:
                self.decoded += 1
                key = f"{match.group(2)} -> {match.group(1)}"
                self.sizes[key] = self.sizes.get(key, 0) + 1
            else:
                self.lines.append(line)


class Navigator(threading.Thread):
    """Keeps the session busy: a new page twice per frame interval, across a few sites. With
    within_page, the page stays and scrolls instead (the emulator's control route): a new frame
    with the same address and title and no message, as when the agent types or scrolls."""

    SITES = ["https://www.google.com/search?q=tidal+energy+{}", "https://www.amazon.com/s?k=headphones+{}",
             "https://www.kayak.com/flights/SFO-HND/{}", "https://www.opentable.com/s?covers={}",
             "https://en.wikipedia.org/wiki/Special:Random/{}"]
    SCROLLS = [0, 60, 120, 180, 240, 300, 240, 180, 120, 60]

    def __init__(self, base, session, period, within_page=False):
        super().__init__(daemon=True)
        self.base, self.session, self.period, self.within_page = base, session, period, within_page
        self.stop = threading.Event()

    def run(self):
        n = 0
        while not self.stop.wait(self.period):
            if self.within_page:
                http(self.base, f"/_emulator/sessions/{self.session}/scroll", "POST",
                     json.dumps({"to": self.SCROLLS[n % len(self.SCROLLS)]}).encode())
            else:
                url = self.SITES[n % len(self.SITES)].format(n)
                http(self.base, f"/v1/sessions/{self.session}/navigate", "POST",
                     json.dumps({"url": url}).encode(), key=KEY)
            n += 1


def screenshot_responses(base, session):
    records = http(base, "/_emulator/requests")
    return sum(1 for r in records if r["endpoint"] == "screenshot" and r["session_id"] == session
               and r["status"] == 200)


def window(pid, log, base, session, seconds, sampler=None):
    frames0, responses0, cpu0 = log.decoded, screenshot_responses(base, session), thread_times(pid)
    if sampler:
        sampler.start()
    time.sleep(seconds)
    cpu1, frames1, responses1 = thread_times(pid), log.decoded, screenshot_responses(base, session)
    if sampler:
        sampler.stop.set()
        sampler.join()
    return cpu_between(cpu0, cpu1), frames1 - frames0, responses1 - responses0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default="build/bench/bin", help="folder with agi-monitor and agi-emulator")
    parser.add_argument("--seconds", type=float, default=30, help="busy window")
    parser.add_argument("--idle-seconds", type=float, default=15, help="idle window")
    parser.add_argument("--warmup", type=float, default=5)
    parser.add_argument("--interval-ms", type=int, default=500)
    parser.add_argument("--speed", type=float, default=1, help="emulator speed (the agent's own steps)")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR")
    parser.add_argument("--xvfb", action="store_true", help="a real X server instead of offscreen")
    parser.add_argument("--screen", default="1920x1200", help="Xvfb screen size; the window fills it (maximised)")
    parser.add_argument("--unchanged", action="store_true",
                        help="a page that does not change, polled at the interval: costs per unchanged response")
    parser.add_argument("--within-page", action="store_true",
                        help="frames that change within one page (it scrolls), with no new address, title or "
                             "message: the frame path alone")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp(prefix="agi-bench-")
    procs = []
    try:
        # A throw-away settings file: the frame interval, nothing of the user's.
        os.makedirs(f"{tmp}/config/agimonitor")
        with open(f"{tmp}/config/agimonitor/agi-monitor.conf", "w") as f:
            f.write(f"[live]\nframeIntervalMs={args.interval_ms}\n")
            if args.unchanged:
                # The session list's refresh (every few seconds, not part of the frame path) would
                # fall unevenly into the windows: a few of them outweigh the responses measured.
                f.write("[sessions]\nrefreshMs=3600000\n")
        quiet_agent = args.unchanged or args.within_page
        speed = 0.01 if quiet_agent else args.speed  # 0.01: the agent's next step is minutes away
        emulator = subprocess.Popen([f"{args.bin}/agi-emulator", "--port", "0", "--key", KEY, "--speed",
                                     str(speed), "--demo-sessions", "1", "--seed", "7",
                                     "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        procs.append(emulator)
        base = None
        for raw in emulator.stdout:
            match = re.search(rb"http://127\.0\.0\.1:\d+", raw)
            if match:
                base = match.group(0).decode()
                break
        if not base:
            sys.exit("the emulator did not say where it listens")
        threading.Thread(target=lambda: [None for _ in emulator.stdout], daemon=True).start()
        sessions = http(base, "/v1/sessions", key=KEY)
        sessions = sessions.get("sessions", sessions) if isinstance(sessions, dict) else sessions
        session = next(s["session_id"] if "session_id" in s else s["id"] for s in sessions)

        env = dict(os.environ, AGI_API_KEY=KEY, XDG_CONFIG_HOME=f"{tmp}/config", HOME=tmp,
                   QT_SCALE_FACTOR=args.scale, QT_LOGGING_RULES="agi.live.debug=true",
                   QT_FORCE_STDERR_LOGGING="1")
        env.pop("QT_SCREEN_SCALE_FACTORS", None)
        if args.unchanged:
            env["AGI_FRAME_IDLE_CEILING_MS"] = str(args.interval_ms)
        if quiet_agent:
            # One real page (a blank one is a third of the size); then nothing moves, or it scrolls.
            http(base, f"/v1/sessions/{session}/navigate", "POST",
                 json.dumps({"url": Navigator.SITES[1].format(0)}).encode(), key=KEY)
        if args.xvfb:
            display = ":%d" % (90 + os.getpid() % 500)
            xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{args.screen}x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            procs.append(xvfb)
            time.sleep(1)
            env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        else:
            env.update(QT_QPA_PLATFORM="offscreen")
        command = [f"{args.bin}/agi-monitor", "--base-url", base, "--session", session]
        if args.xvfb:
            # No window manager on Xvfb: -geometry (logical pixels) makes the window fill the screen.
            width, height = (int(v) for v in args.screen.split("x"))
            command += ["-geometry", f"{int(width / float(args.scale))}x{int(height / float(args.scale))}+0+0"]
        navigator = Navigator(base, session, args.interval_ms / 2000, args.within_page)
        if not args.unchanged:
            navigator.start()
        app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        procs.append(app)
        log = AppLog(app.stderr)
        log.start()

        deadline = time.monotonic() + 60
        wanted = 1 if args.unchanged else 2
        while log.decoded < wanted and time.monotonic() < deadline:
            time.sleep(0.2)
        if log.decoded < wanted:
            sys.exit("no frames decoded; app said:\n" + "\n".join(log.lines[-20:]))
        time.sleep(args.warmup)

        sampler = StallSampler(app.pid)
        busy, frames, responses = window(app.pid, log, base, session, args.seconds, sampler)
        # Idle: no new pages, and the next screenshot is held back for longer than the window.
        navigator.stop.set()
        http(base, "/_emulator/faults", "POST", json.dumps({"spec": "screenshot:latency=120000"}).encode())
        time.sleep(args.interval_ms / 1000 + 1.5)
        idle, idle_frames, _ = window(app.pid, log, base, session, args.idle_seconds)
        http(base, "/_emulator/faults", "DELETE")

        scale = args.seconds / args.idle_seconds
        print(f"platform {'xcb (Xvfb)' if args.xvfb else 'offscreen'}, QT_SCALE_FACTOR={args.scale}, "
              f"interval {args.interval_ms} ms, busy {args.seconds:.0f} s, idle {args.idle_seconds:.0f} s")
        print(f"responses {responses}, new frames {frames} (idle window: {idle_frames})")
        print("decoded sizes: " + ", ".join(f"{k} ({v})" for k, v in sorted(log.sizes.items())))
        if args.unchanged:
            if frames:
                print(f"warning: {frames} new frames in the busy window; the figures are not for unchanged "
                      "responses alone")
            count, unit = responses, "per response ms"
        else:
            count, unit = frames, "per new frame ms"
        if count == 0:
            sys.exit("nothing to divide by: no " + ("responses" if args.unchanged else "new frames")
                     + " in the busy window")
        print(f"{'thread':<10}{'busy ms':>10}{'idle ms':>10}{unit:>18}")
        for role in ("gui", "decoder", "writer", "network", "other", "total"):
            per_item = (busy[role] - idle[role] * scale) / count
            print(f"{role:<10}{busy[role]:>10.1f}{idle[role]:>10.1f}{per_item:>18.3f}")
        print(f"longest GUI-thread stall {sampler.longest_ms:.1f} ms ({sampler.longest_cpu_ms:.1f} ms CPU)")
    finally:
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
