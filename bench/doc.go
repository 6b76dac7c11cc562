// Package bench compares the bilateral packages with peer libraries and
// baselines. It is a separate module so that peers never enter the main
// module's go.mod. Run the benchmarks with
//
//	cd bench && go test -run '^$' -bench . -benchmem
//
// and regenerate the table in README.md with
//
//	cd bench && go run ./cmd/report
package bench
