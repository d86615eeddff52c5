package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// BufferLimit Soft limit on size of the cluster’s connections read and write buffers.
//
// BufferLimit applies to connection streaming (maybe non-streaming) channel between processes, it's in user space.
// If unspecified, an implementation defined default is applied (32768 bytes).
// For example, 20Mi, 1Gi, 256Ki etc.
// Note: that when the suffix is not provided, the value is interpreted as bytes.
type BackendTrafficPolicySpecConnectionBufferLimit interface {
	Value() interface{}
}

// The jsii proxy struct for BackendTrafficPolicySpecConnectionBufferLimit
type jsiiProxy_BackendTrafficPolicySpecConnectionBufferLimit struct {
	_ byte // padding
}

func (j *jsiiProxy_BackendTrafficPolicySpecConnectionBufferLimit) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func BackendTrafficPolicySpecConnectionBufferLimit_FromNumber(value *float64) BackendTrafficPolicySpecConnectionBufferLimit {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecConnectionBufferLimit_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecConnectionBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecConnectionBufferLimit",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func BackendTrafficPolicySpecConnectionBufferLimit_FromString(value *string) BackendTrafficPolicySpecConnectionBufferLimit {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecConnectionBufferLimit_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecConnectionBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecConnectionBufferLimit",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

