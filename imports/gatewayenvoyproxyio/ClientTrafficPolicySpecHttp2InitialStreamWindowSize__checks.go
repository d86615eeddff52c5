//go:build !no_runtime_type_checking

package gatewayenvoyproxyio

import (
	"fmt"
)

func validateClientTrafficPolicySpecHttp2InitialStreamWindowSize_FromNumberParameters(value *float64) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

func validateClientTrafficPolicySpecHttp2InitialStreamWindowSize_FromStringParameters(value *string) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

