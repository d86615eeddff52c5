package gatewayenvoyproxyio


type ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNames struct {
	// OID Value.
	Oid *string `field:"required" json:"oid" yaml:"oid"`
	// Value specifies the string value that the match must have.
	Value *string `field:"required" json:"value" yaml:"value"`
	// Type specifies how to match against a string.
	Type ClientTrafficPolicySpecTlsClientValidationSubjectAltNamesOtherNamesType `field:"optional" json:"type" yaml:"type"`
}

