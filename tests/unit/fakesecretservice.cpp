// A Secret Service that never answers: it owns org.freedesktop.secrets on the session bus and
// swallows every call, as a hung keyring daemon or a prompt nobody sees would. Prints "ready" once
// it owns the name; exits 1 (saying why) when it cannot.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QList>

#include <cstdio>

namespace {

class SilentObject final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        m_unanswered.append(message); // kept, never answered
        return true;
    }

private:
    QList<QDBusMessage> m_unanswered;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "fake-secret-service: no session bus: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    SilentObject object;
    if (!bus.registerVirtualObject(QStringLiteral("/"), &object, QDBusConnection::SubPath)
        || !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "fake-secret-service: cannot own org.freedesktop.secrets: %s\n",
            qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
