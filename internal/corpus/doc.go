// Package corpus holds what every bulk reader of documents shares: the
// clause records that "bilateral parse -format jsonl" and the Beam pipeline
// in beam/ write, the checks a document passes before it is parsed, the
// reading of JSONL documents, and the keys of the corpus aggregates. One
// function makes each record, so the command and the pipeline write the same
// lines for the same document.
//
// # Clause records
//
// [WriteClauses] writes one JSON line per clause of a parsed
// [agreement.Communique], a [ClauseLine]: the document's name, the clause's
// byte offsets and text, its stance, negation, CAMEO and PLOVER codes,
// actors, topics and mentions. [MarshalClauses] gives the same lines one by
// one.
//
// # Documents
//
// [Check] refuses a text that is not valid UTF-8 or is larger than the most
// bytes read; [ReadLine] and [DecodeLine] read a document from a line of a
// JSONL file.
//
// # Aggregates
//
// [StanceKeys] gives each clause of a communiqué its party pair, stance and
// year; [FigureKeys] each figure of a text its unit and year. Counting the
// keys over a corpus gives [StanceCount] and [FigureCount] records.
package corpus
