/// ACLED's `source_scale` of the outlets the corpus holds, as seen from Syria: outlets of
/// other Arab countries are "Regional", those of broadcasters outside the region
/// "International", Syrian ones "National". An outlet not listed has no scale (blank).
enum OutletScale {
    /// ACLED's order when it joins two scales ("National-Regional").
    static let order = ["Local", "Subnational", "National", "Regional", "International"]

    static func of(_ outlet: String) -> String? { byOutlet[outlet] }

    private static let byOutlet: [String: String] = [
        "Sky News Arabia": "Regional", "Jawhara FM (Tunisia)": "Regional",
        "Al Arabiya": "Regional", "Al-Riyadh": "Regional", "Al-Jazirah (Saudi)": "Regional",
        "Asharq Al-Awsat": "Regional", "Al-Yaum": "Regional", "Al-Eqtisadiya": "Regional",
        "Okaz": "Regional", "Al-Watan (Saudi)": "Regional", "Al-Weeam": "Regional",
        "Ain Alyoum": "Regional", "Al-Madina": "Regional", "Sabq": "Regional",
        "Saudi Press Agency": "Regional", "Arreyadi": "Regional", "Arreyadiyah": "Regional",
        "Al Jazeera": "Regional", "Al-Quds Al-Arabi": "Regional", "Enab Baladi": "National",
        "SANA": "National", "Syrian Observatory for Human Rights": "National",
        "BBC Arabic": "International", "CNN Arabic": "International",
        "France 24 Arabic": "International", "RT Arabic": "International",
        "DW Arabic": "International", "Reuters": "International", "AFP": "International",
        "Anadolu Agency": "International",
    ]
}
