#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace agi {

//! One thread that runs file work in the order it was posted, so that the thread which posts it
//! (the GUI thread) never waits for the disk: a frame history's images, index lines and removals
//! are written here, one after another (see FrameHistoryFiles).
//!
//! Tasks must not touch objects of the posting thread: they carry copies of what they write.
class WriteQueue final
{
    Q_DISABLE_COPY_MOVE(WriteQueue)

public:
    using Ticket = quint64;

    //! The queue the application's frame histories share; its thread starts on first use and ends,
    //! after running what is left, when the program exits.
    static WriteQueue &shared();

    WriteQueue();
    //! Runs every task already posted, then ends the thread.
    ~WriteQueue();

    //! Tasks waiting before post() waits too: a disk slower than the frames coming in must not
    //! fill the memory with their bytes (each task holds one image).
    static constexpr size_t MaximumWaiting = 256;

    //! Runs `task` after every task posted before it; the ticket says when it has run. Waits while
    //! MaximumWaiting tasks are waiting already (not while held).
    Ticket post(std::function<void()> task);
    //! Returns once every task up to `ticket` has run.
    void waitFor(Ticket ticket);

    //! For tests: while held, tasks wait (posting still returns at once).
    void hold();
    void release();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake; // a task posted, held released, or the end
    std::condition_variable m_done; // a task has run
    std::deque<std::function<void()>> m_tasks;
    Ticket m_posted = 0;
    Ticket m_finished = 0;
    bool m_held = false;
    bool m_ending = false;
    std::thread m_thread;
};

} // namespace agi
