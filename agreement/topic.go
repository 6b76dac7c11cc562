package agreement

import (
	"github.com/bilateral-go/bilateral/internal/l10n"
	"golang.org/x/text/language"
)

// Topic is a field of cooperation a clause is about. A clause may have
// several. The zero value is [TopicUnknown].
type Topic uint8

// The topics.
const (
	TopicUnknown       Topic = iota
	TopicPolitics            // political dialogue, party and parliament channels, visits
	TopicTrade               // trade, goods, markets, FTAs
	TopicInvestment          // investment, joint ventures, businesses
	TopicFinance             // payments, banking, currencies
	TopicEnergy              // energy in general, power, renewables
	TopicOilGas              // oil, gas, LNG, continental shelf projects
	TopicNuclear             // nuclear power, nuclear science, nuclear medicine
	TopicIndustry            // manufacturing, automotive, high-tech industries
	TopicAgriculture         // agriculture, food, fisheries
	TopicTransport           // rail, maritime freight, flights, connectivity
	TopicScience             // science and technology, research centres
	TopicEducation           // education, training, universities, languages
	TopicCulture             // culture, people-to-people and humanistic exchanges, media
	TopicTourism             // tourism, travel procedures, tourist flows
	TopicHealth              // healthcare, medicine, pharmaceuticals
	TopicDefence             // defence, military
	TopicSecurity            // security, law enforcement
	TopicMaritime            // the sea: UNCLOS, navigation, the East Sea/South China Sea
	TopicRegional            // regional and multilateral cooperation: ASEAN, APEC, UN, BRICS
	TopicLegal               // legal basis, international law, agreements to conclude
	TopicHumanitarian        // humanitarian cooperation and aid
	TopicDigital             // digital transformation, ICT, smart cities
	TopicLocalities          // cooperation between provinces, regions and cities
	TopicCommemoration       // anniversaries and their celebration
	topicEnd
)

var topicNames = [...]string{"unknown", "politics", "trade", "investment", "finance", "energy", "oil-gas", "nuclear",
	"industry", "agriculture", "transport", "science", "education", "culture", "tourism", "health", "defence",
	"security", "maritime", "regional", "legal", "humanitarian", "digital", "localities", "commemoration"}

// Topics returns every defined topic, without TopicUnknown.
func Topics() []Topic {
	out := make([]Topic, 0, topicEnd-1)
	for t := TopicPolitics; t < topicEnd; t++ {
		out = append(out, t)
	}
	return out
}

// String returns the identifier of t ("oil-gas"), or "Topic(N)".
func (t Topic) String() string {
	if t < topicEnd {
		return topicNames[t]
	}
	return "Topic(" + strconvItoa(int(t)) + ")"
}

// ParseTopic reads a topic identifier.
func ParseTopic(s string) (Topic, error) {
	for t := TopicUnknown; t < topicEnd; t++ {
		if topicNames[t] == s {
			return t, nil
		}
	}
	return 0, &ParseError{What: "topic", Input: s, Reason: "unknown topic"}
}

// MarshalText returns the identifier of t.
func (t Topic) MarshalText() ([]byte, error) {
	if t >= topicEnd {
		return nil, &ParseError{What: "topic", Input: t.String(), Reason: "out of range"}
	}
	return []byte(topicNames[t]), nil
}

// UnmarshalText reads t with ParseTopic.
func (t *Topic) UnmarshalText(b []byte) error {
	v, err := ParseTopic(string(b))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Label returns the topic for people: "oil and gas", "dầu khí", "нефть и газ".
func (t Topic) Label(tag language.Tag) string { return label(l10n.Topics, tag, t.String()) }
