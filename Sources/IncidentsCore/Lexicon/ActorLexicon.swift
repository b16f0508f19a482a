/// The canonical actors and the Arabic forms that name them. Forms are written without
/// clitics; matching adds و ف ب ل ك ال and their combinations.
public enum ActorLexicon {
    public static let all: [ActorInfo] = [
        ActorInfo(
            slug: "regime", nameAr: "قوات النظام السوري", nameEn: "Military Forces of Syria",
            kind: .state,
            formsAr: ["قوات النظام", "القوات النظامية", "القوات الحكومية", "الجيش السوري",
                      "جيش النظام", "طيران النظام", "قوات الأسد", "النظام السوري",
                      "الجيش العربي السوري", "القوات السورية", "الطيران السوري", "طائرات النظام",
                      "الطيران الحربي السوري", "مروحيات النظام", "المروحيات", "البراميل المتفجرة",
                      "قوات الحكومة السورية", "الحكومة السورية", "جيش الأسد", "الطيران المروحي"]),
        ActorInfo(
            slug: "russia", nameAr: "القوات الروسية", nameEn: "Military Forces of Russia",
            kind: .foreignState,
            formsAr: ["الطيران الروسي", "القوات الروسية", "سلاح الجو الروسي", "الطائرات الروسية",
                      "طائرات روسية", "الجيش الروسي", "القوات الجوية الروسية",
                      "القوات الجوية الفضائية الروسية", "المقاتلات الروسية", "طيران روسي"]),
        ActorInfo(
            slug: "coalition", nameAr: "التحالف الدولي", nameEn: "Global Coalition Against Daesh",
            kind: .foreignState,
            formsAr: ["التحالف الدولي", "طيران التحالف", "طائرات التحالف", "التحالف الدولي بقيادة واشنطن",
                      "التحالف الدولي بقيادة الولايات المتحدة", "التحالف بقيادة واشنطن",
                      "التحالف الذي تقوده واشنطن", "التحالف الذي تقوده الولايات المتحدة",
                      "قوات التحالف", "التحالف"]),
        ActorInfo(
            slug: "usa", nameAr: "القوات الأمريكية", nameEn: "Military Forces of the United States",
            kind: .foreignState,
            formsAr: ["القوات الأمريكية", "القوات الأميركية", "الطيران الأمريكي", "الطيران الأميركي",
                      "الجيش الأمريكي", "الجيش الأميركي", "طائرات أمريكية", "طائرات أميركية"]),
        ActorInfo(
            slug: "sdf", nameAr: "قوات سوريا الديمقراطية", nameEn: "SDF: Syrian Democratic Forces",
            kind: .rebel,
            formsAr: ["قوات سوريا الديمقراطية", "قوات سورية الديمقراطية", "قسد", "المليشيات الكردية",
                      "الميليشيات الكردية", "وحدات حماية الشعب", "الوحدات الكردية", "القوات الكردية",
                      "مليشيات قسد", "ميليشيات قسد", "مليشيا قسد", "ميليشيا قسد"]),
        ActorInfo(
            slug: "isis", nameAr: "تنظيم الدولة الإسلامية", nameEn: "Islamic State (Syria)",
            kind: .jihadist,
            formsAr: ["داعش", "تنظيم الدولة الإسلامية", "تنظيم الدولة", "الدولة الإسلامية",
                      "تنظيم داعش", "مسلحي داعش", "عناصر داعش"]),
        ActorInfo(
            slug: "hts", nameAr: "هيئة تحرير الشام", nameEn: "Hayat Tahrir al-Sham",
            kind: .jihadist,
            formsAr: ["هيئة تحرير الشام", "جبهة النصرة", "جبهة فتح الشام", "النصرة", "تحرير الشام"]),
        ActorInfo(
            slug: "opposition", nameAr: "فصائل المعارضة", nameEn: "Opposition Rebels (Syria)",
            kind: .rebel,
            formsAr: ["فصائل المعارضة", "الجيش الحر", "الجيش السوري الحر", "الفصائل المقاتلة",
                      "الجيش الوطني السوري", "المعارضة المسلحة", "فصائل مقاتلة", "الفصائل المعارضة",
                      "المعارضة السورية المسلحة", "فصائل الجيش الحر", "الثوار", "مقاتلي المعارضة",
                      "قوات المعارضة", "المعارضة"]),
        ActorInfo(
            slug: "turkey", nameAr: "القوات التركية", nameEn: "Military Forces of Turkey",
            kind: .foreignState,
            formsAr: ["القوات التركية", "الجيش التركي", "الطيران التركي", "الطائرات التركية",
                      "المدفعية التركية"]),
        ActorInfo(
            slug: "hezbollah", nameAr: "حزب الله", nameEn: "Hezbollah", kind: .militia,
            formsAr: ["حزب الله", "حزب الله اللبناني", "ميليشيا حزب الله", "مليشيا حزب الله"]),
        ActorInfo(
            slug: "iran", nameAr: "القوات الإيرانية", nameEn: "Military Forces of Iran",
            kind: .foreignState,
            formsAr: ["القوات الإيرانية", "الحرس الثوري", "الحرس الثوري الإيراني",
                      "الميليشيات الإيرانية", "المليشيات الإيرانية"]),
        ActorInfo(
            slug: "israel", nameAr: "الجيش الإسرائيلي", nameEn: "Military Forces of Israel",
            kind: .foreignState,
            formsAr: ["الطيران الإسرائيلي", "الجيش الإسرائيلي", "الطائرات الإسرائيلية",
                      "إسرائيل", "جيش الاحتلال الإسرائيلي", "المقاتلات الإسرائيلية"]),
        ActorInfo(
            slug: "ahrar_al_sham", nameAr: "حركة أحرار الشام", nameEn: "Ahrar al-Sham", kind: .rebel,
            formsAr: ["أحرار الشام", "حركة أحرار الشام", "حركة أحرار الشام الإسلامية"]),
        ActorInfo(
            slug: "jaish_al_islam", nameAr: "جيش الإسلام", nameEn: "Jaish al-Islam", kind: .rebel,
            formsAr: ["جيش الإسلام"]),
        ActorInfo(
            slug: "iraqi_militias", nameAr: "الميليشيات العراقية", nameEn: "Iraqi militias",
            kind: .militia,
            formsAr: ["الميليشيات العراقية", "المليشيات العراقية", "الحشد الشعبي"]),
        ActorInfo(
            slug: "ndf", nameAr: "الدفاع الوطني", nameEn: "National Defence Forces", kind: .militia,
            formsAr: ["الدفاع الوطني", "قوات الدفاع الوطني", "الشبيحة", "ميليشيا الدفاع الوطني"]),
        ActorInfo(
            slug: "unknown", nameAr: "مجهول", nameEn: "Unidentified Armed Group (Syria)",
            kind: .unknown,
            formsAr: ["طائرات مجهولة", "طائرات مجهولة الهوية", "مسلحون مجهولون", "مسلحين مجهولين",
                      "مجهولون", "مجهولين", "طائرات حربية", "طيران حربي", "طائرات حربية مجهولة"]),
    ]

    /// Slug → actor.
    public static let bySlug: [String: ActorInfo] = Dictionary(
        all.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
}
