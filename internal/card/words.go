package card

// Headings and connecting words of the card, in the order en, vi, ru. They
// are the example's own wording; every value between them comes from the
// library's Label methods.
var words = map[string][3]string{
	"card":                       {"%s – %s relationship card, %d", "Tổng quan quan hệ %s – %s năm %d", "Карточка отношений %s – %s, %d год"},
	"level":                      {"Level in %d", "Cấp độ quan hệ năm %d", "Уровень отношений в %d году"},
	"established":                {"Diplomatic relations established", "Thiết lập quan hệ ngoại giao", "Дипломатические отношения установлены"},
	"history":                    {"History", "Các mốc nâng cấp", "История"},
	"anniversaries":              {"Anniversaries in %d", "Các ngày kỷ niệm năm %d", "Памятные даты %d года"},
	"round":                      {"round", "năm chẵn", "круглая дата"},
	"major":                      {"jubilee", "dịp lớn", "юбилей"},
	"visits":                     {"Visits and talks", "Các chuyến thăm và hội đàm", "Визиты и переговоры"},
	"ahead":                      {"Ahead", "Sự kiện sắp tới", "Предстоящие события"},
	"figures":                    {"Trade and people-to-people figures", "Số liệu thương mại và giao lưu nhân dân", "Торговля и гуманитарные обмены"},
	"base":                       {"same period a year earlier", "cùng kỳ năm trước", "за тот же период годом ранее"},
	"communique":                 {"Joint communiqué: %s", "Thông cáo chung: %s", "Совместное коммюнике: %s"},
	"by-stance":                  {"By stance", "Theo lập trường", "По позиции сторон"},
	"by-topic":                   {"By topic", "Theo lĩnh vực", "По темам"},
	"quotes-en":                  {"Selected clauses (English original)", "Một số điều khoản (nguyên văn tiếng Anh)", "Избранные положения (английский оригинал)"},
	"quotes-vi":                  {"Selected clauses (Vietnamese original)", "Một số điều khoản (nguyên văn)", "Избранные положения (вьетнамский оригинал)"},
	"quotes-ru":                  {"Selected clauses (Russian original)", "Một số điều khoản (nguyên văn tiếng Nga)", "Избранные положения (оригинал)"},
	"findings":                   {"Findings", "Phát hiện khi đối chiếu", "Выявленные несоответствия"},
	"no-findings":                {"none", "không có", "нет"},
	"indicator.trade":            {"Bilateral trade", "Kim ngạch thương mại song phương", "Товарооборот"},
	"indicator.agri-food":        {"Food and agricultural exports", "Xuất khẩu nông sản, thực phẩm", "Экспорт продовольствия и сельхозпродукции"},
	"indicator.visitor-arrivals": {"Russian visitors to Vietnam", "Lượt khách Nga đến Việt Nam", "Российские туристы во Вьетнаме"},
	"indicator.scholarships":     {"Russian government scholarships", "Học bổng của Chính phủ Nga", "Стипендии Правительства России"},
}

func (c *card) w(key string) string {
	if v, ok := words[key]; ok {
		return v[c.li]
	}
	return key
}
