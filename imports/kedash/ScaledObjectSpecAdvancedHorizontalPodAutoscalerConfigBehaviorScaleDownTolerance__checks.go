//go:build !no_runtime_type_checking

package kedash

import (
	"fmt"
)

func validateScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance_FromNumberParameters(value *float64) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

func validateScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance_FromStringParameters(value *string) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

