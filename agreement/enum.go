package agreement

// MustParseCommuniqueKind is like [ParseCommuniqueKind] but panics on
// error, with the input in the message; for tests and package-level
// variables only.
func MustParseCommuniqueKind(s string) CommuniqueKind { return must(ParseCommuniqueKind(s)) }

// MustParseInstrumentKind is like [ParseInstrumentKind] but panics on
// error, with the input in the message; for tests and package-level
// variables only.
func MustParseInstrumentKind(s string) InstrumentKind { return must(ParseInstrumentKind(s)) }

// MustParseMentionKind is like [ParseMentionKind] but panics on error,
// with the input in the message; for tests and package-level variables
// only.
func MustParseMentionKind(s string) MentionKind { return must(ParseMentionKind(s)) }

// MustParseMilestoneKind is like [ParseMilestoneKind] but panics on error,
// with the input in the message; for tests and package-level variables
// only.
func MustParseMilestoneKind(s string) MilestoneKind { return must(ParseMilestoneKind(s)) }

// MustParsePartyKind is like [ParsePartyKind] but panics on error, with
// the input in the message; for tests and package-level variables only.
func MustParsePartyKind(s string) PartyKind { return must(ParsePartyKind(s)) }

// MustParseStance is like [ParseStance] but panics on error, with the
// input in the message; for tests and package-level variables only.
func MustParseStance(s string) Stance { return must(ParseStance(s)) }

// MustParseTopic is like [ParseTopic] but panics on error, with the input
// in the message; for tests and package-level variables only.
func MustParseTopic(s string) Topic { return must(ParseTopic(s)) }

// must panics with err, whose message quotes the input, or returns v.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
