// pf_worker.cpp: the candidate's process. It holds the inputs, makes the calls the judge asks for
// and says when each returned. Nothing it says is a verdict or a time: the judge (pf_judge.cpp)
// writes the inputs into this process's memory, times each call itself from outside, and reads
// the outputs back while this process is stopped.
//
// WARNING: the candidate linked into this program is untrusted, model-generated code. This
// program only ever runs inside the runner's sandbox (perfutils/runner/sandbox.py), as another
// user than the judge and in its own PID namespace. Once the candidate has run, everything in
// this process, this file's code included, may be the candidate's.
//
// File descriptors: 3 is the control socket (SOCK_SEQPACKET) to the judge; stdout is /dev/null.
#include "pf_problem.hpp"
#include "pf_channel.hpp"

#include <dirent.h>
#include <fenv.h>
#include <omp.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>
#include <xmmintrin.h>

#include <cstdio>
#include <exception>
#include <new>

namespace ch = pf::channel;

namespace {

constexpr int kChannel = 3;
pf_gen::Args g_args;

void send_message(ch::Message& m) {
  m.magic = ch::kMagic;
  ssize_t ignored = send(kChannel, &m, sizeof m, MSG_NOSIGNAL);
  (void)ignored;
}

bool receive(ch::Message& m) {
  ssize_t got = recv(kChannel, &m, sizeof m, 0);
  return got == static_cast<ssize_t>(sizeof m) && m.magic == ch::kMagic;
}

void set_text(ch::Message& m, const std::string& s) {
  m.count = static_cast<std::uint32_t>(std::min(s.size(), sizeof m.text));
  std::memcpy(m.text, s.data(), m.count);
}

int count_threads() {
  DIR* d = opendir("/proc/self/task");
  if (!d) return -1;
  int n = 0;
  while (dirent* e = readdir(d))
    if (e->d_name[0] != '.') ++n;
  closedir(d);
  return n;
}

// Settings a candidate may change and that would otherwise carry over to its next call. They are
// restored after every call and reported; the report is informational (this process says it).
struct Settings {
  fenv_t fenv;
  unsigned mxcsr;
  cpu_set_t affinity;
  int omp_dynamic, omp_max_levels, sched_chunk;
  omp_sched_t sched_kind;
  void save() {
    fegetenv(&fenv);
    mxcsr = _mm_getcsr();
    CPU_ZERO(&affinity);
    sched_getaffinity(0, sizeof affinity, &affinity);
    omp_dynamic = omp_get_dynamic();
    omp_max_levels = omp_get_max_active_levels();
    omp_get_schedule(&sched_kind, &sched_chunk);
  }
  std::string restore() const {
    std::string changed;
    Settings now;
    now.save();
    auto note = [&](const char* what) { changed += (changed.empty() ? "" : ";") + std::string(what); };
    if (std::memcmp(&now.fenv, &fenv, sizeof fenv) != 0) note("floating-point environment");
    if (now.mxcsr != mxcsr) note("MXCSR (denormal/rounding flags)");
    if (!CPU_EQUAL(&now.affinity, &affinity)) note("CPU affinity");
    if (now.omp_dynamic != omp_dynamic) note("omp_dynamic");
    if (now.omp_max_levels != omp_max_levels) note("omp_max_active_levels");
    if (now.sched_kind != sched_kind || now.sched_chunk != sched_chunk) note("omp_schedule");
    fesetenv(&fenv);
    _mm_setcsr(mxcsr);
    sched_setaffinity(0, sizeof affinity, &affinity);
    omp_set_dynamic(omp_dynamic);
    omp_set_max_active_levels(omp_max_levels);
    omp_set_schedule(sched_kind, sched_chunk);
    return changed;
  }
};

}  // namespace

// The only function whose instructions the deterministic mode counts (callgrind's
// --toggle-collect): the candidate's call and nothing of the protocol around it.
extern "C" __attribute__((noinline)) void pf_invoke_candidate() { pf_gen::call_candidate(g_args); }

int main() {
  omp_set_dynamic(0);
  omp_set_num_threads(1);
  ch::Message m;
  m.kind = ch::kHello;
  m.arg = reinterpret_cast<std::uint64_t>(&g_args);
  m.arg2 = sizeof(g_args);
  send_message(m);
  std::vector<std::uint64_t> shape;
  Settings settings;
  while (receive(m)) {
    if (m.kind == ch::kPrepare) {
      std::uint64_t total = m.arg, seq = m.seq;
      shape.clear();
      while (shape.size() < total) {
        if (!receive(m) || m.kind != ch::kShape || m.count > ch::kWordsPerMessage) _exit(3);
        shape.insert(shape.end(), m.words, m.words + m.count);
      }
      const std::uint64_t* it = shape.data();
      const std::uint64_t* end = it + shape.size();
      bool ok = true;
      pf_gen::for_each_field(g_args, [&](const char*, bool, auto& field) {
        ok = ok && ch::reshape(field, it, end, std::uint64_t(1) << 34);
      });
      if (!ok || it != end) _exit(3);
      m = ch::Message{};
      m.kind = ch::kReady;
      m.seq = seq;
      send_message(m);
    } else if (m.kind == ch::kCall) {
      std::uint64_t seq = m.seq;
      bool noop = m.arg2 != 0;
      omp_set_num_threads(static_cast<int>(m.arg));
      settings.save();
      ch::Message reply;
      reply.seq = seq;
      reply.kind = ch::kDone;
      try {
        if (!noop) pf_invoke_candidate();
      } catch (const std::bad_alloc&) {
        reply.kind = ch::kFailed;
        reply.arg = 1;
        set_text(reply, "candidate ran out of memory (std::bad_alloc)");
      } catch (const std::exception& e) {
        reply.kind = ch::kFailed;
        set_text(reply, std::string("candidate threw an exception: ") + e.what());
      } catch (...) {
        reply.kind = ch::kFailed;
        set_text(reply, "candidate threw a non-standard exception");
      }
      if (reply.kind == ch::kDone) set_text(reply, settings.restore());
      omp_set_num_threads(1);
      send_message(reply);
    } else {
      break;  // kExit or anything unexpected
    }
  }
  _exit(0);
}
