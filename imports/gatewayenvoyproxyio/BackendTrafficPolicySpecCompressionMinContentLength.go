package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// MinContentLength defines the minimum response size in bytes to apply compression.
//
// Responses smaller than this threshold will not be compressed.
// Must be at least 30 bytes as enforced by Envoy Proxy.
// Note that when the suffix is not provided, the value is interpreted as bytes.
// Default: 30 bytes.
type BackendTrafficPolicySpecCompressionMinContentLength interface {
	Value() interface{}
}

// The jsii proxy struct for BackendTrafficPolicySpecCompressionMinContentLength
type jsiiProxy_BackendTrafficPolicySpecCompressionMinContentLength struct {
	_ byte // padding
}

func (j *jsiiProxy_BackendTrafficPolicySpecCompressionMinContentLength) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func BackendTrafficPolicySpecCompressionMinContentLength_FromNumber(value *float64) BackendTrafficPolicySpecCompressionMinContentLength {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecCompressionMinContentLength_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecCompressionMinContentLength

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompressionMinContentLength",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func BackendTrafficPolicySpecCompressionMinContentLength_FromString(value *string) BackendTrafficPolicySpecCompressionMinContentLength {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecCompressionMinContentLength_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecCompressionMinContentLength

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompressionMinContentLength",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

