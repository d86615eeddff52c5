package kedash


// TriggerAuthenticationSpec defines the various ways to authenticate.
type TriggerAuthenticationSpec struct {
	// AwsSecretManager is used to authenticate using AwsSecretManager.
	AwsSecretManager *TriggerAuthenticationSpecAwsSecretManager `field:"optional" json:"awsSecretManager" yaml:"awsSecretManager"`
	// AzureKeyVault is used to authenticate using Azure Key Vault.
	AzureKeyVault *TriggerAuthenticationSpecAzureKeyVault `field:"optional" json:"azureKeyVault" yaml:"azureKeyVault"`
	// AzureServicePrincipal defines Microsoft Entra service principal credentials that can be shared by Azure scalers.
	AzureServicePrincipal *TriggerAuthenticationSpecAzureServicePrincipal `field:"optional" json:"azureServicePrincipal" yaml:"azureServicePrincipal"`
	BoundServiceAccountToken *[]*TriggerAuthenticationSpecBoundServiceAccountToken `field:"optional" json:"boundServiceAccountToken" yaml:"boundServiceAccountToken"`
	ConfigMapTargetRef *[]*TriggerAuthenticationSpecConfigMapTargetRef `field:"optional" json:"configMapTargetRef" yaml:"configMapTargetRef"`
	Env *[]*TriggerAuthenticationSpecEnv `field:"optional" json:"env" yaml:"env"`
	// FilePath specifies a file containing auth parameters as JSON map[string]string.
	//
	// When set, auth params are read directly from this file instead.
	FilePath *string `field:"optional" json:"filePath" yaml:"filePath"`
	GcpSecretManager *TriggerAuthenticationSpecGcpSecretManager `field:"optional" json:"gcpSecretManager" yaml:"gcpSecretManager"`
	// HashiCorpVault is used to authenticate using Hashicorp Vault.
	HashiCorpVault *TriggerAuthenticationSpecHashiCorpVault `field:"optional" json:"hashiCorpVault" yaml:"hashiCorpVault"`
	Oauth2 *TriggerAuthenticationSpecOauth2 `field:"optional" json:"oauth2" yaml:"oauth2"`
	// AuthPodIdentity allows users to select the platform native identity mechanism.
	PodIdentity *TriggerAuthenticationSpecPodIdentity `field:"optional" json:"podIdentity" yaml:"podIdentity"`
	SecretTargetRef *[]*TriggerAuthenticationSpecSecretTargetRef `field:"optional" json:"secretTargetRef" yaml:"secretTargetRef"`
}

