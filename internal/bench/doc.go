// Package bench measures what synthesizing every reference topology costs,
// against the floor of any cdk8s-in-Go program: one that synthesizes a
// single ConfigMap. Run it with `make bench`; it is not a test.
package bench
