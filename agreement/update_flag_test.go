package agreement_test

import "flag"

// The -update flag is accepted by every package's tests so that
// "go test ./... -update" works from the module root; this package has no
// golden files of its own to rewrite.
var _ = flag.Bool("update", false, "rewrite golden files (no goldens in this package)")
