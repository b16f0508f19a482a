"""Word lists, named regions and foreign places for scripts/mine-places (issue #13):
the normalisation of Arabic words and every list the miner and its filters use."""
import re

HARAKAT = re.compile('[\u064B-\u0652\u0670\u0640]')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ى': 'ي', 'ة': 'ه', '_': ' ', '#': ' '})
TOKEN = re.compile(r'[\u0621-\u064A]+|[A-Za-z0-9\u0660-\u0669]+|[^\s\w]')
ARABIC_WORD = re.compile(r'^[\u0621-\u064A]+$')


def norm(s):
    return HARAKAT.sub('', s).translate(FOLD)


def nphrase(s):
    return ' '.join(TOKEN.findall(norm(s)))


KINDS = {norm(k): k for k in 'قرية بلدة حي مخيم مدينة منطقة مزرعة ضاحية مطار ناحية'.split()}
CONTAINERS = {norm(k) for k in 'ريف مدينة محافظة منطقة ناحية بلدة قرية العاصمة'.split()}
DIRS = {norm(d) for d in 'شمال جنوب شرق غرب شمالي جنوبي شرقي غربي'.split()}
DIR_ADJ = {norm(d) for d in 'الشمالي الجنوبي الشرقي الغربي'.split()}
NEAR = {norm(w) for w in 'قرب قرابة عند جوار محيط أطراف'.split()}
LINKS = {norm(w) for w in 'التابعة التابع الواقعة الواقع'.split()}
STOP_NAME_AT = {norm(w) for w in (
    'و في من على إلى الى عن عند مع بين قرب قرابة بالقرب ضمن داخل خارج حيث بعد قبل منذ '
    'التي الذي الذين اللتين التابعة التابع الواقعة الواقع المحاذية المجاورة القريبة '
    'المحيطة الحدودية أمس اليوم الليلة صباح مساء فجر حتى نحو أو ثم كما وسط أطراف محيط '
    'جوار ريف').split()} | DIRS
# Words that cannot be (part of) a place name: generic nouns, adjectives, actors, numbers.
STOP = {norm(w) for w in (
    'المدينة القرية المنطقة البلدة الحي المخيم المزرعة الناحية المحافظة الضاحية المطار '
    'العاصمة الريف مدينة قرية منطقة بلدة حي مخيم ريف محافظة ناحية مزرعة مطار القرى البلدات '
    'الشمالي الجنوبي الشرقي الغربي الشمالية الجنوبية الشرقية الغربية الوسطى الأولى الثانية '
    'الثالثة الأخرى أخرى القديمة الجديدة الصغيرة الكبيرة الكبرى الصغرى النائية المحاصرة '
    'المحررة المدمرة السكنية الصناعية الحدودية الواقعة التابعة المحاذية المجاورة القريبة '
    'المحيطة التي الذي الذين هذه هذا تلك ذلك نفسها نفسه كاملة كلها بأكملها بالكامل واحدة '
    'داعش النظام الجيش القوات قوات المعارضة الفصائل الميليشيات المليشيات التنظيم الدولة '
    'الإسلامية الحر النصرة حزب الله الأسد الروسي الروسية التركي التركية الأمريكي الأمريكية '
    'الكردية الأكراد السوري السورية سوريا سورية العراقية اللبنانية الأردنية الفلسطينية '
    'الإسرائيلية المسلحة المسلحين الإرهابيين الحكومية المدنيين واحد اثنين ثلاث ثلاثة أربع '
    'خمس عشر عشرات مئات آلاف عدد عدة بعض كل جميع معظم أكثر أقل نحو حوالي قد لقد كان كانت '
    'يوم أمس اليوم غدا الليلة صباح مساء الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت '
    'شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط المركز مركز الريفي الريفية العسكرية '
    'العسكري عسكرية عسكري الدولي الدولية إثر خلال عقب بعد قبل حيث أن إن لا لم لن ما ولا '
    'وقد وكان هي هو هم التابعين المهجرين النازحين اللاجئين الفلسطينيين للاجئين الحدود '
    'الحدودي المحتلة المنكوبة الساحلية الأثرية التاريخية المقدسة المنورة الرياضية الجامعية '
    'الطبية الإعلامية الدبلوماسية الخضراء الحمراء المنكوب مثل آخر السلاح التوتر العمليات '
    'قرى بلدات قريتي بلدتي أحياء حيي مخيمي مدن مدينتي مناطق المتصل المتصلة استراتيجيين '
    'إستراتيجيين رئيسيين استراتيجية إستراتيجية استراتيجي').split()}
# Adjectives after a name («بلدتي كفريا والفوعة المواليتين للنظام بريف إدلب»): they end the
# name and are skipped before the anchor.
TRAIL = {norm(w) for w in (
    'الاستراتيجية الاستراتيجي الإستراتيجية الموالية الموالي المواليتين الشيعيتين الشيعية '
    'المتاخمة المتاخمتين المتاخم المعزولة الشعبي المحاصرة المحاصرتين المحاصر المجاور المجاورة المحاذية المحاذي القريبة القريب الخاضعة '
    'للنظام للمعارضة للحكومة الحدودية الحدودي المحررة الكردية الدرزية العلوية المسيحية '
    'السنية الأثرية السكنية الزراعية العسكري العسكرية السورية التركية اللبنانية الأردنية '
    'العراقية السوري الشهيرة النائية المنكوبة المدمرة المحاذيتين الواقعتين').split()}
# First words of names that never stand alone: «تل واسط» is one name, not «تل» and «اسط».
NAME_HEADS = {norm(w) for w in 'تل تلة عين كفر دير بيت خربة جسر رأس راس أم ام أبو ابو قصر حوش بئر بير مزرعة عرب جبل سد'.split()}
VWORDS = {norm(w) for w in 'وادي ورد وردة'.split()}  # names that really begin with و
PREPS_B = {norm(w) for w in 'في من على الى إلى عن نحو باتجاه'.split()}


# Named regions: name_ar, name_en, governorate, aliases_ar, known point (lat, lon).
REGIONS = [
    ('الغوطة الشرقية', 'Eastern Ghouta', 'SY03', 'غوطة دمشق الشرقية', 33.55, 36.40),
    ('الغوطة الغربية', 'Western Ghouta', 'SY03', 'غوطة دمشق الغربية', 33.45, 36.20),
    ('القلمون', 'Qalamoun', 'SY03', 'جبال القلمون|منطقة القلمون', 33.90, 36.60),
    ('القلمون الشرقي', 'Eastern Qalamoun', 'SY03', 'ريف القلمون الشرقي', 33.75, 36.72),
    ('القلمون الغربي', 'Western Qalamoun', 'SY03', 'ريف القلمون الغربي|جرود القلمون', 33.85, 36.35),
    ('وادي بردى', 'Wadi Barada', 'SY03', '', 33.65, 36.10),
    ('ريف دمشق الغربي', 'Western Rif Dimashq', 'SY03', 'ريف العاصمة الغربي', 33.50, 36.10),
    ('ريف دمشق الجنوبي', 'Southern Rif Dimashq', 'SY03', 'ريف العاصمة الجنوبي', 33.40, 36.30),
    ('ريف دمشق الشرقي', 'Eastern Rif Dimashq', 'SY03', 'ريف العاصمة الشرقي', 33.55, 36.60),
    ('ريف دمشق الشمالي', 'Northern Rif Dimashq', 'SY03', '', 33.70, 36.40),
    ('جنوب دمشق', 'Southern Damascus', 'SY01', 'جنوب العاصمة|جنوبي دمشق', 33.46, 36.31),
    ('ريف حلب الشمالي', 'Northern Aleppo countryside', 'SY02', '', 36.50, 37.10),
    ('ريف حلب الجنوبي', 'Southern Aleppo countryside', 'SY02', '', 35.95, 37.05),
    ('ريف حلب الغربي', 'Western Aleppo countryside', 'SY02', '', 36.20, 36.90),
    ('ريف حلب الشرقي', 'Eastern Aleppo countryside', 'SY02', '', 36.20, 37.80),
    ('ريف حلب الشمالي الشرقي', 'Northeastern Aleppo countryside', 'SY02', '', 36.60, 37.90),
    ('ريف إدلب الشمالي', 'Northern Idlib countryside', 'SY07', '', 36.05, 36.70),
    ('ريف إدلب الجنوبي', 'Southern Idlib countryside', 'SY07', '', 35.60, 36.65),
    ('ريف إدلب الغربي', 'Western Idlib countryside', 'SY07', '', 35.85, 36.40),
    ('ريف إدلب الشرقي', 'Eastern Idlib countryside', 'SY07', '', 35.80, 36.95),
    ('ريف حماة الشمالي', 'Northern Hama countryside', 'SY05', '', 35.30, 36.65),
    ('ريف حماة الجنوبي', 'Southern Hama countryside', 'SY05', '', 34.97, 36.65),
    ('ريف حماة الغربي', 'Western Hama countryside', 'SY05', '', 35.15, 36.40),
    ('ريف حماة الشرقي', 'Eastern Hama countryside', 'SY05', '', 35.20, 37.20),
    ('ريف حمص الشمالي', 'Northern Homs countryside', 'SY04', '', 34.87, 36.68),
    ('ريف حمص الشرقي', 'Eastern Homs countryside', 'SY04', '', 34.60, 37.60),
    ('ريف حمص الغربي', 'Western Homs countryside', 'SY04', '', 34.65, 36.45),
    ('ريف حمص الجنوبي', 'Southern Homs countryside', 'SY04', '', 34.50, 36.65),
    ('ريف درعا الشرقي', 'Eastern Daraa countryside', 'SY12', '', 32.75, 36.35),
    ('ريف درعا الغربي', 'Western Daraa countryside', 'SY12', '', 32.82, 36.03),
    ('ريف درعا الشمالي', 'Northern Daraa countryside', 'SY12', '', 33.10, 36.20),
    ('ريف درعا الجنوبي', 'Southern Daraa countryside', 'SY12', '', 32.60, 36.10),
    ('ريف اللاذقية الشمالي', 'Northern Latakia countryside', 'SY06', '', 35.80, 36.05),
    ('ريف اللاذقية الشرقي', 'Eastern Latakia countryside', 'SY06', '', 35.60, 36.20),
    ('ريف القنيطرة', 'Quneitra countryside', 'SY14', 'ريف القنيطرة الشمالي|ريف القنيطرة الجنوبي', 33.05, 35.85),
    ('ريف السويداء الشرقي', 'Eastern Suwayda countryside', 'SY13', '', 32.75, 36.85),
    ('ريف السويداء الغربي', 'Western Suwayda countryside', 'SY13', '', 32.75, 36.45),
    ('ريف دير الزور الشرقي', 'Eastern Deir ez-Zor countryside', 'SY09', '', 34.75, 40.60),
    ('ريف دير الزور الغربي', 'Western Deir ez-Zor countryside', 'SY09', '', 35.40, 39.90),
    ('ريف دير الزور الشمالي', 'Northern Deir ez-Zor countryside', 'SY09', '', 35.50, 40.30),
    ('ريف الرقة', 'Raqqa countryside', 'SY11', '', 35.95, 38.95),
    ('ريف الرقة الشمالي', 'Northern Raqqa countryside', 'SY11', '', 36.35, 38.95),
    ('ريف الرقة الغربي', 'Western Raqqa countryside', 'SY11', '', 35.90, 38.60),
    ('ريف الرقة الشرقي', 'Eastern Raqqa countryside', 'SY11', '', 35.90, 39.30),
    ('ريف الحسكة', 'Hasakah countryside', 'SY08', 'ريف الحسكة الجنوبي|ريف الحسكة الشمالي', 36.50, 40.80),
    ('جبل الزاوية', 'Jabal al-Zawiya', 'SY07', '', 35.75, 36.55),
    ('جبل الأكراد', 'Jabal al-Akrad', 'SY06', 'جبل الاكراد', 35.72, 36.15),
    ('جبل التركمان', 'Jabal al-Turkman', 'SY06', 'جبل التركمان|جبل تركمان', 35.82, 36.00),
    ('سهل الغاب', 'Sahl al-Ghab', 'SY05', 'الغاب', 35.60, 36.35),
    ('البادية السورية', 'Syrian Desert (Badia)', 'SY04', 'البادية|بادية الشام|بادية حمص', 34.60, 38.30),
    ('حوض اليرموك', 'Yarmouk Basin', 'SY12', 'وادي اليرموك', 32.75, 35.93),
    ('حوران', 'Hauran', 'SY12', 'سهل حوران', 32.75, 36.15),
    ('الحولة', 'Al-Houla', 'SY04', 'منطقة الحولة|سهل الحولة', 34.88, 36.52),
    ('اللجاة', 'Al-Lajat', 'SY12', 'منطقة اللجاة', 33.00, 36.45),
    ('منطقة عفرين', 'Afrin region', 'SY02', 'ريف عفرين', 36.55, 36.80),
    ('منطقة منبج', 'Manbij region', 'SY02', 'ريف منبج', 36.52, 37.95),
    ('شرق الفرات', 'East of the Euphrates', 'SY09', 'شرقي الفرات|شرق نهر الفرات', 35.80, 40.30),
    ('غرب الفرات', 'West of the Euphrates', 'SY02', 'غربي الفرات|غرب نهر الفرات', 36.40, 37.50),
    ('المنطقة الجنوبية', 'Southern Syria (Daraa/Quneitra/Suwayda)', 'SY12', 'الجنوب السوري|جنوب سوريا|جنوبي سوريا|جنوب سورية|جنوبي سورية', 32.85, 36.20),
    ('شمال سوريا', 'Northern Syria', 'SY02', 'شمالي سوريا|شمال سورية|شمالي سورية|الشمال السوري', 36.40, 37.50),
    ('شمال غرب سوريا', 'Northwest Syria', 'SY07', 'شمال غربي سوريا|شمال غرب سورية|شمال غربي سورية', 35.90, 36.60),
    ('شمال شرق سوريا', 'Northeast Syria', 'SY08', 'شمال شرقي سوريا|شمال شرق سورية|شمال شرقي سورية', 36.60, 40.90),
    ('شرق سوريا', 'Eastern Syria', 'SY09', 'شرقي سوريا|شرق سورية|شرقي سورية', 35.00, 40.30),
    ('منطقة درع الفرات', 'Euphrates Shield area', 'SY02', 'مناطق درع الفرات', 36.50, 37.40),
    ('الجزيرة السورية', 'Jazira', 'SY08', 'منطقة الجزيرة', 36.60, 40.90),
    ('الساحل السوري', 'Syrian coast', 'SY06', '', 35.30, 35.95),
    ('جبل العرب', 'Jabal al-Arab', 'SY13', 'جبل الدروز', 32.70, 36.70),
    ('جبل الشيخ', 'Mount Hermon', 'SY03', '', 33.40, 35.85),
    ('ريف جسر الشغور', 'Jisr al-Shughur countryside', 'SY07', '', 35.80, 36.30),
    ('ريف معرة النعمان', 'Maarat al-Numan countryside', 'SY07', '', 35.65, 36.70),
]

# Foreign places: name_ar, country, name_en, aliases_ar, counted (| forms), note. Only the
# "counted" forms are counted when the bare name is also a common word or a Syrian place.
FOREIGN = [
    ('هاتاي', 'Turkey', 'Hatay', 'ولاية هاتاي|لواء اسكندرون|لواء الإسكندرون', '', ''),
    ('أنطاكية', 'Turkey', 'Antakya', 'انطاكيا|أنطاكيا', '', ''),
    ('الريحانية', 'Turkey', 'Reyhanli', '', '', ''),
    ('إسكندرون', 'Turkey', 'Iskenderun', 'الإسكندرونة|اسكندرونة', '', ''),
    ('كلس', 'Turkey', 'Kilis', 'كيليس', '', ''),
    ('غازي عنتاب', 'Turkey', 'Gaziantep', 'عنتاب|غازي عينتاب|غازي انتيب', '', ''),
    ('شانلي أورفة', 'Turkey', 'Sanliurfa', 'أورفة|اورفا|أورفا|شانلي اورفا', '', ''),
    ('سروج', 'Turkey', 'Suruc', '', '', ''),
    ('أقجة قلعة', 'Turkey', 'Akcakale', 'أكجه قلعة|أقجه قلعة|اقجة قلعة|أكجاكالي', '', ''),
    ('جيلان بينار', 'Turkey', 'Ceylanpinar', 'جيلانبينار', '', 'opposite Ras al-Ayn'),
    ('ويران شهر', 'Turkey', 'Viransehir', '', '', ''),
    ('ماردين', 'Turkey', 'Mardin', '', '', ''),
    ('نصيبين', 'Turkey', 'Nusaybin', '', '', 'opposite Qamishli'),
    ('باطمان', 'Turkey', 'Batman', 'بطمان', '', ''),
    ('ديار بكر', 'Turkey', 'Diyarbakir', 'دياربكر', '', ''),
    ('شرناق', 'Turkey', 'Sirnak', '', '', ''),
    ('جيزرة', 'Turkey', 'Cizre', 'الجزيرة التركية', '', ''),
    ('أضنة', 'Turkey', 'Adana', '', '', ''),
    ('إنجرليك', 'Turkey', 'Incirlik', 'انجرليك|قاعدة إنجرليك', '', ''),
    ('مرسين', 'Turkey', 'Mersin', '', '', ''),
    ('البقاع', 'Lebanon', 'Beqaa', 'سهل البقاع|البقاع الشمالي', '', ''),
    ('عرسال', 'Lebanon', 'Arsal', 'جرود عرسال', '', ''),
    ('الهرمل', 'Lebanon', 'Hermel', '', '', ''),
    ('بعلبك', 'Lebanon', 'Baalbek', '', '', ''),
    ('القاع', 'Lebanon', 'Al-Qaa', '', 'بلدة القاع|جرود القاع', 'bare «القاع» is a common word («the bottom»): count is for the qualified forms'),
    ('رأس بعلبك', 'Lebanon', 'Ras Baalbek', 'جرود رأس بعلبك', '', ''),
    ('عكار', 'Lebanon', 'Akkar', '', '', ''),
    ('وادي خالد', 'Lebanon', 'Wadi Khaled', '', '', ''),
    ('طرابلس الشام', 'Lebanon', 'Tripoli (Lebanon)', 'طرابلس اللبنانية|طرابلس شمال لبنان|طرابلس بشمال لبنان|باب التبانة|جبل محسن', '', 'use these forms; bare «طرابلس» is mostly Libya'),
    ('طرابلس', 'Libya (mostly) or Lebanon', 'Tripoli (ambiguous)', '', '', 'ambiguous: resolve by the article (ليبيا/لبنان nearby)'),
    ('صيدا', 'Lebanon', 'Sidon', 'عين الحلوة', '', 'also a town in eastern Daraa (Saida, SY12): «بلدة صيدا بريف درعا»'),
    ('الضاحية الجنوبية', 'Lebanon', 'Dahiyeh (southern Beirut)', 'ضاحية بيروت الجنوبية|الضاحية الجنوبية لبيروت', '', 'bare form can mean any southern suburb'),
    ('بيروت', 'Lebanon', 'Beirut', '', '', ''),
    ('المصنع', 'Lebanon', 'Masnaa crossing', '', 'معبر المصنع|نقطة المصنع|منفذ المصنع', 'bare «المصنع» is «the factory»: count is for the qualified forms'),
    ('شبعا', 'Lebanon', 'Shebaa', 'مزارع شبعا', '', ''),
    ('الأنبار', 'Iraq', 'Anbar', '', '', ''),
    ('نينوى', 'Iraq', 'Nineveh', 'سهل نينوى', '', ''),
    ('الموصل', 'Iraq', 'Mosul', '', '', ''),
    ('القائم', 'Iraq', 'Al-Qaim', '', 'مدينة القائم|قضاء القائم|معبر القائم|بلدة القائم', 'bare «القائم» is a common word: count is for the qualified forms'),
    ('سنجار', 'Iraq', 'Sinjar', 'جبل سنجار', '', ''),
    ('تلعفر', 'Iraq', 'Tal Afar', 'تل عفر', '', ''),
    ('البعاج', 'Iraq', 'Al-Baaj', '', '', ''),
    ('الرمادي', 'Iraq', 'Ramadi', '', '', ''),
    ('الفلوجة', 'Iraq', 'Fallujah', '', '', ''),
    ('ربيعة', 'Iraq', 'Rabia', '', 'معبر ربيعة|بلدة ربيعة|ناحية ربيعة', 'bare «ربيعة» is a personal name: count is for the qualified forms'),
    ('عانة', 'Iraq', 'Anah', '', 'عانة|قضاء عنه|مدينة عنه', 'never «عنه» alone («about him»)'),
    ('راوة', 'Iraq', 'Rawa', '', '', ''),
    ('حديثة', 'Iraq', 'Haditha', '', 'مدينة حديثة|قضاء حديثة|سد حديثة', 'bare «حديثة» is «recent»: count is for the qualified forms'),
    ('الرطبة', 'Iraq', 'Rutba', '', '', ''),
    ('الوليد', 'Iraq', 'Al-Walid crossing', '', 'معبر الوليد|منفذ الوليد', 'bare «الوليد» is a personal name: count is for the qualified forms'),
    ('فيشخابور', 'Iraq', 'Faysh Khabur', 'فيش خابور|معبر فيشخابور', '', 'opposite Semalka (Syria)'),
    ('دهوك', 'Iraq', 'Duhok', '', '', ''),
    ('أربيل', 'Iraq', 'Erbil', 'اربيل', '', ''),
    ('بغداد', 'Iraq', 'Baghdad', '', '', ''),
    ('الرمثا', 'Jordan', 'Ramtha', '', '', ''),
    ('المفرق', 'Jordan', 'Mafraq', '', '', ''),
    ('الزعتري', 'Jordan', 'Zaatari camp', 'مخيم الزعتري', '', ''),
    ('مخيم الأزرق', 'Jordan', 'Azraq camp', '', 'مخيم الأزرق', 'bare «الأزرق» is «blue»'),
    ('الزرقاء', 'Jordan', 'Zarqa', '', '', 'also «the blue» (feminine)'),
    ('إربد', 'Jordan', 'Irbid', 'اربد', '', ''),
    ('معبر جابر', 'Jordan', 'Jaber crossing', '', 'معبر جابر', 'opposite Nasib (Syria, SY12)'),
    ('الركبان', 'Syria-Jordan border (berm)', 'Rukban camp', 'مخيم الركبان', '', 'on the Syrian side of the berm, Homs governorate (SY04)'),
    ('الجولان المحتل', 'Israel (occupied Golan)', 'Occupied Golan', 'الجولان السوري المحتل|هضبة الجولان المحتلة', '', ''),
    ('الجولان', 'Israel (occupied) / Syria', 'Golan Heights', 'هضبة الجولان|مرتفعات الجولان', '', 'bare form may mean Syrian Quneitra side'),
    ('مجدل شمس', 'Israel (occupied Golan)', 'Majdal Shams', '', '', ''),
    ('طبريا', 'Israel', 'Tiberias', '', '', ''),
    ('حيفا', 'Israel', 'Haifa', '', '', ''),
]


# An article is mined when a word contains «سوري» or is one of these.
SYRIA_CUES = {norm(w) for w in 'بريف ريف وريف لريف الغوطة بالغوطة'.split()}

LIST_KINDS = {norm(k): v for k, v in (
    ('قرى', 'قرية'), ('بلدات', 'بلدة'), ('قريتي', 'قرية'), ('بلدتي', 'بلدة'), ('أحياء', 'حي'),
    ('حيي', 'حي'), ('مخيمي', 'مخيم'), ('مدن', 'مدينة'), ('منطقتي', 'منطقة'), ('مدينتي', 'مدينة'), ('مناطق', 'منطقة'))}
