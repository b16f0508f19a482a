import Foundation
import Testing
@testable import IncidentsCore

@Suite struct HTMLTextTests {
    @Test func tagsAreStripped() {
        let page = HTMLText.extract(#"<p class="lead">قتل <b>خمسة</b> <a href="/x.html">مدنيين</a></p>"#)
        #expect(page.text == "\nقتل خمسة مدنيين\n")
        #expect(page.title == nil)
    }

    @Test func scriptAndStyleContentIsDropped() {
        let html = """
            <style>p { color: red }</style><script type="text/javascript">if (a < b && c > d) \
            { document.write("<p>x</p><div>y</div>") }</script>نص<SCRIPT>alert(1)</SCRIPT> آخر<style>
            """
        #expect(HTMLText.extract(html).text == "نص آخر")
    }

    @Test(arguments: [
        ("&amp;", "&"),
        ("&quot;خمسة&quot;", "\"خمسة\""),
        ("&#1575;", "ا"),
        ("&#x627;", "ا"),
        ("&#X627;", "ا"),
        ("&lt;p&gt;", "<p>"),
        ("&apos;", "'"),
        ("أ&nbsp;ب", "أ ب"),
        ("&laquo;حلب&raquo;", "«حلب»"),
        ("&unknown;", "&unknown;"),
        ("&#xD800;", "&#xD800;"),
        ("&#99999999999;", "&#99999999999;"),
        ("A & B", "A & B"),
        ("&amp", "&amp"),
        ("&&amp;&", "&&&"),
    ])
    func entitiesAreDecoded(html: String, text: String) {
        #expect(HTMLText.extract(html).text == text)
    }

    @Test func titleBecomesTheTitle() {
        let page = HTMLText.extract(
            "<html><head><title> مقتل خمسة &amp; إصابة عشرة </title></head><body><p>نص</p></body></html>")
        #expect(page.title == "مقتل خمسة & إصابة عشرة")
        #expect(page.text == "\n\n\nنص\n")
    }

    @Test func unclosedTitleDoesNotSwallowThePage() {
        let page = HTMLText.extract("<html><head><title>عنوان<body><p>نص الخبر</p></body></html>")
        #expect(page.title == "عنوان")
        #expect(page.text == "\n\nنص الخبر\n")
    }

    @Test func blockTagsBecomeLineBreaks() {
        let html = "<div>أ</div><div>ب</div>سطر<br/>سطر<BR />سطر<ul><li>بند</li></ul><h2>عنوان</h2><span>x</span>"
        #expect(HTMLText.extract(html).text == "\nأ\n\nب\nسطر\nسطر\nسطر\nبند\n\nعنوان\nx")
    }

    @Test func commentsAreDropped() {
        #expect(HTMLText.extract("أ<!-- <p>مخفي</p> -- > -->ب<!---->ج").text == "أبج")
    }

    @Test func lessThanThatOpensNoTagIsText() {
        #expect(HTMLText.extract("<p>5 < 7 و 3 <= 4</p>").text == "\n5 < 7 و 3 <= 4\n")
    }

    @Test(arguments: [
        ("<html><body>", true),
        ("<!DOCTYPE html>\n<p>", true),
        ("  <HTML lang=\"ar\">", true),
        ("قتل خمسة <b>مدنيين</b>", false),
        ("", false),
    ])
    func looksLikeHTML(text: String, expected: Bool) {
        #expect(HTMLText.looksLikeHTML(text) == expected)
    }

    @Test func hostileMarkupNeverHangs() {
        let n = 1 << 20
        #expect(HTMLText.extract(String(repeating: "<", count: n)).text.count == n)
        #expect(HTMLText.extract(String(repeating: "&", count: n)).text.count == n)
        #expect(HTMLText.extract(String(repeating: "&#", count: n / 2)).text.count == n)
        #expect(HTMLText.extract("<a" + String(repeating: "x", count: n)).text == "")
        #expect(HTMLText.extract("<script>" + String(repeating: "<p>", count: n / 3)).text == "")
        #expect(HTMLText.extract("أ<!--" + String(repeating: "-", count: n)).text == "أ")
        #expect(HTMLText.extract("<title>" + String(repeating: "ع", count: n)).title?.count == n)
        // (About 3 s in a debug build; it took 6 minutes when each character was appended
        // by copying the whole text. Speed is the benchmark's business, not a test's.)
    }

    @Test func htmlFileThroughTheReader() throws {
        let t = try TempFolder()
        let html = """
            <!DOCTYPE html>
            <html><head><title>مقتل خمسة في حلب</title><script>var x = 1;</script></head>
            <body><article><p>قتل خمسة مدنيين &amp; أصيب عشرة.</p></article></body></html>
            """
        let text = "\n\n\n\n\n\nقتل خمسة مدنيين & أصيب عشرة.\n\n"
        let page = try t.write("news/page.html", html)
        // A .txt that holds a page is read as HTML too.
        let disguised = try t.write("news/saved.txt", html)
        let scriptOnly = try t.write("news/x.htm", "<html><script>var a;</script></html>")
        let got = try readAll(ArticleReader(published: "2024-03-05"), [t.path("news")])
        #expect(got == [
            .success(Article(source: page, text: text, title: "مقتل خمسة في حلب", published: "2024-03-05")),
            .success(Article(source: disguised, text: text, title: "مقتل خمسة في حلب", published: "2024-03-05")),
            .failure(InputProblem(scriptOnly, "the file has no text")),
        ])
    }
}
