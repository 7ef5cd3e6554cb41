#!/usr/bin/python3
"""The screenshot pipeline a Python user would write (json + base64 + Pillow), timed on the same
captured frames as bench_frame_pipeline, for docs/performance.md.

    /usr/bin/python3 tests/bench/reference_pipeline.py [--frames DIR] [--repeat N]

Prints, per frame, the median CPU time per iteration of:
  full       json.loads, strip the data URL header, base64.b64decode, Image.open(...).load()
  half       the same with Image.draft() to half size first (libjpeg's DCT scaling, like ours)
  thumbnail  the same with Image.thumbnail() to half size (what most scripts call; it resamples)
"""
import argparse
import base64
import io
import json
import pathlib
import statistics
import time

from PIL import Image


def decode(body, mode):
    doc = json.loads(body)
    shot = doc["screenshot"]
    if shot.startswith("data:"):
        shot = shot[shot.index(",") + 1:]
    image = Image.open(io.BytesIO(base64.b64decode(shot)))
    half = (image.width // 2, image.height // 2)
    if mode == "half":
        image.draft("RGB", half)
    elif mode == "thumbnail":
        image.thumbnail(half)
    image.load()
    return image, doc.get("url"), doc.get("title")


def measure(body, mode, repeat):
    decode(body, mode)  # warm up
    samples = []
    for _ in range(repeat):
        start = time.process_time_ns()
        decode(body, mode)
        samples.append(time.process_time_ns() - start)
    return statistics.median(samples) / 1e6


def main():
    here = pathlib.Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=pathlib.Path, default=here.parent / "data" / "frames")
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    files = sorted(args.frames.glob("*.json"))
    if not files:
        raise SystemExit(f"no frames in {args.frames}")
    modes = ("full", "half", "thumbnail")
    print(f"{'frame':<24} {'bytes':>8}" + "".join(f" {m + ' ms':>12}" for m in modes))
    for path in files:
        body = path.read_bytes()
        times = [measure(body, m, args.repeat) for m in modes]
        print(f"{path.stem:<24} {len(body):>8}" + "".join(f" {t:>12.3f}" for t in times))


if __name__ == "__main__":
    main()
