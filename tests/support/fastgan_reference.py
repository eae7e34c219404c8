# Reference side of the export/import tests, run with Debian's python3-torch.
# A small re-implementation of the official FastGAN Generator layout (module names and Sequential
# indices as in the official models.py), written for these tests.
#   python3 fastgan_reference.py write-fixtures DIR   -> pickles for the reader tests + an official-layout checkpoint
#   python3 fastgan_reference.py render STATE_DICT IM_SIZE NGF NZ LATENTS_JSON OUT
import json
import sys
from collections import OrderedDict

import torch
import torch.nn as nn
from torch.nn.utils import spectral_norm


def conv(*a, **k):
    return spectral_norm(nn.Conv2d(*a, **k))


def conv_t(*a, **k):
    return spectral_norm(nn.ConvTranspose2d(*a, **k))


class GLU(nn.Module):
    def forward(self, x):
        half = x.size(1) // 2
        return x[:, :half] * torch.sigmoid(x[:, half:])


class Swish(nn.Module):
    def forward(self, x):
        return x * torch.sigmoid(x)


class Noise(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        b, _, h, w = x.shape
        return x + self.weight * torch.randn(b, 1, h, w)


class Init(nn.Module):
    def __init__(self, nz, ch):
        super().__init__()
        self.init = nn.Sequential(conv_t(nz, ch * 2, 4, 1, 0, bias=False), nn.BatchNorm2d(ch * 2), GLU())

    def forward(self, z):
        return self.init(z.view(z.size(0), -1, 1, 1))


def up(i, o):
    return nn.Sequential(nn.Upsample(scale_factor=2, mode='nearest'), conv(i, o * 2, 3, 1, 1, bias=False),
                         nn.BatchNorm2d(o * 2), GLU())


def up_comp(i, o):
    return nn.Sequential(nn.Upsample(scale_factor=2, mode='nearest'), conv(i, o * 2, 3, 1, 1, bias=False), Noise(),
                         nn.BatchNorm2d(o * 2), GLU(), conv(o, o * 2, 3, 1, 1, bias=False), Noise(),
                         nn.BatchNorm2d(o * 2), GLU())


class SE(nn.Module):
    def __init__(self, small, big):
        super().__init__()
        self.main = nn.Sequential(nn.AdaptiveAvgPool2d(4), conv(small, big, 4, 1, 0, bias=False), Swish(),
                                  conv(big, big, 1, 1, 0, bias=False), nn.Sigmoid())

    def forward(self, small, big):
        return big * self.main(small)


class Generator(nn.Module):
    MULT = {4: 16, 8: 8, 16: 4, 32: 2, 64: 2, 128: 1, 256: 0.5, 512: 0.25, 1024: 0.125}

    def __init__(self, ngf, nz, im_size):
        super().__init__()
        ch = {r: int(m * ngf) for r, m in self.MULT.items()}
        self.im_size = im_size
        self.init = Init(nz, ch[4])
        self.feat_8 = up_comp(ch[4], ch[8])
        self.feat_16 = up(ch[8], ch[16])
        self.feat_32 = up_comp(ch[16], ch[32])
        self.feat_64 = up(ch[32], ch[64])
        self.feat_128 = up_comp(ch[64], ch[128])
        self.feat_256 = up(ch[128], ch[256])
        self.se_64 = SE(ch[4], ch[64])
        self.se_128 = SE(ch[8], ch[128])
        self.se_256 = SE(ch[16], ch[256])
        self.to_128 = conv(ch[128], 3, 1, 1, 0, bias=False)
        self.to_big = conv(ch[im_size], 3, 3, 1, 1, bias=False)
        if im_size > 256:
            self.feat_512 = up_comp(ch[256], ch[512])
            self.se_512 = SE(ch[32], ch[512])
        if im_size > 512:
            self.feat_1024 = up(ch[512], ch[1024])

    def forward(self, z):
        f4 = self.init(z)
        f8 = self.feat_8(f4)
        f16 = self.feat_16(f8)
        f32 = self.feat_32(f16)
        f64 = self.se_64(f4, self.feat_64(f32))
        f128 = self.se_128(f8, self.feat_128(f64))
        last = self.se_256(f16, self.feat_256(f128))
        if self.im_size > 256:
            last = self.se_512(f32, self.feat_512(last))
        if self.im_size > 512:
            last = self.feat_1024(last)
        big, small = self.to_big(last), self.to_128(f128)
        if self.im_size == 1024:
            big, small = torch.tanh(big), torch.tanh(small)
        return [big, small]


def randomized(g):
    torch.manual_seed(3)
    with torch.no_grad():
        for name, p in g.named_parameters():
            if name.endswith('weight') and p.dim() == 1 and p.numel() == 1:
                p.zero_()  # noise injections off: the C++ side cannot share Python's random draws
            else:
                p.normal_(0, 0.2 if p.dim() > 1 else 0.05).add_(1.0 if p.dim() == 1 and name.endswith('weight') else 0.0)
        for name, b in g.named_buffers():
            if name.endswith('running_mean'):
                b.normal_(0, 0.1)
            elif name.endswith('running_var'):
                b.uniform_(0.5, 1.5)
            elif name.endswith('num_batches_tracked'):
                b.fill_(77)
    return g


def write_fixtures(out):
    big = torch.arange(10, dtype=torch.float32)
    basic = OrderedDict()
    basic['a'] = torch.arange(12, dtype=torch.float32).reshape(3, 4)
    basic['b_t'] = torch.arange(6, dtype=torch.float64).reshape(2, 3).t()
    basic['c'] = torch.tensor([1, -2, 3], dtype=torch.int64)
    basic['h'] = torch.arange(4).half()
    basic['m'] = torch.tensor([True, False, True])
    basic['big'] = big
    basic['view'] = big[2:5]
    basic['scalar'] = torch.tensor(2.5)
    basic['empty'] = torch.zeros(0, 3)
    basic['param'] = nn.Parameter(torch.ones(2, 2))
    torch.save({'state': basic,
                'list': [1, -70000, 2 ** 40, -(2 ** 40), 1.5, 'text', None, True, False, (1, 2)],
                'nested': {'x': {'y': torch.arange(3.0)}, 7: 'int key'}}, out + '/basic.pt')

    g = randomized(Generator(8, 16, 256))
    # An official all_<iter>.pth: `g` with DataParallel prefixes, `g_ema` a list in parameter order.
    # (noise-injection weights stay 0 in the EMA too: the C++ side cannot share Python's noise draws)
    ema = [torch.zeros_like(p) if name.endswith('weight') and p.numel() == 1 else p.detach().clone() * 0.9 + 0.01
           for name, p in g.named_parameters()]
    opt = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    g(torch.randn(2, 16))[0].mean().backward()
    opt.step()  # so that opt_g holds real Adam state (exercises more of the pickle format)
    state = OrderedDict(('module.' + k, v) for k, v in g.state_dict().items())
    torch.save({'g': state, 'd': {'module.rf_big.0.weight_orig': torch.randn(2, 2)}, 'g_ema': ema,
                'opt_g': opt.state_dict(), 'opt_d': opt.state_dict()}, out + '/all_1234.pth')
    # The reference images: the EMA weights with `g`'s buffers, eval-mode BN.
    with torch.no_grad():
        for p, e in zip(g.parameters(), ema):
            p.copy_(e)
    g.eval()
    z = torch.stack([torch.linspace(-1, 1, 16), torch.linspace(1, -1, 16) ** 3])
    with torch.no_grad():
        torch.save({'z': z, 'image': g(z)[0]}, out + '/official_reference.pt')


def render(state_path, im_size, ngf, nz, latents_path, out):
    g = Generator(ngf, nz, im_size)
    g.load_state_dict(torch.load(state_path), strict=True)
    g.eval()
    z = torch.tensor([item['z'] for item in json.load(open(latents_path))['latents']])
    with torch.no_grad():
        torch.save({'image': g(z)[0]}, out)


if __name__ == '__main__':
    if sys.argv[1] == 'write-fixtures':
        write_fixtures(sys.argv[2])
    else:
        render(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7])
