package l10n

// Wording of the trade package's enums, keyed by their String identifiers.

// Units labels trade count units with the plural noun used after a number
// (Russian: the genitive plural, the form after 5–20 and most large round
// numbers; see CountForms for the forms by plural category).
var Units = Table{
	"persons":      {"persons", "người", "человек"},
	"visitors":     {"visitors", "lượt khách", "посетителей"},
	"scholarships": {"scholarships", "suất học bổng", "стипендий"},
	"tonnes":       {"tonnes", "tấn", "тонн"},
	"barrels":      {"barrels", "thùng", "баррелей"},
	"projects":     {"projects", "dự án", "проектов"},
	"flights":      {"flights", "chuyến bay", "рейсов"},
	"students":     {"students", "sinh viên", "студентов"},
}

// CountForms gives the Russian noun of each count unit by CLDR plural
// category (one, few, many, other), and the English singular and plural.
var CountForms = map[string]struct{ EnOne, EnOther, RuOne, RuFew, RuMany, RuOther string }{
	"persons":      {"person", "persons", "человек", "человека", "человек", "человека"},
	"visitors":     {"visitor", "visitors", "посетитель", "посетителя", "посетителей", "посетителя"},
	"scholarships": {"scholarship", "scholarships", "стипендия", "стипендии", "стипендий", "стипендии"},
	"tonnes":       {"tonne", "tonnes", "тонна", "тонны", "тонн", "тонны"},
	"barrels":      {"barrel", "barrels", "баррель", "барреля", "баррелей", "барреля"},
	"projects":     {"project", "projects", "проект", "проекта", "проектов", "проекта"},
	"flights":      {"flight", "flights", "рейс", "рейса", "рейсов", "рейса"},
	"students":     {"student", "students", "студент", "студента", "студентов", "студента"},
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
