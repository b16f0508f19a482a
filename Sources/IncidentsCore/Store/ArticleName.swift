import Foundation

/// The name an article arrives by, and what identifies that name (`article_names`).
///
/// An article is its text; a name only says where the text was read. Two spellings of
/// one file (`seeds/a.txt`, `./seeds/a.txt`, `/home/me/seeds/a.txt`) are one name: the
/// key of a file is its absolute path with symlinks resolved. The key matters only when a
/// name arrives with a new text (the file was edited): every spelling of the name then
/// moves to the new text together.
struct ArticleName: Equatable {
    /// As stored in `articles.source` and `article_names.source`.
    var source: String
    /// What identifies the name (`article_names.name_key`).
    var key: String

    /// The key given to names of a version 3 database by the upgrade, until met again.
    var legacyKey: String { "legacy:" + source }

    /// The name of an article read from `source` with text hash `hash`:
    /// - standard input (`-`, or `-:LINE` for a JSON line without "id") gives no name of
    ///   its own: each text read there is its own article, named `stdin:<hash>`;
    /// - a pipe or device named on the command line (`<(zcat a.gz)`, `/dev/stdin`) keeps the
    ///   path it was given, keyed by the text (`stream:<hash>`): the next pipe at that path
    ///   is another stream, not an edit of this one;
    /// - a regular file, or `FILE:LINE` of a JSON Lines file, is keyed by the real path
    ///   (the lines of a pipe, `<(zcat a.jsonl.gz):12`, by their text, as a pipe is);
    /// - anything else (a JSON "id") is its own key.
    ///
    /// While one regular file is read (`RealPathCache.reading`), its names are told apart
    /// without a system call: the file, `FILE:LINE`, or else a name the input gave (a JSON
    /// "id", `--id`). A bulk JSON Lines file would otherwise cost a `stat` of every id.
    static func of(source: String, hash: String, paths: inout RealPathCache) -> ArticleName {
        if source == "-" || source.hasPrefix("-:") {
            let name = "stdin:" + hash
            return ArticleName(source: name, key: name)
        }
        switch paths.nameInInput(source) {
        case .file(let real): return ArticleName(source: source, key: real)
        case .line(let real, let suffix): return ArticleName(source: source, key: real + suffix)
        case .given: return ArticleName(source: source, key: source)
        case nil: break
        }
        switch paths.kind(source) {
        case .regular(let real):
            return ArticleName(source: source, key: real)
        case .stream:
            return ArticleName(source: source, key: "stream:" + hash)
        case .none:
            break
        }
        // FILE:LINE of a JSON Lines file (or of a stream: keyed by the text, as above).
        if let colon = source.lastIndex(of: ":"), colon != source.startIndex,
            source.index(after: colon) != source.endIndex,
            source[source.index(after: colon)...].allSatisfy(\.isASCIIDigit)
        {
            switch paths.kind(String(source[..<colon])) {
            case .regular(let real): return ArticleName(source: source, key: real + source[colon...])
            case .stream: return ArticleName(source: source, key: "stream:" + hash)
            case .none: break
            }
        }
        return ArticleName(source: source, key: source)
    }
}

/// `realpath` of the last path asked for: the lines of one JSON Lines file all ask for
/// the same file, which costs one system call instead of one per line.
struct RealPathCache {
    enum Kind: Equatable {
        case regular(String)
        case stream
        case none
    }

    private var last: (path: String, kind: Kind)?
    /// The inputs of this run, each regular file with its real path (`reading`); nil before
    /// any, and once an input was something else (a folder, a pipe): then each name is
    /// looked at alone.
    private var inputs: [String: String]?
    private var inputsUnknown = false

    /// What a name read from the run's inputs is.
    enum InputName: Equatable {
        /// An input file itself (a text file): keyed by its real path.
        case file(String)
        /// `FILE:LINE` of an input file (a JSON line without "id"): its real path and `:LINE`.
        case line(String, Substring)
        /// Anything else: a name the input gave (a JSON "id", `--id`), its own key.
        case given
    }

    /// Says that the names that follow may also come from `path`, an input named on the
    /// command line (standard input, `-`, needs no call). A regular file's real path is
    /// found here, once; any other input (a folder, a pipe) turns the shortcut off for the
    /// rest of the run. Articles read from regular files and standard input are named by
    /// the file, by `FILE:LINE` or by the input itself (`ArticleReader`): `nameInInput`
    /// relies on that. Names already queued keep their meaning (inputs are only added).
    mutating func reading(_ path: String) {
        guard !inputsUnknown else { return }
        if path == "-" {
            inputs = inputs ?? [:]
        } else if case .regular(let real) = kind(path) {
            inputs = inputs ?? [:]
            inputs?[path] = real
        } else {
            inputs = nil
            inputsUnknown = true
        }
    }

    /// What `source` is, when every input so far was a regular file or standard input;
    /// nil otherwise (or before any `reading`).
    func nameInInput(_ source: String) -> InputName? {
        guard let inputs else { return nil }
        if let real = inputs[source] { return .file(real) }
        // FILE:LINE, split at the last colon, compared as bytes: no Character (grapheme)
        // work per article.
        let u = source.utf8
        if let colon = u.lastIndex(of: UInt8(ascii: ":")), colon != u.startIndex {
            let digits = u[u.index(after: colon)...]
            if !digits.isEmpty, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let real = inputs[String(Substring(source)[..<colon])]
            {
                return .line(real, Substring(source)[colon...])
            }
        }
        return .given
    }

    mutating func kind(_ path: String) -> Kind {
        if let last, last.path == path { return last.kind }
        var st = stat()
        var kind = Kind.none
        if !path.isEmpty, stat(path, &st) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFREG:
                if let p = realpath(path, nil) {
                    kind = .regular(String(cString: p))
                    free(p)
                }
            case S_IFDIR:
                kind = .none
            default:
                kind = .stream
            }
        }
        last = (path, kind)
        return kind
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
