//go:build no_runtime_type_checking

package gatewayenvoyproxyio

// Building without runtime type checking enabled, so all the below just return nil

func validateClientTrafficPolicy_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateClientTrafficPolicy_IsConstructParameters(x interface{}) error {
	return nil
}

func validateClientTrafficPolicy_ManifestParameters(props *ClientTrafficPolicyProps) error {
	return nil
}

func validateClientTrafficPolicy_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewClientTrafficPolicyParameters(scope constructs.Construct, id *string, props *ClientTrafficPolicyProps) error {
	return nil
}

