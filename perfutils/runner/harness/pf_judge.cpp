// pf_judge.cpp: the trusted side of every measurement. It makes the inputs, runs the problem's fast
// serial reference, starts the candidate's process (pf_worker.cpp, in the sandbox), hands it each
// input, times each of its calls from outside, reads its outputs and compares them in its own
// memory. Every verdict and every time comes from here; this program contains no candidate code.
//
//   pf_judge MODE [--key value ...] -- WORKER COMMAND...   (the sandbox's command for the worker)
//
// Modes (results are JSON lines on stdout, which the worker cannot reach):
//   validate  --seed S --sizes 1,7,100 [--threads 1,2] --tol-rel R --tol-abs A --call-timeout-ms FLOOR
//             --max-slowdown X
//   time      --seed S --size N [--threads 1,2] --warmup W --min-reps R --max-reps R
//             --budget-ms B --target-rel-err E --max-slowdown X --tol-rel R --tol-abs A
//   baseline  --seed S --size N --reps R           (the reference alone, no worker: calibration)
//   count     --seed S --size N --tol-rel R --tol-abs A  (the worker runs under callgrind, whose
//             log reaches the judge on a descriptor the worker cannot write: instruction counts)
// Every run ends with one {"event":"done","status":...} line. Status "crashed" means the worker
// died; the line carries its exit status, signal and the tail of its stderr for the runner to
// classify. "protocol_error": the worker said something the protocol does not allow.
//
// How a call is made and timed (pf_channel.hpp moves the data):
//   1. the judge sends the input's shape; the worker allocates it and answers READY;
//   2. the judge stops the worker (SIGSTOP, all its threads), writes the input into that memory,
//      sends CALL, starts its clock and continues the worker (SIGCONT);
//   3. the worker calls the candidate and answers DONE; the judge stops the clock on receipt,
//      stops the worker at once, counts its threads and the processes of its sandbox, reads every
//      field back and leaves it stopped until the next call (so nothing it left behind can run
//      while the reference is timed).
// A reply sent before the output is ready finds the output unfinished; a thread or process left
// running is seen from here; nothing the worker writes, on any descriptor or into its memory,
// becomes a time or a verdict.
#include "pf_problem.hpp"
#include "pf_channel.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <malloc.h>
#include <poll.h>
#include <sched.h>
#include <sys/prctl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <limits>
#include <map>
#include <mutex>
#include <new>
#include <stdexcept>
#include <thread>

using pf_gen::Args;
namespace ch = pf::channel;

namespace problem {
// Default check: outputs and return value equal the reference's within tolerance. A driver that
// defines its own problem::check (several valid answers) overrides this weak definition.
__attribute__((weak)) bool check(const Args& input, const Args& expected, const Args& got,
                                 const pf::Tolerance& tol, std::string& why) {
  (void)input;
  return pf_gen::check_outputs(expected, got, tol, why);
}
}  // namespace problem

namespace {

// ---------------------------------------------------------------- output
std::string json_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

void emit(const std::string& line) {
  std::string l = line + "\n";
  const char* p = l.data();
  size_t left = l.size();
  while (left > 0) {
    ssize_t w = write(1, p, left);
    if (w <= 0) break;
    p += w;
    left -= static_cast<size_t>(w);
  }
}

std::string num_list(const std::vector<double>& v) {
  std::string s = "[";
  char buf[32];
  for (size_t i = 0; i < v.size(); ++i) {
    std::snprintf(buf, sizeof buf, "%.6g", v[i]);
    s += (i ? "," : "");
    s += buf;
  }
  return s + "]";
}

// ---------------------------------------------------------------- arguments
std::map<std::string, std::string> g_args;

std::string arg(const std::string& key, const std::string& dflt = "") {
  auto it = g_args.find(key);
  return it == g_args.end() ? dflt : it->second;
}
double arg_d(const std::string& key, double dflt) {
  auto s = arg(key);
  return s.empty() ? dflt : std::strtod(s.c_str(), nullptr);
}
long long arg_i(const std::string& key, long long dflt) {
  auto s = arg(key);
  return s.empty() ? dflt : std::strtoll(s.c_str(), nullptr, 10);
}
std::vector<long long> arg_list(const std::string& key, std::vector<long long> dflt) {
  auto s = arg(key);
  if (s.empty()) return dflt;
  std::vector<long long> out;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t comma = s.find(',', pos);
    if (comma == std::string::npos) comma = s.size();
    if (comma > pos) out.push_back(std::strtoll(s.substr(pos, comma - pos).c_str(), nullptr, 10));
    pos = comma + 1;
  }
  return out;
}

// ---------------------------------------------------------------- clocks
double now_ms() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}
double thread_cpu_ms() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec * 1e-6;
}

// ---------------------------------------------------------------- /proc
std::vector<std::string> list_dir(const std::string& path) {
  std::vector<std::string> out;
  if (DIR* d = opendir(path.c_str())) {
    while (dirent* e = readdir(d))
      if (e->d_name[0] != '.') out.push_back(e->d_name);
    closedir(d);
  }
  return out;
}

std::string read_small(const std::string& path) {
  char buf[512];
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "";
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : "";
}

char task_state(const std::string& stat) {  // the field after "(comm)"
  size_t p = stat.rfind(')');
  return p != std::string::npos && p + 2 < stat.size() ? stat[p + 2] : '?';
}

std::string pid_namespace(pid_t pid) {
  char buf[64];
  ssize_t n = readlink(("/proc/" + std::to_string(pid) + "/ns/pid").c_str(), buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<size_t>(n)) : "";
}

// ---------------------------------------------------------------- the worker
[[noreturn]] void finish(const std::string& status, const std::string& message, const std::string& extra = "");

class Worker {
 public:
  pid_t launcher = -1;  // the sandbox command we started (prlimit, setpriv, bwrap: one pid)
  pid_t pid = -1;       // the worker process, as the kernel names its messages' sender
  std::string changed_settings;

  void start(char** argv, bool with_log) {
    int sv[2], err[2], log[2] = {-1, -1};
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0 || pipe2(err, O_CLOEXEC) != 0 ||
        (with_log && pipe2(log, O_CLOEXEC) != 0))
      finish("harness_error", std::string("cannot create the worker's channel: ") + std::strerror(errno));
    int on = 1;
    setsockopt(sv[0], SOL_SOCKET, SO_PASSCRED, &on, sizeof on);
    int sndbuf = 1 << 20;
    setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
    launcher = fork();
    if (launcher < 0) finish("harness_error", "fork failed");
    if (launcher == 0) {
      // Only the channel (3), stderr and, under callgrind, its log (4) reach the worker.
      int devnull = open("/dev/null", O_RDWR);
      dup2(devnull, 0);
      dup2(devnull, 1);
      dup2(err[1], 2);
      dup2(sv[1], 3);
      if (with_log) dup2(log[1], 4);
      syscall(SYS_close_range, with_log ? 5 : 4, ~0U, 0);
      execvp(argv[0], argv);
      _exit(127);
    }
    close(sv[1]);
    close(err[1]);
    sock_ = sv[0];
    err_fd_ = err[0];
    if (with_log) {
      close(log[1]);
      log_fd_ = log[0];
    }
    stderr_reader_ = std::thread([this] { drain(err_fd_, stderr_tail_); });
    if (with_log) log_reader_ = std::thread([this] { drain(log_fd_, log_); });
    ch::Message m;
    // A sandbox starts in tens of milliseconds; a loaded machine may take seconds.
    if (!receive(m, 60000.0, "starting")) finish("timeout", "the candidate's process did not start in time");
    if (m.kind != ch::kHello || m.arg2 != sizeof(Args)) protocol_error("expected its greeting first");
    args_addr_ = m.arg;
    pidns_ = pid_namespace(pid);
    own_namespace_ = pidns_.empty() || pidns_ == pid_namespace(getpid());
    if (!freeze()) finish("protocol_error", "the candidate's process could not be stopped");
    if (threads() != 1) finish("rejected", "threads were started before main");
    processes_at_start_ = sandbox_processes();
  }

  // One call of the candidate on `pristine`; fills `got` with every field as it was the moment
  // the worker replied. Returns wall and CPU milliseconds measured from here.
  std::pair<double, double> call(const Args& pristine, Args& got, int threads_for_call, double timeout_ms,
                                 int allowed_threads, bool noop = false) {
    std::vector<std::uint64_t> shape;
    pf_gen::for_each_field(pristine, [&](const char*, bool, const auto& f) { ch::shape_of(f, shape); });
    thaw();
    ch::Message m;
    m.kind = ch::kPrepare;
    m.seq = ++seq_;
    m.arg = shape.size();
    send_message(m);
    for (size_t at = 0; at < shape.size(); at += ch::kWordsPerMessage) {
      ch::Message chunk;
      chunk.kind = ch::kShape;
      chunk.seq = seq_;
      chunk.count = static_cast<std::uint32_t>(std::min(ch::kWordsPerMessage, shape.size() - at));
      std::copy(shape.begin() + at, shape.begin() + at + chunk.count, chunk.words);
      send_message(chunk);
    }
    // Allocating a large input may take a while on a loaded machine; it is not timed.
    if (!receive(m, 60000.0 + timeout_ms, "allocating the input")) finish("timeout", "the candidate's process did not allocate the input in time");
    expect(m, ch::kReady);
    if (!freeze()) finish("protocol_error", "the candidate's process could not be stopped");
    {
      ch::Remote r(pid, std::numeric_limits<std::uint64_t>::max());
      write_args(r, pristine);
      if (!r.ok()) finish("protocol_error", r.why());
    }
    m = ch::Message{};
    m.kind = ch::kCall;
    m.seq = ++seq_;
    m.arg = static_cast<std::uint64_t>(threads_for_call);
    m.arg2 = noop ? 1 : 0;
    send_message(m);
    double cpu0 = cpu_ms();
    double t0 = now_ms();
    thaw();
    bool replied = receive(m, timeout_ms, "a call");
    double t1 = now_ms();
    if (!replied) finish("timeout", "candidate call exceeded its time limit");
    if (!freeze()) finish("protocol_error", "the candidate's process could not be stopped after its reply");
    double cpu1 = cpu_ms();
    if (m.kind == ch::kFailed) {
      std::string text(m.text, std::min<size_t>(m.count, sizeof m.text));
      finish(m.arg == 1 ? "memory_limit" : "runtime_error", text);
    }
    expect(m, ch::kDone);
    note_settings(std::string(m.text, std::min<size_t>(m.count, sizeof m.text)));
    int n = threads();
    if (n > allowed_threads)
      finish("rejected", "candidate left " + std::to_string(n - 1) + " extra thread(s) alive after returning (at most " +
                             std::to_string(allowed_threads - 1) + " OpenMP pool threads allowed)");
    int procs = sandbox_processes();
    if (procs > processes_at_start_)
      finish("rejected", "candidate started " + std::to_string(procs - processes_at_start_) +
                             " process(es) that were still alive after its call returned");
    // Every output may be at most this large: many times the input, at least 64 MB.
    std::uint64_t budget = std::max<std::uint64_t>(std::uint64_t(64) << 20, 16 * args_bytes(pristine));
    ch::Remote r(pid, budget);
    read_args(r, got);
    if (!r.ok()) finish("wrong_answer", "could not read the candidate's output: " + r.why());
    return {t1 - t0, cpu1 - cpu0};
  }

  // Callgrind's summary, once the worker has exited (count mode).
  std::string finish_and_read_log() {
    thaw();
    ch::Message m;
    m.kind = ch::kExit;
    m.seq = ++seq_;
    send_message(m);
    int status = 0;
    waitpid(launcher, &status, 0);
    launcher = -1;
    if (log_reader_.joinable()) log_reader_.join();
    std::lock_guard<std::mutex> g(mu_);
    return log_;
  }

  // Kills the worker and its sandbox, reaps what died (the judge is their subreaper), and waits
  // (at most 2 s) until no process of its PID namespace is left, so that the runner's sweep
  // afterwards finds only processes that escaped the sandbox.
  void kill_all() {
    if (pid > 0) kill(pid, SIGKILL);
    if (launcher > 0) kill(launcher, SIGKILL);
    if (pid <= 0) return;
    for (double deadline = now_ms() + 2000;;) {
      int status = 0;
      while (waitpid(-1, &status, WNOHANG) > 0) {
      }
      if (sandbox_processes() == 0 || now_ms() >= deadline) break;
      usleep(1000);
    }
    launcher = -1;
  }

  [[noreturn]] void died() {
    int status = 0;
    pid_t l = launcher;
    launcher = -1;
    if (l > 0) waitpid(l, &status, 0);
    if (stderr_reader_.joinable()) stderr_reader_.join();
    std::string tail;
    {
      std::lock_guard<std::mutex> g(mu_);
      tail = stderr_tail_;
    }
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    finish("crashed", "the candidate's process died",
           ",\"exit_code\":" + std::to_string(code) + ",\"signal\":" + std::to_string(sig) +
               ",\"started\":" + (pid > 0 ? "true" : "false") + ",\"stderr\":\"" + json_escape(tail) + "\"");
  }

  const std::string& settings() const { return changed_settings; }

 private:
  int sock_ = -1, err_fd_ = -1, log_fd_ = -1;
  std::uint64_t args_addr_ = 0, seq_ = 0;
  std::string pidns_;
  bool own_namespace_ = true;
  int processes_at_start_ = 0;
  std::thread stderr_reader_, log_reader_;
  std::mutex mu_;
  std::string stderr_tail_, log_;

  [[noreturn]] void protocol_error(const std::string& why) {
    finish("protocol_error", "the candidate's process broke the judge's protocol: " + why);
  }

  void drain(int fd, std::string& keep) {
    char buf[8192];
    while (true) {
      ssize_t n = read(fd, buf, sizeof buf);
      if (n <= 0) break;
      std::lock_guard<std::mutex> g(mu_);
      keep.append(buf, static_cast<size_t>(n));
      if (keep.size() > 16384) keep.erase(0, keep.size() - 8192);  // the last 8-16 KB
    }
    close(fd);
  }

  void send_message(ch::Message& m) {
    m.magic = ch::kMagic;
    if (send(sock_, &m, sizeof m, MSG_NOSIGNAL) != static_cast<ssize_t>(sizeof m)) died();
  }

  // The next message within `timeout_ms`; false on timeout. A worker that exits (or closes its
  // end) is `died()`; a message of another size, magic or sender is a protocol error.
  bool receive(ch::Message& m, double timeout_ms, const char* during) {
    double deadline = now_ms() + (timeout_ms > 0 && std::isfinite(timeout_ms) ? timeout_ms : 1e12);
    while (true) {
      double left = deadline - now_ms();
      if (left <= 0) return false;
      pollfd p{sock_, POLLIN, 0};
      int r = poll(&p, 1, static_cast<int>(std::min(left, 1e9)) + 1);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) continue;
      alignas(cmsghdr) char control[CMSG_SPACE(sizeof(ucred))];
      iovec io{&m, sizeof m};
      msghdr h{};
      h.msg_iov = &io;
      h.msg_iovlen = 1;
      h.msg_control = control;
      h.msg_controllen = sizeof control;
      ssize_t got = recvmsg(sock_, &h, MSG_DONTWAIT);
      if (got < 0 && (errno == EAGAIN || errno == EINTR)) continue;
      if (got <= 0) died();
      pid_t sender = -1;
      for (cmsghdr* c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(&h, c))
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS) {
          ucred cred;
          std::memcpy(&cred, CMSG_DATA(c), sizeof cred);
          sender = cred.pid;
        }
      if (got != static_cast<ssize_t>(sizeof m) || (h.msg_flags & MSG_TRUNC) || m.magic != ch::kMagic)
        protocol_error(std::string("a malformed message while ") + during);
      if (sender <= 0) protocol_error("a message without its sender's credentials");
      if (pid < 0) pid = sender;
      if (sender != pid) protocol_error("a message from another process (pid " + std::to_string(sender) + ")");
      return true;
    }
  }

  void expect(const ch::Message& m, std::uint32_t kind) {
    if (m.kind != kind) protocol_error("an unexpected message (kind " + std::to_string(m.kind) + ")");
    if (m.seq != seq_) protocol_error("a reply to another request");
  }

  void note_settings(const std::string& text) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t semi = text.find(';', pos);
      if (semi == std::string::npos) semi = text.size();
      std::string s = text.substr(pos, semi - pos);
      if (!s.empty() && changed_settings.find(s) == std::string::npos)
        changed_settings += (changed_settings.empty() ? "" : ";") + s;
      pos = semi + 1;
    }
  }

  std::string task_dir() const { return "/proc/" + std::to_string(pid) + "/task"; }

  int threads() const { return static_cast<int>(list_dir(task_dir()).size()); }

  // CPU time of all the worker's threads (the scheduler's exact count).
  double cpu_ms() const {
    double ns = 0;
    for (auto& t : list_dir(task_dir())) ns += std::strtod(read_small(task_dir() + "/" + t + "/schedstat").c_str(), nullptr);
    return ns * 1e-6;
  }

  // Processes in the worker's PID namespace (its sandbox): a child or daemon it started is seen
  // here whatever it did to its session or process group. Without a namespace of its own (the
  // unsandboxed mode) this cannot be told apart from the machine's processes: 0.
  // Live processes of the sandbox's PID namespace (a zombie has exited: it runs nothing).
  int sandbox_processes() const {
    if (own_namespace_) return 0;
    int n = 0;
    for (auto& e : list_dir("/proc")) {
      if (!std::isdigit(static_cast<unsigned char>(e[0])) || pid_namespace(std::atoi(e.c_str())) != pidns_) continue;
      char state = task_state(read_small("/proc/" + e + "/stat"));
      if (state != 'Z' && state != 'X' && state != '?') ++n;
    }
    return n;
  }

  // SIGSTOP, then wait until every thread has stopped (a stop is delivered asynchronously).
  bool freeze() {
    if (kill(pid, SIGSTOP) != 0) died();
    double deadline = now_ms() + 2000;
    while (now_ms() < deadline) {
      bool all = true;
      auto tasks = list_dir(task_dir());
      if (tasks.empty()) died();
      for (auto& t : tasks) {
        char s = task_state(read_small(task_dir() + "/" + t + "/stat"));
        if (s == 'Z' || s == 'X') died();
        if (s != 'T' && s != 't' && s != '?') all = false;
      }
      if (all) return true;
      usleep(20);
    }
    return false;
  }

  void thaw() { kill(pid, SIGCONT); }

  template <class F>
  void each_field(const Args& a, F&& f) {
    pf_gen::for_each_field(a, [&](const char*, bool, const auto& field) {
      f(static_cast<std::uint64_t>(reinterpret_cast<const char*>(&field) - reinterpret_cast<const char*>(&a)), field);
    });
  }
  void write_args(ch::Remote& r, const Args& a) {
    each_field(a, [&](std::uint64_t off, const auto& field) { ch::put(r, args_addr_ + off, field); });
  }
  void read_args(ch::Remote& r, Args& a) {
    pf_gen::for_each_field(a, [&](const char*, bool, auto& field) {
      auto off = static_cast<std::uint64_t>(reinterpret_cast<const char*>(&field) - reinterpret_cast<const char*>(&a));
      ch::get(r, args_addr_ + off, field);
    });
  }
  std::uint64_t args_bytes(const Args& a) {
    std::vector<std::uint64_t> shape;
    pf_gen::for_each_field(a, [&](const char*, bool, const auto& f) { ch::shape_of(f, shape); });
    std::uint64_t n = sizeof(Args);
    for (auto w : shape) n += w * 16;  // an upper bound on the bytes behind each size
    return n;
  }
};

Worker g_worker;
bool g_have_worker = false;

[[noreturn]] void finish(const std::string& status, const std::string& message, const std::string& extra) {
  if (g_have_worker) g_worker.kill_all();
  std::string settings = g_have_worker ? g_worker.settings() : "";
  std::string list = "[";
  size_t pos = 0;
  while (pos < settings.size()) {
    size_t semi = settings.find(';', pos);
    if (semi == std::string::npos) semi = settings.size();
    list += (list.size() > 1 ? ",\"" : "\"") + json_escape(settings.substr(pos, semi - pos)) + "\"";
    pos = semi + 1;
  }
  emit("{\"event\":\"done\",\"status\":\"" + status + "\",\"message\":\"" + json_escape(message) + "\"" + extra +
       ",\"changed_settings\":" + list + "]}");
  _exit(0);
}

__attribute__((noinline)) void invoke_reference(Args& a) { pf_gen::call_reference(a); }

struct CallTimes {
  double wall_ms;
  double cpu_ms;
};

CallTimes timed_reference(Args& a) {
  double c0 = thread_cpu_ms(), t0 = now_ms();
  invoke_reference(a);
  double t1 = now_ms(), c1 = thread_cpu_ms();
  return {t1 - t0, c1 - c0};
}

bool g_omp_mode = false;
int g_allowed_threads = 1;

CallTimes timed_candidate(const Args& pristine, Args& got, int threads, double timeout_ms) {
  auto [wall, cpu] = g_worker.call(pristine, got, threads, timeout_ms, g_allowed_threads);
  return {wall, cpu};
}

void require_correct(const Args& pristine, const Args& expected, const Args& got, const pf::Tolerance& tol,
                     const std::string& where) {
  std::string why;
  if (!problem::check(pristine, expected, got, tol, why)) finish("wrong_answer", why + " " + where);
  if (!pf_gen::inputs_unchanged(pristine, got, why))
    finish("wrong_answer", "candidate modified an input-only argument (" + why + ") " + where);
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

// Relative standard error of the median, from the MAD (robust to the odd disturbed run).
double rel_err_of_median(const std::vector<double>& v) {
  if (v.size() < 3) return 1.0;
  double m = median(v);
  std::vector<double> dev;
  for (double x : v) dev.push_back(std::fabs(x - m));
  double sigma = 1.4826 * median(dev);
  return m > 0 ? 1.2533 * sigma / std::sqrt(static_cast<double>(v.size())) / m : 1.0;
}

// The round trip of a call that does nothing (stop, write, continue, reply, stop, read), made
// before any candidate code has run: what the split into two processes adds to every timed call.
std::vector<double> probe_overhead() {
  std::vector<double> us;
  Args empty, scratch;
  for (int i = 0; i < 5; ++i) us.push_back(1000 * g_worker.call(empty, scratch, 1, 10000, g_allowed_threads, true).first);
  return us;
}

// ---------------------------------------------------------------- modes
void run_validate(pf::Tolerance tol, const std::vector<long long>& threads) {
  auto seed = static_cast<std::uint64_t>(arg_i("seed", 1));
  auto sizes = arg_list("sizes", {1, 2, 7, 100});
  // A call may take max_slowdown times the reference on the same input, but at least the floor
  // (tiny inputs take microseconds; process noise must not turn into timeouts).
  double timeout_floor = arg_d("call-timeout-ms", 1000);
  double max_slowdown = arg_d("max-slowdown", 50);
  int checked = 0;
  Args got;
  for (long long size : sizes) {
    for (int kase = 0; kase < problem::kNumCases; ++kase) {
      for (long long t : threads) {
        pf::Rng rng(pf::mix_seed(seed, static_cast<std::uint64_t>(size) * 1000003ULL + kase * 7919ULL + t));
        Args pristine;
        problem::make_input(pristine, static_cast<std::size_t>(size), rng, kase);
        Args expected = pristine;
        double ref_ms = timed_reference(expected).wall_ms;
        timed_candidate(pristine, got, static_cast<int>(t), std::max(timeout_floor, max_slowdown * ref_ms));
        std::string where = "(validation input: size " + std::to_string(size) + ", case " + std::to_string(kase) +
                            (g_omp_mode ? ", " + std::to_string(t) + " threads)" : ")");
        require_correct(pristine, expected, got, tol, where);
        ++checked;
      }
    }
  }
  finish("ok", "", ",\"checked\":" + std::to_string(checked));
}

void run_time(pf::Tolerance tol, const std::vector<long long>& threads) {
  auto seed = static_cast<std::uint64_t>(arg_i("seed", 1));
  auto size = static_cast<std::size_t>(arg_i("size", 1000));
  // Defaults as RunConfig's (the runner always passes them; these serve a hand-run binary).
  int warmup = static_cast<int>(arg_i("warmup", 2));
  int min_reps = static_cast<int>(arg_i("min-reps", 3));
  int max_reps = static_cast<int>(arg_i("max-reps", 30));
  double budget_ms = arg_d("budget-ms", 1500);
  double target = arg_d("target-rel-err", 0.01);
  double max_slowdown = arg_d("max-slowdown", 50);

  std::vector<double> ref_ms, ref_cpu;
  std::vector<std::vector<double>> cand_ms(threads.size()), cand_cpu(threads.size());
  std::vector<Args> got(threads.size());
  std::vector<double> overhead_us = probe_overhead();
  double start = now_ms();
  // Fastest reference time seen: the scale of the candidate's time limit. The reference runs
  // first in the first repetition (turn 0 below), before any candidate call.
  double ref_estimate = std::numeric_limits<double>::infinity();
  // The reference's buffers live across repetitions (copying the input into them reuses their
  // memory instead of faulting in fresh pages for every call), and it takes turns among two of
  // them, so where one buffer happens to lie does not bias every repetition alike. The worker
  // reuses its own buffers the same way (it reshapes in place).
  std::vector<Args> ref_bufs(2);
  for (int rep = -warmup; rep < max_reps; ++rep) {
    // A fresh input for every repetition: a candidate that caches answers by content gains
    // nothing, and every timed output is checked against the reference's on the same input.
    pf::Rng rng(pf::mix_seed(seed, static_cast<std::uint64_t>(rep + 1000)));
    Args pristine;
    problem::make_input(pristine, size, rng, 0);
    size_t turn = static_cast<size_t>(rep + warmup);
    Args& expected = ref_bufs[turn % 2];
    size_t slots = threads.size() + 1;
    // Rotate the order (reference, candidate at each thread count) so that cache and frequency
    // effects of going first or second fall on every program alike.
    for (size_t k = 0; k < slots; ++k) {
      size_t which = (k + turn) % slots;
      if (which == 0) {
        expected = pristine;
        CallTimes ct = timed_reference(expected);
        if (rep >= 0) {
          ref_ms.push_back(ct.wall_ms);
          ref_cpu.push_back(ct.wall_ms > 0 ? ct.cpu_ms / ct.wall_ms : 1);
        }
        ref_estimate = std::min(ref_estimate, ct.wall_ms);
      } else {
        size_t ti = which - 1;
        CallTimes ct = timed_candidate(pristine, got[ti], static_cast<int>(threads[ti]),
                                       max_slowdown * ref_estimate + 200.0);
        if (rep >= 0) {
          cand_ms[ti].push_back(ct.wall_ms);
          cand_cpu[ti].push_back(ct.wall_ms > 0 ? ct.cpu_ms / ct.wall_ms : 1);
        }
      }
    }
    for (size_t ti = 0; ti < threads.size(); ++ti)
      require_correct(pristine, expected, got[ti], tol,
                      "(timed run " + std::to_string(rep) +
                          (g_omp_mode ? ", " + std::to_string(threads[ti]) + " threads)" : ")"));
    if (rep + 1 >= min_reps) {
      // Stop when the speedup is known well enough: the relative error of the median of each
      // repetition's reference/candidate ratio. Both programs ran on the same input, moments
      // apart, so how the input and the machine move a repetition's time cancels in the ratio.
      bool stable = true;
      for (auto& c : cand_ms) {
        std::vector<double> ratio(c.size());
        for (size_t i = 0; i < c.size(); ++i) ratio[i] = c[i] > 0 ? ref_ms[i] / c[i] : 0;
        stable = stable && rel_err_of_median(ratio) <= target;
      }
      if (stable || now_ms() - start > budget_ms) break;
    }
  }
  std::string out = "{\"event\":\"timing\",\"size\":" + std::to_string(size) + ",\"ref_ms\":" + num_list(ref_ms) +
                    ",\"ref_cpu_ratio\":" + num_list(ref_cpu) + ",\"overhead_us\":" + num_list(overhead_us) +
                    ",\"candidate\":[";
  for (size_t i = 0; i < threads.size(); ++i) {
    out += (i ? "," : "");
    out += "{\"threads\":" + std::to_string(threads[i]) + ",\"ms\":" + num_list(cand_ms[i]) +
           ",\"cpu_ratio\":" + num_list(cand_cpu[i]) + "}";
  }
  emit(out + "]}");
  finish("ok", "");
}

void run_baseline() {
  auto seed = static_cast<std::uint64_t>(arg_i("seed", 1));
  auto size = static_cast<std::size_t>(arg_i("size", 1000));
  int reps = static_cast<int>(arg_i("reps", 5));
  std::vector<double> ms, cpu;
  for (int rep = -1; rep < reps; ++rep) {
    pf::Rng rng(pf::mix_seed(seed, static_cast<std::uint64_t>(rep + 1000)));
    Args a;
    problem::make_input(a, size, rng, 0);
    CallTimes ct = timed_reference(a);
    if (rep >= 0) {
      ms.push_back(ct.wall_ms);
      cpu.push_back(ct.wall_ms > 0 ? ct.cpu_ms / ct.wall_ms : 1);
    }
  }
  emit("{\"event\":\"baseline\",\"size\":" + std::to_string(size) + ",\"ref_ms\":" + num_list(ms) +
       ",\"ref_cpu_ratio\":" + num_list(cpu) + "}");
  finish("ok", "");
}

// Instruction counts: the worker runs under `valgrind --tool=callgrind --collect-atstart=no
// --toggle-collect=pf_invoke_candidate --log-fd=4`; the judge makes one checked call on a fixed
// input and reads callgrind's summary from the log, a descriptor valgrind keeps out of the
// worker's reach. The reference's count is the same measurement of a worker built from it.
void run_count(pf::Tolerance tol) {
  auto seed = static_cast<std::uint64_t>(arg_i("seed", 1));
  auto size = static_cast<std::size_t>(arg_i("size", 1000));
  pf::Rng rng(pf::mix_seed(seed, 1000));
  Args pristine;
  problem::make_input(pristine, size, rng, 0);
  Args expected = pristine;
  invoke_reference(expected);
  Args got;
  timed_candidate(pristine, got, 1, 600000.0);
  require_correct(pristine, expected, got, tol, "(counted run)");
  std::string log = g_worker.finish_and_read_log();
  size_t at = log.rfind("Collected : ");
  if (at == std::string::npos) finish("protocol_error", "callgrind printed no instruction count");
  unsigned long long n = std::strtoull(log.c_str() + at + 12, nullptr, 10);
  emit("{\"event\":\"count\",\"instructions\":" + std::to_string(n) + "}");
  finish("ok", "");
}

}  // namespace

int main(int argc, char** argv) {
  signal(SIGPIPE, SIG_IGN);
  // Every repetition makes a fresh input as large as the timing size (often 100 MB or more).
  // glibc serves blocks that large with mmap and returns them on free, so each repetition would
  // fault in and zero its input's pages again: at the timing sizes that cost several times the
  // timed calls. Kept on the heap and never trimmed, a freed input's pages serve the next one.
  mallopt(M_MMAP_MAX, 0);
  mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
  if (argc < 2) finish("usage", "mode required: validate|time|baseline|count");
  std::string mode = argv[1];
  int worker_at = argc;
  for (int i = 2; i < argc; ++i) {
    if (std::string(argv[i]) == "--") {
      worker_at = i + 1;
      break;
    }
    if (i + 1 < argc) {
      std::string key = argv[i];
      if (key.rfind("--", 0) == 0) key = key.substr(2);
      g_args[key] = argv[++i];
    }
  }
  if (!ch::layout_self_check()) finish("harness_error", "this standard library's vector/string layout is not libstdc++'s");
  g_omp_mode = arg("parallelism", "serial") == "omp";
  pf::Tolerance tol{arg_d("tol-rel", 0.0), arg_d("tol-abs", 0.0)};
  std::vector<long long> threads = g_omp_mode ? arg_list("threads", {1, 2}) : std::vector<long long>{1};
  for (long long t : threads) g_allowed_threads = std::max<int>(g_allowed_threads, static_cast<int>(t));
  try {
    if (mode == "baseline") run_baseline();
    if (mode != "validate" && mode != "time" && mode != "count") finish("usage", "unknown mode " + mode);
    if (worker_at >= argc) finish("usage", "the worker's command is missing (after --)");
    // The sandbox's processes become the judge's children when their parents die, so the judge
    // reaps them (where the machine's init does not, they would stay as zombies).
    prctl(PR_SET_CHILD_SUBREAPER, 1);
    if (!g_omp_mode && mode == "time") {
      // Serial timing: the judge and the worker share one core (the worker inherits the affinity).
      // Only one of them runs at a time, and the input the judge just wrote into the worker, like
      // the copy it just made for the reference, is then in that core's caches for both programs.
      // (Timing runs alone; validations run side by side and are not pinned.)
      cpu_set_t one;
      CPU_ZERO(&one);
      CPU_SET(sched_getcpu(), &one);
      sched_setaffinity(0, sizeof one, &one);
    }
    g_have_worker = true;
    g_worker.start(argv + worker_at, mode == "count");
    if (mode == "validate") run_validate(tol, threads);
    if (mode == "time") run_time(tol, threads);
    if (mode == "count") run_count(tol);
  } catch (const std::bad_alloc&) {
    finish("harness_error", "the judge ran out of memory while making inputs or running the reference");
  } catch (const std::exception& e) {
    finish("harness_error", std::string("driver error: ") + e.what());
  }
  return 2;
}
