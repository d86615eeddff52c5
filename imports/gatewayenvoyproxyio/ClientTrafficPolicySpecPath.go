package gatewayenvoyproxyio


// Path enables managing how the incoming path set by clients can be normalized.
type ClientTrafficPolicySpecPath struct {
	// DisableMergeSlashes allows disabling the default configuration of merging adjacent slashes in the path.
	//
	// Note that slash merging is not part of the HTTP spec and is provided for convenience.
	DisableMergeSlashes *bool `field:"optional" json:"disableMergeSlashes" yaml:"disableMergeSlashes"`
	// EscapedSlashesAction determines how %2f, %2F, %5c, or %5C sequences in the path URI should be handled.
	//
	// The default is UnescapeAndRedirect.
	EscapedSlashesAction ClientTrafficPolicySpecPathEscapedSlashesAction `field:"optional" json:"escapedSlashesAction" yaml:"escapedSlashesAction"`
}

