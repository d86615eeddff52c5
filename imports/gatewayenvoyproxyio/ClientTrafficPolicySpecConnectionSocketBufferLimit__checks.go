//go:build !no_runtime_type_checking

package gatewayenvoyproxyio

import (
	"fmt"
)

func validateClientTrafficPolicySpecConnectionSocketBufferLimit_FromNumberParameters(value *float64) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

func validateClientTrafficPolicySpecConnectionSocketBufferLimit_FromStringParameters(value *string) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

