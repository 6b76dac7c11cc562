package agreement

// The lexicons of the communiqué parser. They are general English
// diplomatic vocabulary, not phrases of any one text.

// stanceVerb is a verb phrase that sets a clause's stance. Forms are
// matched as whole words, case-insensitively, longest first.
type stanceVerb struct {
	phrase string
	stance Stance
}

var stanceVerbs = []stanceVerb{
	{"expressed their satisfaction", ExpressSatisfaction}, {"expressed satisfaction", ExpressSatisfaction}, {"were satisfied", ExpressSatisfaction},
	{"expressed their willingness", ExpressWillingness}, {"expressed willingness", ExpressWillingness}, {"expressed their readiness", ExpressWillingness},
	{"expressed readiness", ExpressWillingness}, {"expressed its willingness", ExpressWillingness}, {"expressed its readiness", ExpressWillingness},
	{"expressed their support", Support}, {"expressed support", Support}, {"expressed its support", Support},
	{"expressed their opposition", Oppose}, {"expressed opposition", Oppose},
	{"attached importance", AttachImportance}, {"attach importance", AttachImportance}, {"attached great importance", AttachImportance},
	{"shared the view", ShareView}, {"share the view", ShareView}, {"shared the views", ShareView}, {"concurred", ShareView},
	{"called on", CallOn}, {"called upon", CallOn}, {"call on", CallOn}, {"called for", CallOn}, {"urged", CallOn},
	{"took note", Note}, {"noted", Note}, {"note", Note},
	{"agreed", Agree}, {"agree", Agree}, {"it was agreed", Agree}, {"reached agreement", Agree}, {"reached consensus", Agree},
	{"welcomed", Welcome}, {"welcome", Welcome}, {"welcomes", Welcome},
	{"supported", Support}, {"support", Support}, {"supports", Support}, {"backed", Support},
	{"opposed", Oppose}, {"oppose", Oppose}, {"rejected", Oppose}, {"objected", Oppose},
	{"acknowledged", Acknowledge}, {"acknowledge", Acknowledge}, {"appreciated", Acknowledge}, {"spoke highly", Acknowledge},
	{"spoke of", Acknowledge}, {"praised", Acknowledge}, {"lauded", Acknowledge}, {"commended", Acknowledge},
	{"emphasised", Emphasise}, {"emphasized", Emphasise}, {"stressed", Emphasise}, {"underlined", Emphasise},
	{"underscored", Emphasise}, {"highlighted", Emphasise}, {"emphasise", Emphasise}, {"emphasize", Emphasise},
	{"reaffirmed", Reaffirm}, {"reaffirm", Reaffirm}, {"reiterated", Reaffirm}, {"reconfirmed", Reaffirm},
	{"committed", Commit}, {"commit", Commit}, {"undertook", Commit},
	{"consented", Consent}, {"consent", Consent},
	{"recognised", Recognise}, {"recognized", Recognise}, {"recognise", Recognise}, {"recognize", Recognise},
	{"condemned", Condemn}, {"condemn", Condemn}, {"denounced", Condemn},
	{"pledged", Pledge}, {"pledge", Pledge},
	{"decided", Decide}, {"decide", Decide},
	{"discussed", Discuss}, {"exchanged views", Discuss}, {"touched upon", Discuss}, {"touched on", Discuss},
	{"held talks", Discuss}, {"had in-depth discussions", Discuss}, {"had discussions", Discuss}, {"will discuss", Discuss},
	{"believed", Believe}, {"believe", Believe}, {"considered", Believe}, {"affirmed", Believe},
	{"will continue", Intend}, {"will coordinate", Intend}, {"will work", Intend}, {"will further", Intend},
	{"will cooperate", Intend}, {"will strengthen", Intend}, {"will enhance", Intend}, {"will promote", Intend},
	{"is ready", Intend}, {"are ready", Intend}, {"stand ready", Intend}, {"stands ready", Intend}, {"will explore", Intend},
}

// negations are the words that, just before a stance verb, negate it.
var negations = []string{"did not", "do not", "does not", "didn't", "don't", "not", "never", "could not", "cannot", "would not", "failed to"}

// hedges are modal verbs that, just before a stance verb, make it a
// possibility rather than a stance: "may support", "could agree" govern no
// stance.
var hedges = []string{"may", "might", "could", "would"}

// bothSides are subjects that name both parties.
var bothSides = []string{"the two sides", "both sides", "the two countries", "both countries", "the leaders", "the two leaders",
	"both leaders", "the two prime ministers", "the two presidents", "the parties", "the sides", "the two parties", "the two governments",
	"both governments", "the two ministers", "the ministers"}

// demonyms map adjectives of nationality to ISO 3166-1 codes (CLDR English
// country names cover the nouns).
var demonyms = map[string]string{
	"vietnamese": "VN", "russian": "RU", "chinese": "CN", "japanese": "JP", "indian": "IN", "indonesian": "ID",
	"korean": "KR", "kazakh": "KZ", "kazakhstani": "KZ", "lao": "LA", "laotian": "LA", "cambodian": "KH", "thai": "TH",
	"malaysian": "MY", "singaporean": "SG", "philippine": "PH", "filipino": "PH", "american": "US", "british": "GB",
	"french": "FR", "german": "DE", "australian": "AU", "brazilian": "BR", "south african": "ZA", "cuban": "CU",
	"belarusian": "BY", "mongolian": "MN", "turkish": "TR", "italian": "IT", "canadian": "CA", "egyptian": "EG",
	"iranian": "IR", "uzbek": "UZ", "ukrainian": "UA", "polish": "PL", "spanish": "ES", "dutch": "NL", "myanmar": "MM",
	"bruneian": "BN", "new zealand": "NZ", "pakistani": "PK", "bangladeshi": "BD", "saudi": "SA", "emirati": "AE",
}

// places is a small gazetteer of capitals and major cities, for place
// mentions; it is general geography, extended as needed.
var places = []string{"South China Sea", "East Sea", "Indian Ocean", "Pacific Ocean", "Black Sea", "Arctic Ocean", "Sea of Japan", "Andaman Sea", "Gulf of Thailand", "Strait of Malacca", "Ho Chi Minh City", "Hanoi", "Ha Noi", "Moscow", "St. Petersburg", "Saint Petersburg", "Beijing", "Tokyo",
	"New Delhi", "Jakarta", "Astana", "Seoul", "Vientiane", "Phnom Penh", "Bangkok", "Kuala Lumpur", "Singapore City",
	"Manila", "Washington", "London", "Paris", "Berlin", "Canberra", "Brasilia", "Pretoria", "Havana", "Minsk", "Tashkent",
	"Ulaanbaatar", "Ankara", "Da Nang", "Hai Phong", "Can Tho", "Nha Trang", "Phu Quoc", "Kazan", "Vladivostok",
	"Yekaterinburg", "Novosibirsk", "Yaroslavl", "Ulyanovsk", "Geneva", "New York", "Vienna", "Osaka", "Mumbai", "Bali",
	"Burabay", "Sochi", "Montego Bay", "Naypyidaw", "Bandar Seri Begawan", "Dili", "Islamabad", "Dhaka", "Tehran", "Cairo"}

// topicWords is the lexicon of topics: a clause has a topic when it
// contains one of its words or phrases (whole words, case-insensitive; a
// trailing "*" matches any ending).
var topicWords = map[Topic][]string{
	Politics:      {"political", "politics", "party", "parliament*", "national assembly", "high-level", "dialogue", "visit", "visits", "talks", "exchanges of delegations", "ministries", "diplomatic"},
	Trade:         {"trade", "trading", "goods", "markets", "market", "export", "exports", "exported", "exporter*", "exporting", "import", "imports", "imported", "importer*", "importing", "free trade", "commerce", "commercial", "protectionism", "protectionist", "tariff*", "economy-trade", "economic and trade", "businesses", "business"},
	Investment:    {"investment*", "investor*", "invest", "invests", "investing", "joint venture*", "businesses", "enterprises"},
	Finance:       {"payment*", "financial", "finance", "banking", "bank*", "currenc*", "transactions"},
	Energy:        {"energy", "power", "electricity", "renewable*", "power projects", "oil", "gas", "liquefied natural gas", "fuel", "solar", "wind power", "hydrogen"},
	OilGas:        {"oil", "gas", "liquefied natural gas", "lng", "petroleum", "continental shelf", "oil and gas"},
	Nuclear:       {"nuclear"},
	Industry:      {"industr*", "manufactur*", "automotive", "automobile", "high-tech", "processed products", "semiconductor*", "minerals", "mining", "steel", "chips"},
	Agriculture:   {"agricultur*", "food", "fisher*", "farm*", "rice", "coffee", "seafood", "aquacultur*", "livestock"},
	Transport:     {"transport*", "railway*", "rail", "maritime trade", "freight", "multimodal", "flight", "flights", "aviation", "connectivity", "logistics"},
	Science:       {"science*", "scientific", "technolog*", "research", "innovation", "science-technology", "outer space", "space"},
	Education:     {"education*", "training", "universit*", "students", "scholarship*", "language", "teaching", "learning", "school*", "academic", "education-training"},
	Culture:       {"cultur*", "people-to-people", "humanities", "humanistic", "artistic", "film*", "media", "friendship organisations", "friendship organizations", "mutual understanding", "cultural days"},
	Tourism:       {"touris*", "travel", "tourist flows", "destinations", "flights"},
	Health:        {"health*", "medical", "medicine", "pharmaceutical*", "hospital*"},
	Defence:       {"defence", "defense", "military", "defence ministers"},
	Security:      {"security", "law enforcement", "terroris*", "crime", "use of force", "by force", "non-proliferation", "peaceful use", "weapons"},
	Maritime:      {"sea", "seas", "oceans", "unclos", "law of the sea", "navigation", "maritime", "east sea", "south china sea", "code of conduct"},
	Regional:      {"asean", "apec", "brics", "united nations", "un charter", "east asia summit", "regional", "multilateral", "international and regional", "sco", "eaeu", "eurasian", "asia-pacific", "world order", "multipolar", "forum*", "alliance", "international community", "international organisation*", "international organization*"},
	Legal:         {"legal", "international law", "law", "laws", "jurisdiction", "charter", "treaty", "convention", "cooperation documents", "documents", "framework agreement", "in accordance with"},
	Humanitarian:  {"humanitarian"},
	Digital:       {"digital", "smart cities", "information technology", "ict", "cyber*"},
	Localities:    {"localities", "locality-to-locality", "provinces", "regions", "cities"},
	Commemoration: {"anniversar*", "celebrat*", "commemorat*"},
}
