"""Checks an ONNX export of the FastGAN generator (used by tests/core/test_onnx_export.cpp).

usage: onnx_check.py MODEL.onnx Z.bin EXPECTED.bin BATCH NZ SIZE [--noise]
Validates the model with onnx.checker (full check, with shape inference) when the onnx package is
installed, and runs it with onnxruntime when that is installed, comparing with EXPECTED (raw
float32, BATCH x 3 x SIZE x SIZE). With --noise the output must differ from EXPECTED (the noise is
random) but stay finite and in range. Prints what it did; exit 3 when neither package exists.
"""
import sys

import numpy as np

model_path, z_path, expected_path = sys.argv[1:4]
batch, nz, size = (int(v) for v in sys.argv[4:7])
noise = "--noise" in sys.argv
done = []
try:
    import onnx

    model = onnx.load(model_path)
    onnx.checker.check_model(model, full_check=True)
    inferred = onnx.shape_inference.infer_shapes(model, strict_mode=True)
    dims = [d.dim_value or d.dim_param for d in inferred.graph.output[0].type.tensor_type.shape.dim]
    assert dims[1:] == [3, size, size], dims
    done.append("checker")
except ImportError:
    pass
try:
    import onnxruntime as ort

    z = np.fromfile(z_path, dtype=np.float32).reshape(batch, nz)
    expected = np.fromfile(expected_path, dtype=np.float32).reshape(batch, 3, size, size)
    session = ort.InferenceSession(model_path, providers=["CPUExecutionProvider"])
    (image,) = session.run(["image"], {"z": z})
    assert image.shape == expected.shape, image.shape
    assert np.isfinite(image).all()
    # Relative to the output's range: 256 px and 512 px outputs have no tanh.
    diff = float(np.abs(image - expected).max()) / max(1.0, float(np.abs(expected).max()))
    if noise:
        assert diff > 1e-3, "noise injection had no effect: %g" % diff
    else:
        assert diff < 1e-4, "max difference %g" % diff
    done.append("onnxruntime (max relative difference %.3g)" % diff)
except ImportError:
    pass
if not done:
    print("neither onnx nor onnxruntime is installed")
    sys.exit(3)
print("checked with " + ", ".join(done))
