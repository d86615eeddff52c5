package kedash

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/dograh-hq/dograh-cdk8s/imports/kedash/jsii"
)

// tolerance is the tolerance on the ratio between the current and desired metric value under which no updates are made to the desired number of replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not set, the default cluster-wide tolerance is applied (by default 10%).
//
// For example, if autoscaling is configured with a memory consumption target of 100Mi,
// and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be
// triggered when the actual consumption falls below 95Mi or exceeds 101Mi.
//
// This is an beta field and requires the HPAConfigurableTolerance feature
// gate to be enabled.
type ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance interface {
	Value() interface{}
}

// The jsii proxy struct for ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance
type jsiiProxy_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance struct {
	_ byte // padding
}

func (j *jsiiProxy_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance_FromNumber(value *float64) ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance {
	_init_.Initialize()

	if err := validateScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance

	_jsii_.StaticInvoke(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance_FromString(value *string) ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance {
	_init_.Initialize()

	if err := validateScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance

	_jsii_.StaticInvoke(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

