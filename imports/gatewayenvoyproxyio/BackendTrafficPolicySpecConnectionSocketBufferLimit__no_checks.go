//go:build no_runtime_type_checking

package gatewayenvoyproxyio

// Building without runtime type checking enabled, so all the below just return nil

func validateBackendTrafficPolicySpecConnectionSocketBufferLimit_FromNumberParameters(value *float64) error {
	return nil
}

func validateBackendTrafficPolicySpecConnectionSocketBufferLimit_FromStringParameters(value *string) error {
	return nil
}

