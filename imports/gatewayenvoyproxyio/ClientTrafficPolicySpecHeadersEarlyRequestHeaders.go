package gatewayenvoyproxyio


// EarlyRequestHeaders defines settings for early request header modification, before envoy performs routing, tracing and built-in header manipulation.
type ClientTrafficPolicySpecHeadersEarlyRequestHeaders struct {
	// Add adds the given header(s) (name, value) to the request before the action.
	//
	// It appends to any existing values associated
	// with the header name.
	//
	// Input:
	// GET /foo HTTP/1.1
	// my-header: foo
	//
	// Config:
	// add:
	// - name: "my-header"
	// value: "bar,baz"
	//
	// Output:
	// GET /foo HTTP/1.1
	// my-header: foo,bar,baz.
	Add *[]*ClientTrafficPolicySpecHeadersEarlyRequestHeadersAdd `field:"optional" json:"add" yaml:"add"`
	// AddIfAbsent adds the given header(s) (name, value) to the request/response only if the header does not already exist.
	//
	// Unlike Add which appends to
	// existing values, this is a no-op if the header is already present.
	//
	// Input:
	// GET /foo HTTP/1.1
	// my-header: foo
	//
	// Config:
	// addIfAbsent:
	// - name: "my-header"
	// value: "bar"
	//
	// Output:
	// GET /foo HTTP/1.1
	// my-header: foo.
	AddIfAbsent *[]*ClientTrafficPolicySpecHeadersEarlyRequestHeadersAddIfAbsent `field:"optional" json:"addIfAbsent" yaml:"addIfAbsent"`
	// Remove the given header(s) from the HTTP request before the action.
	//
	// The
	// value of Remove is a list of HTTP header names. Note that the header
	// names are case-insensitive (see
	// https://datatracker.ietf.org/doc/html/rfc2616#section-4.2).
	//
	// Input:
	// GET /foo HTTP/1.1
	// my-header1: foo
	// my-header2: bar
	// my-header3: baz
	//
	// Config:
	// remove: ["my-header1", "my-header3"]
	//
	// Output:
	// GET /foo HTTP/1.1
	// my-header2: bar.
	Remove *[]*string `field:"optional" json:"remove" yaml:"remove"`
	// RemoveOnMatch removes headers whose names match the specified string matchers.
	//
	// Matching is performed on the header name (case-insensitive).
	RemoveOnMatch *[]*ClientTrafficPolicySpecHeadersEarlyRequestHeadersRemoveOnMatch `field:"optional" json:"removeOnMatch" yaml:"removeOnMatch"`
	// Set overwrites the request with the given header (name, value) before the action.
	//
	// Input:
	// GET /foo HTTP/1.1
	// my-header: foo
	//
	// Config:
	// set:
	// - name: "my-header"
	// value: "bar"
	//
	// Output:
	// GET /foo HTTP/1.1
	// my-header: bar.
	Set *[]*ClientTrafficPolicySpecHeadersEarlyRequestHeadersSet `field:"optional" json:"set" yaml:"set"`
}

