package monitoringcoreoscom

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/monitoringcoreoscom/jsii"
)

// If the growth factor of one bucket to the next is smaller than this, buckets will be merged to increase the factor sufficiently.
//
// It requires Prometheus >= v2.50.0.
type PodMonitorSpecNativeHistogramMinBucketFactor interface {
	Value() interface{}
}

// The jsii proxy struct for PodMonitorSpecNativeHistogramMinBucketFactor
type jsiiProxy_PodMonitorSpecNativeHistogramMinBucketFactor struct {
	_ byte // padding
}

func (j *jsiiProxy_PodMonitorSpecNativeHistogramMinBucketFactor) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func PodMonitorSpecNativeHistogramMinBucketFactor_FromNumber(value *float64) PodMonitorSpecNativeHistogramMinBucketFactor {
	_init_.Initialize()

	if err := validatePodMonitorSpecNativeHistogramMinBucketFactor_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns PodMonitorSpecNativeHistogramMinBucketFactor

	_jsii_.StaticInvoke(
		"monitoringcoreoscom.PodMonitorSpecNativeHistogramMinBucketFactor",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func PodMonitorSpecNativeHistogramMinBucketFactor_FromString(value *string) PodMonitorSpecNativeHistogramMinBucketFactor {
	_init_.Initialize()

	if err := validatePodMonitorSpecNativeHistogramMinBucketFactor_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns PodMonitorSpecNativeHistogramMinBucketFactor

	_jsii_.StaticInvoke(
		"monitoringcoreoscom.PodMonitorSpecNativeHistogramMinBucketFactor",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

