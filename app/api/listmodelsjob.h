#pragma once

#include "api/apijob.h"

#include <QStringList>

namespace agi {

//! GET /v1/models (optional filter=cdp|desktop); the cheap "is my key valid" probe.
class ListModelsJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListModelsJob)

public:
    explicit ListModelsJob(ApiClient *client, const QString &filter = {}, QObject *parent = nullptr);

    const QStringList &models() const { return m_models; }

    //! {"models": [...]} or a bare array, of strings or of objects with `id` (else `name`).
    static ApiError parseModels(const QByteArray &body, QStringList *out);

protected:
    ApiError parse(const QByteArray &body) override;

private:
    QStringList m_models;
};

} // namespace agi
