package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// BufferLimit provides configuration for the maximum buffer size in bytes for each incoming connection.
//
// BufferLimit applies to connection streaming (maybe non-streaming) channel between processes, it's in user space.
// For example, 20Mi, 1Gi, 256Ki etc.
// Note that when the suffix is not provided, the value is interpreted as bytes.
// Default: 32768 bytes.
type ClientTrafficPolicySpecConnectionBufferLimit interface {
	Value() interface{}
}

// The jsii proxy struct for ClientTrafficPolicySpecConnectionBufferLimit
type jsiiProxy_ClientTrafficPolicySpecConnectionBufferLimit struct {
	_ byte // padding
}

func (j *jsiiProxy_ClientTrafficPolicySpecConnectionBufferLimit) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ClientTrafficPolicySpecConnectionBufferLimit_FromNumber(value *float64) ClientTrafficPolicySpecConnectionBufferLimit {
	_init_.Initialize()

	if err := validateClientTrafficPolicySpecConnectionBufferLimit_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ClientTrafficPolicySpecConnectionBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecConnectionBufferLimit",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ClientTrafficPolicySpecConnectionBufferLimit_FromString(value *string) ClientTrafficPolicySpecConnectionBufferLimit {
	_init_.Initialize()

	if err := validateClientTrafficPolicySpecConnectionBufferLimit_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ClientTrafficPolicySpecConnectionBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecConnectionBufferLimit",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

