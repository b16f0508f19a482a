import Foundation

/// A bounded, order-keeping pool of worker threads: the caller submits inputs in order,
/// workers transform them in parallel, and the caller takes the outputs back in the order
/// submitted (a sequence number per input, a reorder buffer for outputs that finish early).
///
/// At most `window` inputs, of at most `budget` total cost (bytes of text), are in flight
/// (submitted, not yet taken; one is always let in, whatever its cost): `submit` hands ready
/// outputs to `take` while it waits, so memory stays flat however long the input, and the
/// caller's thread (the SQLite writer) works while the workers do. Threads and a condition
/// variable rather than Swift concurrency: the caller is a synchronous loop (the article
/// reader's callback) that must block when the window is full.
final class OrderedWorkers<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [(seq: Int, input: Input)] = []
    private var queueHead = 0
    private var ready: [Int: Output] = [:]
    private var submitted = 0
    private var taken = 0
    private var closed = false
    private var running = 0
    private var costs: [Int: Int] = [:]
    private var costInFlight = 0
    let window: Int
    let budget: Int

    /// Starts `workers` threads; each calls `makeWorker` once (its own extractor and
    /// caches: they are not shared between threads) and then transforms inputs with it.
    init(workers: Int, window: Int, budget: Int, makeWorker: @escaping @Sendable () -> (Input) -> Output) {
        self.window = max(window, workers)
        self.budget = budget
        running = workers
        for k in 0..<workers {
            let thread = Thread { [self] in
                let work = makeWorker()
                while let (seq, input) = self.next() {
                    let output = work(input)
                    self.condition.lock()
                    self.ready[seq] = output
                    self.condition.broadcast()
                    self.condition.unlock()
                }
                self.condition.lock()
                self.running -= 1
                self.condition.broadcast()
                self.condition.unlock()
            }
            thread.name = "incidents-worker-\(k + 1)"
            // Extraction recurses little, but a huge article's clauses are long: a roomy stack.
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// The next input for a worker, or nil when the pool is closed and the queue empty.
    private func next() -> (Int, Input)? {
        condition.lock()
        defer { condition.unlock() }
        while queueHead == queue.count && !closed { condition.wait() }
        guard queueHead < queue.count else { return nil }
        let item = queue[queueHead]
        queueHead += 1
        if queueHead > 1024 && queueHead * 2 > queue.count {
            queue.removeFirst(queueHead)
            queueHead = 0
        }
        return item
    }

    /// Queues `input`; outputs that are ready, in order, go to `take` (on this thread)
    /// first, waiting for them while the window is full.
    func submit(_ input: Input, cost: Int, take: (Output) throws -> Void) throws {
        condition.lock()
        while submitted - taken >= window || (submitted > taken && costInFlight + cost > budget) {
            if let out = takeLocked() {
                condition.unlock()
                try take(out)
                condition.lock()
            } else {
                condition.wait()
            }
        }
        queue.append((submitted, input))
        costs[submitted] = cost
        costInFlight += cost
        submitted += 1
        condition.broadcast()
        condition.unlock()
        try takeReady(take)
    }

    /// Hands the outputs that are ready, in order, to `take`, without waiting.
    func takeReady(_ take: (Output) throws -> Void) throws {
        while true {
            condition.lock()
            guard let out = takeLocked() else {
                condition.unlock()
                return
            }
            condition.unlock()
            try take(out)
        }
    }

    /// Waits for every input submitted and hands the remaining outputs to `take`, in
    /// order; the workers wait for more.
    func drain(take: (Output) throws -> Void) throws {
        try finish(closing: false, take: take)
    }

    /// `drain`, then the workers stop.
    func finish(take: (Output) throws -> Void) throws {
        try finish(closing: true, take: take)
    }

    private func finish(closing: Bool, take: (Output) throws -> Void) throws {
        condition.lock()
        if closing {
            closed = true
            condition.broadcast()
        }
        while taken < submitted {
            if let out = takeLocked() {
                condition.unlock()
                try take(out)
                condition.lock()
            } else {
                condition.wait()
            }
        }
        while closing && running > 0 { condition.wait() }
        condition.unlock()
    }

    /// The next output in order if it is ready (the lock held).
    private func takeLocked() -> Output? {
        guard let out = ready.removeValue(forKey: taken) else { return nil }
        costInFlight -= costs.removeValue(forKey: taken) ?? 0
        taken += 1
        return out
    }

    /// Stops the workers after the inputs they hold (a failed write ends the run): queued
    /// inputs are dropped.
    func cancel() {
        condition.lock()
        closed = true
        queue.removeAll()
        queueHead = 0
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
