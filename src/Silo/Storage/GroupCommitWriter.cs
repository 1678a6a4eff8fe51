using System.Data.Common;
using System.Diagnostics;

namespace Concierge.Silo.Storage;

/// <summary>
/// Group commit for a store with one writer per file (SQLite). Writes are queued; one writer thread takes every write
/// waiting (up to <see cref="MaxBatch"/>), runs them in one transaction on a connection it keeps open, and commits them
/// with one fsync. Each write runs inside a savepoint of its own, so a write that fails (a stale ETag, a projection
/// conflict, a caller that gave up) is rolled back alone and the others commit. A waiter is completed only after COMMIT
/// returned (synchronous=FULL: the batch is on disk, through a power loss); when BEGIN or COMMIT fails, every write of the
/// batch fails and none is committed, as when <c>beforeCommit</c> (work done once per batch, after its writes) fails.
/// SQLite does all its work synchronously, so the thread blocks on the file and on fsync instead of a thread-pool thread;
/// it ends after <see cref="IdleTime"/> without writes and starts again on demand.
/// </summary>
internal sealed class GroupCommitWriter(Func<CancellationToken, Task<DbConnection>> open, Func<DbConnection, DbTransaction, Task>? beforeCommit, string name)
{
    /// <summary>Bounds a transaction's size, so one batch never holds the file for long.</summary>
    public const int MaxBatch = 256;

    /// <summary>
    /// The longest a write waits in the queue for the writer. Longer than <see cref="SqlDialect.LockWait"/>: on a busy
    /// machine a few slow fsyncs in a row must not fail writes nobody is waiting to cut short. A caller with a deadline
    /// (a webhook's turn) is released the moment its token is cancelled, not when the writer reaches its write.
    /// </summary>
    public static readonly TimeSpan QueueWait = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(30);

    private readonly object gate = new(); // Monitor.Wait/Pulse: the writer thread sleeps on it between batches
    private readonly Queue<QueuedWrite> queue = new();
    private bool running;
    private long writes;
    private long transactions;

    /// <summary>Writes committed so far, and the transactions that committed them.</summary>
    public (long Writes, long Transactions) Committed => (Interlocked.Read(ref writes), Interlocked.Read(ref transactions));

    /// <summary>
    /// Queues <paramref name="work"/> for the next batch; completes once its batch is committed. A write still queued after
    /// <see cref="QueueWait"/> fails with a <see cref="TimeoutException"/> and writes nothing; one whose
    /// <paramref name="cancellationToken"/> is cancelled while queued is cancelled at once and never runs, and one cancelled
    /// after the writer took it is rolled back.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var write = new QueuedWrite<T>(work, cancellationToken);
        lock (gate)
        {
            queue.Enqueue(write);
            if (running)
            {
                Monitor.Pulse(gate);
            }
            else
            {
                running = true;
                new Thread(Run) { IsBackground = true, Name = name }.Start();
            }
        }

        return write.Task;
    }

    private void Run()
    {
        DbConnection? connection = null;
        var batch = new List<QueuedWrite>(MaxBatch);
        try
        {
            while (TakeBatch(batch))
            {
                connection = Commit(connection, batch);
            }
        }
        catch (Exception e)
        {
            // Commit fails a batch without throwing; anything else is a bug: fail what is queued rather than leave it
            // waiting for a thread that is gone, and let the next write start a new one.
            lock (gate)
            {
                running = false;
                while (queue.TryDequeue(out var write))
                {
                    write.Fail(e);
                }
            }

            foreach (var write in batch)
            {
                write.Fail(e);
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <summary>Waits for writes and takes up to <see cref="MaxBatch"/>; false (and the thread ends) after <see cref="IdleTime"/> without any.</summary>
    private bool TakeBatch(List<QueuedWrite> batch)
    {
        batch.Clear();
        lock (gate)
        {
            while (queue.Count == 0)
            {
                if (!Monitor.Wait(gate, IdleTime) && queue.Count == 0)
                {
                    running = false;
                    return false;
                }
            }

            while (batch.Count < MaxBatch && queue.TryDequeue(out var write))
            {
                batch.Add(write);
            }

            return true;
        }
    }

    /// <summary>Commits <paramref name="batch"/> in one transaction; returns the connection to keep (null after a failure, so the next batch opens a fresh one).</summary>
    private DbConnection? Commit(DbConnection? connection, List<QueuedWrite> batch)
    {
        var live = batch.Where(w => w.TryTake()).ToList();
        if (live.Count == 0)
        {
            return connection;
        }

        try
        {
            connection ??= open(CancellationToken.None).GetAwaiter().GetResult();
            using var transaction = connection.BeginTransaction(); // BEGIN IMMEDIATE on SQLite: waits for the file's lock up to LockWait
            foreach (var write in live)
            {
                WriteSavepoint.Begin(connection, transaction);
                if (write.Run(connection, transaction))
                {
                    WriteSavepoint.Keep(connection, transaction);
                }
                else
                {
                    WriteSavepoint.Undo(connection, transaction);
                }
            }

            beforeCommit?.Invoke(connection, transaction).GetAwaiter().GetResult(); // SQLite's completes synchronously
            transaction.Commit();
        }
        catch (Exception e)
        {
            foreach (var write in live)
            {
                write.Fail(e);
            }

            connection?.Dispose();
            return null;
        }

        // Counted before any waiter resumes, so a caller reading Committed after its write sees it.
        Interlocked.Add(ref writes, live.Count(w => w.Succeeded));
        Interlocked.Increment(ref transactions);
        foreach (var write in live)
        {
            write.Complete();
        }

        return connection;
    }

    private abstract class QueuedWrite
    {
        private const int Queued = 0, Taken = 1, Dropped = 2;

        private readonly long queuedAt = Stopwatch.GetTimestamp();
        private int stage = Queued;

        /// <summary>
        /// Takes the write into a batch; false when its caller already gave up (it completed as cancelled then), or it
        /// waited longer than <see cref="QueueWait"/> (it fails now).
        /// </summary>
        public bool TryTake()
        {
            if (Interlocked.CompareExchange(ref stage, Taken, Queued) != Queued)
            {
                return false;
            }

            if (Stopwatch.GetElapsedTime(queuedAt) > QueueWait)
            {
                Fail(new TimeoutException($"The store's writer did not take this write within {QueueWait.TotalSeconds:F0} s."));
                return false;
            }

            return true;
        }

        /// <summary>True when the write was still queued and now never runs: its caller may be released at once.</summary>
        protected bool TryDrop() => Interlocked.CompareExchange(ref stage, Dropped, Queued) == Queued;

        /// <summary>Runs the write inside the open savepoint; false when it failed and must be rolled back.</summary>
        public abstract bool Run(DbConnection connection, DbTransaction transaction);

        /// <summary>Whether the write ran without failing (and is committed with its batch).</summary>
        public abstract bool Succeeded { get; }

        /// <summary>After COMMIT: hands the write its result, or its own failure.</summary>
        public abstract void Complete();

        /// <summary>The batch failed: nothing was committed.</summary>
        public abstract void Fail(Exception error);
    }

    private sealed class QueuedWrite<T> : QueuedWrite
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Func<DbConnection, DbTransaction, Task<T>> work;
        private readonly CancellationToken cancellationToken;
        private readonly CancellationTokenRegistration giveUp;
        private T? result;
        private Exception? failure;

        public QueuedWrite(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
        {
            this.work = work;
            this.cancellationToken = cancellationToken;
            giveUp = cancellationToken.Register(static write => ((QueuedWrite<T>)write!).GiveUp(), this);
        }

        public Task<T> Task => completion.Task;

        public override bool Run(DbConnection connection, DbTransaction transaction)
        {
            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                result = work(connection, transaction).GetAwaiter().GetResult(); // SQLite's async methods complete synchronously
                cancellationToken.ThrowIfCancellationRequested(); // a caller that gave up never gets a late commit
                return true;
            }
            catch (Exception e)
            {
                failure = e;
                return false;
            }
        }

        public override bool Succeeded => failure is null;

        public override void Complete()
        {
            giveUp.Dispose();
            if (failure is OperationCanceledException)
            {
                completion.TrySetCanceled(cancellationToken);
            }
            else if (failure is not null)
            {
                completion.TrySetException(failure);
            }
            else
            {
                completion.TrySetResult(result!);
            }
        }

        public override void Fail(Exception error)
        {
            failure ??= error;
            Complete();
        }

        private void GiveUp()
        {
            if (TryDrop())
            {
                completion.TrySetCanceled(cancellationToken);
            }
        }
    }
}
