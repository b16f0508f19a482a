import Foundation
import Testing

@testable import IncidentsCLI

@Suite struct ConsoleTests {
    /// Progress rewrites one stderr line on a terminal; a warning in between starts on a
    /// cleared line instead of being glued to the progress text.
    @Test func progressAndWarningsOnATerminal() {
        let console = Console(capturing: (), errIsTerminal: true)
        console.progress("3 articles")
        console.err("warning: a.jsonl:3: not valid JSON\n")
        console.progress("4 articles")
        console.progress("")
        console.err("done\n")
        let clear = "\r\u{1B}[K"
        #expect(console.errors == "\(clear)3 articles\(clear)warning: a.jsonl:3: not valid JSON\n\(clear)4 articles\(clear)done\n")
        #expect(console.output.isEmpty)
    }

    @Test func noProgressWhenNotATerminal() {
        let console = Console(capturing: ())
        console.progress("3 articles")
        console.err("warning\n")
        #expect(console.errors == "warning\n")
    }
}
