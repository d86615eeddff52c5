package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// Value specifies the bandwidth limit.
type BackendTrafficPolicySpecBandwidthLimitRequestLimitValue interface {
	Value() interface{}
}

// The jsii proxy struct for BackendTrafficPolicySpecBandwidthLimitRequestLimitValue
type jsiiProxy_BackendTrafficPolicySpecBandwidthLimitRequestLimitValue struct {
	_ byte // padding
}

func (j *jsiiProxy_BackendTrafficPolicySpecBandwidthLimitRequestLimitValue) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func BackendTrafficPolicySpecBandwidthLimitRequestLimitValue_FromNumber(value *float64) BackendTrafficPolicySpecBandwidthLimitRequestLimitValue {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecBandwidthLimitRequestLimitValue_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecBandwidthLimitRequestLimitValue

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitRequestLimitValue",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func BackendTrafficPolicySpecBandwidthLimitRequestLimitValue_FromString(value *string) BackendTrafficPolicySpecBandwidthLimitRequestLimitValue {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecBandwidthLimitRequestLimitValue_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecBandwidthLimitRequestLimitValue

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecBandwidthLimitRequestLimitValue",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

