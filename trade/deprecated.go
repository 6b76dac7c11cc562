package trade

// Names kept so that code written before the v0 API cleanup still builds;
// each is removed before v1.0.0. README.md's Changelog lists them.

// Cmp compares the values of f and g, which must share a unit.
//
// Deprecated: use [Figure.Compare].
func (f Figure) Cmp(g Figure) (int, error) { return f.Compare(g) }

// Enum constants renamed so that they read without their type.
//
// Deprecated: use the name each is set to.
const (
	Export     = FlowExport          // Deprecated: use [FlowExport].
	Import     = FlowImport          // Deprecated: use [FlowImport].
	Total      = FlowTotal           // Deprecated: use [FlowTotal].
	Balance    = FlowBalance         // Deprecated: use [FlowBalance].
	Money      = MentionMoney        // Deprecated: use [MentionMoney].
	Count      = MentionCount        // Deprecated: use [MentionCount].
	Percent    = MentionPercent      // Deprecated: use [MentionPercent].
	Points     = MentionPoints       // Deprecated: use [MentionPoints].
	AsReported = QualifierAsReported // Deprecated: use [QualifierAsReported].
	Over       = QualifierOver       // Deprecated: use [QualifierOver].
	Under      = QualifierUnder      // Deprecated: use [QualifierUnder].
	About      = QualifierAbout      // Deprecated: use [QualifierAbout].
	Nearly     = QualifierNearly     // Deprecated: use [QualifierNearly].
	Between    = QualifierBetween    // Deprecated: use [QualifierBetween].
	Info       = SeverityInfo        // Deprecated: use [SeverityInfo].
	Warning    = SeverityWarning     // Deprecated: use [SeverityWarning].
	Error      = SeverityError       // Deprecated: use [SeverityError].
)
