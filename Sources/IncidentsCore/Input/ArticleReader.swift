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
/// `id`, `title`, `date`, `outlet`, `url`), `.html` pages (tags stripped), any of them
/// gzip-compressed (`.jsonl.gz`, `.txt.gz`), and `-` (standard input, JSON Lines when it
/// starts with `{`, else one plain-text article; decompressed first when it is gzip data). Large JSON Lines files are streamed
/// (decompressed as they are read), never loaded whole; so is a line over 4 MiB
/// (`JSONStream`), whose text is then held once.
public struct ArticleReader {
    /// Publication date for plain-text articles (`--published`).
    public var published: String?
    /// Where standard input comes from (tests pass their own).
    public var standardInput: () -> FileHandle = { FileHandle.standardInput }

    /// A JSON line longer than this is parsed as it streams in (`JSONStream`), never held
    /// whole; shorter ones (every real article) are held and read in one pass (`JSONLine`).
    var longLine = 4 << 20
    /// Bytes read at a time, and decoded bytes checked at a time in a long line (tests
    /// make them tiny).
    var chunk = LineReader.defaultChunk
    var flushBytes = 1 << 20

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
                try readStream(GzipSource.decompressingIfGzip(FileDescriptorSource(standardInput())), name: "-", forceLines: nil, body)
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
        var ext = (path as NSString).pathExtension.lowercased()
        if ext == "gz" {
            // «news.jsonl.gz»: what the decompressed file is, by the name without «.gz».
            ext = ((path as NSString).deletingPathExtension as NSString).pathExtension.lowercased()
            let known = Self.lineExtensions.contains(ext) || Self.textExtensions.contains(ext)
                || Self.htmlExtensions.contains(ext)
            if !explicit && !known { return }
            try readCompressed(path, ext: ext, body)
            return
        }
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
            try readStream(GzipSource.decompressingIfGzip(FileDescriptorSource(h)), name: path, forceLines: lines, body)
        } else if Self.textExtensions.contains(ext) || Self.htmlExtensions.contains(ext) || explicit {
            try body(readWhole(path, html: Self.htmlExtensions.contains(ext)))
        }
        // Other files inside folders (images, archives...) are skipped silently.
    }

    /// A gzip-compressed file: JSON Lines streamed through zlib; a text or HTML article
    /// decompressed whole (it is one article); another name decided from its first byte.
    func readCompressed(
        _ path: String, ext: String, _ body: (Result<Article, InputProblem>) throws -> Void
    ) throws {
        guard let h = FileHandle(forReadingAtPath: path) else {
            try body(.failure(InputProblem(path, "cannot open the file (permission denied?)")))
            return
        }
        defer { try? h.close() }
        let source = GzipSource(FileDescriptorSource(h))
        let html = Self.htmlExtensions.contains(ext)
        guard Self.textExtensions.contains(ext) || html else {
            try readStream(source, name: path, forceLines: Self.lineExtensions.contains(ext) ? true : nil, body)
            return
        }
        // The bytes live only until they are decoded (`decodeText`), not while the page is
        // stripped and the article extracted.
        let text: Result<String, InputProblem>
        do {
            let (bytes, failure) = source.readAll()
            if let failure {
                try body(.failure(InputProblem(path, failure)))
                return
            }
            text = decodeText(path, bytes)
        }
        try body(text.flatMap { pageArticle(path, text: $0, html: html) })
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
        // Read straight into one array sized from the file's length: Foundation's
        // `contents(atPath:)` gave a Data that was copied again (two copies of a 50 MB
        // article besides its text).
        guard let h = FileHandle(forReadingAtPath: path) else {
            return .failure(InputProblem(path, "cannot read the file (permission denied?)"))
        }
        defer { try? h.close() }
        let text: Result<String, InputProblem>
        do {
            var st = stat()
            let size = fstat(h.fileDescriptor, &st) == 0 ? Int(st.st_size) : 0
            if let large = LargeTextFile.read(h.fileDescriptor, size: size) {
                return pageArticle(path, text: large, html: html)
            }
            // Not taken (not plain UTF-8...): read again from the start, the ordinary way.
            if size >= LargeTextFile.minimumBytes { lseek(h.fileDescriptor, 0, SEEK_SET) }
            let (bytes, failure) = FileDescriptorSource(h).readAll(reserving: size)
            if let failure { return .failure(InputProblem(path, "cannot read the file: \(failure)")) }
            text = decodeText(path, bytes)
        }
        return text.flatMap { pageArticle(path, text: $0, html: html) }
    }

    /// A file's bytes as text (`TextDecoding`).
    func decodeText(_ path: String, _ bytes: [UInt8]) -> Result<String, InputProblem> {
        TextDecoding.decode(bytes).mapError { InputProblem(path, $0.description) }
    }

    /// The article of a file's text, stripped of tags when it is HTML.
    func pageArticle(_ path: String, text: String, html: Bool) -> Result<Article, InputProblem> {
        guard html || HTMLText.looksLikeHTML(text) else { return article(path, text: text, title: nil) }
        let page = HTMLText.extract(text)
        return article(path, text: page.text, title: page.title)
    }

    func article(_ source: String, text: String, title: String?) -> Result<Article, InputProblem> {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .failure(InputProblem(source, "the file has no text"))
        }
        return .success(Article(source: source, text: text, title: title, published: published))
    }

    /// Reads a stream as JSON Lines (`forceLines` true), or decides from its first byte that
    /// is not white space or a BOM: `{` for JSON Lines, anything else (or none) for one
    /// plain-text article.
    func readStream(
        _ source: ByteSource, name: String, forceLines: Bool?,
        _ body: (Result<Article, InputProblem>) throws -> Void
    ) throws {
        var source = source
        if forceLines == nil {
            let (head, decided) = Self.peekFirstByte(source)
            source = PeekedSource(head: head, rest: source)
            if decided != UInt8(ascii: "{") {
                // Plain text is read whole at once, not line by line: a one-line 50 MB text
                // would otherwise be held twice (the line buffer and the article's bytes).
                try body(readPlain(source, name: name))
                return
            }
        }
        var state = StreamState(lines: LineReader(source: source, chunk: chunk), started: forceLines == true)
        while let article = nextArticle(&state, name: name) {
            // A huge line grew the buffer: give it back before the article is extracted (the
            // line itself, a slice of it, was let go when `nextArticle` returned).
            state.lines.releaseLargeBuffer()
            try body(article)
        }
        if let e = state.lines.failure {
            // The lines read before the failure are kept; the rest is reported, not dropped silently.
            try body(.failure(InputProblem(name, "reading stopped after line \(state.lineNumber): \(e)")))
        }
    }

    /// The bytes read from the start of `source` up to its first byte that is not white space
    /// or a BOM, and that byte (nil when the input ends or fails first).
    static func peekFirstByte(_ source: ByteSource) -> (head: [UInt8], first: UInt8?) {
        var head: [UInt8] = []
        let chunk = 1 << 16
        while true {
            let old = head.count
            head.append(contentsOf: repeatElement(0, count: chunk))
            let r = head.withUnsafeMutableBytes { raw in
                source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[old...]))
            }
            guard case .bytes(let got) = r else {
                head.removeLast(chunk)
                return (head, nil)
            }
            head.removeLast(chunk - got)
            if let first = head[old...].first(where: { !Self.isBlankOrBOM($0) }) { return (head, first) }
        }
    }

    /// Bytes that may come before the first `{` of JSON Lines (a BOM's bytes among them).
    static func isBlankOrBOM(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A || b == 0xEF || b == 0xBB || b == 0xBF
    }

    /// A plain-text stream as one article; a read failure is reported, and nothing is read
    /// from a text cut short.
    func readPlain(_ source: ByteSource, name: String) -> Result<Article, InputProblem> {
        let (bytes, failure) = source.readAll()
        if let failure {
            let lines = bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            return .failure(InputProblem(name, "reading stopped after line \(lines): \(failure)"))
        }
        switch TextDecoding.decode(bytes) {
        case .failure(let f): return .failure(InputProblem(name, f.description))
        case .success(let t): return article(name, text: t, title: nil)
        }
    }

    /// Where `readStream` is in its JSON Lines.
    struct StreamState {
        var lines: LineReader
        var lineNumber = 0
        /// Past the lines before the first `{`, which hold only white space and BOM bytes
        /// (when the input was found to be JSON Lines by its first byte, `peekFirstByte`).
        var started: Bool
    }

    /// The article (or problem) of the next JSON line; nil at the end of the input.
    func nextArticle(_ state: inout StreamState, name: String) -> Result<Article, InputProblem>? {
        while let next = state.lines.next(limit: longLine) {
            guard case .whole(let line) = next else {
                let outcome = JSONStream.read(&state.lines, firstLine: state.lineNumber == 0, flushBytes: flushBytes)
                if !state.lines.lastLineEnded && state.lines.failure != nil { return nil }
                state.lineNumber += 1
                if outcome == .blank { continue }
                state.started = true
                return JSONArticle.streamed(outcome, name: name, line: state.lineNumber, published: published)
            }
            // A last line cut by a failure is not a line: the failure is reported after.
            if !state.lines.lastLineEnded && state.lines.failure != nil { return nil }
            state.lineNumber += 1
            if !state.started {
                guard line.contains(where: { !Self.isBlankOrBOM($0) }) else { continue }
                state.started = true
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return JSONArticle.parse(line, name: name, line: state.lineNumber, published: published)
        }
        return nil
    }
}
