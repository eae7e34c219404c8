#include "core/explore/onnx_export.h"

#include <stdexcept>

#include "core/io/onnx_graph.h"
#include "core/models/fastgan/fastgan_blocks.h"
#include "core/util/atomic_file.h"
#include "core/util/error_text.h"

namespace fewshot::explore {
namespace {

namespace nn = torch::nn;
using io::OnnxGraph;

// Emits the ops of one generator sub-module, named by its state-dict path; tracks the spatial size
// because the adaptive pooling of the SLE gates becomes a fixed-size AveragePool in ONNX.
class GeneratorEmitter {
 public:
  GeneratorEmitter(OnnxGraph& graph, const OnnxExportOptions& options) : g_(graph), options_(options) {
    upScales_ = g_.float32s("upsample_scales", {1.f, 1.f, 2.f, 2.f});
    firstChannel_[0] = g_.int64s("slice_start", {0});
    firstChannel_[1] = g_.int64s("slice_end", {1});
    firstChannel_[2] = g_.int64s("slice_axis", {1});
  }

  std::string module(const std::string& name, nn::Module& m, std::string x, int64_t& size) {
    if (auto* seq = dynamic_cast<nn::SequentialImpl*>(&m)) {
      for (const auto& child : seq->named_children()) x = module(name + "." + child.key(), *child.value(), x, size);
      return x;
    }
    if (auto* conv = m.as<SNConv2dImpl>()) {
      const auto& o = conv->options;
      std::vector<std::string> in{x, g_.constant(name + ".weight", conv->weight().detach())};
      if (conv->bias.defined()) in.push_back(g_.constant(name + ".bias", conv->bias.detach()));
      size = (size + 2 * o.padding() - o.kernel_size()) / o.stride() + 1;
      return g_.node1("Conv", in, name,
                      {{"kernel_shape", std::vector<int64_t>{o.kernel_size(), o.kernel_size()}},
                       {"pads", std::vector<int64_t>(4, o.padding())},
                       {"strides", std::vector<int64_t>{o.stride(), o.stride()}}});
    }
    if (auto* convT = m.as<SNConvTranspose2dImpl>()) {
      const auto& o = convT->options;
      torch::Tensor w =
          SpectralNormState().normalizedWeight(convT->weight_orig, convT->weight_u, convT->weight_v, 1, false);
      size = (size - 1) * o.stride() - 2 * o.padding() + o.kernel_size();
      return g_.node1("ConvTranspose", {x, g_.constant(name + ".weight", w.detach())}, name,
                      {{"kernel_shape", std::vector<int64_t>{o.kernel_size(), o.kernel_size()}},
                       {"pads", std::vector<int64_t>(4, o.padding())},
                       {"strides", std::vector<int64_t>{o.stride(), o.stride()}}});
    }
    if (auto* bn = m.as<nn::BatchNorm2dImpl>()) {
      return g_.node1(
          "BatchNormalization",
          {x, g_.constant(name + ".weight", bn->weight.detach()), g_.constant(name + ".bias", bn->bias.detach()),
           g_.constant(name + ".running_mean", bn->running_mean), g_.constant(name + ".running_var", bn->running_var)},
          name, {{"epsilon", static_cast<float>(bn->options.eps())}});
    }
    if (m.as<nn::GLUImpl>()) {
      // GLU over channels: first half * sigmoid(second half).
      const auto halves = g_.node("Split", {x}, name + ".split", 2, {{"axis", int64_t{1}}});
      return g_.node1("Mul", {halves[0], g_.node1("Sigmoid", {halves[1]}, name + ".gate")}, name);
    }
    if (m.as<nn::UpsampleImpl>()) {
      size *= 2;
      // PyTorch's nearest upsampling reads source pixel floor(dst / 2).
      return g_.node1("Resize", {x, "", upScales_}, name,
                      {{"mode", std::string("nearest")},
                       {"coordinate_transformation_mode", std::string("asymmetric")},
                       {"nearest_mode", std::string("floor")}});
    }
    if (auto* noise = m.as<fastgan::NoiseInjectionImpl>()) {
      if (!options_.noise) return x;
      const std::string first =
          g_.node1("Slice", {x, firstChannel_[0], firstChannel_[1], firstChannel_[2]}, name + ".shape");
      const std::string draw = g_.node1("RandomNormalLike", {first}, name + ".normal", {{"dtype", int64_t{1}}});
      const std::string scaled =
          g_.node1("Mul", {draw, g_.constant(name + ".weight", noise->weight.detach())}, name + ".scaled");
      return g_.node1("Add", {x, scaled}, name);
    }
    if (m.as<nn::AdaptiveAvgPool2dImpl>()) {
      if (size % 4 != 0) throw std::runtime_error("ONNX export: cannot pool " + std::to_string(size) + " px to 4x4");
      const int64_t k = size / 4;
      size = 4;
      return g_.node1("AveragePool", {x}, name,
                      {{"kernel_shape", std::vector<int64_t>{k, k}}, {"strides", std::vector<int64_t>{k, k}}});
    }
    if (m.as<fastgan::SwishImpl>()) return g_.node1("Mul", {x, g_.node1("Sigmoid", {x}, name + ".sigmoid")}, name);
    if (m.as<nn::SigmoidImpl>()) return g_.node1("Sigmoid", {x}, name);
    if (m.as<nn::TanhImpl>()) return g_.node1("Tanh", {x}, name);
    throw std::runtime_error("ONNX export: no ONNX form for module " + name + " (" + m.name() + ")");
  }

  // SLE: big * gate(small).
  std::string excite(const std::string& name, fastgan::SEBlockImpl& se, const std::string& small, int64_t smallSize,
                     const std::string& big) {
    int64_t size = smallSize;
    return g_.node1("Mul", {big, module(name + ".main", *se.main, small, size)}, name);
  }

 private:
  OnnxGraph& g_;
  OnnxExportOptions options_;
  std::string upScales_;
  std::string firstChannel_[3];
};

}  // namespace

OnnxExportResult exportOnnxGenerator(fastgan::Generator& generator, const std::string& path,
                                     const OnnxExportOptions& options) {
  torch::NoGradGuard noGrad;
  fastgan::GeneratorImpl& gen = *generator;
  const auto& c = gen.config();
  const int R = c.imageSize;
  OnnxGraph graph("fastgan_generator");
  GeneratorEmitter emit(graph, options);
  graph.input("z", {-1, c.nz});
  int64_t size = 1;
  // Mirrors GeneratorImpl::forward (including its tanh convention per size).
  std::string z4 = graph.node1("Reshape", {"z", graph.int64s("z_shape", {0, c.nz, 1, 1})}, "init.view");
  const std::string f4 = emit.module("init.init", *gen.init->init, z4, size);
  int64_t s8 = size;
  const std::string f8 = emit.module("feat_8", *gen.feat_8, f4, s8);
  int64_t s16 = s8;
  const std::string f16 = emit.module("feat_16", *gen.feat_16, f8, s16);
  int64_t s32 = s16;
  const std::string f32 = emit.module("feat_32", *gen.feat_32, f16, s32);
  std::string last = f32;
  int64_t s = s32;
  if (R >= 64) last = emit.excite("se_64", *gen.se_64, f4, 4, emit.module("feat_64", *gen.feat_64, last, s));
  if (R >= 128) last = emit.excite("se_128", *gen.se_128, f8, s8, emit.module("feat_128", *gen.feat_128, last, s));
  if (R >= 256) last = emit.excite("se_256", *gen.se_256, f16, s16, emit.module("feat_256", *gen.feat_256, last, s));
  if (R >= 512) last = emit.excite("se_512", *gen.se_512, f32, s32, emit.module("feat_512", *gen.feat_512, last, s));
  if (R >= 1024) last = emit.module("feat_1024", *gen.feat_1024, last, s);
  std::string image = emit.module("to_big", *gen.to_big, last, s);
  if (s != R)
    throw std::runtime_error("ONNX export: traced " + std::to_string(s) + " px, expected " + std::to_string(R));
  const bool tanhOutput = R == 1024 || R < 256;
  image = graph.node1(tanhOutput ? "Tanh" : "Identity", {image}, "image");
  graph.output("image", {-1, 3, R, R});

  const std::string bytes = graph.serialize(13, "FewShot Studio",
                                            "FastGAN generator (EMA), " + std::to_string(R) + " px, nz " +
                                                std::to_string(c.nz) + "; eval-mode BatchNorm; output in [-1, 1]");
  try {
    util::writeFileAtomically(path, bytes);
  } catch (const std::exception& e) {
    throw std::runtime_error("cannot write the ONNX file " + path + ": " + util::errorText(e));
  }
  return {graph.nodeCount(), static_cast<int64_t>(bytes.size())};
}

}  // namespace fewshot::explore
