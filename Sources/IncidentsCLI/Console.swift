import Foundation

/// The process boundary of a command: where it writes (data to `out`, diagnostics to
/// `err`), what `-` reads (`input`) and the environment it sees. Tests capture output,
/// give their own standard input and environment by running a command inside
/// `Console.$current.withValue(...)`.
public final class Console: @unchecked Sendable {
    @TaskLocal public static var current: Console = Console()

    private let lock = NSLock()
    private var captured: (out: String, err: String)?
    public let errIsTerminal: Bool
    /// What `-` reads; nil for the process's standard input.
    public let input: FileHandle?
    /// Environment variables (INCIDENTS_DB).
    public let environment: [String: String]

    /// Writes to the process's standard output and error.
    public init() {
        captured = nil
        errIsTerminal = isatty(2) == 1
        input = nil
        environment = ProcessInfo.processInfo.environment
    }

    /// Keeps everything written, for tests; `-` reads `input`, and the environment is
    /// `environment` only.
    public init(
        capturing: Void, input: FileHandle? = nil, environment: [String: String] = [:],
        errIsTerminal: Bool = false
    ) {
        captured = ("", "")
        self.errIsTerminal = errIsTerminal
        self.input = input
        self.environment = environment
    }

    public var output: String { lock.withLock { captured?.out ?? "" } }
    public var errors: String { lock.withLock { captured?.err ?? "" } }

    public func out(_ s: String) {
        lock.withLock {
            if captured != nil { captured!.out += s; return }
            var s = s
            s.withUTF8 { Self.writeOut($0) }
        }
    }

    /// Writes UTF-8 bytes to stdout as they are (exports).
    public func out(bytes: [UInt8]) {
        lock.withLock {
            if captured != nil { captured!.out += String(decoding: bytes, as: UTF8.self); return }
            bytes.withUnsafeBufferPointer { Self.writeOut($0) }
        }
    }

    public func err(_ s: String) {
        lock.withLock {
            // A warning starts on a clean line, not after the progress text.
            writeErr(progressShown ? Self.clearLine + s : s)
            progressShown = false
        }
    }

    /// Progress on a terminal: rewrites one line of stderr; nothing when stderr is not a tty.
    /// An empty text clears the line.
    public func progress(_ s: String) {
        guard errIsTerminal else { return }
        lock.withLock {
            writeErr(Self.clearLine + s)
            progressShown = !s.isEmpty
        }
    }

    private static let clearLine = "\r\u{1B}[K"
    private var progressShown = false

    /// Call with the lock held.
    private func writeErr(_ s: String) {
        if captured != nil { captured!.err += s; return }
        var s = s
        // A diagnostic that cannot be written is dropped: there is nowhere left to say so.
        s.withUTF8 { _ = Self.writeAll(2, $0) }
    }

    /// Writes data to standard output. When it cannot be written (a full disk, an I/O
    /// error) the command stops with one line on stderr and exit status 1, rather than
    /// losing data silently or trapping in FileHandle. A closed pipe (`| head`) ends the
    /// process by SIGPIPE as usual, quietly.
    private static func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let errno = writeAll(1, bytes) {
            var line = "Error: cannot write the output: \(String(cString: strerror(errno)))\n"
            line.withUTF8 { _ = writeAll(2, $0) }
            exit(1)
        }
    }

    /// write(2) until every byte is written; the errno of a failure, nil on success.
    private static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard var p = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let n = write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            p += n
            left -= n
        }
        return nil
    }
}

/// Buffers stdout writes into large chunks (exports of a million rows).
struct OutputBuffer {
    let console: Console
    /// UTF-8 waiting to be written (about a megabyte at a time).
    var bytes: [UInt8] = []

    init(_ console: Console) {
        self.console = console
        bytes.reserveCapacity(1 << 20 + 1 << 16)
    }

    mutating func write(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        if bytes.count >= 1 << 20 { flush() }
    }

    /// Lets `body` append UTF-8 to the buffer directly (no String per row).
    mutating func append(_ body: (inout [UInt8]) -> Void) {
        body(&bytes)
        if bytes.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        if !bytes.isEmpty { console.out(bytes: bytes) }
        bytes.removeAll(keepingCapacity: true)
    }
}
