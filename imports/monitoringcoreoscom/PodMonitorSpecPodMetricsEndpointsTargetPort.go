package monitoringcoreoscom

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/monitoringcoreoscom/jsii"
)

// Name or number of the target port of the `Pod` object behind the Service, the port must be specified with container port property.
//
// Deprecated: use 'port' or 'portNumber' instead.
type PodMonitorSpecPodMetricsEndpointsTargetPort interface {
	Value() interface{}
}

// The jsii proxy struct for PodMonitorSpecPodMetricsEndpointsTargetPort
type jsiiProxy_PodMonitorSpecPodMetricsEndpointsTargetPort struct {
	_ byte // padding
}

func (j *jsiiProxy_PodMonitorSpecPodMetricsEndpointsTargetPort) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func PodMonitorSpecPodMetricsEndpointsTargetPort_FromNumber(value *float64) PodMonitorSpecPodMetricsEndpointsTargetPort {
	_init_.Initialize()

	if err := validatePodMonitorSpecPodMetricsEndpointsTargetPort_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns PodMonitorSpecPodMetricsEndpointsTargetPort

	_jsii_.StaticInvoke(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTargetPort",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func PodMonitorSpecPodMetricsEndpointsTargetPort_FromString(value *string) PodMonitorSpecPodMetricsEndpointsTargetPort {
	_init_.Initialize()

	if err := validatePodMonitorSpecPodMetricsEndpointsTargetPort_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns PodMonitorSpecPodMetricsEndpointsTargetPort

	_jsii_.StaticInvoke(
		"monitoringcoreoscom.PodMonitorSpecPodMetricsEndpointsTargetPort",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

