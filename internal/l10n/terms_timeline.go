package l10n

// Wording of the timeline package's enums, keyed by their String identifiers.

// Precisions labels timeline.Precision.
var Precisions = Table{
	"year":  {"year", "năm", "год"},
	"month": {"month", "tháng", "месяц"},
	"day":   {"day", "ngày", "день"},
}

// EventKinds labels timeline.Kind. Days are named as holidays are written:
// "Victory Day", "Ngày Chiến thắng", "День Победы" (the Russian name
// capitalises Победа). Vietnamese "hội đàm" is talks between counterparts,
// "hội kiến" a meeting with a leader of higher rank (a prime minister
// received by a president), as Vietnamese protocol distinguishes them.
var EventKinds = Table{
	"establishment":  {"establishment of relations", "thiết lập quan hệ", "установление отношений"},
	"signing":        {"signing", "ký kết", "подписание"},
	"upgrade":        {"upgrade of relations", "nâng cấp quan hệ", "повышение уровня отношений"},
	"state-visit":    {"state visit", "chuyến thăm cấp Nhà nước", "государственный визит"},
	"official-visit": {"official visit", "chuyến thăm chính thức", "официальный визит"},
	"visit":          {"visit", "chuyến thăm", "визит"},
	"talks":          {"talks", "hội đàm", "переговоры"},
	"meeting":        {"meeting", "hội kiến", "встреча"},
	"summit":         {"summit", "hội nghị thượng đỉnh", "саммит"},
	"victory":        {"Victory Day", "Ngày Chiến thắng", "День Победы"},
	"liberation":     {"Liberation Day", "Ngày Giải phóng", "День освобождения"},
	"national-day":   {"National Day", "Quốc khánh", "национальный праздник"},
	"other":          {"other event", "sự kiện khác", "другое событие"},
}

// LeapPolicies labels timeline.LeapPolicy.
var LeapPolicies = Table{
	"feb28": {"February 29 falls on February 28 in common years", "ngày 29 tháng 2 được tính vào ngày 28 tháng 2 trong năm không nhuận", "29 февраля в невисокосный год приходится на 28 февраля"},
	"mar1":  {"February 29 falls on March 1 in common years", "ngày 29 tháng 2 được tính vào ngày 1 tháng 3 trong năm không nhuận", "29 февраля в невисокосный год приходится на 1 марта"},
}
