// Package pipeline is the Apache Beam pipeline that reads a corpus of joint
// communiqués and reports of talks: it parses each document with
// agreement.ParseCommuniqueString in a DoFn and writes the clause records of
// "bilateral parse -format jsonl" (the same lines, in any order), counts of
// clauses by party pair, stance and year, counts of figures by unit and year,
// and a dead-letter file of the documents that could not be read or parsed.
//
// # Elements
//
// Every file the input globs match is one element; [Build] reads it whole,
// or, for a JSONL file, line by line, into one [Doc] per document, then
// reshuffles the documents so that those of one large JSONL file spread over
// the workers. Parsing is per document; a document that fails goes to the
// dead-letter output with its reason and never fails the pipeline.
//
// # Outputs
//
// Under Options.Output, one file each (JSON lines, in no particular order):
//
//	clauses.jsonl      corpus.ClauseLine per clause, as bilateral parse writes it
//	stances.jsonl      corpus.StanceCount: {"parties","stance","year","clauses"}
//	figures.jsonl      corpus.FigureCount: {"unit","year","figures"}
//	dead-letter.jsonl  DeadLetter: {"doc","reason"}
//
// Each file is written even when it has no line.
package pipeline
