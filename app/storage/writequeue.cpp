#include "storage/writequeue.h"

#include <pthread.h>

namespace agi {

WriteQueue &WriteQueue::shared()
{
    static WriteQueue queue;
    return queue;
}

WriteQueue::WriteQueue()
    : m_thread([this] { run(); })
{ }

WriteQueue::~WriteQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_ending = true;
        m_held = false;
    }
    m_wake.notify_all();
    m_thread.join();
}

WriteQueue::Ticket WriteQueue::post(std::function<void()> task)
{
    Ticket ticket = 0;
    {
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [&] { return m_tasks.size() < MaximumWaiting || m_held; });
        m_tasks.push_back(std::move(task));
        ticket = ++m_posted;
    }
    m_wake.notify_one();
    return ticket;
}

void WriteQueue::waitFor(Ticket ticket)
{
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [&] { return m_finished >= ticket; });
}

void WriteQueue::hold()
{
    const std::lock_guard lock(m_mutex);
    m_held = true;
}

void WriteQueue::release()
{
    {
        const std::lock_guard lock(m_mutex);
        m_held = false;
    }
    m_wake.notify_all();
}

void WriteQueue::run()
{
    pthread_setname_np(pthread_self(), "agi-writer");
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return (!m_tasks.empty() && !m_held) || (m_ending && m_tasks.empty()); });
        if (m_tasks.empty())
            return; // ending, and nothing is left
        std::function<void()> task = std::move(m_tasks.front());
        m_tasks.pop_front();
        lock.unlock();
        task();
        lock.lock();
        ++m_finished;
        m_done.notify_all();
    }
}

} // namespace agi
