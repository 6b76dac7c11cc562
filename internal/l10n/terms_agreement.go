package l10n

// Wording of the agreement package's enums, keyed by their String
// identifiers.

// PartyKinds labels agreement.PartyKind.
var PartyKinds = Table{
	"state":        {"state", "quốc gia", "государство"},
	"organisation": {"organisation", "tổ chức", "организация"},
}

// Organisations names the organisations agreement.Party knows, as the
// Vietnamese and Russian foreign ministries write them.
var Organisations = Table{
	"ASEAN":     {"ASEAN", "ASEAN", "АСЕАН"},
	"EAEU":      {"Eurasian Economic Union", "Liên minh Kinh tế Á-Âu", "Евразийский экономический союз"},
	"EEC":       {"Eurasian Economic Commission", "Ủy ban Kinh tế Á-Âu", "Евразийская экономическая комиссия"},
	"SCO":       {"Shanghai Cooperation Organisation", "Tổ chức Hợp tác Thượng Hải", "Шанхайская организация сотрудничества"},
	"BRICS":     {"BRICS", "BRICS", "БРИКС"},
	"APEC":      {"APEC", "APEC", "АТЭС"},
	"EAS":       {"East Asia Summit", "Hội nghị Cấp cao Đông Á", "Восточноазиатский саммит"},
	"ARF":       {"ASEAN Regional Forum", "Diễn đàn Khu vực ASEAN", "Региональный форум АСЕАН"},
	"ADMM-Plus": {"ASEAN Defence Ministers' Meeting-Plus", "Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng", "Совещание министров обороны АСЕАН плюс"},
	"UN":        {"United Nations", "Liên hợp quốc", "Организация Объединённых Наций"},
	"EU":        {"European Union", "Liên minh châu Âu", "Европейский союз"},
	"CIS":       {"Commonwealth of Independent States", "Cộng đồng các Quốc gia Độc lập", "Содружество Независимых Государств"},
	"WTO":       {"World Trade Organization", "Tổ chức Thương mại Thế giới", "Всемирная торговая организация"},
	"G20":       {"G20", "G20", "«Группа двадцати»"},
}

// Stances labels agreement.Stance as a verb phrase in the tense the
// communiqués of each language use: English past tense; Vietnamese verbs,
// which do not inflect ("ghi nhận" for acknowledge, "lưu ý" for note, as
// the Vietnamese Ministry of Foreign Affairs renders them); Russian past
// tense but for the stances Russian communiqués write in the present
// ("придают большое значение", "считают").
var Stances = Table{
	"unknown":              {"no stated stance", "không nêu lập trường", "позиция не выражена"},
	"agree":                {"agreed", "nhất trí", "договорились"},
	"welcome":              {"welcomed", "hoan nghênh", "приветствовали"},
	"support":              {"supported", "ủng hộ", "поддержали"},
	"oppose":               {"opposed", "phản đối", "выступили против"},
	"note":                 {"noted", "lưu ý", "отметили"},
	"acknowledge":          {"acknowledged", "ghi nhận", "признали"},
	"emphasise":            {"emphasised", "nhấn mạnh", "подчеркнули"},
	"reaffirm":             {"reaffirmed", "tái khẳng định", "подтвердили"},
	"commit":               {"committed", "cam kết", "обязались"},
	"consent":              {"consented", "đồng ý", "согласились"},
	"express-satisfaction": {"expressed satisfaction", "bày tỏ hài lòng", "выразили удовлетворение"},
	"recognise":            {"recognised", "công nhận", "констатировали"},
	"call-on":              {"called on", "kêu gọi", "призвали"},
	"condemn":              {"condemned", "lên án", "осудили"},
	"pledge":               {"pledged", "cam kết", "заявили о готовности"},
	"decide":               {"decided", "quyết định", "приняли решение"},
	"discuss":              {"discussed", "thảo luận", "обсудили"},
	"share-view":           {"shared the view", "chia sẻ quan điểm", "сошлись во мнении"},
	"believe":              {"believed", "cho rằng", "считают"},
	"attach-importance":    {"attached importance", "coi trọng", "придают большое значение"},
	"express-willingness":  {"expressed willingness", "bày tỏ sẵn sàng", "выразили готовность"},
	"intend":               {"will continue", "sẽ tiếp tục", "продолжат"},
	"express-concern":      {"expressed concern", "bày tỏ quan ngại", "выразили обеспокоенность"},
	"express-appreciation": {"expressed appreciation", "đánh giá cao", "выразили признательность"},
	"congratulate":         {"congratulated", "chúc mừng", "поздравили"},
	"encourage":            {"encouraged", "khuyến khích", "поощряют"},
	"express-hope":         {"expressed hope", "bày tỏ hy vọng", "выразили надежду"},
	"instruct":             {"instructed", "giao nhiệm vụ", "поручили"},
}

// Topics labels agreement.Topic.
var Topics = Table{
	"unknown":       {"other", "khác", "прочее"},
	"politics":      {"politics", "chính trị", "политика"},
	"trade":         {"trade", "thương mại", "торговля"},
	"investment":    {"investment", "đầu tư", "инвестиции"},
	"finance":       {"finance", "tài chính", "финансы"},
	"energy":        {"energy", "năng lượng", "энергетика"},
	"oil-gas":       {"oil and gas", "dầu khí", "нефть и газ"},
	"nuclear":       {"nuclear", "năng lượng hạt nhân", "атомная энергетика"},
	"industry":      {"industry", "công nghiệp", "промышленность"},
	"agriculture":   {"agriculture", "nông nghiệp", "сельское хозяйство"},
	"transport":     {"transport", "giao thông vận tải", "транспорт"},
	"science":       {"science and technology", "khoa học và công nghệ", "наука и технологии"},
	"education":     {"education and training", "giáo dục và đào tạo", "образование"},
	"culture":       {"culture and people-to-people exchange", "văn hóa và giao lưu nhân dân", "культура и гуманитарные обмены"},
	"tourism":       {"tourism", "du lịch", "туризм"},
	"health":        {"health", "y tế", "здравоохранение"},
	"defence":       {"defence", "quốc phòng", "оборона"},
	"security":      {"security", "an ninh", "безопасность"},
	"maritime":      {"maritime issues", "vấn đề biển", "морские вопросы"},
	"regional":      {"regional and multilateral cooperation", "hợp tác khu vực và đa phương", "региональное и многостороннее сотрудничество"},
	"legal":         {"legal framework", "khuôn khổ pháp lý", "правовая база"},
	"humanitarian":  {"humanitarian cooperation", "hợp tác nhân đạo", "гуманитарное сотрудничество"},
	"digital":       {"digital transformation", "chuyển đổi số", "цифровая трансформация"},
	"localities":    {"cooperation between localities", "hợp tác địa phương", "межрегиональное сотрудничество"},
	"commemoration": {"anniversaries", "kỷ niệm", "памятные даты"},
}

// InstrumentKinds labels agreement.InstrumentKind.
var InstrumentKinds = Table{
	"unknown":          {"instrument", "văn kiện", "документ"},
	"treaty":           {"treaty", "hiệp ước", "договор"},
	"convention":       {"convention", "công ước", "конвенция"},
	"agreement":        {"agreement", "hiệp định", "соглашение"},
	"fta":              {"free trade agreement", "hiệp định thương mại tự do", "соглашение о свободной торговле"},
	"declaration":      {"declaration", "tuyên bố", "декларация"},
	"code-of-conduct":  {"code of conduct", "bộ quy tắc ứng xử", "кодекс поведения"},
	"mou":              {"memorandum of understanding", "bản ghi nhớ", "меморандум о взаимопонимании"},
	"plan-of-action":   {"plan of action", "kế hoạch hành động", "план действий"},
	"joint-statement":  {"joint statement", "tuyên bố chung", "совместное заявление"},
	"joint-communique": {"joint communiqué", "thông cáo chung", "совместное коммюнике"},
	"charter":          {"charter", "hiến chương", "устав"},
}

// CommuniqueKinds labels agreement.CommuniqueKind.
var CommuniqueKinds = Table{
	"unknown":           {"document", "văn bản", "документ"},
	"joint-communique":  {"joint communiqué", "thông cáo chung", "совместное коммюнике"},
	"joint-statement":   {"joint statement", "tuyên bố chung", "совместное заявление"},
	"joint-declaration": {"joint declaration", "tuyên bố chung", "совместная декларация"},
	"news-report":       {"news report", "bản tin", "новостное сообщение"},
}

// MentionKinds labels agreement.MentionKind.
var MentionKinds = Table{
	"unknown":    {"mention", "đề cập", "упоминание"},
	"date":       {"date", "ngày tháng", "дата"},
	"figure":     {"figure", "số liệu", "показатель"},
	"rate":       {"rate", "tỷ lệ", "темп"},
	"instrument": {"instrument", "văn kiện", "документ"},
	"party":      {"party", "bên", "сторона"},
	"place":      {"place", "địa điểm", "место"},
}

// MilestoneKinds labels agreement.MilestoneKind.
var MilestoneKinds = Table{
	"unknown":              {"milestone", "dấu mốc", "веха"},
	"diplomatic-relations": {"establishment of diplomatic relations", "thiết lập quan hệ ngoại giao", "установление дипломатических отношений"},
	"upgrade":              {"upgrade of relations", "nâng cấp quan hệ", "повышение уровня отношений"},
}

// Levels labels partnership levels by their identifiers. Vietnamese
// capitalises the framework's name as the Ministry of Foreign Affairs
// writes it ("quan hệ Đối tác chiến lược toàn diện"); English and Russian
// write it in lower case.
var Levels = Table{
	"comprehensive-partnership":                       {"comprehensive partnership", "Đối tác toàn diện", "всеобъемлющее партнёрство"},
	"strategic-partnership":                           {"strategic partnership", "Đối tác chiến lược", "стратегическое партнёрство"},
	"extensive-strategic-partnership":                 {"extensive strategic partnership", "Đối tác chiến lược sâu rộng", "широкое стратегическое партнёрство"},
	"strategic-cooperative-partnership":               {"strategic cooperative partnership", "Đối tác hợp tác chiến lược", "отношения стратегического сотрудничества"},
	"comprehensive-strategic-partnership":             {"comprehensive strategic partnership", "Đối tác chiến lược toàn diện", "всеобъемлющее стратегическое партнёрство"},
	"comprehensive-strategic-cooperative-partnership": {"comprehensive strategic cooperative partnership", "Đối tác hợp tác chiến lược toàn diện", "всеобъемлющее стратегическое партнёрство и сотрудничество"},
	"special-relationship":                            {"special relationship", "quan hệ đặc biệt", "особые отношения"},
}

// Clauses is the noun for the clauses of a communiqué ("provisions" in
// Russian diplomatic usage: "положение"), for counts: "56 clauses",
// "56 điều khoản", "56 положений".
var Clauses = Noun{"clause", "clauses", "điều khoản", "положение", "положения", "положений", "положения", "положения", "положений"}
