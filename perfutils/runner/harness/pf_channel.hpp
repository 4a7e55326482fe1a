// pf_channel.hpp: what the judge (trusted, pf_judge.cpp) and the worker (the candidate's process,
// pf_worker.cpp) share: the control messages and the codecs that move an `Args` between them.
//
// The worker never sends data. Before each call the judge sends the *shape* of the input (the
// size of every vector and string, recursively); the worker allocates an `Args` of that shape
// and says where it is. The judge then stops the worker (SIGSTOP) and writes the input straight
// into that memory (process_vm_writev), lets it run the call, stops it again the moment it
// replies and reads every field back into its own memory (process_vm_readv). So a worker cannot
// see an input before its timed call starts, and cannot finish an output after its reply.
#pragma once

#include <sys/types.h>
#include <sys/uio.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "pf_harness.hpp"

namespace pf::channel {

// ---------------------------------------------------------------- control messages
// One message per SOCK_SEQPACKET datagram; anything of another size or magic is a protocol error.
constexpr std::uint32_t kMagic = 0x70664348;  // "pfCH"
enum Kind : std::uint32_t {
  kHello = 1,     // worker -> judge: arg = address of its Args, arg2 = sizeof(Args)
  kPrepare = 2,   // judge -> worker: arg = number of shape words that follow (kShape messages)
  kShape = 3,     // judge -> worker: a chunk of shape words (in `words`)
  kReady = 4,     // worker -> judge: its Args has the shape asked for
  kCall = 5,      // judge -> worker: arg = OpenMP threads; arg2 = 1 for a no-op (overhead probe)
  kDone = 6,      // worker -> judge: the call returned; text = settings it changed (informational)
  kFailed = 7,    // worker -> judge: the call threw; arg = 1 for std::bad_alloc; text = what()
  kExit = 8,      // judge -> worker: exit now
};
constexpr std::size_t kWordsPerMessage = 4096;

struct Message {
  std::uint32_t magic = kMagic;
  std::uint32_t kind = 0;
  std::uint64_t seq = 0;
  std::uint64_t arg = 0;
  std::uint64_t arg2 = 0;
  std::uint32_t count = 0;  // words used (kShape) or text bytes used
  char text[236] = {};
  std::uint64_t words[kWordsPerMessage] = {};
};

// ---------------------------------------------------------------- type traits
template <class T>
struct is_string : std::false_type {};
template <class C, class Tr, class A>
struct is_string<std::basic_string<C, Tr, A>> : std::true_type {};

// A flat value moves as its bytes (numbers, std::complex, pairs and structs of numbers: every
// type a problem's `types` declares is a struct of numbers).
template <class T>
constexpr bool is_flat_v = std::is_trivially_copyable_v<T>;

template <class T>
constexpr bool supported() {
  if constexpr (is_flat_v<T>) return true;
  else if constexpr (is_vector<T>::value) return !std::is_same_v<T, std::vector<bool>> && supported<typename T::value_type>();
  else if constexpr (is_string<T>::value) return std::is_same_v<T, std::string>;
  else if constexpr (is_pair<T>::value) return supported<typename T::first_type>() && supported<typename T::second_type>();
  else return false;
}

// ---------------------------------------------------------------- shapes (judge -> worker)
template <class T>
void shape_of(const T& v, std::vector<std::uint64_t>& out) {
  static_assert(supported<T>(), "pf_channel: argument type not supported (flat values, std::vector, std::string, std::pair)");
  if constexpr (is_flat_v<T>) {
    (void)v;
  } else if constexpr (is_vector<T>::value) {
    out.push_back(v.size());
    if constexpr (!is_flat_v<typename T::value_type>)
      for (const auto& e : v) shape_of(e, out);
  } else if constexpr (is_string<T>::value) {
    out.push_back(v.size());
  } else if constexpr (is_pair<T>::value) {
    shape_of(v.first, out);
    shape_of(v.second, out);
  }
}

// Gives `v` the shape read from [it, end). The judge overwrites every element, so a vector that
// has the shape already keeps its memory untouched, and a new one is zero-filled (which faults
// its pages in before the call, as the reference's copy of the input does). False on a
// malformed shape.
template <class T>
bool reshape(T& v, const std::uint64_t*& it, const std::uint64_t* end, std::uint64_t max_elems) {
  if constexpr (is_flat_v<T>) {
    v = T{};
    return true;
  } else if constexpr (is_vector<T>::value) {
    if (it == end || *it > max_elems) return false;
    std::uint64_t n = *it++;
    using E = typename T::value_type;
    if constexpr (is_flat_v<E>) {
      if (v.size() != n) v.resize(n);
    } else {
      v.clear();
      v.resize(n);
      for (auto& e : v)
        if (!reshape(e, it, end, max_elems)) return false;
    }
    return true;
  } else if constexpr (is_string<T>::value) {
    if (it == end || *it > max_elems) return false;
    v.resize(*it++);
    return true;
  } else if constexpr (is_pair<T>::value) {
    return reshape(v.first, it, end, max_elems) && reshape(v.second, it, end, max_elems);
  }
}

// ---------------------------------------------------------------- another process's memory
// Reads and writes the worker's memory, at addresses its own objects give. The worker can put any
// address there: every read is bounded (`budget` bytes in all) and a failed or short transfer is
// an error, never a crash of the judge. Layouts are libstdc++'s (the judge checks them on itself
// at startup: layout_self_check).
class Remote {
 public:
  Remote(pid_t pid, std::uint64_t budget) : pid_(pid), budget_(budget) {}
  bool ok() const { return why_.empty(); }
  const std::string& why() const { return why_; }
  void fail(const std::string& why) {
    if (why_.empty()) why_ = why;
  }

  bool read(std::uint64_t addr, void* dst, std::size_t n) {
    if (!ok()) return false;
    if (n > budget_) return fail("the output is larger than any answer to this input"), false;
    budget_ -= n;
    return transfer(addr, dst, n, false);
  }
  bool write(std::uint64_t addr, const void* src, std::size_t n) {
    if (!ok()) return false;
    return transfer(addr, const_cast<void*>(src), n, true);
  }

 private:
  bool transfer(std::uint64_t addr, void* local, std::size_t n, bool to_remote) {
    std::size_t done = 0;
    while (done < n) {
      iovec l{static_cast<char*>(local) + done, n - done};
      iovec r{reinterpret_cast<void*>(addr + done), n - done};
      ssize_t got = to_remote ? process_vm_writev(pid_, &l, 1, &r, 1, 0) : process_vm_readv(pid_, &l, 1, &r, 1, 0);
      if (got <= 0) {
        fail(std::string("could not ") + (to_remote ? "write" : "read") + " the candidate process's memory at 0x" +
             hex(addr + done) + ": " + std::strerror(errno));
        return false;
      }
      done += static_cast<std::size_t>(got);
    }
    return true;
  }
  static std::string hex(std::uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(v));
    return buf;
  }
  pid_t pid_;
  std::uint64_t budget_;
  std::string why_;
};

struct VectorWords {  // libstdc++ std::vector: begin, end, end of storage
  std::uint64_t begin, end, cap;
};
struct StringWords {  // libstdc++ std::string: data pointer, size (then the local buffer)
  std::uint64_t data, size;
};

template <class T, class M>
std::uint64_t member_offset(M T::*member) {
  T probe{};
  return static_cast<std::uint64_t>(reinterpret_cast<const char*>(&(probe.*member)) -
                                    reinterpret_cast<const char*>(&probe));
}

// The remote object at `addr` read into `out`.
template <class T>
bool get(Remote& r, std::uint64_t addr, T& out) {
  if constexpr (std::is_same_v<T, bool>) {
    unsigned char b = 0;
    if (!r.read(addr, &b, 1)) return false;
    out = b != 0;
    return true;
  } else if constexpr (is_flat_v<T>) {
    return r.read(addr, &out, sizeof(T));
  } else if constexpr (is_vector<T>::value) {
    using E = typename T::value_type;
    VectorWords w{};
    if (!r.read(addr, &w, sizeof w)) return false;
    if (w.end < w.begin || w.cap < w.end || (w.end - w.begin) % sizeof(E) != 0)
      return r.fail("a vector in the candidate's output is corrupt"), false;
    std::uint64_t n = (w.end - w.begin) / sizeof(E);
    if (n * sizeof(E) > (std::uint64_t(1) << 40)) return r.fail("a vector in the candidate's output is corrupt"), false;
    out.resize(n);
    if constexpr (is_flat_v<E> && !std::is_same_v<E, bool>) {
      return n == 0 || r.read(w.begin, out.data(), n * sizeof(E));
    } else {
      for (std::uint64_t i = 0; i < n; ++i)
        if (!get(r, w.begin + i * sizeof(E), out[i])) return false;
      return true;
    }
  } else if constexpr (is_string<T>::value) {
    StringWords w{};
    if (!r.read(addr, &w, sizeof w)) return false;
    if (w.size > (std::uint64_t(1) << 40)) return r.fail("a string in the candidate's output is corrupt"), false;
    out.resize(w.size);
    return w.size == 0 || r.read(w.data, out.data(), w.size);
  } else if constexpr (is_pair<T>::value) {
    return get(r, addr + member_offset(&T::first), out.first) && get(r, addr + member_offset(&T::second), out.second);
  }
}

// `v` written into the remote object at `addr`, which must already have v's shape.
template <class T>
bool put(Remote& r, std::uint64_t addr, const T& v) {
  if constexpr (is_flat_v<T>) {
    return r.write(addr, &v, sizeof(T));
  } else if constexpr (is_vector<T>::value) {
    using E = typename T::value_type;
    VectorWords w{};
    if (!r.read(addr, &w, sizeof w)) return false;
    if (w.end < w.begin || w.end - w.begin != v.size() * sizeof(E))
      return r.fail("the candidate process did not allocate the input as asked"), false;
    if constexpr (is_flat_v<E>) {
      return v.empty() || r.write(w.begin, v.data(), v.size() * sizeof(E));
    } else {
      for (std::size_t i = 0; i < v.size(); ++i)
        if (!put(r, w.begin + i * sizeof(E), v[i])) return false;
      return true;
    }
  } else if constexpr (is_string<T>::value) {
    StringWords w{};
    if (!r.read(addr, &w, sizeof w)) return false;
    if (w.size != v.size()) return r.fail("the candidate process did not allocate the input as asked"), false;
    return v.empty() || r.write(w.data, v.data(), v.size());
  } else if constexpr (is_pair<T>::value) {
    return put(r, addr + member_offset(&T::first), v.first) && put(r, addr + member_offset(&T::second), v.second);
  }
}

// The codecs above read libstdc++'s layouts of std::vector and std::string; true when this
// build has them (a debug or another standard library would not).
inline bool layout_self_check() {
  std::vector<double> v(3);
  std::string s(40, 'x');
  VectorWords vw{};
  StringWords sw{};
  static_assert(sizeof(std::vector<double>) == sizeof(VectorWords), "unexpected std::vector layout");
  std::memcpy(&vw, &v, sizeof vw);
  std::memcpy(&sw, &s, sizeof sw);
  return vw.begin == reinterpret_cast<std::uint64_t>(v.data()) &&
         vw.end == reinterpret_cast<std::uint64_t>(v.data() + v.size()) &&
         sw.data == reinterpret_cast<std::uint64_t>(s.data()) && sw.size == s.size();
}

}  // namespace pf::channel
