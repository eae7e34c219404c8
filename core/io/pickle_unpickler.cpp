// The pickle virtual machine behind readTorchFile: the opcodes torch.save and torch::pickle_save
// emit, with every length, index and stack depth checked so that a damaged file is an error, not a crash.
#include "core/io/torch_pickle_reader.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "core/io/pickle_tensor_records.h"
#include "core/io/zip_reader.h"

namespace fewshot::io {
namespace {

using Kind = PickleValue::Kind;
constexpr size_t kMaxStack = 1u << 20, kMaxMemo = 1u << 22;

class Unpickler {
 public:
  Unpickler(const std::string& bytes, const StorageLoader& storages, const std::string& name)
      : b_(bytes), name_(name), tensors_(storages, [this](Kind kind) { return make(kind); }) {}

  PickleValuePtr make(Kind kind) {
    if (++objects_ > kMaxPickleObjects)
      fail("the pickle holds more than " + std::to_string(kMaxPickleObjects) + " values");
    auto v = std::make_shared<PickleValue>();
    v->kind = kind;
    return v;
  }

  PickleValuePtr run() {
    while (true) {
      const uint8_t op = u8();
      switch (op) {
        case 0x80: u8(); break;                       // PROTO
        case 0x95: skip(8); break;                    // FRAME
        case '.': {                                   // STOP
          if (stack_.size() != 1 || !marks_.empty()) fail("unbalanced pickle at STOP");
          return stack_.back();
        }
        case '(': marks_.push_back(stack_.size()); break;  // MARK
        case 'N': push(make(Kind::None)); break;
        case 0x88: case 0x89: {                       // NEWTRUE / NEWFALSE
          auto v = make(Kind::Bool);
          v->boolean = op == 0x88;
          push(v);
          break;
        }
        case 'K': pushInt(u8()); break;               // BININT1
        case 'M': pushInt(static_cast<int64_t>(le(2))); break;  // BININT2
        case 'J': pushInt(static_cast<int32_t>(le(4))); break;  // BININT
        case 0x8a: {                                  // LONG1
          const uint8_t n = u8();
          if (n > 8) fail("integer too large");
          uint64_t v = n ? le(n) : 0;
          if (n && n < 8 && (v >> (8 * n - 1)) & 1) v |= ~uint64_t{0} << (8 * n);  // sign-extend
          pushInt(static_cast<int64_t>(v));
          break;
        }
        case 'G': {                                   // BINFLOAT, big-endian double
          uint64_t bits = 0;
          for (int i = 0; i < 8; ++i) bits = bits << 8 | u8();
          auto v = make(Kind::Float);
          std::memcpy(&v->real, &bits, 8);
          push(v);
          break;
        }
        case 'X': pushText(Kind::String, le(4)); break;     // BINUNICODE
        case 0x8c: pushText(Kind::String, u8()); break;     // SHORT_BINUNICODE
        case 0x8d: pushText(Kind::String, le(8)); break;    // BINUNICODE8
        case 'T': pushText(Kind::String, le(4)); break;     // BINSTRING
        case 'U': pushText(Kind::String, u8()); break;      // SHORT_BINSTRING
        case 'B': pushText(Kind::Bytes, le(4)); break;      // BINBYTES
        case 'C': pushText(Kind::Bytes, u8()); break;       // SHORT_BINBYTES
        case ')': push(make(Kind::Tuple)); break;           // EMPTY_TUPLE
        case ']': push(make(Kind::List)); break;            // EMPTY_LIST
        case '}': push(make(Kind::Dict)); break;            // EMPTY_DICT
        case 0x8f: push(make(Kind::List)); break;           // EMPTY_SET (kept as a list)
        case 't': case 'l': {                               // TUPLE / LIST
          auto v = make(op == 't' ? Kind::Tuple : Kind::List);
          fill(v, popMark());
          push(v);
          break;
        }
        case 0x91: {                                        // FROZENSET
          auto v = make(Kind::List);
          fill(v, popMark());
          push(v);
          break;
        }
        case 0x85: case 0x86: case 0x87: {                  // TUPLE1/2/3
          const size_t n = op - 0x84u;
          need(n);
          auto v = make(Kind::Tuple);
          std::vector<PickleValuePtr> items(stack_.end() - n, stack_.end());
          stack_.resize(stack_.size() - n);
          fill(v, items);
          push(v);
          break;
        }
        case 'd': {                                         // DICT
          auto items = popMark();
          if (items.size() % 2) fail("odd number of items for a dict");
          auto v = make(Kind::Dict);
          setItems(v, items);
          push(v);
          break;
        }
        case 'a': {                                         // APPEND
          need(2);
          auto item = pop();
          appendTo(top(), {item});
          break;
        }
        case 'e': case 0x90: {                              // APPENDS / ADDITEMS
          auto items = popMark();
          need(1);
          appendTo(top(), items);
          break;
        }
        case 's': {                                         // SETITEM
          need(3);
          auto value = pop(), key = pop();
          setItems(top(), {key, value});
          break;
        }
        case 'u': {                                         // SETITEMS
          auto items = popMark();
          need(1);
          setItems(top(), items);
          break;
        }
        case 'q': memoPut(u8()); break;                     // BINPUT
        case 'r': memoPut(le(4)); break;                    // LONG_BINPUT
        case 0x94: memoPut(memo_.size()); break;            // MEMOIZE
        case 'p': memoPut(parseDecimal(line())); break;     // PUT
        case 'h': push(memoGet(u8())); break;               // BINGET
        case 'j': push(memoGet(le(4))); break;              // LONG_BINGET
        case 'g': push(memoGet(parseDecimal(line()))); break;  // GET
        case 'c': {                                         // GLOBAL
          auto v = make(Kind::Global);
          const std::string module = line();
          v->text = module + "." + line();
          push(v);
          break;
        }
        case 0x93: {                                        // STACK_GLOBAL
          need(2);
          auto nameV = pop(), moduleV = pop();
          if (!nameV->isString() || !moduleV->isString()) fail("STACK_GLOBAL needs two strings");
          auto v = make(Kind::Global);
          v->text = moduleV->text + "." + nameV->text;
          push(v);
          break;
        }
        case 'Q': {                                         // BINPERSID
          need(1);
          auto pid = pop();
          push(record([&] { return tensors_.storage(pid); }));
          break;
        }
        case 'R': {                                         // REDUCE
          need(2);
          auto args = pop(), callable = pop();
          push(reduce(callable, args));
          break;
        }
        case 0x81: {                                        // NEWOBJ
          need(2);
          auto args = pop(), cls = pop();
          push(reduce(cls, args));
          break;
        }
        case 'b': {                                         // BUILD: object state is not needed
          need(2);
          pop();
          break;
        }
        case '0': need(1); pop(); break;                    // POP
        case '1': popMark(); break;                         // POP_MARK
        case '2': need(1); push(top()); break;              // DUP
        default: fail("unsupported pickle opcode 0x" + hex(op));
      }
    }
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw TorchPickleError(name_ + ": " + what + " (at byte " + std::to_string(pos_) + " of the pickle)");
  }
  static std::string hex(uint8_t v) {
    const char* digits = "0123456789abcdef";
    return {digits[v >> 4], digits[v & 15]};
  }
  uint8_t u8() {
    if (pos_ >= b_.size()) fail("truncated pickle");
    return static_cast<uint8_t>(b_[pos_++]);
  }
  uint64_t le(int n) {
    if (b_.size() - pos_ < static_cast<size_t>(n)) fail("truncated pickle");
    uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = v << 8 | static_cast<uint8_t>(b_[pos_ + i]);
    pos_ += n;
    return v;
  }
  void skip(uint64_t n) {
    if (b_.size() - pos_ < n) fail("truncated pickle");
    pos_ += n;
  }
  std::string line() {
    const size_t end = b_.find('\n', pos_);
    if (end == std::string::npos || end - pos_ > 4096) fail("truncated pickle (unterminated line)");
    std::string s = b_.substr(pos_, end - pos_);
    pos_ = end + 1;
    return s;
  }
  uint64_t parseDecimal(const std::string& s) {
    if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) fail("bad memo index");
    return std::stoull(s);
  }
  void push(PickleValuePtr v) {
    if (stack_.size() >= kMaxStack) fail("pickle stack too deep");
    stack_.push_back(std::move(v));
  }
  void pushInt(int64_t i) {
    auto v = make(Kind::Int);
    v->integer = i;
    push(v);
  }
  void pushText(Kind kind, uint64_t n) {
    if (b_.size() - pos_ < n) fail("truncated pickle (string runs past the end)");
    auto v = make(kind);
    v->text = b_.substr(pos_, n);
    pos_ += n;
    push(v);
  }
  void need(size_t n) const {
    const size_t floor = marks_.empty() ? 0 : marks_.back();
    if (stack_.size() < floor + n) fail("pickle stack underflow");
  }
  PickleValuePtr pop() {
    need(1);
    auto v = stack_.back();
    stack_.pop_back();
    return v;
  }
  PickleValuePtr& top() {
    need(1);
    return stack_.back();
  }
  std::vector<PickleValuePtr> popMark() {
    if (marks_.empty()) fail("pickle MARK missing");
    const size_t m = marks_.back();
    marks_.pop_back();
    std::vector<PickleValuePtr> items(stack_.begin() + m, stack_.end());
    stack_.resize(m);
    return items;
  }
  // Puts `child` into `container`: the child is sealed (never changed again), the container's depth
  // follows. Changing a nested container would allow cycles and unbounded depth, so it is refused.
  void adopt(PickleValue& container, const PickleValuePtr& child) {
    if (child.get() == &container) fail("a container that holds itself (recursive structures are not supported)");
    child->nested = true;
    if (child->depth + 1 > kMaxPickleDepth)
      fail("values nested more than " + std::to_string(kMaxPickleDepth) + " levels deep");
    container.depth = std::max(container.depth, child->depth + 1);
  }
  void checkChangeable(const PickleValuePtr& container) {
    if (container->nested)
      fail("a " + container->describe() +
           " changed after it was put into another (recursive structures are not supported)");
  }
  void fill(const PickleValuePtr& container, const std::vector<PickleValuePtr>& items) {
    for (const auto& item : items) adopt(*container, item);
    container->items.insert(container->items.end(), items.begin(), items.end());
  }
  void appendTo(const PickleValuePtr& list, const std::vector<PickleValuePtr>& items) {
    if (list->kind != Kind::List) fail("APPEND to a " + list->describe());
    checkChangeable(list);
    fill(list, items);
  }
  void setItems(const PickleValuePtr& dict, const std::vector<PickleValuePtr>& items) {
    if (dict->kind != Kind::Dict) fail("SETITEM on a " + dict->describe());
    if (items.size() % 2) fail("odd number of items for SETITEMS");
    checkChangeable(dict);
    for (const auto& item : items) adopt(*dict, item);
    for (size_t i = 0; i < items.size(); i += 2) dict->entries.emplace_back(items[i], items[i + 1]);
  }
  void memoPut(uint64_t index) {
    if (index >= kMaxMemo) fail("memo index out of range");
    memo_[index] = top();
  }
  PickleValuePtr memoGet(uint64_t index) {
    auto it = memo_.find(index);
    if (it == memo_.end()) fail("reference to an unknown memo entry " + std::to_string(index));
    return it->second;
  }

  // Storages and tensor views go through TensorRecords; its refusals get the position added here.
  template <typename F>
  PickleValuePtr record(F&& f) {
    try {
      return f();
    } catch (const TensorRecordError& e) {
      fail(e.what());
    }
  }

  PickleValuePtr reduce(const PickleValuePtr& callable, const PickleValuePtr& args) {
    if (args->kind != Kind::Tuple) fail("REDUCE arguments are not a tuple");
    const std::string fn = callable->kind == Kind::Global ? callable->text : std::string();
    const auto& a = args->items;
    if (fn == "torch._utils._rebuild_tensor_v2" || fn == "torch._utils._rebuild_tensor")
      return record([&] { return tensors_.tensor(a); });
    if (fn == "torch._utils._rebuild_parameter" || fn == "torch._utils._rebuild_parameter_with_state") {
      if (a.empty() || a[0]->kind != Kind::Tensor) fail("malformed parameter record");
      return a[0];
    }
    if (fn == "torch._tensor._rebuild_from_type_v2") {
      if (a.size() < 3 || a[2]->kind != Kind::Tuple) fail("malformed tensor subclass record");
      return reduce(a[0], a[2]);
    }
    if (fn == "collections.OrderedDict") {
      auto d = make(Kind::Dict);
      d->depth = args->depth;
      if (!a.empty() && a[0]->kind == Kind::List)  // OrderedDict([(k, v), ...])
        for (const auto& pair : a[0]->items) {
          if (pair->kind != Kind::Tuple || pair->items.size() != 2) fail("malformed OrderedDict items");
          d->entries.emplace_back(pair->items[0], pair->items[1]);
        }
      return d;
    }
    // TorchScript's pickler wraps typed containers; the wrapped value is what matters.
    if (fn == "torch.jit._pickle.restore_type_tag" || fn == "torch.jit._pickle.build_intlist" ||
        fn == "torch.jit._pickle.build_doublelist" || fn == "torch.jit._pickle.build_boollist" ||
        fn == "torch.jit._pickle.build_tensorlist") {
      if (a.empty()) fail("malformed " + fn + " record");
      return a[0];
    }
    // Anything else stays an inert description: nothing from the file is ever executed.
    auto o = make(Kind::Object);
    o->text = fn.empty() ? callable->describe() : fn;
    o->items = a;
    o->depth = args->depth;
    return o;
  }

  const std::string& b_;
  const std::string& name_;
  size_t pos_ = 0;
  std::vector<PickleValuePtr> stack_;
  std::vector<size_t> marks_;
  std::unordered_map<uint64_t, PickleValuePtr> memo_;
  size_t objects_ = 0;
  TensorRecords tensors_;
};

}  // namespace

PickleValuePtr unpickle(const std::string& bytes, const StorageLoader& storages, const std::string& name) {
  try {
    return Unpickler(bytes, storages, name).run();
  } catch (const TorchPickleError&) {
    throw;
  } catch (const ZipError& e) {
    throw TorchPickleError(e.what());
  } catch (const c10::Error& e) {
    throw TorchPickleError(name + ": cannot read the pickle: " + e.what_without_backtrace());
  } catch (const std::exception& e) {  // e.g. allocation failures from hostile sizes
    throw TorchPickleError(name + ": cannot read the pickle: " + e.what());
  }
}

}  // namespace fewshot::io
