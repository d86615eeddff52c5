// kedash
package kedash

import (
	"reflect"

	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
)

func init() {
	_jsii_.RegisterClass(
		"kedash.ScaledObject",
		reflect.TypeOf((*ScaledObject)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_ScaledObject{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectProps",
		reflect.TypeOf((*ScaledObjectProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpec",
		reflect.TypeOf((*ScaledObjectSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecAdvanced",
		reflect.TypeOf((*ScaledObjectSpecAdvanced)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig",
		reflect.TypeOf((*ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior",
		reflect.TypeOf((*ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown",
		reflect.TypeOf((*ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies",
		reflect.TypeOf((*ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance",
		reflect.TypeOf((*ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance{}
		},
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp",
		reflect.TypeOf((*ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies",
		reflect.TypeOf((*ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies)(nil)).Elem(),
	)
	_jsii_.RegisterClass(
		"kedash.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance",
		reflect.TypeOf((*ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberProperty{JsiiProperty: "value", GoGetter: "Value"},
		},
		func() interface{} {
			return &jsiiProxy_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance{}
		},
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecAdvancedScalingModifiers",
		reflect.TypeOf((*ScaledObjectSpecAdvancedScalingModifiers)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.ScaledObjectSpecAdvancedScalingModifiersMetricType",
		reflect.TypeOf((*ScaledObjectSpecAdvancedScalingModifiersMetricType)(nil)).Elem(),
		map[string]interface{}{
			"AVERAGE_VALUE": ScaledObjectSpecAdvancedScalingModifiersMetricType_AVERAGE_VALUE,
			"VALUE": ScaledObjectSpecAdvancedScalingModifiersMetricType_VALUE,
		},
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecFallback",
		reflect.TypeOf((*ScaledObjectSpecFallback)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.ScaledObjectSpecFallbackBehavior",
		reflect.TypeOf((*ScaledObjectSpecFallbackBehavior)(nil)).Elem(),
		map[string]interface{}{
			"STATIC": ScaledObjectSpecFallbackBehavior_STATIC,
			"CURRENT_REPLICAS": ScaledObjectSpecFallbackBehavior_CURRENT_REPLICAS,
			"CURRENT_REPLICAS_IF_HIGHER": ScaledObjectSpecFallbackBehavior_CURRENT_REPLICAS_IF_HIGHER,
			"CURRENT_REPLICAS_IF_LOWER": ScaledObjectSpecFallbackBehavior_CURRENT_REPLICAS_IF_LOWER,
			"SCALING_MODIFIERS": ScaledObjectSpecFallbackBehavior_SCALING_MODIFIERS,
		},
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecScaleTargetRef",
		reflect.TypeOf((*ScaledObjectSpecScaleTargetRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecTriggers",
		reflect.TypeOf((*ScaledObjectSpecTriggers)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.ScaledObjectSpecTriggersAuthenticationRef",
		reflect.TypeOf((*ScaledObjectSpecTriggersAuthenticationRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.ScaledObjectSpecTriggersAuthenticationRefKind",
		reflect.TypeOf((*ScaledObjectSpecTriggersAuthenticationRefKind)(nil)).Elem(),
		map[string]interface{}{
			"TRIGGER_AUTHENTICATION": ScaledObjectSpecTriggersAuthenticationRefKind_TRIGGER_AUTHENTICATION,
			"CLUSTER_TRIGGER_AUTHENTICATION": ScaledObjectSpecTriggersAuthenticationRefKind_CLUSTER_TRIGGER_AUTHENTICATION,
		},
	)
	_jsii_.RegisterClass(
		"kedash.TriggerAuthentication",
		reflect.TypeOf((*TriggerAuthentication)(nil)).Elem(),
		[]_jsii_.Member{
			_jsii_.MemberMethod{JsiiMethod: "addDependency", GoMethod: "AddDependency"},
			_jsii_.MemberMethod{JsiiMethod: "addJsonPatch", GoMethod: "AddJsonPatch"},
			_jsii_.MemberProperty{JsiiProperty: "apiGroup", GoGetter: "ApiGroup"},
			_jsii_.MemberProperty{JsiiProperty: "apiVersion", GoGetter: "ApiVersion"},
			_jsii_.MemberProperty{JsiiProperty: "chart", GoGetter: "Chart"},
			_jsii_.MemberProperty{JsiiProperty: "kind", GoGetter: "Kind"},
			_jsii_.MemberProperty{JsiiProperty: "metadata", GoGetter: "Metadata"},
			_jsii_.MemberProperty{JsiiProperty: "name", GoGetter: "Name"},
			_jsii_.MemberProperty{JsiiProperty: "node", GoGetter: "Node"},
			_jsii_.MemberMethod{JsiiMethod: "toJson", GoMethod: "ToJson"},
			_jsii_.MemberMethod{JsiiMethod: "toString", GoMethod: "ToString"},
			_jsii_.MemberMethod{JsiiMethod: "with", GoMethod: "With"},
		},
		func() interface{} {
			j := jsiiProxy_TriggerAuthentication{}
			_jsii_.InitJsiiProxy(&j.Type__cdk8sApiObject)
			return &j
		},
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationProps",
		reflect.TypeOf((*TriggerAuthenticationProps)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpec",
		reflect.TypeOf((*TriggerAuthenticationSpec)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManager",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManager)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentials",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentials)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerPodIdentity",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerPodIdentity)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner)(nil)).Elem(),
		map[string]interface{}{
			"KEDA": TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner_KEDA,
			"WORKLOAD": TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner_WORKLOAD,
		},
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider)(nil)).Elem(),
		map[string]interface{}{
			"AZURE_HYPHEN_WORKLOAD": TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_AZURE_HYPHEN_WORKLOAD,
			"GCP": TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_GCP,
			"AWS": TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_AWS,
			"AWS_HYPHEN_EKS": TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_AWS_HYPHEN_EKS,
			"NONE": TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider_NONE,
		},
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAwsSecretManagerSecrets",
		reflect.TypeOf((*TriggerAuthenticationSpecAwsSecretManagerSecrets)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureKeyVault",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVault)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureKeyVaultCloud",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVaultCloud)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureKeyVaultCredentials",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVaultCredentials)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureKeyVaultPodIdentity",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVaultPodIdentity)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner)(nil)).Elem(),
		map[string]interface{}{
			"KEDA": TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner_KEDA,
			"WORKLOAD": TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner_WORKLOAD,
		},
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider)(nil)).Elem(),
		map[string]interface{}{
			"AZURE_HYPHEN_WORKLOAD": TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_AZURE_HYPHEN_WORKLOAD,
			"GCP": TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_GCP,
			"AWS": TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_AWS,
			"AWS_HYPHEN_EKS": TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_AWS_HYPHEN_EKS,
			"NONE": TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider_NONE,
		},
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureKeyVaultSecrets",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureKeyVaultSecrets)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipal",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipal)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipalClientCertificate",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipalClientCertificate)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePassword",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePassword)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePasswordValueFrom",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePasswordValueFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePasswordValueFromSecretKeyRef",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipalClientCertificatePasswordValueFromSecretKeyRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipalClientCertificateValueFrom",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipalClientCertificateValueFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipalClientCertificateValueFromSecretKeyRef",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipalClientCertificateValueFromSecretKeyRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipalClientSecret",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipalClientSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipalClientSecretValueFrom",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipalClientSecretValueFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecAzureServicePrincipalClientSecretValueFromSecretKeyRef",
		reflect.TypeOf((*TriggerAuthenticationSpecAzureServicePrincipalClientSecretValueFromSecretKeyRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecBoundServiceAccountToken",
		reflect.TypeOf((*TriggerAuthenticationSpecBoundServiceAccountToken)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecConfigMapTargetRef",
		reflect.TypeOf((*TriggerAuthenticationSpecConfigMapTargetRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecEnv",
		reflect.TypeOf((*TriggerAuthenticationSpecEnv)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecGcpSecretManager",
		reflect.TypeOf((*TriggerAuthenticationSpecGcpSecretManager)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecGcpSecretManagerCredentials",
		reflect.TypeOf((*TriggerAuthenticationSpecGcpSecretManagerCredentials)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret",
		reflect.TypeOf((*TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom",
		reflect.TypeOf((*TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef",
		reflect.TypeOf((*TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecGcpSecretManagerPodIdentity",
		reflect.TypeOf((*TriggerAuthenticationSpecGcpSecretManagerPodIdentity)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner",
		reflect.TypeOf((*TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner)(nil)).Elem(),
		map[string]interface{}{
			"KEDA": TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner_KEDA,
			"WORKLOAD": TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner_WORKLOAD,
		},
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider",
		reflect.TypeOf((*TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider)(nil)).Elem(),
		map[string]interface{}{
			"AZURE_HYPHEN_WORKLOAD": TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_AZURE_HYPHEN_WORKLOAD,
			"GCP": TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_GCP,
			"AWS": TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_AWS,
			"AWS_HYPHEN_EKS": TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_AWS_HYPHEN_EKS,
			"NONE": TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider_NONE,
		},
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecGcpSecretManagerSecrets",
		reflect.TypeOf((*TriggerAuthenticationSpecGcpSecretManagerSecrets)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecHashiCorpVault",
		reflect.TypeOf((*TriggerAuthenticationSpecHashiCorpVault)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecHashiCorpVaultAuthentication",
		reflect.TypeOf((*TriggerAuthenticationSpecHashiCorpVaultAuthentication)(nil)).Elem(),
		map[string]interface{}{
			"TOKEN": TriggerAuthenticationSpecHashiCorpVaultAuthentication_TOKEN,
			"KUBERNETES": TriggerAuthenticationSpecHashiCorpVaultAuthentication_KUBERNETES,
		},
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecHashiCorpVaultCredential",
		reflect.TypeOf((*TriggerAuthenticationSpecHashiCorpVaultCredential)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecHashiCorpVaultSecrets",
		reflect.TypeOf((*TriggerAuthenticationSpecHashiCorpVaultSecrets)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData",
		reflect.TypeOf((*TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecHashiCorpVaultSecretsType",
		reflect.TypeOf((*TriggerAuthenticationSpecHashiCorpVaultSecretsType)(nil)).Elem(),
		map[string]interface{}{
			"SECRET_V2": TriggerAuthenticationSpecHashiCorpVaultSecretsType_SECRET_V2,
			"SECRET": TriggerAuthenticationSpecHashiCorpVaultSecretsType_SECRET,
			"PKI": TriggerAuthenticationSpecHashiCorpVaultSecretsType_PKI,
		},
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecOauth2",
		reflect.TypeOf((*TriggerAuthenticationSpecOauth2)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecOauth2ClientSecret",
		reflect.TypeOf((*TriggerAuthenticationSpecOauth2ClientSecret)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecOauth2ClientSecretValueFrom",
		reflect.TypeOf((*TriggerAuthenticationSpecOauth2ClientSecretValueFrom)(nil)).Elem(),
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef",
		reflect.TypeOf((*TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecOauth2Type",
		reflect.TypeOf((*TriggerAuthenticationSpecOauth2Type)(nil)).Elem(),
		map[string]interface{}{
			"CLIENT_CREDENTIALS": TriggerAuthenticationSpecOauth2Type_CLIENT_CREDENTIALS,
		},
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecPodIdentity",
		reflect.TypeOf((*TriggerAuthenticationSpecPodIdentity)(nil)).Elem(),
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecPodIdentityIdentityOwner",
		reflect.TypeOf((*TriggerAuthenticationSpecPodIdentityIdentityOwner)(nil)).Elem(),
		map[string]interface{}{
			"KEDA": TriggerAuthenticationSpecPodIdentityIdentityOwner_KEDA,
			"WORKLOAD": TriggerAuthenticationSpecPodIdentityIdentityOwner_WORKLOAD,
		},
	)
	_jsii_.RegisterEnum(
		"kedash.TriggerAuthenticationSpecPodIdentityProvider",
		reflect.TypeOf((*TriggerAuthenticationSpecPodIdentityProvider)(nil)).Elem(),
		map[string]interface{}{
			"AZURE_HYPHEN_WORKLOAD": TriggerAuthenticationSpecPodIdentityProvider_AZURE_HYPHEN_WORKLOAD,
			"GCP": TriggerAuthenticationSpecPodIdentityProvider_GCP,
			"AWS": TriggerAuthenticationSpecPodIdentityProvider_AWS,
			"AWS_HYPHEN_EKS": TriggerAuthenticationSpecPodIdentityProvider_AWS_HYPHEN_EKS,
			"NONE": TriggerAuthenticationSpecPodIdentityProvider_NONE,
		},
	)
	_jsii_.RegisterStruct(
		"kedash.TriggerAuthenticationSpecSecretTargetRef",
		reflect.TypeOf((*TriggerAuthenticationSpecSecretTargetRef)(nil)).Elem(),
	)
}
