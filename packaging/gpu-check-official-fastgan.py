#!/usr/bin/env python3
"""Seconds per training iteration of the OFFICIAL FastGAN-pytorch code (odegeasslbc/FastGAN-pytorch), to put
beside `fewshot bench train --model fastgan --size 256 --batch 8 --device cuda`.

The official code is third-party (GPL-3.0) and is not part of this repository: put its models.py, diffaug.py,
operation.py and lpips/ (with lpips/weights/v0.1/vgg.pth where available) in a folder, by default
.cache/official-fastgan/, and pass it with --official. This harness imports the networks, DiffAugment, the EMA
helper and LPIPS from there and runs the iteration body of the official train.py on synthetic data:

    python3 packaging/gpu-check-official-fastgan.py --size 256 --batch 8 --device cuda
    python3 packaging/gpu-check-official-fastgan.py --size 1024 --batch 8 --device cuda

It prints one JSON object. Timing is as in `fewshot bench train`: --warmup untimed iterations, then --iters
iterations each timed alone between two device synchronisations; the median is reported.

As in the official train.py: Generator(ngf=64, nz=256, im_size=size) and Discriminator(ndf=64, im_size=size)
with weights_init, both wrapped in nn.DataParallel (multi_gpu = True there), Adam(lr 2e-4, betas (0.5, 0.999)),
policy 'color,translation', LPIPS PerceptualLoss(model='net-lin', net='vgg') for the three reconstructions on
real images, hinge losses with the random 0.8..1.0 margins, G loss -D(fake).mean(), EMA of G's parameters
(0.999 / 0.001), fp32, no AMP, cudnn.benchmark left alone (it is commented out in train.py).

Differences, by necessity: real images are torch.rand on the device in [-1, 1], made before the timer starts
(the official DataLoader and its .to(device) copy are not timed); no network, so the VGG16 under LPIPS has
random weights (speed does not depend on the values) and, if lpips/weights/v0.1/vgg.pth is missing, so do
LPIPS's linear layers; the every-100/1000/5000-iteration logging, image saving and checkpoints are left out.
Modules the official code imports but that play no part here (skimage, IPython, scipy, tqdm, lmdb, PIL and,
on a machine without it, torchvision) are replaced by stubs when they are not installed.
"""
import argparse
import contextlib
import importlib
import json
import os
import random
import statistics
import sys
import time
import types
import warnings

POLICY = "color,translation"  # train.py: policy = 'color,translation'
NGF, NDF, NZ = 64, 64, 256  # train.py: ngf = 64, ndf = 64, nz = 256
NLR, NBETA1 = 0.0002, 0.5  # train.py: nlr = 0.0002, nbeta1 = 0.5

_stubbed = []


class _StubModule(types.ModuleType):
    """A module that stands in for an optional dependency: any attribute is a function that refuses to run."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)

        def unavailable(*args, **kwargs):
            raise RuntimeError("%s.%s is a stub in gpu-check-official-fastgan.py (module not installed)"
                               % (self.__name__, name))

        return unavailable


def _stub_if_missing(name, submodules=(), attrs=None):
    try:
        importlib.import_module(name)
        return
    except ImportError:
        pass
    top = _StubModule(name)
    top.__path__ = []  # a package, so that `import name.sub` finds the stubbed submodules below
    top.__version__ = "stub"
    for key, value in (attrs or {}).items():
        setattr(top, key, value)
    sys.modules[name] = top
    for sub in submodules:
        mod = _StubModule(name + "." + sub)
        sys.modules[name + "." + sub] = mod
        setattr(top, sub, mod)
    _stubbed.append(name)


# The VGG16 convolution stack (torchvision's vgg16().features, configuration "D"): 13 3x3 convolutions with
# ReLU, 5 max-pools. Used only where torchvision is not installed.
_VGG16_CFG = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"]


def _vgg16_features_from_torch_nn():
    import torch.nn as nn

    layers, channels = [], 3
    for v in _VGG16_CFG:
        if v == "M":
            layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
        else:
            conv = nn.Conv2d(channels, v, kernel_size=3, padding=1)
            nn.init.kaiming_normal_(conv.weight, mode="fan_out", nonlinearity="relu")  # as torchvision's VGG
            nn.init.constant_(conv.bias, 0)
            layers += [conv, nn.ReLU(inplace=True)]
            channels = v
    return nn.Sequential(*layers)


def _install_torchvision_stub_if_missing():
    """The official lpips/pretrained_networks.py does `from torchvision import models as tv` and, in its latest
    version, imports the *_Weights enums. Without torchvision, give it a torchvision.models whose vgg16() is the
    same layer stack built from torch.nn."""
    try:
        import torchvision  # noqa: F401
        import torchvision.models  # noqa: F401
        return False
    except ImportError:
        pass
    tv = types.ModuleType("torchvision")
    tv.__path__ = []
    tv.__version__ = "stub"
    models = _StubModule("torchvision.models")
    for enum in ("VGG16_Weights", "SqueezeNet1_1_Weights", "AlexNet_Weights", "ResNet18_Weights",
                 "ResNet34_Weights", "ResNet50_Weights", "ResNet101_Weights", "ResNet152_Weights"):
        setattr(models, enum, type(enum, (), {"DEFAULT": None, "IMAGENET1K_V1": None}))
    models.vgg16 = lambda *a, **k: types.SimpleNamespace(features=_vgg16_features_from_torch_nn())
    tv.models = models
    sys.modules["torchvision"] = tv
    sys.modules["torchvision.models"] = models
    _stubbed.append("torchvision")
    return True


class _RandomVggModels(types.ModuleType):
    """Stands in for torchvision.models inside the official lpips/pretrained_networks.py: everything is the real
    module's, except vgg16(), which ignores pretrained=/weights= and builds the network with random weights
    (no download)."""

    def __init__(self, real):
        super().__init__("torchvision.models (vgg16 with random weights)")
        self._real = real

    def __getattr__(self, name):
        return getattr(self._real, name)

    def vgg16(self, *args, **kwargs):
        if "torchvision" in _stubbed:
            return self._real.vgg16()
        try:
            return self._real.vgg16(weights=None)
        except TypeError:  # torchvision < 0.13
            return self._real.vgg16(pretrained=False)


@contextlib.contextmanager
def _lin_weights_or_random(torch, lpips_dir):
    """If the LPIPS linear-layer weights file is absent, DistModel's torch.load(weights/v0.1/vgg.pth) gets an
    empty state dict (it loads with strict=False), so the five 1x1 'lin' layers keep their random init."""
    real_load = torch.load
    missing = []

    def load(path, *args, **kwargs):
        if isinstance(path, str) and os.path.abspath(path).startswith(os.path.abspath(lpips_dir)) \
                and path.endswith(".pth") and not os.path.exists(path):
            missing.append(path)
            return {}
        return real_load(path, *args, **kwargs)

    torch.load = load
    try:
        yield missing
    finally:
        torch.load = real_load


# Git blob ids of the files used, at odegeasslbc/FastGAN-pytorch commit 1a848e5bce265c50e0ee38c932c256d5aa6f9880
# (main, 2024-02-09; models.py, diffaug.py and lpips/ other than pretrained_networks.py unchanged since 2021).
_OFFICIAL_BLOBS = {
    "models.py": "c8db23a556436154593907c86183626db4d0ba1c",
    "diffaug.py": "54c0894f9109451acd61e27e84e97dc9eaec5616",
    "operation.py": "73a6b5e06c7352f0a4499718201deb8110f7f6b7",
    "lpips/__init__.py": "1878b3ffa8eea1c3557ad08314665766c9ae45e3",
    "lpips/base_model.py": "9fdb930666adc63c6b20b023d4ccabc7ecf78ed3",
    "lpips/dist_model.py": "4ff0aa4ca6e4b217954c167787eaac1ca1f8e304",
    "lpips/networks_basic.py": "1d23f059de02880ed65d425d56baf0c03a9e99a6",
    "lpips/pretrained_networks.py": "bbaea417217cd4c4106488d9b50e4fd5d0e001dc",
    "lpips/weights/v0.1/vgg.pth": "47e943cfacabf7040b4af8cf4084ab91177f1b88",
}


def _files_match(official_dir):
    """True if every file above is byte-identical to that commit's; otherwise the names that differ or are
    missing."""
    import hashlib

    differ = []
    for name, blob in _OFFICIAL_BLOBS.items():
        try:
            with open(os.path.join(official_dir, name), "rb") as f:
                data = f.read()
        except OSError:
            differ.append(name + " (missing)")
            continue
        if hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest() != blob:
            differ.append(name)
    return True if not differ else differ


def _import_official(official_dir):
    if not os.path.isfile(os.path.join(official_dir, "models.py")):
        sys.exit("gpu-check-official-fastgan: no models.py in %s (see this script's header)" % official_dir)
    sys.path.insert(0, official_dir)
    _stub_if_missing("skimage", ("color", "transform", "metrics", "measure"))
    _stub_if_missing("IPython", attrs={"embed": lambda *a, **k: None})
    _stub_if_missing("scipy", ("ndimage",))
    _stub_if_missing("tqdm", attrs={"tqdm": lambda it=None, *a, **k: it})
    _stub_if_missing("lmdb")
    _stub_if_missing("PIL", ("Image",))
    _install_torchvision_stub_if_missing()

    import models as official_models
    import diffaug as official_diffaug
    import operation as official_operation
    import lpips as official_lpips
    import lpips.pretrained_networks as official_pn

    for mod in (official_models, official_diffaug, official_operation, official_lpips):
        where = os.path.abspath(getattr(mod, "__file__", "") or "")
        if not where.startswith(os.path.abspath(official_dir) + os.sep):
            sys.exit("gpu-check-official-fastgan: %s was imported from %s, not from %s"
                     % (mod.__name__, where, official_dir))
    official_pn.tv = _RandomVggModels(official_pn.tv)  # the patch: VGG16 under LPIPS gets random weights
    return official_models, official_diffaug, official_operation, official_lpips


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--official", default=".cache/official-fastgan",
                    help="folder with the official models.py, diffaug.py, operation.py and lpips/")
    ap.add_argument("--size", type=int, default=256, choices=(256, 512, 1024))
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--iters", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--device", default="cuda", help="cuda, cuda:N or cpu")
    ap.add_argument("--no-data-parallel", action="store_true",
                    help="don't wrap G and D in nn.DataParallel (the official train.py does: multi_gpu = True)")
    args = ap.parse_args()
    if args.iters < 1 or args.warmup < 0 or args.batch < 1:
        ap.error("--iters must be >= 1, --warmup >= 0, --batch >= 1")

    official_dir = os.path.abspath(args.official)
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    import torch.optim as optim

    models, diffaug, operation, lpips = _import_official(official_dir)
    Generator, Discriminator, weights_init = models.Generator, models.Discriminator, models.weights_init
    DiffAugment = diffaug.DiffAugment
    copy_G_params = operation.copy_G_params

    device = torch.device(args.device)
    use_gpu = device.type == "cuda"
    if use_gpu:
        if not torch.cuda.is_available():
            sys.exit("gpu-check-official-fastgan: --device %s but torch.cuda.is_available() is False" % args.device)
        gpu_index = device.index if device.index is not None else 0
        torch.cuda.set_device(gpu_index)
        device = torch.device("cuda", gpu_index)
    def sync():
        if use_gpu:
            torch.cuda.synchronize(device)

    # train.py, module level: percept = lpips.PerceptualLoss(model='net-lin', net='vgg', use_gpu=True)
    with _lin_weights_or_random(torch, os.path.join(official_dir, "lpips")) as missing_lin, \
            contextlib.redirect_stdout(sys.stderr):
        percept = lpips.PerceptualLoss(model="net-lin", net="vgg", use_gpu=use_gpu,
                                       gpu_ids=[device.index] if use_gpu else [0])

    # train.py, train_d and crop_image_by_part (rewritten here, same operations)
    def crop_image_by_part(image, part):
        hw = image.shape[2] // 2
        if part == 0:
            return image[:, :, :hw, :hw]
        if part == 1:
            return image[:, :, :hw, hw:]
        if part == 2:
            return image[:, :, hw:, :hw]
        if part == 3:
            return image[:, :, hw:, hw:]

    def train_d(net, data, label="real"):
        if label == "real":
            part = random.randint(0, 3)
            pred, [rec_all, rec_small, rec_part] = net(data, label, part=part)
            err = F.relu(torch.rand_like(pred) * 0.2 + 0.8 - pred).mean() + \
                percept(rec_all, F.interpolate(data, rec_all.shape[2])).sum() + \
                percept(rec_small, F.interpolate(data, rec_small.shape[2])).sum() + \
                percept(rec_part, F.interpolate(crop_image_by_part(data, part), rec_part.shape[2])).sum()
            err.backward()
            return pred.mean().item(), rec_all, rec_small, rec_part
        pred = net(data, label)
        err = F.relu(torch.rand_like(pred) * 0.2 + 0.8 + pred).mean()
        err.backward()
        return pred.mean().item()

    # train.py, train(): networks, EMA copy, optimisers, DataParallel
    netG = Generator(ngf=NGF, nz=NZ, im_size=args.size)
    netG.apply(weights_init)
    netD = Discriminator(ndf=NDF, im_size=args.size)
    netD.apply(weights_init)
    netG.to(device)
    netD.to(device)
    avg_param_G = copy_G_params(netG)
    optimizerG = optim.Adam(netG.parameters(), lr=NLR, betas=(NBETA1, 0.999))
    optimizerD = optim.Adam(netD.parameters(), lr=NLR, betas=(NBETA1, 0.999))
    data_parallel = use_gpu and not args.no_data_parallel  # on the CPU nn.DataParallel would do nothing
    if data_parallel:
        netG = nn.DataParallel(netG.to(device), device_ids=[device.index])
        netD = nn.DataParallel(netD.to(device), device_ids=[device.index])

    def iteration(real_image):
        # train.py, the body of `for iteration in tqdm(...)` from the noise on
        current_batch_size = real_image.size(0)
        noise = torch.Tensor(current_batch_size, NZ).normal_(0, 1).to(device)

        fake_images = netG(noise)

        real_image = DiffAugment(real_image, policy=POLICY)
        fake_images = [DiffAugment(fake, policy=POLICY) for fake in fake_images]

        netD.zero_grad()
        train_d(netD, real_image, label="real")
        train_d(netD, [fi.detach() for fi in fake_images], label="fake")
        optimizerD.step()

        netG.zero_grad()
        pred_g = netD(fake_images, "fake")
        err_g = -pred_g.mean()
        err_g.backward()
        optimizerG.step()

        for p, avg_p in zip(netG.parameters(), avg_param_G):
            avg_p.mul_(0.999).add_(0.001 * p.data)

    def synthetic_real():  # instead of next(dataloader).to(device): images in [-1, 1], on the device
        return torch.rand(args.batch, 3, args.size, args.size, device=device) * 2 - 1

    for _ in range(args.warmup):
        iteration(synthetic_real())
    sync()
    seconds = []
    for _ in range(args.iters):
        real = synthetic_real()
        sync()
        begin = time.perf_counter()
        iteration(real)
        sync()
        seconds.append(time.perf_counter() - begin)

    median = statistics.median(seconds)
    tf32 = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for key, read in (("cudnn_allow_tf32", lambda: torch.backends.cudnn.allow_tf32),
                          ("matmul_allow_tf32", lambda: torch.backends.cuda.matmul.allow_tf32)):
            try:
                tf32[key] = bool(read())
            except Exception:  # a torch that no longer answers the old flag
                tf32[key] = None
    tv_version = None if "torchvision" in _stubbed else sys.modules["torchvision"].__version__
    result = {
        "implementation": "official FastGAN-pytorch",
        "official_commit": "odegeasslbc/FastGAN-pytorch@1a848e5bce265c50e0ee38c932c256d5aa6f9880",
        "size": args.size,
        "batch": args.batch,
        "device": str(device),
        "median_seconds_per_iteration": median,
        "iterations_per_second": 1.0 / median,
        "min_seconds_per_iteration": min(seconds),
        "max_seconds_per_iteration": max(seconds),
        "iterations_timed": args.iters,
        "warmup": args.warmup,
        "torch": torch.__version__,
        "torchvision": tv_version,
        "gpu": torch.cuda.get_device_name(device) if use_gpu else None,
        "cuda_max_memory_allocated_gib":
            torch.cuda.max_memory_allocated(device) / 2 ** 30 if use_gpu else None,
        "vgg_weights": "random (no network)",
        "vgg_built_by": "torch.nn (no torchvision)" if "torchvision" in _stubbed
                        else "torchvision.models.vgg16(weights=None)",
        "lpips_lin_weights": "random (file missing)" if missing_lin else "lpips/weights/v0.1/vgg.pth",
        "data_parallel": data_parallel,
        "precision": "fp32",
        "cudnn_benchmark": bool(torch.backends.cudnn.benchmark),
        **tf32,
        "data": "synthetic torch.rand in [-1,1] on the device, made outside the timed region",
        "stubbed_modules": _stubbed,
        "official_dir": official_dir,
        "official_files_as_in_1a848e5": _files_match(official_dir),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
