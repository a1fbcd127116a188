#include "cli/json_slips.hpp"

#include "core/json_writer.hpp"

namespace sepa {

namespace {

using json_text::JsonWriter;

void start(JsonWriter& w)
{
  w.open('{');
  w.key("version");
  w.number(1);
}

std::string finish(JsonWriter& w)
{
  w.close('}');
  return w.take() + "\n";
}

} // namespace

std::string undo_json(const std::optional<Undone>& undone, const std::vector<HistoryEntry>& changes)
{
  JsonWriter w(1024);
  start(w);
  w.key("undone");
  if (undone) {
    w.open('{');
    w.key("what");
    w.text(undone->change.what);
    w.key("at");
    w.instant(undone->change.at);
    w.key("steps");
    w.number(undone->steps);
    w.key("put_back");
    w.boolean(undone->put_back);
    w.close('}');
  } else {
    w.null();
  }
  w.key("changes");
  w.open('[');
  for (const HistoryEntry& e : changes) {
    w.element();
    w.open('{');
    w.key("what");
    w.text(e.change.what);
    w.key("at");
    w.instant(e.change.at);
    w.close('}');
  }
  w.close(']');
  return finish(w);
}

std::string cancel_json(const Separation* cancelled)
{
  JsonWriter w(512);
  start(w);
  w.key("cancelled");
  if (cancelled != nullptr) {
    w.open('{');
    w.key("id");
    w.text(cancelled->id);
    w.key("started");
    w.instant(cancelled->started);
    w.key("planned");
    w.duration(cancelled->planned);
    w.key("activity");
    w.text_or_null(cancelled->activity);
    w.close('}');
  } else {
    w.null();
  }
  return finish(w);
}

std::string partner_json(const Separation& s, bool kept)
{
  JsonWriter w(1024);
  start(w);
  w.key("separation");
  w.text(s.id);
  w.key("kept");
  w.boolean(kept);
  w.key("partner");
  if (const auto& p = s.partner) {
    w.open('{');
    w.key("confidence");
    w.number_or_null(p->confidence);
    w.key("went_well");
    w.text_or_null(p->went_well);
    w.key("needed");
    w.text_or_null(p->needed);
    w.key("thanks");
    w.text_or_null(p->thanks);
    w.key("baby");
    w.text_or_null(p->baby);
    w.key("at");
    p->at ? w.instant(*p->at) : w.null();
    w.close('}');
  } else {
    w.null();
  }
  return finish(w);
}

std::string remind_json(const std::vector<std::string>& nudges)
{
  JsonWriter w(512);
  start(w);
  w.key("nudges");
  w.texts(nudges);
  return finish(w);
}

} // namespace sepa
