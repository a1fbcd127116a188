#pragma once
// The error hierarchy. Each kind knows its exit status (see cli.md, Exit status); main is the
// one place that catches them and prints `sepa: error: …` and, when there is one, `sepa: hint: …`.

#include <stdexcept>
#include <string>
#include <utility>

namespace sepa {

enum class Exit : int {
  ok = 0,
  refused = 1,
  usage = 2,
  wait_open = 3,
  data = 65,
  software = 70, // a fault in sepa itself: nothing was changed, and it is worth a bug report
  io = 74,
  lock_busy = 75,
  interrupted = 130,
};

class Error : public std::runtime_error {
public:
  Error(Exit code, const std::string& message, std::string hint = {})
    : std::runtime_error(message), m_code(code), m_hint(std::move(hint))
  {
  }
  Exit code() const { return m_code; }
  const std::string& hint() const { return m_hint; }

private:
  Exit m_code;
  std::string m_hint;
};

// A bad option, duration, time or value on the command line: exit 2.
class UsageError : public Error {
public:
  explicit UsageError(const std::string& message, std::string hint = {})
    : Error(Exit::usage, message, std::move(hint))
  {
  }
};

// The ladder's state does not allow this now (one already open, none open, …): exit 1.
class StateError : public Error {
public:
  explicit StateError(const std::string& message, std::string hint = {})
    : Error(Exit::refused, message, std::move(hint))
  {
  }
};

// The ladder file cannot be read as a ladder: exit 65. The file is never touched.
class DataError : public Error {
public:
  explicit DataError(const std::string& message, std::string hint = {})
    : Error(Exit::data, message, std::move(hint))
  {
  }
};

// The ladder file was written by a newer sepa: exit 65 like any unreadable file, but an older
// copy is no remedy (it would lose what the newer version recorded), so none is suggested.
class NewerSchema : public DataError {
public:
  using DataError::DataError;
};

// Reading or writing failed (disk full, permission): exit 74. Nothing is half-written.
class IoError : public Error {
public:
  explicit IoError(const std::string& message, std::string hint = {})
    : Error(Exit::io, message, std::move(hint))
  {
  }
};

// Another sepa held the lock past the timeout: exit 75.
class LockBusy : public Error {
public:
  explicit LockBusy(const std::string& message, std::string hint = {})
    : Error(Exit::lock_busy, message, std::move(hint))
  {
  }
};

inline int to_int(Exit code)
{
  return static_cast<int>(code);
}

} // namespace sepa
