#!/usr/bin/python3
"""`agi-session watch ID --every 1s --out DIR` against the API documentation's Python monitoring
loop (reference_watch_loop.py: requests + base64 + Pillow), each following the same task on the
same emulator session from its start to its end (docs/performance.md, "Command line watch").

  tests/bench/bench_cli_watch.py --bin build/dev/bin [--speed 0.2] [--runs 3]

Each run starts a fresh agi-emulator with the same seed, creates a session, sends the same task and
starts one watcher at once; the watcher stops by itself when the task finishes. Measured per
watcher: CPU (user + system of the process and its threads, getrusage of the waited-for child,
start-up included),
the requests it sent (the emulator's request log for the session, without the harness's own create
and message), the frames it saved, and the distinct images (MD5 of the server's bytes) it saved.
"Missed" counts the distinct images the Python loop saved that agi-session did not.
"""
import argparse
import hashlib
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

KEY = "bench-key"
TASK = "research the history of the espresso machine"
HERE = os.path.dirname(os.path.abspath(__file__))


def http(base, path, method="GET", body=None, key=KEY):
    request = urllib.request.Request(base + path, method=method, data=body)
    if key:
        request.add_header("Authorization", "Bearer " + key)
    if body is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as reply:
        return json.loads(reply.read() or b"null")


def run_until_exit(command, env):
    """Runs command; returns (exit code, its CPU seconds: user + system of it and its threads, from
    the kernel's accounting of the waited-for child, in microseconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, err = process.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0:
        sys.stderr.write(err.decode(errors="replace"))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return process.returncode, cpu


def one_run(args, watcher, tmp, index):
    emulator = subprocess.Popen([f"{args.bin}/agi-emulator", "--port", "0", "--key", KEY, "--speed", str(args.speed),
                                 "--seed", "7", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        base = None
        for raw in emulator.stdout:
            match = re.search(rb"http://127\.0\.0\.1:\d+", raw)
            if match:
                base = match.group(0).decode()
                break
        if not base:
            sys.exit("the emulator did not say where it listens")
        threading.Thread(target=lambda: [None for _ in emulator.stdout], daemon=True).start()
        session = http(base, "/v1/sessions", "POST", b"{}")["session_id"]
        out = os.path.join(tmp, f"{watcher}-{index}")
        env = dict(os.environ, AGI_API_KEY=KEY, HOME=tmp, XDG_CONFIG_HOME=f"{tmp}/config",
                   XDG_DATA_HOME=f"{tmp}/data")
        hashes_file = os.path.join(tmp, f"{watcher}-{index}.md5")
        if watcher == "cli":
            command = [f"{args.bin}/agi-session", "--base-url", base, "watch", session, "--every", "1s", "--out",
                       out, "--quiet"]
        else:
            command = ["/usr/bin/python3", os.path.join(HERE, "reference_watch_loop.py"), "--base-url", base,
                       "--session", session, "--out", out, "--every", "1", "--hashes", hashes_file]
        http(base, f"/v1/sessions/{session}/message", "POST", json.dumps({"message": TASK}).encode())
        started = time.monotonic()
        code, cpu = run_until_exit(command, env)
        seconds = time.monotonic() - started
        records = http(base, "/_emulator/requests", key=None)
        mine = [r for r in records if r["session_id"] == session and r["endpoint"] not in ("create", "message")]
        requests = len(mine)
        endpoints = {}
        for r in mine:
            endpoints[r["endpoint"]] = endpoints.get(r["endpoint"], 0) + 1
        if watcher == "cli":
            files = sorted(f for f in os.listdir(out) if f.startswith("frame-"))
            distinct = set()
            for name in files:
                with open(os.path.join(out, name), "rb") as f:
                    distinct.add(hashlib.md5(f.read()).hexdigest())
            with open(os.path.join(out, "index.json")) as f:
                assert len(json.load(f)) == len(files), "index.json does not list every frame"
        else:
            files = [f for f in os.listdir(out) if f.startswith("progress_")]
            with open(hashes_file) as f:
                distinct = set(f.read().split())
        return {"code": code, "cpu": cpu, "seconds": seconds, "requests": requests, "saved": len(files),
                "distinct": distinct, "endpoints": endpoints}
    finally:
        emulator.terminate()
        emulator.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default="build/dev/bin", help="folder with agi-session and agi-emulator")
    parser.add_argument("--speed", type=float, default=0.2, help="emulator speed: 0.2 makes the task last ~50 s")
    parser.add_argument("--runs", type=int, default=3, help="runs of each watcher, alternating")
    args = parser.parse_args()

    results = {"cli": [], "python": []}
    with tempfile.TemporaryDirectory(prefix="agi-bench-cli-") as tmp:
        for index in range(args.runs):
            for watcher in ("python", "cli"):
                result = one_run(args, watcher, tmp, index)
                results[watcher].append(result)
                print(f"run {index + 1} {watcher:6}: exit {result['code']}, {result['seconds']:.1f} s, "
                      f"CPU {result['cpu'] * 1000:.0f} ms, {result['requests']} requests, {result['saved']} saved "
                      f"({len(result['distinct'])} distinct); requests by endpoint {result['endpoints']}", flush=True)

    def total(watcher, key):
        return sum(r[key] for r in results[watcher])

    # The Python loop saves every response, most of them the same image again; agi-session saves
    # each distinct image once. Both are shown: per file saved, and per distinct frame (what a
    # user gets out of a watch), which for the same task is the same as per run.
    print()
    print(f"{'':8} {'CPU':>8} {'requests':>9} {'saved':>6} {'distinct':>9} {'missed':>7} "
          f"{'CPU/saved':>10} {'req/saved':>10} {'CPU/distinct':>13} {'req/distinct':>13}")
    per = {}
    for watcher in ("python", "cli"):
        saved = total(watcher, "saved")
        distinct = sum(len(r["distinct"]) for r in results[watcher])
        cpu = total(watcher, "cpu") * 1000
        reqs = total(watcher, "requests")
        per[watcher] = (cpu / saved, reqs / saved, cpu / distinct, reqs / distinct)
        missed = 0
        if watcher == "cli":
            missed = sum(len(p["distinct"] - c["distinct"]) for p, c in zip(results["python"], results["cli"]))
        print(f"{watcher:8} {cpu:5.0f} ms {reqs:9} {saved:6} {distinct:9} {missed:7} {per[watcher][0]:7.1f} ms "
              f"{per[watcher][1]:10.2f} {per[watcher][2]:10.1f} ms {per[watcher][3]:13.2f}")
    ratio = [c / p for c, p in zip(per["cli"], per["python"])]
    print(f"\nagi-session / Python: per saved file CPU {ratio[0]:.2f}x, requests {ratio[1]:.2f}x; "
          f"per distinct frame CPU {ratio[2]:.2f}x, requests {ratio[3]:.2f}x")


if __name__ == "__main__":
    main()
