package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// SocketBufferLimit provides configuration for the maximum buffer size in bytes for each socket to backend.
//
// SocketBufferLimit applies to socket streaming channel between TCP/IP stacks, it's in kernel space.
// For example, 20Mi, 1Gi, 256Ki etc.
// Note that when the suffix is not provided, the value is interpreted as bytes.
type BackendTrafficPolicySpecConnectionSocketBufferLimit interface {
	Value() interface{}
}

// The jsii proxy struct for BackendTrafficPolicySpecConnectionSocketBufferLimit
type jsiiProxy_BackendTrafficPolicySpecConnectionSocketBufferLimit struct {
	_ byte // padding
}

func (j *jsiiProxy_BackendTrafficPolicySpecConnectionSocketBufferLimit) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func BackendTrafficPolicySpecConnectionSocketBufferLimit_FromNumber(value *float64) BackendTrafficPolicySpecConnectionSocketBufferLimit {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecConnectionSocketBufferLimit_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecConnectionSocketBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecConnectionSocketBufferLimit",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func BackendTrafficPolicySpecConnectionSocketBufferLimit_FromString(value *string) BackendTrafficPolicySpecConnectionSocketBufferLimit {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecConnectionSocketBufferLimit_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecConnectionSocketBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecConnectionSocketBufferLimit",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

