#!/usr/bin/python3
"""The API documentation's progress-monitoring loop, as a user would write it from the docs: poll
the execution status every second, save a screenshot every N seconds (requests + base64 + Pillow),
stop when the task is finished or failed. The reference bench_cli_watch.py measures agi-session
watch against.

  tests/bench/reference_watch_loop.py --base-url URL --session ID --out DIR [--every 1]

The key comes from AGI_API_KEY. --hashes FILE (a measurement aid, not in the docs' loop) writes
the MD5 of each screenshot's image bytes, one a line, so the harness can tell which distinct
frames each watcher saw.
"""
import argparse
import base64
import hashlib
import io
import os
import time

import requests
from PIL import Image


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--session", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--every", type=int, default=1, help="save a screenshot every N seconds")
    parser.add_argument("--hashes")
    args = parser.parse_args()

    headers = {"Authorization": f"Bearer {os.environ['AGI_API_KEY']}"}
    api = f"{args.base_url}/v1/sessions/{args.session}"
    os.makedirs(args.out, exist_ok=True)
    hashes = open(args.hashes, "w") if args.hashes else None
    tick = 0
    while True:
        status = requests.get(f"{api}/status", headers=headers, timeout=30).json()["status"]
        if tick % args.every == 0:
            shot = requests.get(f"{api}/screenshot", headers=headers, timeout=30).json()
            data = base64.b64decode(shot["screenshot"].split(",", 1)[-1])
            image = Image.open(io.BytesIO(data))
            image.save(os.path.join(args.out, f"progress_{tick:05d}.jpg"))
            if hashes:
                hashes.write(hashlib.md5(data).hexdigest() + "\n")
                hashes.flush()
        if status in ("finished", "error"):
            break
        tick += 1
        time.sleep(1)


if __name__ == "__main__":
    main()
