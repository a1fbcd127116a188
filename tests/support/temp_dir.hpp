#pragma once
// A fresh directory under the system temp dir, removed with everything in it at the end of the
// test. Tests never touch $HOME.

#include <filesystem>
#include <string>

namespace sepa::test {

class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return m_path; }
  std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
  std::filesystem::path m_path;
};

std::string read_all(const std::filesystem::path& file);
void write_all(const std::filesystem::path& file, const std::string& text);

} // namespace sepa::test
