@testable import IncidentsCore

/// The incidents the extractor finds in `text`, read as one article published on
/// `published` (relative dates resolve against it). Shared by the extraction test suites.
func extractArticle(_ text: String, published: String? = "2017-08-25") -> [ExtractedIncident] {
    IncidentExtractor().extract(Article(source: "t", text: text, published: published))
}
