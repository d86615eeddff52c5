//go:build no_runtime_type_checking

package gatewayenvoyproxyio

// Building without runtime type checking enabled, so all the below just return nil

func validateBackendTrafficPolicy_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateBackendTrafficPolicy_IsConstructParameters(x interface{}) error {
	return nil
}

func validateBackendTrafficPolicy_ManifestParameters(props *BackendTrafficPolicyProps) error {
	return nil
}

func validateBackendTrafficPolicy_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewBackendTrafficPolicyParameters(scope constructs.Construct, id *string, props *BackendTrafficPolicyProps) error {
	return nil
}

