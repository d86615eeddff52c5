//go:build no_runtime_type_checking

package kedash

// Building without runtime type checking enabled, so all the below just return nil

func validateScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance_FromNumberParameters(value *float64) error {
	return nil
}

func validateScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance_FromStringParameters(value *string) error {
	return nil
}

