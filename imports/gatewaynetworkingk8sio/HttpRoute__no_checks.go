//go:build no_runtime_type_checking

package gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateHttpRoute_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateHttpRoute_IsConstructParameters(x interface{}) error {
	return nil
}

func validateHttpRoute_ManifestParameters(props *HttpRouteProps) error {
	return nil
}

func validateHttpRoute_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewHttpRouteParameters(scope constructs.Construct, id *string, props *HttpRouteProps) error {
	return nil
}

