//go:build no_runtime_type_checking

package kedash

// Building without runtime type checking enabled, so all the below just return nil

func validateScaledObject_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateScaledObject_IsConstructParameters(x interface{}) error {
	return nil
}

func validateScaledObject_ManifestParameters(props *ScaledObjectProps) error {
	return nil
}

func validateScaledObject_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewScaledObjectParameters(scope constructs.Construct, id *string, props *ScaledObjectProps) error {
	return nil
}

