//go:build no_runtime_type_checking

package kedash

// Building without runtime type checking enabled, so all the below just return nil

func validateTriggerAuthentication_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateTriggerAuthentication_IsConstructParameters(x interface{}) error {
	return nil
}

func validateTriggerAuthentication_ManifestParameters(props *TriggerAuthenticationProps) error {
	return nil
}

func validateTriggerAuthentication_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewTriggerAuthenticationParameters(scope constructs.Construct, id *string, props *TriggerAuthenticationProps) error {
	return nil
}

