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
type BackendTrafficPolicySpecCompressorMinContentLength interface {
	Value() interface{}
}

// The jsii proxy struct for BackendTrafficPolicySpecCompressorMinContentLength
type jsiiProxy_BackendTrafficPolicySpecCompressorMinContentLength struct {
	_ byte // padding
}

func (j *jsiiProxy_BackendTrafficPolicySpecCompressorMinContentLength) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func BackendTrafficPolicySpecCompressorMinContentLength_FromNumber(value *float64) BackendTrafficPolicySpecCompressorMinContentLength {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecCompressorMinContentLength_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecCompressorMinContentLength

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompressorMinContentLength",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func BackendTrafficPolicySpecCompressorMinContentLength_FromString(value *string) BackendTrafficPolicySpecCompressorMinContentLength {
	_init_.Initialize()

	if err := validateBackendTrafficPolicySpecCompressorMinContentLength_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns BackendTrafficPolicySpecCompressorMinContentLength

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.BackendTrafficPolicySpecCompressorMinContentLength",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

