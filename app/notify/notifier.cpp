#include "notify/notifier.h"

namespace agi {

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{ }

Notifier::~Notifier() = default;

} // namespace agi
