package l10n

// Wording of the trade package's enums, keyed by their String identifiers.

// Units labels trade count units with the plural noun used after a number
// (Russian: the genitive plural, the form after 5–20 and most large round
// numbers; see CountForms for the forms by plural category).
var Units = Table{
	"persons":      {"people", "người", "человек"},
	"visitors":     {"visitors", "lượt khách", "посетителей"},
	"scholarships": {"scholarships", "suất học bổng", "стипендий"},
	"tonnes":       {"tonnes", "tấn", "тонн"},
	"barrels":      {"barrels", "thùng", "баррелей"},
	"projects":     {"projects", "dự án", "проектов"},
	"flights":      {"flights", "chuyến bay", "рейсов"},
	"students":     {"students", "sinh viên", "студентов"},
	"document":     {"documents", "văn kiện", "документов"},
	"agreement":    {"agreements", "hiệp định", "соглашений"},
	"aircraft":     {"aircraft", "máy bay", "самолетов"},
}

// CountForms gives the noun of each trade count unit in the forms a number
// selects (see [Noun]).
var CountForms = map[string]Noun{
	"persons":      {"person", "people", "người", "человек", "человека", "человек", "человека", "человека", "человек"},
	"visitors":     {"visitor", "visitors", "lượt khách", "посетитель", "посетителя", "посетителей", "посетителя", "посетителя", "посетителей"},
	"scholarships": {"scholarship", "scholarships", "suất học bổng", "стипендия", "стипендии", "стипендий", "стипендии", "стипендии", "стипендий"},
	"tonnes":       {"tonne", "tonnes", "tấn", "тонна", "тонны", "тонн", "тонны", "тонны", "тонн"},
	"barrels":      {"barrel", "barrels", "thùng", "баррель", "барреля", "баррелей", "барреля", "барреля", "баррелей"},
	"projects":     {"project", "projects", "dự án", "проект", "проекта", "проектов", "проекта", "проекта", "проектов"},
	"flights":      {"flight", "flights", "chuyến bay", "рейс", "рейса", "рейсов", "рейса", "рейса", "рейсов"},
	"students":     {"student", "students", "sinh viên", "студент", "студента", "студентов", "студента", "студента", "студентов"},
	"document":     {"document", "documents", "văn kiện", "документ", "документа", "документов", "документа", "документа", "документов"},
	"agreement":    {"agreement", "agreements", "hiệp định", "соглашение", "соглашения", "соглашений", "соглашения", "соглашения", "соглашений"},
	"aircraft":     {"aircraft", "aircraft", "máy bay", "самолет", "самолета", "самолетов", "самолета", "самолета", "самолетов"},
}

// Flows labels trade.Flow.
var Flows = Table{
	"export":  {"exports", "xuất khẩu", "экспорт"},
	"import":  {"imports", "nhập khẩu", "импорт"},
	"total":   {"total trade", "tổng kim ngạch thương mại", "товарооборот"},
	"balance": {"trade balance", "cán cân thương mại", "торговый баланс"},
}

// Qualifiers labels trade.Qualifier.
var Qualifiers = Table{
	"over":   {"over", "hơn", "более"},
	"under":  {"under", "dưới", "менее"},
	"about":  {"about", "khoảng", "около"},
	"nearly": {"nearly", "gần", "почти"},
}

// Severities labels trade.Severity.
var Severities = Table{
	"info":    {"note", "lưu ý", "примечание"},
	"warning": {"warning", "cảnh báo", "предупреждение"},
	"error":   {"error", "lỗi", "ошибка"},
}
