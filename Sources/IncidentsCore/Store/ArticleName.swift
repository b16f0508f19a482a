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
    static func of(source: String, hash: String, paths: inout RealPathCache) -> ArticleName {
        if source == "-" || source.hasPrefix("-:") {
            let name = "stdin:" + hash
            return ArticleName(source: name, key: name)
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
