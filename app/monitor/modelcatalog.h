#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace agi {

class ApiClient;
class ListModelsJob;

//! The agent models a new session can use: the server's list (GET /v1/models) once it answered,
//! the documented ones until then or when it cannot be read (problem() says why).
class ModelCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelCatalog)

public:
    explicit ModelCatalog(ApiClient *client, QObject *parent = nullptr);
    ~ModelCatalog() override;

    //! Never empty.
    QStringList models() const;
    //! Whether models() is the server's list.
    bool isFromServer() const { return !m_models.isEmpty(); }
    //! Why the server's list could not be read, for the user; empty when it could (or was not asked).
    QString problem() const { return m_problem; }
    bool isLoading() const { return !m_job.isNull(); }

    //! Asks the server again (one request at a time); changed() follows.
    void refresh();
    //! Forgets the server's list (another server, another key).
    void clear();

    static const QStringList &documentedModels();

Q_SIGNALS:
    //! models() or problem() changed, or a refresh finished.
    void changed();

private:
    ApiClient *m_client = nullptr;
    QStringList m_models;
    QString m_problem;
    QPointer<ListModelsJob> m_job;
};

} // namespace agi
