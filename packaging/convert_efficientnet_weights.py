"""Converts the EfficientNet-Lite0 state dict (.pth, legacy torch pickle) into FewShot Studio's raw
tensor archive, which core/features/tensor_archive reads without Python or pickle support.

Archive layout (little-endian):
  8 bytes  magic "FSWTS001"
  uint32   tensor count
  per tensor: uint32 name length, name (UTF-8), uint32 ndim, int64 dims[ndim], float32 data[prod(dims)]
BatchNorm's num_batches_tracked counters are dropped (unused in eval mode).

Usage: convert_efficientnet_weights.py IN.pth OUT.fsw   (needs Debian's python3-torch)
"""
import struct
import sys

import torch


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: convert_efficientnet_weights.py IN.pth OUT.fsw")
    state = torch.load(sys.argv[1], map_location="cpu")
    tensors = [(k, v) for k, v in state.items() if not k.endswith("num_batches_tracked")]
    with open(sys.argv[2], "wb") as out:
        out.write(b"FSWTS001")
        out.write(struct.pack("<I", len(tensors)))
        for name, tensor in tensors:
            data = tensor.detach().to(torch.float32).contiguous()
            encoded = name.encode("utf-8")
            out.write(struct.pack("<I", len(encoded)))
            out.write(encoded)
            out.write(struct.pack("<I", data.dim()))
            out.write(struct.pack("<%dq" % data.dim(), *data.shape))
            out.write(data.numpy().astype("<f4").tobytes())
    print("converted %d tensors (%d values) to %s" % (len(tensors), sum(t.numel() for _, t in tensors), sys.argv[2]))


if __name__ == "__main__":
    main()
