// A small ONNX model builder: nodes, float/int64 initializers, graph inputs and outputs, written
// as the protobuf ModelProto that onnxruntime and the onnx package read. Protobuf is encoded by
// hand (a few message types, no dependency on libprotobuf or the onnx headers).
#pragma once
#include <torch/torch.h>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace fewshot::io {

struct OnnxAttribute {
  std::string name;
  std::variant<int64_t, float, std::string, std::vector<int64_t>> value;
};

class OnnxGraph {
 public:
  explicit OnnxGraph(std::string name) : name_(std::move(name)) {}

  // A constant (float32 or int64 tensor, copied to the CPU); returns its name.
  std::string constant(const std::string& name, const torch::Tensor& value);
  std::string int64s(const std::string& name, const std::vector<int64_t>& values);
  std::string float32s(const std::string& name, const std::vector<float>& values);
  // Adds a node; returns the names of its outputs (`outputs` fresh names derived from `name`).
  std::vector<std::string> node(const std::string& opType, const std::vector<std::string>& inputs,
                                const std::string& name, int outputs = 1,
                                const std::vector<OnnxAttribute>& attributes = {});
  std::string node1(const std::string& opType, const std::vector<std::string>& inputs, const std::string& name,
                    const std::vector<OnnxAttribute>& attributes = {}) {
    return node(opType, inputs, name, 1, attributes).front();
  }
  // Float32 graph input / output; a negative dimension is symbolic ("batch").
  void input(const std::string& name, const std::vector<int64_t>& dims);
  void output(const std::string& name, const std::vector<int64_t>& dims);

  int nodeCount() const { return static_cast<int>(nodes_.size()); }
  // The serialized ModelProto (IR version 7, default-domain opset `opset`).
  std::string serialize(int64_t opset, const std::string& producer, const std::string& docString) const;

 private:
  std::string name_;
  std::vector<std::string> nodes_, initializers_, inputs_, outputs_;  // encoded messages
};

}  // namespace fewshot::io
