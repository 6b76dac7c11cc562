// Package bilateral is the root of a module that models bilateral relations
// between states as typed, exact, multilingual values. It holds no code; the
// work is done by its packages.
package bilateral
