//go:build no_runtime_type_checking

package monitoringcoreoscom

// Building without runtime type checking enabled, so all the below just return nil

func validatePodMonitor_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validatePodMonitor_IsConstructParameters(x interface{}) error {
	return nil
}

func validatePodMonitor_ManifestParameters(props *PodMonitorProps) error {
	return nil
}

func validatePodMonitor_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewPodMonitorParameters(scope constructs.Construct, id *string, props *PodMonitorProps) error {
	return nil
}

