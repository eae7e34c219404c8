#!/usr/bin/python3
"""Independent Python reference for core/features/efficientnet_lite0: rebuilds EfficientNet-Lite0 with
torch.nn.functional straight from the packaged state dict (.pth, not our converted archive) and writes
the four taps, the pooled features and the logits for a given input.

Usage: efficientnet_lite0_reference.py WEIGHTS.pth INPUT.f32 B H W OUT_PREFIX
INPUT.f32 is raw little-endian float32 (B,3,H,W); outputs OUT_PREFIX{tap0..tap3,pooled,logits}.f32.
"""
import math
import sys

import torch
import torch.nn.functional as F

STAGES = [(1, 3, 1, 1, 16), (2, 3, 2, 6, 24), (2, 5, 2, 6, 40), (3, 3, 2, 6, 80),
          (3, 5, 1, 6, 112), (4, 5, 2, 6, 192), (1, 3, 1, 6, 320)]  # repeats, kernel, stride, expand, out


def same_pad(x, k, s):
    # lukemelas' Conv2dStaticSamePadding formula: pad = max((ceil(i/s)-1)*s + k - i, 0), extra on the end.
    ih, iw = x.shape[-2:]
    ph = max((math.ceil(ih / s) - 1) * s + k - ih, 0)
    pw = max((math.ceil(iw / s) - 1) * s + k - iw, 0)
    return F.pad(x, [pw // 2, pw - pw // 2, ph // 2, ph - ph // 2])


def bn(x, sd, prefix):
    return F.batch_norm(x, sd[prefix + ".running_mean"], sd[prefix + ".running_var"], sd[prefix + ".weight"],
                        sd[prefix + ".bias"], training=False, eps=1e-3)


def main():
    weights, inp, b, h, w, out = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:6]), sys.argv[6]
    sd = torch.load(weights, map_location="cpu")
    x = torch.from_numpy(__import__("numpy").fromfile(inp, dtype="<f4").reshape(b, 3, h, w).copy())
    with torch.no_grad():
        x = F.relu6(bn(F.conv2d(same_pad(x, 3, 2), sd["_conv_stem.weight"], stride=2), sd, "_bn0"))
        taps, i = [], 0
        for repeats, k, s, e, cout in STAGES:
            for r in range(repeats):
                p = "_blocks.%d." % i
                stride = s if r == 0 else 1
                h_ = x
                if e != 1:
                    h_ = F.relu6(bn(F.conv2d(h_, sd[p + "_expand_conv.weight"]), sd, p + "_bn0"))
                dw = sd[p + "_depthwise_conv.weight"]
                h_ = F.relu6(bn(F.conv2d(same_pad(h_, k, stride), dw, stride=stride, groups=dw.shape[0]), sd, p + "_bn1"))
                h_ = bn(F.conv2d(h_, sd[p + "_project_conv.weight"]), sd, p + "_bn2")
                x = h_ + x if stride == 1 and x.shape[1] == cout else h_
                if i in (2, 4, 10, 15):
                    taps.append(x)
                i += 1
        pooled = F.relu6(bn(F.conv2d(x, sd["_conv_head.weight"]), sd, "_bn1")).mean((2, 3))
        logits = F.linear(pooled, sd["_fc.weight"], sd["_fc.bias"])
    for name, t in [("tap0", taps[0]), ("tap1", taps[1]), ("tap2", taps[2]), ("tap3", taps[3]),
                    ("pooled", pooled), ("logits", logits)]:
        t.contiguous().numpy().astype("<f4").tofile(out + name + ".f32")


if __name__ == "__main__":
    main()
