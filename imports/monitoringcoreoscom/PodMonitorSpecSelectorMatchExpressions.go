package monitoringcoreoscom


// A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.
type PodMonitorSpecSelectorMatchExpressions struct {
	// key is the label key that the selector applies to.
	Key *string `field:"required" json:"key" yaml:"key"`
	// operator represents a key's relationship to a set of values.
	//
	// Valid operators are In, NotIn, Exists and DoesNotExist.
	Operator *string `field:"required" json:"operator" yaml:"operator"`
	// values is an array of string values.
	//
	// If the operator is In or NotIn,
	// the values array must be non-empty. If the operator is Exists or DoesNotExist,
	// the values array must be empty. This array is replaced during a strategic
	// merge patch.
	Values *[]*string `field:"optional" json:"values" yaml:"values"`
}

