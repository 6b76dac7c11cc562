// Package agreement models the parties of bilateral relations, partnership
// levels ranked within the scheme of the state that names them, relationship
// histories, international instruments, and joint communiqués with their
// clauses, stances, topics and mentions, and cross-checks them.
package agreement
