// Resume-exactness checks: two modules hold bit-identical parameters and buffers.
#pragma once
#include <QtTest>

#include <torch/torch.h>

namespace fewshot::testing {

// Fails the current test (at the first differing tensor, named) unless every parameter and buffer of `a`
// equals `b`'s of the same name exactly.
inline void expectSameState(torch::nn::Module& a, torch::nn::Module& b) {
  auto pa = a.named_parameters(), pb = b.named_parameters();
  QCOMPARE(pa.size(), pb.size());
  for (const auto& item : pa) QVERIFY2(torch::equal(item.value(), pb[item.key()]), item.key().c_str());
  auto ba = a.named_buffers(), bb = b.named_buffers();
  QCOMPARE(ba.size(), bb.size());
  for (const auto& item : ba) QVERIFY2(torch::equal(item.value(), bb[item.key()]), item.key().c_str());
}

}  // namespace fewshot::testing
