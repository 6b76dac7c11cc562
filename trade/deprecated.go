package trade

// Names kept so that code written before the v0 API cleanup still builds;
// each is removed before v1.0.0. README.md's Changelog lists them.

// Cmp compares the values of f and g, which must share a unit.
//
// Deprecated: use [Figure.Compare].
func (f Figure) Cmp(g Figure) (int, error) { return f.Compare(g) }
