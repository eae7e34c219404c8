#include "core/io/onnx_graph.h"

#include <stdexcept>

#include "core/io/protobuf_wire.h"

namespace fewshot::io {
namespace {

using protobuf::bytesField;
using protobuf::floatField;
using protobuf::intField;

// onnx.proto enums.
constexpr int64_t kFloat = 1, kInt64 = 7;
constexpr int64_t kAttrFloat = 1, kAttrInt = 2, kAttrString = 3, kAttrInts = 7;

std::string tensorProto(const std::string& name, const torch::Tensor& value) {
  torch::Tensor t = value.detach().to(torch::kCPU).contiguous();
  int64_t type = 0;
  if (t.scalar_type() == torch::kFloat32) type = kFloat;
  else if (t.scalar_type() == torch::kInt64) type = kInt64;
  else throw std::invalid_argument("ONNX constant " + name + ": only float32 and int64 tensors are written");
  std::string m;
  for (int64_t d : t.sizes()) intField(m, 1, d);
  intField(m, 2, type);
  bytesField(m, 8, name);
  bytesField(m, 9, std::string(static_cast<const char*>(t.data_ptr()), t.numel() * t.element_size()));
  return m;
}

std::string valueInfo(const std::string& name, const std::vector<int64_t>& dims) {
  std::string shape;
  for (int64_t d : dims) {
    std::string dim;
    if (d < 0) bytesField(dim, 2, "batch");
    else intField(dim, 1, d);
    bytesField(shape, 1, dim);
  }
  std::string tensorType;
  intField(tensorType, 1, kFloat);
  bytesField(tensorType, 2, shape);
  std::string type;
  bytesField(type, 1, tensorType);
  std::string m;
  bytesField(m, 1, name);
  bytesField(m, 2, type);
  return m;
}

std::string attributeProto(const OnnxAttribute& a) {
  std::string m;
  bytesField(m, 1, a.name);
  if (const auto* i = std::get_if<int64_t>(&a.value)) {
    intField(m, 3, *i);
    intField(m, 20, kAttrInt);
  } else if (const auto* f = std::get_if<float>(&a.value)) {
    floatField(m, 2, *f);
    intField(m, 20, kAttrFloat);
  } else if (const auto* s = std::get_if<std::string>(&a.value)) {
    bytesField(m, 4, *s);
    intField(m, 20, kAttrString);
  } else {
    for (int64_t v : std::get<std::vector<int64_t>>(a.value)) intField(m, 8, v);
    intField(m, 20, kAttrInts);
  }
  return m;
}

}  // namespace

std::string OnnxGraph::constant(const std::string& name, const torch::Tensor& value) {
  initializers_.push_back(tensorProto(name, value));
  return name;
}

std::string OnnxGraph::int64s(const std::string& name, const std::vector<int64_t>& values) {
  return constant(name, torch::tensor(values, torch::kInt64));
}

std::string OnnxGraph::float32s(const std::string& name, const std::vector<float>& values) {
  return constant(name, torch::tensor(values, torch::kFloat32));
}

std::vector<std::string> OnnxGraph::node(const std::string& opType, const std::vector<std::string>& inputs,
                                         const std::string& name, int outputs,
                                         const std::vector<OnnxAttribute>& attributes) {
  std::vector<std::string> names;
  for (int i = 0; i < outputs; ++i) names.push_back(outputs == 1 ? name : name + "_" + std::to_string(i));
  std::string m;
  for (const std::string& in : inputs) bytesField(m, 1, in);
  for (const std::string& out : names) bytesField(m, 2, out);
  bytesField(m, 3, name);
  bytesField(m, 4, opType);
  for (const OnnxAttribute& a : attributes) bytesField(m, 5, attributeProto(a));
  nodes_.push_back(std::move(m));
  return names;
}

void OnnxGraph::input(const std::string& name, const std::vector<int64_t>& dims) {
  inputs_.push_back(valueInfo(name, dims));
}
void OnnxGraph::output(const std::string& name, const std::vector<int64_t>& dims) {
  outputs_.push_back(valueInfo(name, dims));
}

std::string OnnxGraph::serialize(int64_t opset, const std::string& producer, const std::string& docString) const {
  std::string graph;
  for (const std::string& n : nodes_) bytesField(graph, 1, n);
  bytesField(graph, 2, name_);
  for (const std::string& t : initializers_) bytesField(graph, 5, t);
  for (const std::string& v : inputs_) bytesField(graph, 11, v);
  for (const std::string& v : outputs_) bytesField(graph, 12, v);
  std::string opsetId;
  bytesField(opsetId, 1, "");
  intField(opsetId, 2, opset);
  std::string model;
  intField(model, 1, 7);  // IR version 7 goes with opset 13
  bytesField(model, 2, producer);
  bytesField(model, 6, docString);
  bytesField(model, 7, graph);
  bytesField(model, 8, opsetId);
  return model;
}

}  // namespace fewshot::io
