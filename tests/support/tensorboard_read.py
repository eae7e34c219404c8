#!/usr/bin/python3
"""Reads a folder of TensorBoard event files with the tensorboard package's own reader (EventAccumulator)
and prints what it found as JSON: {"scalars": {tag: [[step, value], ...]}, "images": {tag: [[step, width,
height, png_width, png_height], ...]}}. png_width/height come from the encoded PNG's header, width/height
from the Summary.Image fields. Exit status 77 when the tensorboard package cannot be imported."""
import json
import struct
import sys

try:
    from tensorboard.backend.event_processing import event_accumulator
except ImportError as e:
    print(f"tensorboard is not installed: {e}", file=sys.stderr)
    sys.exit(77)


def main():
    acc = event_accumulator.EventAccumulator(sys.argv[1], size_guidance={"scalars": 0, "images": 0})
    acc.Reload()
    tags = acc.Tags()
    out = {"scalars": {}, "images": {}}
    for tag in tags["scalars"]:
        out["scalars"][tag] = [[e.step, e.value] for e in acc.Scalars(tag)]
    for tag in tags["images"]:
        rows = []
        for e in acc.Images(tag):
            png = e.encoded_image_string
            assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
            w, h = struct.unpack(">II", png[16:24])
            rows.append([e.step, e.width, e.height, w, h])
        out["images"][tag] = rows
    print(json.dumps(out))


if __name__ == "__main__":
    main()
