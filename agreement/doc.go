// Package agreement models the parties of bilateral relations, partnership
// levels ranked within the scheme of the state that names them,
// relationships and their history, international instruments, and joint
// communiqués with their clauses, and cross-checks them.
//
// # Parties and levels
//
// A [Party] is a state (ISO 3166-1 alpha-2, names from CLDR) or an
// organisation ("ASEAN", "EAEU"); [ParseParty] reads codes and common
// English names. A [Level] belongs to a [Scheme]: [VietnamScheme] ranks
// comprehensive partnership < strategic partnership < comprehensive
// strategic partnership, with partner-specific names as aliases and the
// special relationship outside the ladder. Comparing levels of different
// schemes fails with [ErrIncomparable].
//
// # Relationships
//
// A [Relationship] records when diplomatic relations were established and
// its upgrades; [Relationship.LevelAt] gives the level in force at a date and
// [Relationship.AnniversariesIn] the anniversaries of its milestones in a
// year. A relationship whose levels come from a scheme built with
// [NewScheme] is read back from JSON with [UnmarshalRelationship].
//
// # Instruments
//
// [Builtin] is a [Registry] of well-known instruments with their real dates
// (UNCLOS, the TAC, the DOC, the Vietnam–EAEU FTA, …); it is frozen, so
// no caller can change it for another ([ErrFrozen]), and
// [Registry.Clone] gives a copy to extend. [Registry.Resolve] and
// [Registry.Citations] find instruments in text of any length with the
// year as cited.
//
// # Communiqués
//
// [ParseCommunique] reads the text of a joint communiqué, statement or
// news report — English, Vietnamese or Russian, detected or given in
// [ParseOptions] — into a [Communique] of sections and [Clause]s, each with
// its byte range, actors, [Stance] ([Clause.CAMEO] and [Clause.PLOVER] code
// what the clause does, negation included), [Topic]s and [Mention]s. The
// reader's words are data, one lexicon per language (lexicon/*.txt). [Check] reports an instrument cited with the wrong year and an
// anniversary ordinal that does not match its origin:
//
//	c, _ := agreement.ParseCommunique(r, agreement.ParseOptions{})
//	for _, f := range agreement.Check(c, agreement.Builtin()) {
//		fmt.Println(f.Label(language.English)) // the DOC is cited as 2022; it was signed on November 4, 2002
//	}
//
// # Labels
//
// Every enum ([Stance], [Topic], [PartyKind], [InstrumentKind],
// [CommuniqueKind], [MentionKind], [MilestoneKind]) and [Party], [Level]
// and [Finding] have a Label(language.Tag) method that writes Vietnamese,
// Russian or English: party names from CLDR, levels and stances as the
// foreign ministries write them, dates in findings in CLDR 48 form.
//
// A tag whose BCP 47 private-use extension holds the subtag "news"
// ("vi-x-news") asks for the form newsrooms print. Newsrooms name
// parties, levels, stances and topics as the ministries do, so those labels
// do not change; a [Finding] writes its dates as the news does: "DOC được
// dẫn là văn kiện năm 2022, nhưng thực tế được ký ngày 4/11/2002".
package agreement
