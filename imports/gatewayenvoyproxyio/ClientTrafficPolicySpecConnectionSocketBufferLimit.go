package gatewayenvoyproxyio

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/gatewayenvoyproxyio/jsii"
)

// SocketBufferLimit provides configuration for the maximum buffer size in bytes for each incoming socket.
//
// SocketBufferLimit applies to socket streaming channel between TCP/IP stacks, it's in kernel space.
// For example, 20Mi, 1Gi, 256Ki etc.
// Note that when the suffix is not provided, the value is interpreted as bytes.
type ClientTrafficPolicySpecConnectionSocketBufferLimit interface {
	Value() interface{}
}

// The jsii proxy struct for ClientTrafficPolicySpecConnectionSocketBufferLimit
type jsiiProxy_ClientTrafficPolicySpecConnectionSocketBufferLimit struct {
	_ byte // padding
}

func (j *jsiiProxy_ClientTrafficPolicySpecConnectionSocketBufferLimit) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ClientTrafficPolicySpecConnectionSocketBufferLimit_FromNumber(value *float64) ClientTrafficPolicySpecConnectionSocketBufferLimit {
	_init_.Initialize()

	if err := validateClientTrafficPolicySpecConnectionSocketBufferLimit_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ClientTrafficPolicySpecConnectionSocketBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecConnectionSocketBufferLimit",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ClientTrafficPolicySpecConnectionSocketBufferLimit_FromString(value *string) ClientTrafficPolicySpecConnectionSocketBufferLimit {
	_init_.Initialize()

	if err := validateClientTrafficPolicySpecConnectionSocketBufferLimit_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ClientTrafficPolicySpecConnectionSocketBufferLimit

	_jsii_.StaticInvoke(
		"gatewayenvoyproxyio.ClientTrafficPolicySpecConnectionSocketBufferLimit",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

