package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// Value specifies the bandwidth limit.
type BackendTrafficPolicySpecBandwidthLimitResponseLimitValue interface {
	Value() interface{}
}

// The jsii proxy struct for BackendTrafficPolicySpecBandwidthLimitResponseLimitValue
type jsiiProxy_BackendTrafficPolicySpecBandwidthLimitResponseLimitValue struct {
	_ byte // padding
}

func (j *jsiiProxy_BackendTrafficPolicySpecBandwidthLimitResponseLimitValue) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func BackendTrafficPolicySpecBandwidthLimitResponseLimitValue_FromNumber(value *float64) BackendTrafficPolicySpecBandwidthLimitResponseLimitValue {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecBandwidthLimitResponseLimitValue_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecBandwidthLimitResponseLimitValue

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitResponseLimitValue",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func BackendTrafficPolicySpecBandwidthLimitResponseLimitValue_FromString(value *string) BackendTrafficPolicySpecBandwidthLimitResponseLimitValue {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecBandwidthLimitResponseLimitValue_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecBandwidthLimitResponseLimitValue

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitResponseLimitValue",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

