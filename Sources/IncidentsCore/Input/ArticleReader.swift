import Foundation

/// A problem with one input (a file, a JSON line) that does not stop the others.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: String
    public var message: String
    public init(_ location: String, _ message: String) {
        self.location = location
        self.message = message
    }
    public var description: String { "\(location): \(message)" }
}

/// Reads articles from the paths a user gives: folders (recursively, in name order),
/// `.txt` files (one article each), `.jsonl` files (one article a line: `text` and optional
/// `id`, `title`, `date`, `outlet`, `url`), `.html` pages (tags stripped) and `-` (standard
/// input, JSON Lines when it starts with `{`, else one plain-text article).
/// Large JSON Lines files are streamed, never loaded whole.
public struct ArticleReader {
    /// Publication date for plain-text articles (`--published`).
    public var published: String?
    /// Where standard input comes from (tests pass their own).
    public var standardInput: () -> FileHandle = { FileHandle.standardInput }

    public init(published: String? = nil) {
        self.published = published
    }

    /// Calls `body` with each article or problem, in order. A missing path is a problem
    /// like any other; `body` may throw to stop.
    public func read(
        _ paths: [String], _ body: (Result<Article, InputProblem>) throws -> Void
    ) throws {
        for path in paths {
            if path == "-" {
                try readStream(standardInput(), name: "-", forceLines: nil, body)
                continue
            }
            var visited = Set<String>()
            try walk(path, visited: &visited, explicit: true, body)
        }
    }

    static let textExtensions: Set<String> = ["txt", "text"]
    static let lineExtensions: Set<String> = ["jsonl", "ndjson"]
    static let htmlExtensions: Set<String> = ["html", "htm"]

    func walk(
        _ path: String, visited: inout Set<String>, explicit: Bool,
        _ body: (Result<Article, InputProblem>) throws -> Void
    ) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
            try body(.failure(InputProblem(path, "no such file or folder")))
            return
        }
        if isDir.boolValue {
            guard visited.insert(Self.canonicalPath(path)).inserted else { return }  // a symlink loop
            let entries: [String]
            do {
                entries = try fm.contentsOfDirectory(atPath: path).sorted()
            } catch {
                try body(.failure(InputProblem(path, "cannot read the folder (permission denied?)")))
                return
            }
            for e in entries where !e.hasPrefix(".") {
                try walk((path as NSString).appendingPathComponent(e), visited: &visited, explicit: false, body)
            }
            return
        }
        // Inside folders, only regular files: reading a named pipe would wait forever.
        let regular = Self.isRegularFile(path)
        if !explicit && !regular { return }
        let ext = (path as NSString).pathExtension.lowercased()
        if Self.lineExtensions.contains(ext) || !regular {
            // A pipe named on the command line (`<(zcat news.jsonl.gz)`, /dev/stdin) is read
            // as a stream, as `-` is: JSON Lines or one plain-text article, decided from its
            // first byte unless the name says .jsonl.
            let lines: Bool? = Self.lineExtensions.contains(ext) ? true : nil
            guard let h = FileHandle(forReadingAtPath: path) else {
                try body(.failure(InputProblem(path, "cannot open the file (permission denied?)")))
                return
            }
            defer { try? h.close() }
            try readStream(h, name: path, forceLines: lines, body)
        } else if Self.textExtensions.contains(ext) || Self.htmlExtensions.contains(ext) || explicit {
            try body(readWhole(path, html: Self.htmlExtensions.contains(ext)))
        }
        // Other files inside folders (images, archives...) are skipped silently.
    }

    /// The absolute path with every symlink resolved. Foundation's `resolvingSymlinksInPath`
    /// resolves a relative link such as `up -> ..` against the link itself, not its folder
    /// (`/x/in/sub/up` became `/x`), so loops went undetected and walks left the folder given.
    static func canonicalPath(_ path: String) -> String {
        guard let p = realpath(path, nil) else { return path }
        defer { free(p) }
        return String(cString: p)
    }

    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    func readWhole(_ path: String, html: Bool) -> Result<Article, InputProblem> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(InputProblem(path, "cannot read the file (permission denied?)"))
        }
        switch TextDecoding.decode([UInt8](data)) {
        case .failure(let f):
            return .failure(InputProblem(path, f.description))
        case .success(var text):
            if html || HTMLText.looksLikeHTML(text) {
                let page = HTMLText.extract(text)
                text = page.text
                return article(path, text: text, title: page.title)
            }
            return article(path, text: text, title: nil)
        }
    }

    func article(_ source: String, text: String, title: String?) -> Result<Article, InputProblem> {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .failure(InputProblem(source, "the file has no text"))
        }
        return .success(Article(source: source, text: text, title: title, published: published))
    }

    /// Reads a stream as JSON Lines (`forceLines` true), or decides from its first byte.
    func readStream(
        _ handle: FileHandle, name: String, forceLines: Bool?,
        _ body: (Result<Article, InputProblem>) throws -> Void
    ) throws {
        var lines = LineReader(handle: handle)
        var lineNumber = 0
        var isLines = forceLines
        var plain: [UInt8] = []
        while let line = lines.next() {
            lineNumber += 1
            if isLines == nil {
                let first = line.first {
                    $0 != 0x20 && $0 != 0x09 && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
                }
                isLines = first.map { $0 == UInt8(ascii: "{") }
            }
            if isLines != true {
                // Plain text (or still undecided): keep the bytes exactly as they came.
                plain.append(contentsOf: line)
                if lines.lastLineEnded { plain.append(0x0A) }
                continue
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            try body(JSONArticle.parse(line, name: name, line: lineNumber, published: published))
        }
        if let e = lines.readError {
            // The lines read before the failure are kept; the rest is reported, not dropped silently.
            try body(.failure(InputProblem(name, "reading stopped after line \(lineNumber): \(String(cString: strerror(e)))")))
            if isLines != true { return }
        }
        if isLines != true {
            switch TextDecoding.decode(plain) {
            case .failure(let f): try body(.failure(InputProblem(name, f.description)))
            case .success(let t): try body(article(name, text: t, title: nil))
            }
        }
    }
}

/// Reads a file handle line by line in 1 MiB chunks. Lines exclude the `\n`.
struct LineReader {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var start = 0
    /// Where the search for the next `\n` resumes: bytes before it were already searched, so
    /// a long line costs one pass, not one pass per chunk.
    var scanned = 0
    var eof = false
    /// Whether the line last returned was ended by a `\n` (false only for a last line
    /// without one).
    private(set) var lastLineEnded = false
    /// The errno of a failed read; the lines before it were returned.
    private(set) var readError: Int32?

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                let line = buffer[start..<nl]
                start = nl + 1
                scanned = start
                lastLineEnded = true
                return line
            }
            scanned = buffer.count
            if eof {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lastLineEnded = false
                return line
            }
            if start > 0 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            // One read(2) of up to 1 MiB, taking whatever is there: FileHandle's
            // readData(ofLength:) waits until the whole MiB has arrived, and on a pipe that
            // is 16 round trips with the writer per MiB (2 s of an ingest fed by gzip).
            let old = buffer.count
            buffer.reserveCapacity(old + (1 << 20))
            var got = 0
            buffer.append(contentsOf: repeatElement(0, count: 1 << 20))
            buffer.withUnsafeMutableBytes { raw in
                repeat {
                    got = read(handle.fileDescriptor, raw.baseAddress! + old, 1 << 20)
                } while got < 0 && errno == EINTR
            }
            buffer.removeLast((1 << 20) - max(got, 0))
            if got < 0 { readError = errno }
            if got <= 0 { eof = true }
        }
    }
}

/// One JSON Lines record.
enum JSONArticle {
    static func parse(
        _ line: ArraySlice<UInt8>, name: String, line n: Int, published: String?
    ) -> Result<Article, InputProblem> {
        let loc = "\(name):\(n)"
        if let fields = JSONLine.object(line) {
            return article(fields, loc: loc, published: published)
        }
        let obj: Any
        do {
            obj = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return .failure(InputProblem(loc, "not valid JSON"))
        }
        guard let dict = obj as? [String: Any] else {
            return .failure(InputProblem(loc, "expected a JSON object with a \"text\" field"))
        }
        var fields: [String: JSONLine.Value] = [:]
        for (k, v) in dict {
            if let s = v as? String {
                fields[k] = .string(s)
            } else if let i = v as? Int {
                fields[k] = .integer(i)
            } else {
                fields[k] = .other
            }
        }
        return article(fields, loc: loc, published: published)
    }

    /// The article of a line's fields: "text" required and not blank; "id" (else FILE:LINE),
    /// "title", "outlet", "url" as strings or integers; "date" a day or the day of an ISO
    /// timestamp ("2024-03-05T10:00:00Z", "2024-03-05 10:00"), else `published`.
    static func article(_ fields: [String: JSONLine.Value], loc: String, published: String?) -> Result<Article, InputProblem> {
        guard case .string(let text)? = fields["text"] else {
            return .failure(InputProblem(loc, "missing the \"text\" field (a string)"))
        }
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .failure(InputProblem(loc, "the \"text\" field is empty"))
        }
        func str(_ k: String) -> String? {
            switch fields[k] {
            case .string(let s)? where !s.isEmpty: return s
            case .integer(let i)?: return String(i)
            default: return nil
            }
        }
        var date: String?
        if let d = str("date") {
            let day = String(d.prefix(10)), rest = d.dropFirst(10)
            if CalendarDate.isValid(day), rest.first.map({ "Tt ".contains($0) }) ?? true { date = day }
        }
        return .success(Article(
            source: str("id") ?? loc, text: text, title: str("title"), outlet: str("outlet"),
            published: date ?? published, url: str("url")))
    }
}
